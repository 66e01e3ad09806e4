import type { Capabilities } from '@sim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_LOGINS, seedDemoIfEmpty } from './demo-seed';

// What each demo role may do, as /auth/me tells the web app (issue 9 §3: the server decides). Written out in full per
// role so that a change to a policy shows up here as a deliberate change of what a role may do.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  await seedDemoIfEmpty(t.db, t.config);
});
afterAll(() => t.close());

async function meOf(username: string) {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: t.config.demoPassword },
  });
  expect(login.statusCode).toBe(200);
  const cookie = `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`;
  const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
  expect(me.statusCode).toBe(200);
  // The login answers with the same user and capabilities as /me, so the web app can route right after it.
  expect(login.json().user).toEqual(me.json().user);
  return me.json().user as { roles: string[]; capabilities: Capabilities };
}

const loginOf = (labelStart: string) => DEMO_LOGINS.find((l) => l.label.startsWith(labelStart))!.username;

const none = {
  org: { manage: false, readAllEmployees: false, exportEmployees: false },
  users: { manage: false },
  audit: { read: false },
  surveys: { manage: false, listAll: false },
  performance: {
    manageYears: false,
    readAllSkp: false,
    readCalibration: false,
    calibrate: false,
    editDistributionRules: false,
    exportUnit: false,
  },
  training: { manage: false, recordAnyAttendance: false },
  competency: { manage: false, readAll: false, manageNeedSettings: false },
  trainingReports: { readOffice: false, readCostSaving: false, manageTargets: false, readAllTrainers: false },
  oversight: { manageTeams: false, manageTemplates: false, inspect: false, manageSettings: false },
  forum: { managePolicies: false, moderate: false, manageSettings: false },
};
/** Every employee sees the announced inspection plans of their unit, the findings they must follow up, and the forum. */
const employeeOversightAndForum = [
  'oversightPlans',
  'oversightFindings',
  'oversightFollowUps',
  'forum',
] as const;
const allOversight = [
  'oversightTeams',
  'oversightPlans',
  'oversightTemplates',
  'oversightInspections',
  'oversightFindings',
  'oversightFollowUps',
  'oversightReports',
] as const;
const employeeQueues = {
  queueScopes: ['mine', 'team'],
  recordWalkIn: false,
  manageSettings: false,
  readUnitStats: false,
};

