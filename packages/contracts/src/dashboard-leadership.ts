import { z } from 'zod';
import { isoDate } from './common';
import { ORG_PREDIKAT_VALUES, PREDIKAT_VALUES } from './values/index';

// The Pimpinan dashboard (issue 14 §2 "Pimpinan", §5): per unit and sub-units, complaint handling, IKM and mutu with
// the trend, the predikat distribution against the allowed pattern, training coverage, oversight follow-up and the
// policies still awaiting an official response. Every figure carries the app link of the records behind it.

const unitIdParam = z.coerce.number().int().positive('unitId harus bilangan bulat positif');

export const leadershipQuery = z
  .object({
    /** First day (WIB) of the period; the current year's first day when left out. */
    from: isoDate.optional(),
    /** Last day (WIB, inclusive); the current year's last day when left out. */
    to: isoDate.optional(),
    /** A unit and the units below it; the whole office when left out. */
    unitId: unitIdParam.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'Tanggal akhir (to) tidak boleh sebelum tanggal awal (from)',
  });
export type LeadershipQuery = z.infer<typeof leadershipQuery>;

export const leadershipMonthlyQuery = z.object({
  /** The month of the summary, YYYY-MM (WIB); the previous month when left out. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan (month) harus berformat YYYY-MM')
    .optional(),
});
export type LeadershipMonthlyQuery = z.infer<typeof leadershipMonthlyQuery>;

/** A number with the app path of the records behind it. */
export const leadershipFigure = z.object({ value: z.number().nullable(), link: z.string() });
export type LeadershipFigure = z.infer<typeof leadershipFigure>;

export const leadershipUnitRow = z.object({
  /** Null for the total row of the whole office (or of the chosen unit with its sub-units). */
  unitId: z.number().nullable(),
  unitName: z.string(),
  isTotal: z.boolean(),
  complaints: z.object({
    received: leadershipFigure,
    finished: leadershipFigure,
    finishedOnTime: leadershipFigure,
    /** Finished on time ÷ finished × 100, one decimal; null when none finished. */
    onTimePercent: leadershipFigure,
    medianWorkingDays: leadershipFigure,
  }),
  training: z.object({
    employees: leadershipFigure,
    reached: leadershipFigure,
    /** Share of employees at or above the JP target, one decimal. */
    percent: leadershipFigure,
  }),
  oversight: z.object({
    /** Recommendations made in the period (the oversight report's "total"). */
    due: leadershipFigure,
    done: leadershipFigure,
    overdue: leadershipFigure,
    followUpRate: leadershipFigure,
  }),
});
export type LeadershipUnitRow = z.infer<typeof leadershipUnitRow>;

export const leadershipIkmRow = z.object({
  surveyId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  title: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  respondents: z.number(),
  konversi: z.number().nullable(),
  mutu: z.string().nullable(),
  /** The unit's previous survey's IKM (konversi), for the trend; null when there is none or it has no IKM. */
  previousKonversi: z.number().nullable(),
  link: z.string(),
});
export type LeadershipIkmRow = z.infer<typeof leadershipIkmRow>;

export const leadershipPredikat = z.object({
  yearId: z.number().nullable(),
  year: z.number().nullable(),
  periodId: z.number().nullable(),
  periodLabel: z.string().nullable(),
  orgPredikat: z.enum(ORG_PREDIKAT_VALUES).nullable(),
  total: z.number(),
  counts: z.array(
    z.object({ predikat: z.enum(PREDIKAT_VALUES), count: z.number(), percent: z.number().nullable() }),
  ),
  /** The allowed pattern for the organisation predikat (SE MenPANRB 3/2023 as set for the year). */
  constraints: z.array(
    z.object({
      predikat: z.array(z.enum(PREDIKAT_VALUES)),
      minPercent: z.number().nullable(),
      maxPercent: z.number().nullable(),
      minCount: z.number().nullable(),
    }),
  ),
  ok: z.boolean(),
  violations: z.array(z.string()),
  link: z.string(),
});
export type LeadershipPredikat = z.infer<typeof leadershipPredikat>;

export const leadershipPolicyAwaiting = z.object({
  policyId: z.number(),
  title: z.string(),
  consultationClosesAt: z.string().nullable(),
  state: z.string(),
  daysLeft: z.number().nullable(),
  link: z.string(),
});

export const leadershipDashboard = z.object({
  from: isoDate,
  to: isoDate,
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  generatedAt: z.string(),
  units: z.array(leadershipUnitRow),
  ikm: z.array(leadershipIkmRow),
  predikat: leadershipPredikat,
  trainingYear: z.number(),
  trainingTarget: z.number(),
  policiesAwaitingResponse: z.object({ count: leadershipFigure, items: z.array(leadershipPolicyAwaiting) }),
});
export type LeadershipDashboard = z.infer<typeof leadershipDashboard>;
export type LeadershipPolicyAwaiting = z.infer<typeof leadershipPolicyAwaiting>;
