import type {
  CompiledQuery,
  DatabaseConnection,
  DeleteQueryNode,
  Dialect,
  InsertQueryNode,
  KyselyPlugin,
  OperationNode,
  RawNode,
  RootOperationNode,
  SelectQueryNode,
  UpdateQueryNode,
  WithNode,
} from 'kysely';

// The write generation (ADR 0012): a counter per database handle that changes whenever this process writes, so a
// cached answer can tell that the data it was computed from may have changed — without any module, job or route
// having to remember to say so. It is observed where every statement passes: a plugin on the Kysely instance (each
// statement that is not a plain read) and the driver (each COMMIT, when a transaction's rows become visible).

export class WriteGeneration {
  private current = 0;
  /**
   * True when this process is the only writer of the database (the embedded database's owner, an in-process test
   * database); false for a PostgreSQL server, which other instances may write without this counter changing.
   */
  constructor(readonly ownsDatabase: boolean) {}

  get value(): number {
    return this.current;
  }

  bump(): void {
    this.current += 1;
  }
}

/**
 * Tables whose writes no dashboard reads, so they do not change the generation. `sessions`: every signed-in request
 * touches its session's `last_seen_at` once a minute, which would otherwise drop every cached answer all the time.
 * An entry here can only cost cache hits if a reader of the table is ever cached — take it out then.
 */
const UNREAD_TABLES: ReadonlySet<string> = new Set(['sessions']);

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
      return !READ_SQL.test(text) || DATA_CHANGING_SQL.test(text);
    }
    default: {
      const target = onlyTarget(node);
      return !(target && UNREAD_TABLES.has(target));
    }
  }
}

/**
 * Bumps the generation before a data-changing statement runs and again after it has run (outside a transaction its
 * end is its commit): a reader that started before it, or read its generation while it ran, stores nothing. A
 * result that reports affected rows bumps too, for a statement the plugin did not see compiled.
 */
export function writeGenerationPlugin(generation: WriteGeneration): KyselyPlugin {
  const writes = new WeakSet<object>();
  return {
    transformQuery({ node, queryId }) {
      if (changesData(node as RootOperationNode)) {
        writes.add(queryId);
        generation.bump();
      }
      return node;
    },
    async transformResult({ result, queryId }) {
      if (writes.has(queryId) || (result.numAffectedRows ?? 0n) > 0n) generation.bump();
      return result;
    },
  };
}

/**
 * The dialect with a driver that bumps the generation after each COMMIT of a transaction that changed data: its rows
 * are seen by other connections only from then on, so an answer computed before must not be kept. A transaction that
 * only read (a job finding nothing to do, every second) leaves the generation alone. Each connection notes whether
 * a data-changing statement ran on it since its BEGIN; a connection it knows nothing about counts as changed.
 */
export function withWriteGeneration(dialect: Dialect, generation: WriteGeneration): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver() {
      const driver = dialect.createDriver();
      const changed = new WeakMap<DatabaseConnection, boolean>();
      const watch = (connection: DatabaseConnection) => {
        if (changed.has(connection)) return;
        changed.set(connection, false);
        const execute = connection.executeQuery.bind(connection);
        connection.executeQuery = ((query: CompiledQuery) => {
          if (changesData(query.query)) changed.set(connection, true);
          return execute(query);
        }) as DatabaseConnection['executeQuery'];
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
        changed.set(connection, false); // BEGIN itself changes nothing
      };
      const commit = driver.commitTransaction.bind(driver);
      driver.commitTransaction = async (connection) => {
        const wrote = changed.get(connection) !== false;
        try {
          await commit(connection);
        } finally {
          if (wrote) generation.bump();
        }
      };
      return driver;
    },
  };
}

const generations = new WeakMap<object, WriteGeneration>();

export function registerWriteGeneration(db: object, generation: WriteGeneration): void {
  generations.set(db, generation);
}

/** The write generation of a database handle made by `createKysely`; undefined for any other Kysely instance. */
export function writeGenerationOf(db: object): WriteGeneration | undefined {
  return generations.get(db);
}
