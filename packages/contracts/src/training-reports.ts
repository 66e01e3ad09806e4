import { z } from 'zod';
import { isoDate, pageQuery } from './common';

// Training figures (issue 11 §3–4, competency-training.md): the 20 JP target per employee, its coverage per unit,
// the internal trainers' statistics and the cost saving of teaching in-house.

const halfJp = z
  .number()
  .min(0)
  .max(1000)
  .refine((v) => Number.isInteger(v * 2), { message: 'JP harus kelipatan 0,5' });

/** The agency's training figures settings (Admin Kepegawaian): the yearly JP target and the external cost per JP. */
export const trainingTargetSettings = z.object({
  /** JP each employee should reach in a year (PP 11/2017: at least 20). */
  jpTarget: halfJp,
  /** What an external trainer costs per JP, in rupiah (the agency's standar biaya); the basis of the cost saving. */
  externalCostPerJp: z.number().int().min(0).max(100_000_000),
});
export type TrainingTargetSettings = z.infer<typeof trainingTargetSettings>;

export const jpYearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type JpYearQuery = z.infer<typeof jpYearQuery>;

/** One JP credit behind an employee's total. */
export const jpCreditItem = z.object({
  title: z.string(),
  jp: z.number(),
  completedOn: z.string(),
  source: z.enum(['SESSION', 'EXTERNAL']),
});
export type JpCreditItem = z.infer<typeof jpCreditItem>;

/** One employee's JP this year against the target, with the credits behind it and the reminder when behind. */
export const jpProgress = z.object({
  employeeId: z.number().int(),
  year: z.number().int(),
  jp: z.number(),
  target: z.number(),
  remaining: z.number(),
  percent: z.number(),
  isReached: z.boolean(),
  credits: z.array(jpCreditItem),
  /** In the last quarter, while below the target: the in-app reminder (computed on read). */
  reminder: z.string().nullable(),
});
export type JpProgress = z.infer<typeof jpProgress>;

export const jpCoverageFigures = z.object({
  employees: z.number().int(),
  reached: z.number().int(),
  below: z.number().int(),
  percent: z.number().nullable(),
  averageJp: z.number().nullable(),
});
export type JpCoverageFigures = z.infer<typeof jpCoverageFigures>;

/** How many reached the target, for the office (or a superior's team) and per unit. */
export const jpCoverage = z.object({
  year: z.number().int(),
  target: z.number(),
  /** `all`: the whole office (HR, Pimpinan); `team`: the actor's subordinates. */
  scope: z.enum(['all', 'team']),
  total: jpCoverageFigures,
  units: z.array(jpCoverageFigures.extend({ unitId: z.number().int(), unitName: z.string() })),
});
export type JpCoverage = z.infer<typeof jpCoverage>;

export const jpEmployeeListQuery = pageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  /** Only those below the target (the default), or everybody in scope. */
  below: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type JpEmployeeListQuery = z.infer<typeof jpEmployeeListQuery>;
export type JpEmployeeListQueryRequest = z.input<typeof jpEmployeeListQuery>;

export const jpEmployeeRow = z.object({
  employeeId: z.number().int(),
  fullName: z.string(),
  nip: z.string(),
  positionName: z.string().nullable(),
  unitName: z.string().nullable(),
  jp: z.number(),
  remaining: z.number(),
  percent: z.number(),
  isReached: z.boolean(),
});
export type JpEmployeeRow = z.infer<typeof jpEmployeeRow>;

export const jpEmployeeList = z.object({
  year: z.number().int(),
  target: z.number(),
  scope: z.enum(['all', 'team']),
  items: z.array(jpEmployeeRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type JpEmployeeList = z.infer<typeof jpEmployeeList>;

/** A reporting period: a whole year, or one quarter of it. */
export const trainingPeriodQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
});
export type TrainingPeriodQuery = z.infer<typeof trainingPeriodQuery>;

/** What an internal trainer delivered in a period: sessions, JP, participants and their rating of the trainer. */
export const trainerDelivery = z.object({
  sessions: z.number().int(),
  jpDelivered: z.number(),
  participants: z.number().int(),
  /** Average participant rating of this trainer (1–5), null before any rating. */
  averageRating: z.number().nullable(),
  rated: z.number().int(),
});
export type TrainerDelivery = z.infer<typeof trainerDelivery>;

export const trainerStatsRow = trainerDelivery.extend({
  trainerId: z.number().int(),
  employeeId: z.number().int(),
  fullName: z.string(),
  nip: z.string(),
  positionName: z.string().nullable(),
  unitName: z.string().nullable(),
  isActive: z.boolean(),
  note: z.string().nullable(),
  competencies: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string() })),
});
export type TrainerStatsRow = z.infer<typeof trainerStatsRow>;

export const trainerStatsList = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(trainerStatsRow),
});
export type TrainerStatsList = z.infer<typeof trainerStatsList>;

/** One session an internal trainer delivered (the records behind the figures and the SKP evidence). */
export const deliveredSession = z.object({
  sessionId: z.number().int(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  jp: z.number(),
  participants: z.number().int(),
  averageRating: z.number().nullable(),
  rated: z.number().int(),
});
export type DeliveredSession = z.infer<typeof deliveredSession>;

export const trainerSessionsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type TrainerSessionsQuery = z.infer<typeof trainerSessionsQuery>;

export const trainerSessions = z.object({
  employeeId: z.number().int(),
  fullName: z.string(),
  from: z.string(),
  to: z.string(),
  totals: trainerDelivery,
  items: z.array(deliveredSession),
});
export type TrainerSessions = z.infer<typeof trainerSessions>;

/** Cost saving of internal training in a period: external cost per JP × JP internal trainers delivered. */
export const costSavingReport = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  from: z.string(),
  to: z.string(),
  externalCostPerJp: z.number().int(),
  totalSessions: z.number().int(),
  totalJp: z.number(),
  totalSaving: z.number().int(),
  items: z.array(
    z.object({
      employeeId: z.number().int(),
      fullName: z.string(),
      sessions: z.number().int(),
      /** The trainer's share of the JP (a session taught by two trainers counts half for each). */
      jp: z.number(),
      saving: z.number().int(),
    }),
  ),
  quarters: z.array(
    z.object({
      quarter: z.number().int(),
      sessions: z.number().int(),
      jp: z.number(),
      saving: z.number().int(),
    }),
  ),
});
export type CostSavingReport = z.infer<typeof costSavingReport>;

export const trainerEmployeeParams = z.object({ employeeId: z.coerce.number().int().positive() });
export type TrainerEmployeeParams = z.infer<typeof trainerEmployeeParams>;
