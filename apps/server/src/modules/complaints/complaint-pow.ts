import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Proof-of-work for the public complaint form. The server hands out a signed challenge (issue time, difficulty,
 * random part, HMAC); the browser finds a nonce such that SHA-256(`challenge:nonce`) starts with `bits` zero bits
 * (about 2^bits hashes: well under a second in a browser at the default 14, but a cost per complaint for a spam
 * script). Verification is stateless — the signature and the expiry — except for a replay cache: a solved challenge
 * counts once until it expires. The cache is per process; with several instances a replay could land once per
 * instance, which the rate limit still bounds.
 */
export type PowSettings = { bits: number; ttlMinutes: number; secret: string };
export type PowChallenge = { challenge: string; difficulty: number; expiresAt: string };
export type PowFailure = 'missing' | 'malformed' | 'signature' | 'expired' | 'difficulty' | 'work' | 'replay';

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export function issueChallenge(s: PowSettings, now: Date): PowChallenge {
  const payload = `v1.${now.getTime()}.${s.bits}.${randomBytes(12).toString('base64url')}`;
  return {
    challenge: `${payload}.${sign(s.secret, payload)}`,
    difficulty: s.bits,
    expiresAt: new Date(now.getTime() + s.ttlMinutes * 60_000).toISOString(),
  };
}

/** Number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

const used = new Map<string, number>();

/** Checks a solved challenge and marks it used; returns why it fails, or null when it is good. */
export function verifySolution(
  s: PowSettings,
  now: Date,
  challenge: string | undefined,
  nonce: string | undefined,
): PowFailure | null {
  if (!challenge || !nonce) return 'missing';
  const parts = challenge.split('.');
  if (parts.length !== 5 || parts[0] !== 'v1' || !/^\d{1,20}$/.test(nonce)) return 'malformed';
  const [, issued, bits, , mac] = parts as [string, string, string, string, string];
  const expected = Buffer.from(sign(s.secret, parts.slice(0, 4).join('.')));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'signature';
  const issuedAt = Number(issued);
  const expiresAt = issuedAt + s.ttlMinutes * 60_000;
  if (!(issuedAt <= now.getTime() + 60_000 && now.getTime() < expiresAt)) return 'expired';
  if (Number(bits) < s.bits) return 'difficulty';
  const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
  if (leadingZeroBits(digest) < Number(bits)) return 'work';
  for (const [key, until] of used) if (until <= now.getTime()) used.delete(key);
  if (used.has(challenge)) return 'replay';
  used.set(challenge, expiresAt);
  return null;
}
