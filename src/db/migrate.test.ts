import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_TARGETS, openTestDb } from '../../test/db.js';
import { migrate } from './migrate.js';

describe.each(DB_TARGETS)('database on %s', (target) => {
  it('is migrated once and a second migrate applies nothing', async () => {
    const database = await openTestDb(target);
    try {
      expect(await migrate(database)).toEqual([]);
      const r = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(database.db);
      expect(r.rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await database.dispose();
    }
  });

  it('returns DATE columns as ISO strings and refuses to alter the audit trail', async () => {
    const database = await openTestDb(target);
    try {
      const r = await sql<{ d: string; n: number }>`select date '2024-02-29' as d, 5::int8 as n`.execute(database.db);
      expect(r.rows[0]).toEqual({ d: '2024-02-29', n: 5 });
      await sql`insert into audit_log(at, action, object_type, prev_hash, hash) values (now(), 'x', 'y', '', 'h')`.execute(
        database.db,
      );
      await expect(sql`delete from audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`update audit_log set action = 'z'`.execute(database.db)).rejects.toThrow(/append-only/);
    } finally {
      await database.dispose();
    }
  });
});
