import { describe, expect, it } from 'vitest';
import { complaintLookupBody } from './index';

describe('zod messages', () => {
  it('are in Bahasa Indonesia where a schema gives no message of its own (a missing field)', () => {
    const result = complaintLookupBody.safeParse({});
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'ticket: Input tidak valid: diharapkan string, diterima undefined',
      'contact: Input tidak valid: diharapkan string, diterima undefined',
    ]);
  });
});
