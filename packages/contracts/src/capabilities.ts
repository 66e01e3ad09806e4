import { z } from 'zod';
import { complaintQueueScope } from './complaints';
import { SCREENS } from './values/index';

/**
 * What the signed-in user may do, decided by the server's policies (`apps/server/src/modules/<m>/<m>.policy.ts`) and
 * sent with the user by `GET /api/v1/auth/me` and the login. The web app shows menus, route guards and buttons from
 * these and never from role names: the server is the one place that knows what a role allows.
 */

export const screen = z.enum(SCREENS);

/** Per module, the actions the web app needs to know before it asks (buttons, filters, tabs). */
export const capabilities = z.object({
  screens: z.array(screen),
  org: z.object({
    /** Create, edit, deactivate, transfer and import employees; units and positions. */
    manage: z.boolean(),
    /** Read every employee (otherwise oneself and one's subordinates). */
    readAllEmployees: z.boolean(),
    exportEmployees: z.boolean(),
  }),
  users: z.object({ manage: z.boolean() }),
  audit: z.object({ read: z.boolean() }),
  complaints: z.object({
    /** The queues (tabs) the user may open, in the order they are shown. */
    queueScopes: z.array(complaintQueueScope),
    /** Record a walk-in or phone complaint at the desk. */
    recordWalkIn: z.boolean(),
    manageSettings: z.boolean(),
    /** Statistics of any unit (otherwise of oneself and one's subordinates). */
    readUnitStats: z.boolean(),
  }),
  surveys: z.object({
    /** Create, edit, open/close, publish and moderate SKM surveys. */
    manage: z.boolean(),
    /** See every survey (otherwise those of one's unit and the units below it). */
    listAll: z.boolean(),
  }),
  performance: z.object({
    /** Open performance years, set periods, deadlines and rater delegations. */
    manageYears: z.boolean(),
    /** Read every SKP of the office (otherwise one's own and one's subordinates'). */
    readAllSkp: z.boolean(),
    readCalibration: z.boolean(),
    /** Set the organisation predikat, adjust and finalise the calibration. */
    calibrate: z.boolean(),
    editDistributionRules: z.boolean(),
    exportUnit: z.boolean(),
  }),
  training: z.object({
    /** Programmes, sessions, the trainer registry and the training settings. */
    manage: z.boolean(),
    /** Attendance and completion of any session (otherwise of the sessions one trains). */
    recordAnyAttendance: z.boolean(),
  }),
  competency: z.object({
    /** Keep the competency dictionary and the position standards. */
    manage: z.boolean(),
    /** Everyone's competencies, gaps and training needs (otherwise one's own and one's subordinates'). */
    readAll: z.boolean(),
    /** The training-needs settings: look-back, thresholds, signal → competency mapping. */
    manageNeedSettings: z.boolean(),
  }),
  trainingReports: z.object({
    /** JP coverage and the below-target list of the whole office (otherwise one's own team). */
    readOffice: z.boolean(),
    /** The cost saving report of internal training and its XLSX. */
    readCostSaving: z.boolean(),
    /** Set the yearly JP target and the external trainer cost per JP. */
    manageTargets: z.boolean(),
    /** Every internal trainer's statistics (otherwise one's own). */
    readAllTrainers: z.boolean(),
  }),
  oversight: z.object({
    /** Form teams by decree (surat tugas) and change their members. */
    manageTeams: z.boolean(),
    /** Create and edit checklist templates. */
    manageTemplates: z.boolean(),
    /** Plan and carry out inspections, record findings (as a member of a team in its period). */
    inspect: z.boolean(),
    /** Change the oversight settings: due days of recommendations, reminders and escalation (the settings screen). */
    manageSettings: z.boolean(),
  }),
  forum: z.object({
    /** Draft, publish and close policies (kebijakan) and upload their documents. */
    managePolicies: z.boolean(),
    /** Moderate the forum: hidden posts, reports, revealing an anonymous author with a reason. */
    moderate: z.boolean(),
    /** Change the forum settings (auto-hide threshold, "due soon" days, digest hour). */
    manageSettings: z.boolean(),
  }),
});
export type Capabilities = z.infer<typeof capabilities>;
