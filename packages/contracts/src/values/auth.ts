// Values of the API without zod: auth. See ./index.ts.

/** Roles from PRODUCT.md. The superior (atasan) relation is NOT a role: it comes from the position tree. */
export const ROLES = [
  'PEGAWAI',
  'PIMPINAN',
  'ADMIN_KEPEGAWAIAN',
  'PETUGAS_PENGADUAN',
  'TIM_PENGAWAS',
  'PELATIH',
  'MODERATOR',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The staff screens a user may open (menu entries and route guards). Home, profile and the password change are
 * everybody's and not listed; a record's own page (a complaint, a survey, an SKP) is authorised per record.
 */
export const SCREENS = [
  'org',
  'employees',
  'employeesManage',
  'employeesBulkImport',
  'users',
  'audit',
  'skm',
  'skmManage',
  'complaints',
  'complaintStats',
  'complaintWalkIn',
  'complaintSettings',
  'performance',
  'performanceCascade',
  'performanceCalibration',
  'training',
  'trainingMine',
  'trainingApprovals',
  'trainingManage',
  'trainingAttendance',
  'competencies',
  'competencyGaps',
  'trainingNeeds',
  'trainingJp',
  'trainingTrainers',
  'oversightTeams',
  'oversightPlans',
  'oversightTemplates',
  'oversightInspections',
  'oversightFindings',
  'oversightFollowUps',
  'oversightReports',
  'oversightSettings',
  'forum',
  'forumManage',
  'forumModeration',
  'forumSettings',
  'openDataSettings',
  'notifications',
  'dashboardMe',
  'dashboardTeam',
  'dashboardLeadership',
  /** Export of everything held about a complainant (issue 16 §5). */
  'complaintPrivacy',
] as const;
export type Screen = (typeof SCREENS)[number];
