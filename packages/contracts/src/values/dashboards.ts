// Values of the API without zod: the personal and team dashboards (issue 14 §2). See ./index.ts.

/** The tables of Kinerja Saya that can be downloaded as XLSX or PDF. */
export const MY_DASHBOARD_TABLES = ['ringkasan', 'skp', 'pengaduan', 'rekomendasi', 'predikat'] as const;
export type MyDashboardTable = (typeof MY_DASHBOARD_TABLES)[number];

/** The tables of Tim Saya that can be downloaded as XLSX or PDF. */
export const TEAM_DASHBOARD_TABLES = ['anggota', 'tugas', 'distribusi'] as const;
export type TeamDashboardTable = (typeof TEAM_DASHBOARD_TABLES)[number];

/** Members per page of Tim Saya when the query names no `pageSize` (ADR 0021). */
export const TEAM_DASHBOARD_PAGE_SIZE = 50;

/** What a to-do on Tim Saya asks of the superior. */
export const TEAM_TODO_KINDS = [
  'SKP_APPROVAL',
  'EVALUATION_DUE',
  'COMPLAINT_ESCALATED',
  'RECOMMENDATION_OVERDUE',
] as const;
export type TeamTodoKind = (typeof TEAM_TODO_KINDS)[number];
