// Opens the database: embedded PGlite in a data folder (default) or PostgreSQL through a URL.
// Both speak the same SQL; DATE values travel as 'YYYY-MM-DD' strings and int8 as numbers
// on both, so results do not depend on the engine.
import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DB } from './schema.js';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations, maintenance). */
  execScript(script: string): Promise<void>;
  /** Runs fn with scripts executed on one dedicated session (for session-level locks). */
  withSession<T>(fn: (exec: ScriptRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The embedded instance, when kind is 'pglite' (for dumps in tests and backups). */
  pglite?: PGlite;
}

/** Runs a script and returns the rows of its last statement. */
export type ScriptRunner = (script: string) => Promise<Array<Record<string, unknown>>>;

export interface ConnectOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined = in memory. */
  dataDir?: string | undefined;
  /** A PGlite data-folder dump to start from (tests copy a migrated template). */
  loadDataDir?: Blob | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));

export async function connect(opts: ConnectOptions): Promise<Database> {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: 'postgres',
      db,
      async execScript(script) {
        const client = await pool.connect();
        try {
          await client.query(script);
        } finally {
          client.release();
        }
      },
      async withSession(fn) {
        const client = await pool.connect();
        try {
          return await fn(async (script) => {
            const res: unknown = await client.query(script);
            const last = Array.isArray(res) ? res[res.length - 1] : res;
            return (last as pg.QueryResult<Record<string, unknown>> | undefined)?.rows ?? [];
          });
        } finally {
          client.release();
        }
      },
      close: () => db.destroy(),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    // Durability relaxed: PGlite flushes after each query otherwise, which dominates write time.
    relaxedDurability: true,
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    kind: 'pglite',
    db,
    pglite,
    async execScript(script) {
      await pglite.exec(script);
    },
    withSession: (fn) =>
      fn(async (script) => {
        const res = await pglite.exec(script);
        return (res[res.length - 1]?.rows ?? []) as Array<Record<string, unknown>>;
      }),
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
