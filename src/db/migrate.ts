// Applies the SQL migrations in order, once each, recording them in schema_migrations.
// An advisory lock keeps two starting processes from migrating at once.
import type { Database } from './connect.js';
import { migrations } from './migrations/index.js';

const LOCK_KEY = 7_275_410; // any constant shared by all processes of this product

export async function migrate(database: Database): Promise<string[]> {
  return database.withSession(async (exec) => {
    const applied: string[] = [];
    await exec(`select pg_advisory_lock(${LOCK_KEY})`);
    try {
      await exec(
        'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
      );
      const rows = await exec('select name from schema_migrations');
      const done = new Set(rows.map((r) => String(r.name)));
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        // Each migration runs as one transaction: it lands whole or not at all.
        try {
          await exec(`begin;\n${m.sql}\n;insert into schema_migrations(name) values ('${m.name.replace(/'/g, "''")}');\ncommit;`);
        } catch (err) {
          await exec('rollback').catch(() => undefined);
          throw err;
        }
        applied.push(m.name);
      }
    } finally {
      await exec(`select pg_advisory_unlock(${LOCK_KEY})`);
    }
    return applied;
  });
}
