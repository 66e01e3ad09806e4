import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { invalid } from './errors';

/** The query parameter whose value holds a NUL, or null. PostgreSQL text cannot store or compare NUL. */
export function nulQueryParameter(query: unknown): string | null {
  if (!query || typeof query !== 'object') return null;
  for (const [key, value] of Object.entries(query)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.includes('\u0000'))) return key;
  }
  return null;
}

/**
 * The zod validator for every schema-validated route, with one check zod schemas do not make: a NUL (%00) in a
 * query value is refused as a 400 naming `querystring.<name>`, instead of reaching PostgreSQL and coming back as a
 * 400 that names no field. Routes without a zod querystring schema (Open311, which answers in its own error list
 * format) are not touched.
 */
export const appValidatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const validate = validatorCompiler(route);
  if (route.httpPart !== 'querystring') return validate;
  return (data: unknown) => {
    const key = nulQueryParameter(data);
    if (key === null) return validate(data);
    return {
      error: invalid(`querystring.${key}`, `Parameter ${key} berisi karakter NUL yang tidak diizinkan`),
    };
  };
};