describe('GET /api/v1/auth/me capabilities per demo role', () => {
  it('gives Admin Kepegawaian (no employee record) the HR screens and settings, and no complaint queue', async () => {
    expect((await meOf('admin')).capabilities).toEqual({
      screens: [
        'org',
        'employees',
        'employeesManage',
        'employeesBulkImport',
        'users',
        'audit',
        'skm',
        'skmManage',
        'complaintSettings',
        'performance',
        'performanceCascade',
        'performanceCalibration',
        'training',
        'trainingManage',
        'trainingAttendance',
        'competencies',
        'competencyGaps',
        'trainingNeeds',
        'trainingJp',
        'trainingTrainers',
        'forum',
        'forumSettings',
        'openDataSettings',
        'notifications',
        'dashboardTeam',
        'dashboardLeadership',
        'complaintPrivacy',
      ],
      org: { manage: true, readAllEmployees: true, exportEmployees: true },
      users: { manage: true },
      audit: { read: true },
      complaints: { queueScopes: [], recordWalkIn: false, manageSettings: true, readUnitStats: false },
      surveys: { manage: true, listAll: true },
      performance: {
        manageYears: true,
        readAllSkp: true,
        readCalibration: true,
        calibrate: false,
        editDistributionRules: true,
        exportUnit: true,
      },
      training: { manage: true, recordAnyAttendance: true },
      competency: { manage: true, readAll: true, manageNeedSettings: true },
      trainingReports: { readOffice: true, readCostSaving: true, manageTargets: true, readAllTrainers: true },
      oversight: { manageTeams: false, manageTemplates: false, inspect: false, manageSettings: false },
      forum: { managePolicies: false, moderate: false, manageSettings: true },
    });
  });

  it('gives the Camat (Pimpinan) the reading screens, every complaint and the calibration decision', async () => {
    expect((await meOf('camat')).capabilities).toEqual({
      screens: [
        'org',
        'employees',
        'audit',
        'skm',
        'skmManage',
        'complaints',
        'complaintStats',
        'performance',
        'performanceCascade',
        'performanceCalibration',
        'training',
        'trainingMine',
        'trainingApprovals',
        'competencies',
        'competencyGaps',
        'trainingNeeds',
        'trainingJp',
        'trainingTrainers',
        ...allOversight,
        'oversightSettings',
        'forum',
        'forumManage',
        'forumSettings',
        'notifications',
        'dashboardMe',
        'dashboardTeam',
        'dashboardLeadership',
      ],
      org: { manage: false, readAllEmployees: true, exportEmployees: true },
      users: { manage: false },
      audit: { read: true },
      complaints: {
        queueScopes: ['mine', 'team', 'all', 'integrity'],
        recordWalkIn: false,
        manageSettings: false,
        readUnitStats: true,
      },
      surveys: { manage: true, listAll: true },
      performance: {
        manageYears: false,
        readAllSkp: true,
        readCalibration: true,
        calibrate: true,
        editDistributionRules: true,
        exportUnit: true,
      },
      training: { manage: false, recordAnyAttendance: false },
      competency: { manage: false, readAll: true, manageNeedSettings: false },
      trainingReports: {
        readOffice: true,
        readCostSaving: true,
        manageTargets: false,
        readAllTrainers: true,
      },
      oversight: { manageTeams: true, manageTemplates: true, inspect: false, manageSettings: true },
      forum: { managePolicies: true, moderate: false, manageSettings: true },
    });
  });

  it('gives the Petugas Pengaduan the desk: verification, every complaint, walk-in, unit statistics', async () => {
    expect((await meOf(loginOf('Pengelola Pengaduan'))).capabilities).toEqual({
      ...none,
      screens: [
        'skm',
        'complaints',
        'complaintStats',
        'complaintWalkIn',
        'performance',
        'performanceCascade',
        'training',
        'trainingMine',
        'trainingApprovals',
        'competencies',
        'competencyGaps',
        'trainingNeeds',
        'trainingJp',
        ...employeeOversightAndForum,
        'notifications',
        'dashboardMe',
        'complaintPrivacy',
      ],
      complaints: {
        queueScopes: ['mine', 'team', 'verification', 'all', 'integrity'],
        recordWalkIn: true,
        manageSettings: false,
        readUnitStats: true,
      },
      surveys: { manage: false, listAll: true },
    });
  });

  it('gives the Sekretaris Camat (Tim Pengawas) the integrity queue on top of an employee’s', async () => {
    expect((await meOf(loginOf('Sekretaris Camat'))).capabilities).toEqual({
      ...none,
      screens: [
        'skm',
        'complaints',
        'complaintStats',
        'performance',
        'performanceCascade',
        'training',
        'trainingMine',
        'trainingApprovals',
        'competencies',
        'competencyGaps',
        'trainingNeeds',
        'trainingJp',
        ...allOversight,
        'forum',
        'notifications',
        'dashboardMe',
        'dashboardTeam',
      ],
      complaints: { ...employeeQueues, queueScopes: ['mine', 'team', 'integrity'] },
      oversight: { manageTeams: false, manageTemplates: true, inspect: true, manageSettings: false },
    });
  });

  it.each([
    ['Kepala Seksi', ['dashboardMe', 'dashboardTeam']],
    ['Lurah', ['dashboardMe', 'dashboardTeam']],
    ['Pengadministrasi Umum', ['dashboardMe']],
  ])(
    'gives %s an employee’s screens: own and team queues, own statistics, own SKP, own JP, own dashboard (and the team’s for a superior)',
    async (label, dashboards) => {
      expect((await meOf(loginOf(label))).capabilities).toEqual({
        ...none,
        screens: [
          'skm',
          'complaints',
          'complaintStats',
          'performance',
          'performanceCascade',
          'training',
          'trainingMine',
          'trainingApprovals',
          'competencies',
          'competencyGaps',
          'trainingNeeds',
          'trainingJp',
          ...employeeOversightAndForum,
          'notifications',
          ...dashboards,
        ],
        complaints: employeeQueues,
      });
    },
  );

  it('gives Pranata Komputer (also a Pelatih) an employee’s screens and the attendance list and statistics of the sessions they train', async () => {
    expect((await meOf(loginOf('Pranata Komputer'))).capabilities).toEqual({
      ...none,
      screens: [
        'skm',
        'complaints',
        'complaintStats',
        'performance',
        'performanceCascade',
        'training',
        'trainingMine',
        'trainingApprovals',
        'trainingAttendance',
        'competencies',
        'competencyGaps',
        'trainingNeeds',
        'trainingJp',
        'trainingTrainers',
        ...employeeOversightAndForum,
        'forumModeration',
        'notifications',
        'dashboardMe',
      ],
      complaints: employeeQueues,
      forum: { managePolicies: false, moderate: true, manageSettings: false },
    });
  });
});
