import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contracts from './index';
import * as values from './values/index';

// The contracts are the only source of API types (issue 9 §2): the web app and the server take `X` from here
// instead of writing the shape again by hand, so every exported schema needs its type beside it.

const dir = dirname(fileURLToPath(import.meta.url));
const read = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(folder, f), 'utf8'));
const valueSources = read(join(dir, 'values'));
const sources = [...read(dir), ...valueSources].join('\n');

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

  it('keeps the values entry point free of outside imports, so public pages that need only values never load zod', () => {
    const imported = valueSources.flatMap((source) =>
      [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? m[2]),
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((specifier) => !/^\.\/[a-z-]+$/.test(specifier!))).toEqual([]);
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
