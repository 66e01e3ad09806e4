import { describe, expect, it } from 'vitest';

// The web app's CSP refuses eval; a probe by zod would be reported as a violation on every page (issue 16 §2:
// verify:security fails on script-src violations).
describe('in a browser the contracts parse without eval', () => {
  it('building and parsing the contract schemas never constructs a Function when a document exists', async () => {
    const constructed: unknown[][] = [];
    const original = globalThis.Function;
    const g = globalThis as { window?: unknown };
    g.window = { document: {} };
    globalThis.Function = new Proxy(original, {
      construct(target, args: unknown[]) {
        constructed.push(args);
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      const { loginBody } = await import('./index');
      expect(loginBody.safeParse({ username: 'admin', password: 'rahasia' }).success).toBe(true);
      expect(constructed).toEqual([]);
    } finally {
      globalThis.Function = original;
      delete g.window;
    }
  });
});
