import type { WriteGeneration } from '../db/write-generation';

// Reuses a computed answer while nothing it may depend on has been written (ADR 0012, across instances ADR 0018). An entry is served only
// while the write generation is the one read *before* computing it and it is younger than the TTL; an answer is
// stored only if no write (statement or commit) happened while it was computed. Least recently used entries go
// first once `maxEntries` are kept. A request that finds the same answer being computed, and no write since that
// computation began, waits for it instead of computing it again: nothing has changed that its own computation
// would see, and on the embedded database (one statement at a time) ten identical computations cost ten times one.

type Entry = { generation: number; at: number; value: unknown };

export type AnswerCacheOptions = {
  ttlMs: number;
  maxEntries: number;
  /**
   * Declared the database's only writer (DASHBOARD_CACHE_SINGLE_INSTANCE): serve even when the generation does not
   * hear other instances. Otherwise the cache serves only while it does (`seesEveryWrite`, ADR 0018).
   */
  soleWriter?: boolean;
};

/** Where an answer came from: the cache, computed now, or computed with the cache off. */
export type AnswerSource = 'hit' | 'shared' | 'miss' | 'off';

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly computing = new Map<string, { generation: number; answer: Promise<unknown> }>();
  /** Counts for tests and operations: answers served from the cache, shared with a running computation, computed, kept. */
  readonly stats = { hits: 0, shared: 0, misses: 0, stored: 0 };

  /** `generation` undefined: the cache is off (every answer computed). */
  constructor(
    private readonly generation: WriteGeneration | undefined,
    private readonly opts: AnswerCacheOptions,
  ) {}

  /** Whether an answer may be served and kept now: on, and every write to the database reaches the generation. */
  get enabled(): boolean {
    return (
      this.generation !== undefined &&
      this.opts.ttlMs > 0 &&
      this.opts.maxEntries > 0 &&
      (this.opts.soleWriter === true || this.generation.seesEveryWrite)
    );
  }

  get size(): number {
    return this.entries.size;
  }

  /** The answer under `key`: kept if still valid at `now`, else `compute()` (kept if no write happened meanwhile). */
  async answer<T>(
    key: string,
    now: () => Date,
    compute: () => Promise<T>,
    told: (source: AnswerSource) => void = () => {},
  ): Promise<T> {
    const generation = this.generation;
    if (!generation || !this.enabled) {
      told('off');
      return compute();
    }
    const before = generation.value;
    const at = now().getTime();
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      const age = at - entry.at;
      if (entry.generation === before && age >= 0 && age < this.opts.ttlMs) {
        this.entries.set(key, entry); // most recently used now
        this.stats.hits += 1;
        told('hit');
        return entry.value as T;
      }
    }
    const running = this.computing.get(key);
    if (running && running.generation === before) {
      this.stats.shared += 1;
      told('shared');
      return running.answer as Promise<T>;
    }
    this.stats.misses += 1;
    told('miss');
    const answer = compute();
    const mine = { generation: before, answer };
    this.computing.set(key, mine);
    let value: T;
    try {
      value = await answer;
    } finally {
      if (this.computing.get(key) === mine) this.computing.delete(key);
    }
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
