import { isValidIsoDate } from '@sim/domain';
import { z } from 'zod';

/** The one error shape every API route returns (ARCHITECTURE.md convention 6). */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() }).catchall(z.unknown())).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

// Record ids are PostgreSQL integers: a larger number is refused here, naming the parameter, instead of by the database.
export const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export type IdParam = z.infer<typeof idParam>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type PageQuery = z.infer<typeof pageQuery>;

/**
 * A calendar date `YYYY-MM-DD` that exists (no 30 February, no month 13). Use it for every date input: a date that
 * only matches the pattern is stored and then breaks every later read that does date arithmetic on it.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Format tanggal harus YYYY-MM-DD')
  .refine(isValidIsoDate, 'Tanggal tidak ada di kalender (periksa hari dan bulannya)');
export type IsoDate = z.infer<typeof isoDate>;

/** One page of a list, as `paged(item)` describes it. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };
export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const okBody = z.object({ ok: z.literal(true) });
export type OkBody = z.infer<typeof okBody>;
