import type {
  CompiledQuery,
  DatabaseConnection,
  DeleteQueryNode,
  Dialect,
  InsertQueryNode,
  KyselyPlugin,
  OperationNode,
  RawNode,
  SelectQueryNode,
  UpdateQueryNode,
  WithNode,
} from 'kysely';

// The write generation (ADR 0012): a counter per database handle that changes whenever this process writes, so a
// cached answer can tell that the data it was computed from may have changed — without any module, job or route
// having to remember to say so. It is observed where every statement passes: a plugin on the Kysely instance (each
// statement that is not a plain read) and the driver (each COMMIT, when a transaction's rows become visible).

/** Tables a committed write may have changed, or 'all' when it cannot be told. */
export type WrittenTables = ReadonlySet<string> | 'all';

/**
 * A counter that changes only when one of some tables may have changed (a commit that wrote them, here or on another
 * instance) — for a cache of those tables alone, so that the writes of everyone else (every filing) leave it be.
 */
export type TableWatch = { readonly tables: ReadonlySet<string>; readonly value: number };

export class WriteGeneration {
  private current = 0;
  private seesAll: boolean;
  private readonly watches: { tables: ReadonlySet<string>; value: number }[] = [];
  private readonly commitListeners = new Set<(tables: WrittenTables) => void>();

  /**
   * `ownsDatabase`: this process is the only writer of the database (the embedded database's owner, an in-process
   * test database); false for a PostgreSQL server, which other instances may write without this counter changing.
   */
  constructor(readonly ownsDatabase: boolean) {
    this.seesAll = ownsDatabase;
  }

  get value(): number {
    return this.current;
  }

  /**
   * Whether this process learns of every write to the database (ADR 0018): it owns the database, is declared its
   * only instance, or hears the other instances' write notices (its listener is connected). Caches serve only then.
   */
  get seesEveryWrite(): boolean {
    return this.seesAll;
  }

  /**
   * The listener came up (true) or went down (false). Either way every counter moves: an answer kept or being
   * computed before the change may miss a write whose notice was lost while nobody listened.
   */
  setSeesEveryWrite(on: boolean): void {
    this.changed('all');
    this.seesAll = on;
  }

  bump(): void {
    this.current += 1;
  }

  /** A data-changing commit of this process: every counter it may concern moves, and the notice is sent. */
  committed(tables: WrittenTables): void {
    this.changed(tables);
    for (const listener of this.commitListeners) listener(tables);
  }

  /** Another instance's commit (its notice arrived): the counters move, nothing is sent. */
  changedElsewhere(tables: WrittenTables): void {
    this.changed(tables);
  }

  /** Calls `listener` after each data-changing commit of this process (the notice sender); returns the undo. */
  onCommitted(listener: (tables: WrittenTables) => void): () => void {
    this.commitListeners.add(listener);
    return () => void this.commitListeners.delete(listener);
  }

  /** A counter for a cache of `tables` only (see {@link TableWatch}). */
  watch(tables: readonly string[]): TableWatch {
    const w = { tables: new Set(tables.map((t) => t.toLowerCase())), value: 0 };
    this.watches.push(w);
    return w;
  }

  private changed(tables: WrittenTables): void {
    this.current += 1;
    for (const w of this.watches) {
      if (tables === 'all' || [...w.tables].some((t) => tables.has(t))) w.value += 1;
    }
  }
}

/**
 * Tables whose writes no cached answer reads (no dashboard, not the intake reference), so they do not change the
 * generation and are not announced to other instances. `sessions`: every signed-in request touches its session's
 * `last_seen_at` once a minute. `audit_log` (the chain job links rows every second), `notification_outbox` (the
 * sender claims and finishes mail every second), `login_attempts`: background writes that would otherwise drop every
 * cached answer all the time (measured on the city data: no answer ever stored, ADR 0018). Only their own modules
 * read them (audit viewer, outbox sender, login throttle). An entry here can cost correctness if a cached reader of
 * the table ever appears — take it out then.
 */
export const UNREAD_TABLES: ReadonlySet<string> = new Set([
  'sessions',
  'audit_log',
  'notification_outbox',
  'login_attempts',
]);

