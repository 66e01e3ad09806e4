/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Uint8Array): number {
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

/**
 * Finds the nonce the server's proof-of-work asks for: SHA-256(`challenge:nonce`) must start with `difficulty` zero
 * bits (about 2^difficulty hashes). Web Crypto hashes in batches so the page stays responsive; `onProgress` gets
 * the number of tries so far.
 */
export async function solveProofOfWork(
  challenge: string,
  difficulty: number,
  onProgress?: (tries: number) => void,
): Promise<string> {
  if (difficulty <= 0) return '0';
  const encoder = new TextEncoder();
  const BATCH = 256;
  for (let start = 0; ; start += BATCH) {
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) =>
        crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${start + i}`)),
      ),
    );
    const hit = digests.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= difficulty);
    if (hit >= 0) return String(start + hit);
    onProgress?.(start + BATCH);
  }
}
