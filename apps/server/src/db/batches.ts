// Multi-row statements within PostgreSQL's limit. The wire protocol counts a statement's bind parameters in 16 bits:
// one statement carries at most 65,535, and more fails ("bind message has N parameter formats but 0 parameters").
// A set-based write for a city (20,000 employees × 6 columns) passes that, so such writes go in batches.

export const MAX_BIND_PARAMETERS = 65_535;

/** The list in consecutive slices of at most `size` items. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Rows in batches that each fit one statement: `parametersPerRow` bind parameters per row. */
export function rowBatches<T>(rows: readonly T[], parametersPerRow: number): T[][] {
  return chunks(rows, Math.floor(MAX_BIND_PARAMETERS / parametersPerRow));
}