const DATA_CHANGING_SQL = /\b(insert|update|delete|merge|truncate|copy|call|do)\b/i;
const READ_SQL = /^\s*(\(\s*)*(select|with|values|show|explain)\b/i;

function rawText(node: RawNode): string {
  const nested = node.parameters
    .filter((p): p is RawNode => p.kind === 'RawNode')
    .map(rawText)
    .join(' ');
  return `${node.sqlFragments.join(' ')} ${nested}`;
}

function tableName(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'AliasNode') return tableName((node as unknown as { node: OperationNode }).node);
  if (node.kind !== 'TableNode') return undefined;
  return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
}

function withWrites(w: WithNode | undefined): boolean {
  return (w?.expressions ?? []).some((cte) => changesData(cte.expression));
}

/** The one table a plain INSERT/UPDATE/DELETE changes (no CTE, no second table), else undefined. */
function onlyTarget(node: OperationNode): string | undefined {
  if (node.kind === 'InsertQueryNode') {
    const n = node as InsertQueryNode;
    return n.with ? undefined : tableName(n.into);
  }
  if (node.kind === 'UpdateQueryNode') {
    const n = node as UpdateQueryNode;
    return n.with || n.from || n.joins ? undefined : tableName(n.table);
  }
  if (node.kind === 'DeleteQueryNode') {
    const n = node as DeleteQueryNode;
    return n.with || n.using || n.joins || n.from.froms.length !== 1 ? undefined : tableName(n.from.froms[0]);
  }
  return undefined;
}

/**
 * Whether running `node` may change data another reader could see: anything but a plain read. Reads are SELECTs
 * without a data-changing CTE and raw SQL that starts as a read and names no data-changing command; everything else
 * counts (INSERT, UPDATE, DELETE, MERGE, DDL, raw `commit`, `lock table`…), erring towards a change. Writes that touch
 * only a table in `UNREAD_TABLES` do not count.
 */
export function changesData(node: OperationNode): boolean {
  switch (node.kind) {
    case 'SelectQueryNode':
      return withWrites((node as SelectQueryNode).with);
    case 'RawNode': {
      const text = rawText(node as RawNode);
      if (READ_SQL.test(text) && !DATA_CHANGING_SQL.test(text)) return false;
      const tables = writtenTablesOf(text);
      return tables === 'all' || [...tables].some((t) => !UNREAD_TABLES.has(t));
    }
    default: {
      const target = onlyTarget(node);
      return !(target && UNREAD_TABLES.has(target));
    }
  }
}

/**
 * A data-changing statement's result that shows it changed nothing: PostgreSQL counted 0 rows (an `on conflict do
 * nothing` that met its row, an update whose WHERE matched none) and no CTE could have written elsewhere.
 */
function changedNothing(node: OperationNode, result: { numAffectedRows?: bigint }): boolean {
  return result.numAffectedRows === 0n && !(node as { with?: WithNode }).with;
}

/**
 * Bumps the generation after a data-changing statement has run (outside a transaction its end is its commit), unless
 * its result shows it changed nothing: a reader that read its generation before, or while it ran, stores nothing. A
 * result that reports affected rows of a statement the plugin did not see compiled bumps too.
 */
export function writeGenerationPlugin(generation: WriteGeneration): KyselyPlugin {
  const seen = new WeakMap<object, OperationNode>();
  return {
    transformQuery({ node, queryId }) {
      seen.set(queryId, node);
      return node;
    },
    async transformResult({ result, queryId }) {
      const node = seen.get(queryId);
      const bump = node
        ? changesData(node) && !changedNothing(node, result)
        : (result.numAffectedRows ?? 0n) > 0n;
      if (bump) generation.bump();
      return result;
    },
  };
}

/**
 * The dialect with a driver that reports each data-changing commit to the generation (`committed`): a transaction's
 * rows are seen by other connections — and other instances — only from its COMMIT on, so that is when an answer
 * computed before must be dropped and the other instances told (ADR 0018). A statement outside a transaction commits
 * as it ends. A transaction that only read (a job finding nothing to do, every second) reports nothing. Each
 * connection notes whether a data-changing statement ran on it since its BEGIN, and which tables such statements
 * may have written; a connection it knows nothing about counts as having changed everything.
 */
