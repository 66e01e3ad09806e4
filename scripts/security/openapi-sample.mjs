// Sample values from the OpenAPI document's JSON Schemas, for the tools of `npm run verify:security` and for the
// authorisation matrix and hostile-input tests (apps/server/test/security/authz-fixture.ts): a value each parameter
// and body field accepts as far as a generic filler can tell (first enum value, minimums, formats), so a probe
// reaches the handler instead of stopping at validation. Plain JavaScript so the scripts run under plain Node from a
// fresh clone; the types the TypeScript tests see are in openapi-sample.d.mts beside it.

/** Values the demo data accepts for fields a generic filler cannot guess. */
export const FIELD_VALUES = {
  categoryCode: 'LAMPU',
  kelurahan: 'Kertapati',
  reporterPhone: '081234567890',
  reporterEmail: 'warga@example.id',
  website: '', // the public form's honeypot: a value marks the sender as a robot
  channel: 'WALK_IN',
  isAnonymous: false,
  isConfidential: false,
};

/** A sampled body with FIELD_VALUES (and `extra`) put in where the body has such a field. */
export function sampleBody(schema, extra = {}, text) {
  const body = { ...sample(schema, { all: true, text }) };
  for (const [k, v] of Object.entries({ ...FIELD_VALUES, ...extra })) if (k in body) body[k] = v;
  return body;
}

let codes = 0;
const DAY_MS = 86_400_000;
/** A field that ends a period (closesAt, endsAt, periodEnd…) gets a later date than the one that starts it. */
const ENDING = /(close|end|until|due|to|expires)[a-z]*$/i;

/**
 * A value for `schema`. Options: `all` fills every property of an object (not only the required ones); `text` is
 * the free text (padded to minLength, cut at maxLength); `today` (YYYY-MM-DD) is the day dates are sampled on, by
 * default today in WIB; `laterDays` (30) is added to the date of a field that ends a period. This one sampler
 * serves the verify:security tools and the authorisation matrix and hostile-input tests (authz-fixture.ts).
 */
export function sample(schema, options = {}, depth = 0, key = '') {
  const s = schema ?? {};
  if (depth > 6) return null;
  if (Array.isArray(s.enum)) return s.enum.find((v) => v !== '') ?? s.enum[0];
  if ('const' in s) return s.const;
  // A default the schema gives is accepted as it is; an empty text or null default would say nothing to a handler
  // (a null default before `anyOf: [number, null]` left an SKP indicator's target empty, and the XSS writer lost the
  // SKP content and evaluation fields behind it).
  if (s.default !== undefined && s.default !== '' && s.default !== null) return s.default;
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    // Not null and not the empty-string "nothing chosen" branch of an optional enumeration.
    const first = alternatives.find((a) => a.type !== 'null' && !isEmptyEnum(a)) ?? alternatives[0];
    return sample(first, options, depth + 1, key);
  }
  if (Array.isArray(s.allOf)) return sample(s.allOf[0], options, depth + 1, key);
  switch (s.type) {
    case 'object': {
      const props = s.properties ?? {};
      const keys = options.all ? Object.keys(props) : (s.required ?? []);
      return Object.fromEntries(keys.map((k) => [k, sample(props[k], options, depth + 1, k)]));
    }
    case 'array': {
      const n = Math.max(1, Number(s.minItems ?? 0));
      return Array.from({ length: n }, () => sample(s.items, options, depth + 1));
    }
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : undefined;
      const exMin = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : undefined;
      return Math.max(min ?? 1, exMin ?? 1);
    }
    case 'boolean':
      return false;
    case 'string':
      return sampleString(s, options, ENDING.test(key) ? (options.laterDays ?? 30) : 0);
    default:
      return null;
  }
}

function isEmptyEnum(a) {
  return Array.isArray(a.enum) && a.enum.length === 1 && a.enum[0] === '';
}

/** The day `days` after `options.today` (or after today in WIB), as YYYY-MM-DD. */
function dayOf(options, days) {
  const base = options.today ? Date.parse(`${options.today}T00:00:00Z`) : Date.now() + 7 * 3_600_000;
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
}

function sampleString(s, options, days) {
  const text = options.text ?? 'uji keamanan';
  const today = () => dayOf(options, days);
  if (s.format === 'date') return today();
  if (s.format === 'date-time') return `${today()}T03:00:00.000Z`;
  if (s.format === 'email') return 'uji@example.id';
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000001';
  if (s.format === 'uri') return 'https://example.id/';
  if (typeof s.pattern === 'string') {
    if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(s.pattern)) return today();
    if (/^\^\\d\{4\}-/.test(s.pattern)) return today().slice(0, 7);
    if (/^\^\\d/.test(s.pattern)) return '1';
    // Codes: upper-case letters (and digits, _ or -), unique per call so a second create is not a duplicate.
    if (/^\^\[A-Z/.test(s.pattern)) return `UJI${++codes}`;
    if (/^\^\[a-z/.test(s.pattern)) return `uji${++codes}`;
  }
  const min = Math.max(Number(s.minLength ?? 0), text.length);
  const max = Number(s.maxLength ?? 1000);
  return text.padEnd(min, '.').slice(0, Math.max(1, max));
}

/** True when a string schema takes free text (no enum, format or pattern): where a stored payload can land. */
export function isFreeText(schema) {
  const s = schema ?? {};
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return alternatives.some((a) => a.type !== 'null' && isFreeText(a));
  return s.type === 'string' && !s.enum && !s.format && !s.pattern && !('const' in s);
}

/** Every operation of the document: { method, path, op }. */
export function operations(doc) {
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) out.push({ method: method.toUpperCase(), path, op });
  return out;
}

export const isPublic = (op) => Array.isArray(op.security) && op.security.length === 0;

/** The operation's JSON body schema, if any. */
export const jsonBody = (op) => op.requestBody?.content?.['application/json']?.schema;
