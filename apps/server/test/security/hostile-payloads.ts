// Hostile inputs derived from an operation's JSON Schema (issue 16 §2): for every field, values of the wrong type,
// just over its limits, far outside any sensible range, malformed dates and awkward unicode. One generator for
// bodies, query strings and path parameters; the fuzz test (hostile-input.test.ts) sends them and judges answers.

type Schema = Record<string, unknown>;

/** One hostile value for one field; `missing` drops the field instead of setting it. */
export type Mutation = { label: string; value?: unknown; missing?: true };

const asSchema = (s: unknown): Schema => (s ?? {}) as Schema;

/** The schema a field really has: the first non-null alternative of anyOf/oneOf, the first allOf part. */
export function effectiveSchema(schema: unknown): Schema {
  const s = asSchema(schema);
  const alternatives = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (alternatives?.length) {
    const first = alternatives.find((a) => asSchema(a).type !== 'null') ?? alternatives[0];
    return { ...effectiveSchema(first), nullable: alternatives.length > 1 };
  }
  if (Array.isArray(s.allOf) && s.allOf.length) return effectiveSchema(s.allOf[0]);
  return s;
}

/** `{"a":{"a":…}}` nested `depth` times, as JSON text (building it as an object would be as deep for JSON.stringify). */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A string of about 1 MB that still fits the 1 MiB body limit with the rest of a small body. */
export const ONE_MB_STRING = 'x'.repeat(1_000_000);

/** Text that has broken storage, search and display elsewhere: control, bidi, zero-width, astral, decomposed. */
export const UNICODE_EDGES: Mutation[] = [
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'lone surrogate', value: 'a\ud800b' },
  { label: 'RTL override', value: '\u202egpj.exe' },
  { label: 'zero-width', value: '\u200b\u200c\u200d\ufeff' },
  { label: 'emoji', value: '🙂👩🏽‍💻'.repeat(20) },
  { label: 'NFD', value: 'Pe\u0301ngaduan' },
  { label: 'NFC', value: 'P\u00e9ngaduan' },
  { label: 'only spaces', value: ' \t\n ' },
  { label: 'markup', value: '<img src=x onerror=alert(1)>' },
  { label: 'sql', value: "' OR 1=1; --" },
];

const BAD_DATES: Mutation[] = [
  { label: 'Feb 30', value: '2026-02-30' },
  { label: 'month 13', value: '2026-13-01' },
  { label: 'year 0', value: '0000-01-01' },
  { label: 'far future', value: '9999-12-31' },
  { label: 'far past', value: '1000-01-01' },
  { label: 'unpadded', value: '2026-1-1' },
];
const BAD_DATE_TIMES: Mutation[] = [
  { label: '24:00', value: '2026-06-15T24:00:00Z' },
  { label: 'Feb 30 time', value: '2026-02-30T10:00:00Z' },
  { label: 'JS max date', value: '+275760-09-13T00:00:00.000Z' },
  { label: 'far past time', value: '0001-01-01T00:00:00Z' },
  { label: 'no zone', value: '2026-06-15 10:00' },
];
const BAD_NUMBERS: Mutation[] = [
  { label: 'negative', value: -1 },
  { label: 'zero', value: 0 },
  { label: 'fraction', value: 1.5 },
  { label: 'over int4', value: 2_147_483_648 },
  { label: 'over safe integer', value: 2 ** 53 + 2 },
  { label: 'huge', value: 1e308 },
  { label: 'huge negative', value: -1e308 },
  { label: 'NaN text', value: 'NaN' },
  { label: 'Infinity text', value: 'Infinity' },
  { label: 'number text', value: '12abc' },
];
const WRONG_TYPES: Mutation[] = [
  { label: 'null', value: null },
  { label: 'boolean', value: true },
  { label: 'number', value: 7 },
  { label: 'text', value: 'teks' },
  { label: 'array', value: [] },
  { label: 'object', value: {} },
];