export function withWriteGeneration(dialect: Dialect, generation: WriteGeneration): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver() {
      const driver = dialect.createDriver();
      type State = { inTransaction: boolean; changed: boolean; tables: Set<string> | 'all' };
      const states = new WeakMap<DatabaseConnection, State>();
      const watch = (connection: DatabaseConnection) => {
        if (states.has(connection)) return;
        const state: State = { inTransaction: false, changed: false, tables: new Set() };
        states.set(connection, state);
        const execute = connection.executeQuery.bind(connection);
        connection.executeQuery = (async (query: CompiledQuery) => {
          // BEGIN, COMMIT, ROLLBACK, SAVEPOINT of Kysely's transactions: the wrappers below account for them.
          if (TRANSACTION_CONTROL.test(query.sql)) return execute(query);
          const result = await execute(query);
          if (changesData(query.query) && !changedNothing(query.query, result)) {
            if (state.inTransaction) {
              state.changed = true;
              state.tables = mergeTables(state.tables, writtenTablesOf(query.sql));
            } else {
              generation.committed(writtenTablesOf(query.sql));
            }
          }
          return result;
        }) as DatabaseConnection['executeQuery'];
      };
      const endTransaction = (state: State) => {
        state.inTransaction = false;
        state.changed = false;
        state.tables = new Set();
      };
      const acquire = driver.acquireConnection.bind(driver);
      driver.acquireConnection = async () => {
        const connection = await acquire();
        watch(connection);
        return connection;
      };
      const begin = driver.beginTransaction.bind(driver);
      driver.beginTransaction = async (connection, settings) => {
        await begin(connection, settings);
        watch(connection);
        const state = states.get(connection)!;
        state.inTransaction = true;
        state.changed = false; // BEGIN itself changes nothing
        state.tables = new Set();
      };
      const commit = driver.commitTransaction.bind(driver);
      driver.commitTransaction = async (connection) => {
        const state = states.get(connection);
        const wrote = state?.changed !== false;
        const tables: WrittenTables = state ? state.tables : 'all';
        try {
          await commit(connection);
        } finally {
          if (state) endTransaction(state);
          if (wrote) generation.committed(tables);
        }
      };
      const rollback = driver.rollbackTransaction.bind(driver);
      driver.rollbackTransaction = async (connection) => {
        const state = states.get(connection);
        try {
          await rollback(connection);
        } finally {
          if (state) endTransaction(state);
        }
      };
      return driver;
    },
  };
}

// The table after each data-changing keyword of a statement's text (Kysely quotes identifiers; raw SQL may not).
const WRITE_TARGET =
  /\b(?:insert\s+into|update|delete\s+from|merge\s+into|truncate(?:\s+table)?|copy)\s+(?:only\s+)?(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/gi;

/**
 * The tables a data-changing statement may write, read from its text: every name after INSERT INTO, UPDATE, DELETE
 * FROM, MERGE INTO, TRUNCATE, COPY (CTEs included). A statement where none is found (DDL, DO, CALL, a function that
 * writes) may have written anything: 'all'. A trigger writing another table would be missed; the only triggers
 * refuse changes (audit log, rating history) or set a column of the same row (complaints).
 */
export function writtenTablesOf(sqlText: string): WrittenTables {
  const found = new Set<string>();
  for (const m of sqlText.matchAll(WRITE_TARGET)) {
    const name = m[1]!.toLowerCase();
    if (!NOT_TABLES.has(name)) found.add(name);
  }
  return found.size > 0 ? found : 'all';
}

/** Words that follow UPDATE without being a table: `for update skip locked`, `for update of`, `do update set`. */
const NOT_TABLES = new Set(['set', 'skip', 'of', 'nowait']);

// Transaction control as Kysely's driver sends it (raw BEGIN/COMMIT in app code would be missed; there is none).
const TRANSACTION_CONTROL = /^\s*(begin|start\s+transaction|commit|rollback|savepoint|release|end|abort)\b/i;

const mergeTables = (into: Set<string> | 'all', add: WrittenTables): Set<string> | 'all' => {
  if (into === 'all' || add === 'all') return 'all';
  for (const t of add) into.add(t);
  return into;
};

const generations = new WeakMap<object, WriteGeneration>();

export function registerWriteGeneration(db: object, generation: WriteGeneration): void {
  generations.set(db, generation);
}

/** The write generation of a database handle made by `createKysely`; undefined for any other Kysely instance. */
export function writeGenerationOf(db: object): WriteGeneration | undefined {
  return generations.get(db);
}
