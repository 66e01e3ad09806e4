import type { WriteGeneration } from '../db/write-generation';

// Reuses a computed answer while nothing it may depend on has been written (ADR 0012). An entry is served only
// while the write generation is the one read *before* computing it and it is younger than the TTL; an answer is
// stored only if no write (statement or commit) happened while it was computed. Least recently used entries go
// first once `maxEntries` are kept.

type Entry = { generation: number; at: number; value: unknown };

export type AnswerCacheOptions = { ttlMs: number; maxEntries: number };

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  /** Counts for tests and operations: answers served from the cache, computed, and kept. */
  readonly stats = { hits: 0, misses: 0, stored: 0 };

  /** `generation` undefined: the cache is off (every answer computed). */
  constructor(
    private readonly generation: WriteGeneration | undefined,
    private readonly opts: AnswerCacheOptions,
  ) {}

  get enabled(): boolean {
    return this.generation !== undefined && this.opts.ttlMs > 0 && this.opts.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The answer under `key`: kept if still valid at `now`, else `compute()` (kept if no write happened meanwhile). */
  async answer<T>(key: string, now: () => Date, compute: () => Promise<T>): Promise<T> {
    const generation = this.generation;
    if (!generation || !this.enabled) return compute();
    const before = generation.value;
    const at = now().getTime();
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      const age = at - entry.at;
      if (entry.generation === before && age >= 0 && age < this.opts.ttlMs) {
        this.entries.set(key, entry); // most recently used now
        this.stats.hits += 1;
        return entry.value as T;
      }
    }
    this.stats.misses += 1;
    const value = await compute();
    if (generation.value === before) {
      this.entries.set(key, { generation: before, at, value });
      this.stats.stored += 1;
      while (this.entries.size > this.opts.maxEntries) {
        const oldest = this.entries.keys().next().value as string;
        this.entries.delete(oldest);
      }
    }
    return value;
  }
}
