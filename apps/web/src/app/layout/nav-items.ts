import type { Screen } from '@sim/contracts';
import type { ParseKeys } from 'i18next';

export type NavItem = {
  to: string;
  label: ParseKeys;
  description: ParseKeys;
  /** The screen the server must allow (capabilities of /auth/me); absent means every signed-in user. */
  screen?: Screen;
};

/** Every page in the navigation; the home page and the navbar show only those the server lets the user open. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'home.shortcuts.home' },
  { to: '/org', label: 'nav.org', description: 'home.shortcuts.org', screen: 'org' },
  { to: '/employees', label: 'nav.employees', description: 'home.shortcuts.employees', screen: 'employees' },
  {
    to: '/employees/import',
    label: 'nav.import',
    description: 'home.shortcuts.import',
    screen: 'employeesBulkImport',
  },
  { to: '/users', label: 'nav.users', description: 'home.shortcuts.users', screen: 'users' },
  { to: '/audit', label: 'nav.audit', description: 'home.shortcuts.audit', screen: 'audit' },
  { to: '/skm', label: 'skm.nav.surveys', description: 'skm.nav.surveysHint', screen: 'skm' },
  {
    to: '/complaints',
    label: 'complaints.nav.queue',
    description: 'complaints.nav.queueHint',
    screen: 'complaints',
  },
  {
    to: '/complaints/stats',
    label: 'complaints.nav.stats',
    description: 'complaints.nav.statsHint',
    screen: 'complaintStats',
  },
  {
    to: '/complaints/settings',
    label: 'complaints.settings.nav',
    description: 'complaints.settings.navHint',
    screen: 'complaintSettings',
  },
  {
    to: '/complaints/data-pelapor',
    label: 'complainantData.nav.title',
    description: 'complainantData.nav.hint',
    screen: 'complaintPrivacy',
  },
  {
    to: '/kinerja',
    label: 'performance.nav.skp',
    description: 'performance.nav.skpHint',
    screen: 'performance',
  },
  {
    to: '/kinerja/kaskade',
    label: 'performance.nav.cascade',
    description: 'performance.nav.cascadeHint',
    screen: 'performanceCascade',
  },
  {
    to: '/kinerja/kalibrasi',
    label: 'performance.nav.calibration',
    description: 'performance.nav.calibrationHint',
    screen: 'performanceCalibration',
  },
  {
    to: '/pelatihan',
    label: 'training.nav.catalogue',
    description: 'training.nav.catalogueHint',
    screen: 'training',
  },
  {
    to: '/pelatihan/saya',
    label: 'training.nav.mine',
    description: 'training.nav.mineHint',
    screen: 'trainingMine',
  },
  {
    to: '/pelatihan/persetujuan',
    label: 'training.nav.approvals',
    description: 'training.nav.approvalsHint',
    screen: 'trainingApprovals',
  },
  {
    to: '/pelatihan/kelola',
    label: 'training.nav.manage',
    description: 'training.nav.manageHint',
    screen: 'trainingManage',
  },
  {
    to: '/pelatihan/daftar-hadir',
    label: 'training.nav.attendance',
    description: 'training.nav.attendanceHint',
    screen: 'trainingAttendance',
  },
  {
    to: '/kompetensi',
    label: 'competency.nav.competencies',
    description: 'competency.nav.competenciesHint',
    screen: 'competencies',
  },
  {
    to: '/kompetensi/kesenjangan',
    label: 'competency.nav.gaps',
    description: 'competency.nav.gapsHint',
    screen: 'competencyGaps',
  },
  {
    to: '/kebutuhan-pelatihan',
    label: 'competency.nav.needs',
    description: 'competency.nav.needsHint',
    screen: 'trainingNeeds',
  },
  {
    to: '/pelatihan/target-jp',
    label: 'trainingReports.nav.jp',
    description: 'trainingReports.nav.jpHint',
    screen: 'trainingJp',
  },
  {
    to: '/pelatihan/pelatih',
    label: 'trainingReports.nav.trainers',
    description: 'trainingReports.nav.trainersHint',
    screen: 'trainingTrainers',
  },
  {
    to: '/pengawasan/tim',
    label: 'oversight.nav.teams',
    description: 'oversight.nav.teamsHint',
    screen: 'oversightTeams',
  },
  {
    to: '/pengawasan/rencana',
    label: 'oversight.nav.plans',
    description: 'oversight.nav.plansHint',
    screen: 'oversightPlans',
  },
  {
    to: '/pengawasan/template',
    label: 'oversight.nav.templates',
    description: 'oversight.nav.templatesHint',
    screen: 'oversightTemplates',
  },
  {
    to: '/pengawasan/inspeksi',
    label: 'oversight.nav.inspections',
    description: 'oversight.nav.inspectionsHint',
    screen: 'oversightInspections',
  },
  {
    to: '/pengawasan/temuan',
    label: 'oversight.nav.findings',
    description: 'oversight.nav.findingsHint',
    screen: 'oversightFindings',
  },
  {
    to: '/pengawasan/tindak-lanjut',
    label: 'oversightFollowUp.nav.work',
    description: 'oversightFollowUp.nav.workHint',
    screen: 'oversightFollowUps',
  },
  {
    to: '/pengawasan/laporan',
    label: 'oversightFollowUp.nav.report',
    description: 'oversightFollowUp.nav.reportHint',
    screen: 'oversightReports',
  },
  {
    to: '/pengawasan/pengaturan',
    label: 'oversight.nav.settings',
    description: 'oversight.nav.settingsHint',
    screen: 'oversightSettings',
  },
  { to: '/forum', label: 'forum.nav.forum', description: 'forum.nav.forumHint', screen: 'forum' },
  {
    to: '/forum/moderasi',
    label: 'forum.nav.moderation',
    description: 'forum.nav.moderationHint',
    screen: 'forumModeration',
  },
  {
    to: '/forum/pengaturan',
    label: 'forum.nav.settings',
    description: 'forum.nav.settingsHint',
    screen: 'forumSettings',
  },
  {
    to: '/data-terbuka',
    label: 'openData.nav.settings',
    description: 'openData.nav.settingsHint',
    screen: 'openDataSettings',
  },
  {
    to: '/notifikasi',
    label: 'notifications.nav.centre',
    description: 'notifications.nav.centreHint',
    screen: 'notifications',
  },
  {
    to: '/dasbor/saya',
    label: 'dashboards.nav.me',
    description: 'dashboards.nav.meHint',
    screen: 'dashboardMe',
  },
  {
    to: '/dasbor/tim',
    label: 'dashboards.nav.team',
    description: 'dashboards.nav.teamHint',
    screen: 'dashboardTeam',
  },
  { to: '/profile', label: 'nav.profile', description: 'home.shortcuts.profile' },
  {
    to: '/dasbor/pimpinan',
    label: 'dashboardLeadership.nav.title',
    description: 'dashboardLeadership.nav.hint',
    screen: 'dashboardLeadership',
  },
];

export function navItemsFor(screens: readonly Screen[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.screen || screens.includes(item.screen));
}
