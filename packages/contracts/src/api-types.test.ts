import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contracts from './index';
import * as values from './values';

// The contracts are the only source of API types (issue 9 §2): the web app and the server take `X` from here
// instead of writing the shape again by hand, so every exported schema needs its type beside it.

const dir = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');

/** Types named before the rule; their names are kept so existing imports stay valid. */
const LEGACY_TYPE_NAMES: Record<string, string> = {
  complaintSlaPolicy: 'ComplaintSlaPolicyDto',
  powChallenge: 'PowChallengeBody',
};

const typeNameOf = (schema: string) =>
  LEGACY_TYPE_NAMES[schema] ?? schema[0]!.toUpperCase() + schema.slice(1);

describe('API types', () => {
  it('exports a type beside every exported schema (z.infer or the value list union)', () => {
    const schemas = Object.entries(contracts)
      .filter(([, value]) => value instanceof z.ZodType)
      .map(([name]) => name);
    expect(schemas.length).toBeGreaterThan(100);
    const missing = schemas.filter((name) => !new RegExp(`export type ${typeNameOf(name)}\\b`).test(sources));
    expect(missing).toEqual([]);
  });

  it('keeps the values entry point free of imports, so public pages that need only values never load zod', () => {
    const source = readFileSync(join(dir, 'values.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\b|\bimport\(|^\s*export\s.*\bfrom\b/m);
  });

  it('builds each enumeration schema from the value list of the values entry point', () => {
    const pairs: [z.ZodEnum, readonly string[]][] = [
      [contracts.role, values.ROLES],
      [contracts.complaintStatus, values.COMPLAINT_STATUSES],
      [contracts.predikatValue, values.PREDIKAT_VALUES],
      [contracts.skpStatus, values.SKP_STATUSES],
      [contracts.surveyStatus, values.SURVEY_STATUSES],
      [contracts.slaState, values.SLA_STATES],
    ];
    for (const [schema, list] of pairs) expect(schema.options).toEqual(list);
  });
});
