import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, solveProofOfWork } from './proof-of-work';

describe('solveProofOfWork', () => {
  it('finds a nonce whose SHA-256 with the challenge starts with the asked zero bits, as the server checks', async () => {
    const challenge = 'v1.1789000000000.10.abc.sig';
    const nonce = await solveProofOfWork(challenge, 10);
    const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    expect(leadingZeroBits(digest)).toBeGreaterThanOrEqual(10);
  });

  it.each([
    [[0x00, 0x00, 0xff], 16],
    [[0x0f], 4],
    [[0x80], 0],
    [[0x00, 0x01], 15],
  ])('counts leading zero bits of %j as %i', (bytes, bits) => {
    expect(leadingZeroBits(Uint8Array.from(bytes))).toBe(bits);
  });
});
