import { z } from 'zod';
import { pageQuery } from './common';
import { complaintSummary } from './complaints';
import { recommendationSummary } from './oversight-followups';
import { feedback, personRef, predikatValue, skpStatus } from './performance';
import { TEAM_DASHBOARD_PAGE_SIZE, TEAM_TODO_KINDS } from './values/index';

// Kinerja Saya and Tim Saya (issue 14 §2): the figures an employee and a superior look at, each with the link to
// the records behind it (`link`: an app route with its query), so no number stands without a drill-down.

/** A dashboard's period: the calendar year (WIB). */
export const dashboardYearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type DashboardYearQuery = z.infer<typeof dashboardYearQuery>;

/** What the Tim Saya exports take: the page's filters without its paging — a file holds every member in scope. */
export const teamDashboardExportQuery = dashboardYearQuery.extend({
  /** Admin Kepegawaian and the Pimpinan: the unit (with the units below it) whose people the table shows. */
  unitId: z.coerce.number().int().positive().optional(),
  /** Only the members whose latest predikat of the year is this one (the distribution's drill-down). */
  predikat: predikatValue.optional(),
});
export type TeamDashboardExportQuery = z.infer<typeof teamDashboardExportQuery>;

/**
 * Tim Saya's query: the filters and one page of the members (ADR 0021). A whole office is 20 000 people; the page
 * and page size follow the lists' convention (`pageQuery`: page from 1, at most 200 a page).
 */
export const teamDashboardQuery = teamDashboardExportQuery.extend({
  page: pageQuery.shape.page,
  pageSize: pageQuery.shape.pageSize.unwrap().default(TEAM_DASHBOARD_PAGE_SIZE),
});
export type TeamDashboardQuery = z.infer<typeof teamDashboardQuery>;

/** One indicator's target and realisation in one period. */
export const skpProgressCell = z.object({
  periodId: z.number().int(),
  value: z.number().nullable(),
  text: z.string().nullable(),
  periodTarget: z.number().nullable(),
  /** Capaian in percent (period target or progress toward the annual target), null when not measurable. */
  percent: z.number().nullable(),
});
export type SkpProgressCell = z.infer<typeof skpProgressCell>;

export const skpProgressIndicator = z.object({
  id: z.number().int(),
  rhkText: z.string(),
  text: z.string(),
  /** The annual target as written ("12 dokumen", "100%", "31 Desember 2026", or the text target). */
  target: z.string(),
  cells: z.array(skpProgressCell),
});
export type SkpProgressIndicator = z.infer<typeof skpProgressIndicator>;

/** The employee's SKP of the year: targets against realisation per period. */
export const skpProgress = z.object({
  skpId: z.number().int(),
  status: skpStatus,
  periods: z.array(
    z.object({
      id: z.number().int(),
      label: z.string(),
      /** The mean capaian of the measurable indicators realised in this period; null when none. */
      averagePercent: z.number().nullable(),
    }),
  ),
  indicators: z.array(skpProgressIndicator),
  link: z.string(),
});
export type SkpProgress = z.infer<typeof skpProgress>;

export const predikatHistoryItem = z.object({
  skpId: z.number().int(),
  periodId: z.number().int(),
  periodLabel: z.string(),
  periodEnd: z.string(),
  predikat: predikatValue,
  link: z.string(),
});
export type PredikatHistoryItem = z.infer<typeof predikatHistoryItem>;

/** Complaint figures of a year: received (assigned), finished, on time, citizens' average rating. */
export const dashboardComplaintFigures = z.object({
  assigned: z.number().int(),
  finished: z.number().int(),
  finishedOnTime: z.number().int(),
  onTimePercent: z.number().nullable(),
  rated: z.number().int(),
  averageRating: z.number().nullable(),
  link: z.string(),
});
export type DashboardComplaintFigures = z.infer<typeof dashboardComplaintFigures>;

export const dashboardJp = z.object({
  jp: z.number(),
  target: z.number(),
  percent: z.number(),
  link: z.string(),
});
export type DashboardJp = z.infer<typeof dashboardJp>;

/** Kinerja Saya: the signed-in employee's own figures of a year. */
export const myDashboard = z.object({
  year: z.number().int(),
  employee: personRef,
  skp: skpProgress.nullable(),
  /** Where the SKP of the year is started when there is none. */
  skpLink: z.string(),
  feedback: z.array(feedback),
  openComplaints: z.array(complaintSummary),
  openComplaintsLink: z.string(),
  complaints: dashboardComplaintFigures,
  jp: dashboardJp,
  recommendations: z.array(recommendationSummary),
  recommendationsLink: z.string(),
  predikatHistory: z.array(predikatHistoryItem),
});
export type MyDashboard = z.infer<typeof myDashboard>;

/** One subordinate's figures on Tim Saya. */
export const teamMemberRow = z.object({
  employee: personRef,
  skpId: z.number().int().nullable(),
  skpStatus: skpStatus.nullable(),
  latestPredikat: predikatValue.nullable(),
  complaints: dashboardComplaintFigures,
  jp: dashboardJp,
  link: z.string(),
});
export type TeamMemberRow = z.infer<typeof teamMemberRow>;

export const teamTodo = z.object({
  kind: z.enum(TEAM_TODO_KINDS),
  title: z.string(),
  employeeName: z.string().nullable(),
  /** The date it is due or was due (YYYY-MM-DD), or an instant for a complaint deadline. */
  dueAt: z.string().nullable(),
  link: z.string(),
});
export type TeamTodo = z.infer<typeof teamTodo>;

export const predikatDistributionItem = z.object({
  predikat: predikatValue,
  count: z.number().int(),
  link: z.string(),
});
export type PredikatDistributionItem = z.infer<typeof predikatDistributionItem>;

/**
 * Tim Saya: one page of the members (sorted by name), what waits for the superior, and the predikat distribution of
 * everyone in scope. `total` counts the members the filters (unit, predikat) leave, on every page.
 */
export const teamDashboard = z.object({
  year: z.number().int(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  /** The predikat the members are filtered by, or null. */
  predikat: predikatValue.nullable(),
  members: z.array(teamMemberRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  todos: z.array(teamTodo),
  distribution: z.array(predikatDistributionItem),
  /** Subordinates with an SKP of the year but no predikat yet (everyone in scope, not only this page). */
  withoutPredikat: z.number().int(),
});
export type TeamDashboard = z.infer<typeof teamDashboard>;