/** Wrong types that really are wrong for this field (a string field takes 'teks', so that one is not hostile). */
function wrongTypesFor(type: unknown, nullable: boolean): Mutation[] {
  const same: Record<string, string[]> = {
    string: ['text'],
    number: ['number'],
    integer: ['number'],
    boolean: ['boolean'],
    array: ['array'],
    object: ['object'],
  };
  const skip = new Set([...(same[String(type)] ?? []), ...(nullable ? ['null'] : [])]);
  return WRONG_TYPES.filter((m) => !skip.has(m.label));
}

/** Every hostile value for a field of this schema (the test sends a rotating, seeded subset of them). */
export function mutationsFor(schema: unknown, required: boolean): Mutation[] {
  const s = effectiveSchema(schema);
  const out: Mutation[] = [...wrongTypesFor(s.type, s.nullable === true)];
  if (required) out.push({ label: 'missing', missing: true });
  if (Array.isArray(s.enum)) out.push({ label: 'unknown enum', value: 'TIDAK_ADA' });
  switch (s.type) {
    case 'string': {
      if (typeof s.maxLength === 'number')
        out.push({ label: 'over maxLength', value: 'x'.repeat(s.maxLength + 1) });
      out.push({ label: 'empty', value: '' });
      if (s.format === 'date' || /\\d\{4\}/.test(String(s.pattern ?? ''))) out.push(...BAD_DATES);
      else if (s.format === 'date-time') out.push(...BAD_DATE_TIMES);
      else out.push(...UNICODE_EDGES);
      break;
    }
    case 'integer':
    case 'number':
      out.push(...BAD_NUMBERS);
      break;
    case 'array':
      out.push({ label: 'array of nulls', value: [null, null] });
      out.push({ label: '10 000 items', value: Array.from({ length: 10_000 }, () => 1) });
      break;
    case 'object':
      out.push({ label: 'prototype key', value: JSON.parse('{"__proto__":{"admin":true}}') });
      break;
    case 'boolean':
      out.push({ label: 'boolean text', value: 'ya' });
      break;
  }
  return out;
}

/** Hostile query-string values for a parameter (strings only: that is all a query string carries). */
export function queryMutationsFor(schema: unknown): Mutation[] {
  const s = effectiveSchema(schema);
  const texts = mutationsFor(schema, false)
    .filter((m) => typeof m.value === 'string' || typeof m.value === 'number')
    .map((m) => ({ label: m.label, value: String(m.value) }));
  return [
    ...texts,
    { label: 'percent NUL', value: '\u0000' },
    { label: 'repeated', value: ['1', '2'] },
    { label: 'long', value: 'x'.repeat(Math.max(5000, Number(s.maxLength ?? 0) + 1)) },
    { label: 'huge number', value: '99999999999999999999' },
    { label: 'exponent', value: '1e999' },
  ];
}

/** Hostile path-parameter values (already URL-encoded where they must be). */
export const PATH_MUTATIONS: Mutation[] = [
  { label: 'zero', value: '0' },
  { label: 'negative', value: '-1' },
  { label: 'fraction', value: '1.5' },
  { label: 'exponent', value: '1e3' },
  { label: 'over int4', value: '2147483648' },
  { label: 'huge', value: '99999999999999999999' },
  { label: 'NaN', value: 'NaN' },
  { label: 'text', value: 'abc' },
  { label: 'percent NUL', value: '%00' },
  { label: 'encoded lone surrogate', value: '%ED%A0%80' },
  { label: 'bad percent', value: '%E0%A4%A' },
  { label: 'emoji', value: encodeURIComponent('🙂') },
  { label: 'traversal', value: '..%2f..%2fetc%2fpasswd' },
  { label: 'long', value: 'x'.repeat(5000) },
];

/** `count` items of `list` chosen by a seeded `random` (demo-seed.ts's PRNG), without repeats, in list order (all of them when fewer). */
export function sample<T>(list: T[], count: number, random: { int(min: number, max: number): number }): T[] {
  if (list.length <= count) return list;
  const picked = new Set<number>();
  while (picked.size < count) picked.add(random.int(0, list.length - 1));
  return [...picked].sort((a, b) => a - b).map((i) => list[i]!);
}
