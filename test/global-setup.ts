// Prepares migrated template databases once per test run: a PGlite data-folder dump that each
// test file loads (cheaper than migrating again) and, when DATABASE_URL is set, a PostgreSQL
// template database that each test file clones with CREATE DATABASE … TEMPLATE.
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { connect } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { PG_TEMPLATE_DB, withDatabase } from './pg-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await connect({});
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('gzip');
  const file = join(tmpdir(), `cadre-pglite-template-${process.pid}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${PG_TEMPLATE_DB}`);
    await admin.query(`create database ${PG_TEMPLATE_DB}`);
    await admin.end();
    const tpl = await connect({ databaseUrl: withDatabase(url, PG_TEMPLATE_DB), poolSize: 1 });
    await migrate(tpl);
    await tpl.close();
  }
  project.provide('pgTemplate', url ? PG_TEMPLATE_DB : null);
  return async () => {
    rmSync(file, { force: true });
  };
}
