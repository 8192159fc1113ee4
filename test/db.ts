// Test databases on real engines: PGlite always, PostgreSQL too when DATABASE_URL is set.
// Each call gives a fresh, migrated, empty database of its own.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database, type DatabaseKind } from '../src/db/connect.js';
import { withDatabase } from './pg-admin.js';

export const DB_TARGETS: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  /** Drops the database (PostgreSQL) or closes the instance (PGlite). */
  dispose(): Promise<void>;
}

let templateBlob: Blob | undefined;

export async function openTestDb(target: DatabaseKind = 'pglite'): Promise<TestDatabase> {
  if (target === 'pglite') {
    templateBlob ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
    const database = await connect({ loadDataDir: templateBlob });
    return { ...database, dispose: () => database.close() };
  }
  const url = process.env.DATABASE_URL;
  const template = inject('pgTemplate');
  if (!url || !template) throw new Error('PostgreSQL tests need DATABASE_URL');
  const name = `cadre_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template} strategy file_copy`);
  await admin.end();
  const database = await connect({ databaseUrl: withDatabase(url, name), poolSize: 4 });
  return {
    ...database,
    async dispose() {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
