// The values of the API without zod: enumerations (the value lists and their union types), fixed labels and
// constants. Import it as `@sim/contracts/values` where only values are needed — the public pages that must stay
// small on a citizen's phone, and `db/schema.ts` for its enum columns. The zod schemas (`@sim/contracts`) are built
// from these lists and re-export them, so a value is written once. These files import nothing but each other
// (api-types.test.ts holds it). One file per module, and the long constants in files of their own, because a bundle
// splits by file: a page's chunk then carries only the lists it uses.

export * from './auth';
export * from './org';
export * from './performance';
export * from './complaints';
export * from './surveys';
export * from './skm-questions';
export * from './employee-import';
export * from './competency';
export * from './training';
export * from './documents';
export * from './oversight';
export * from './oversight-followups';
export * from './forum';
export * from './forum-moderation';
export * from './portal';
export * from './notifications';
export * from './live';
export * from './dashboards';

/**
 * Whether `value` is one of `list` — narrows a string read from a form control, a URL or a text column to the
 * enumeration's union type without a cast.
 */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
export * from './dashboard-leadership';
