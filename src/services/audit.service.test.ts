import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_TARGETS, openTestDb, type TestDatabase } from '../../test/db.js';
import { canonicalJson, recordAudit, verifyAuditChain } from './audit.service.js';

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });
});

describe.each(DB_TARGETS)('audit chain on %s', (target) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDb(target);
    const t = new Date('2026-01-01T00:00:00.123Z');
    for (let i = 0; i < 5; i++) {
      await recordAudit(database.db, { userId: 1, username: 'hr' }, { action: 'person.update', objectType: 'person', objectId: i, before: { post: '旧', n: i }, after: { post: '新', n: i } }, new Date(t.getTime() + i * 1000));
    }
  });
  afterEach(async () => database.dispose());

  // Tampering needs the append-only trigger off, as a database superuser could do.
  const tamper = async (statement: string) => {
    await database.execScript(`alter table audit_log disable trigger user; ${statement}; alter table audit_log enable trigger user;`);
  };

  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ checked: 5, ok: true, problems: [] });
  });

  it('reports an altered entry', async () => {
    await tamper(`update audit_log set after = '{"post":"改","n":2}' where id = 3`);
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ id: 3, problem: 'hash_mismatch' })]);
  });

  it('reports a removed entry as a broken link at the next one', async () => {
    await tamper('delete from audit_log where id = 2');
    const r = await verifyAuditChain(database.db);
    expect(r.problems).toEqual([expect.objectContaining({ id: 3, problem: 'broken_link' })]);
  });

  it('reports an entry whose hash was recomputed to hide an edit, at the following link', async () => {
    await tamper(`update audit_log set summary = 'x', hash = 'f00' where id = 4`);
    const problems = (await verifyAuditChain(database.db)).problems.map((p) => [p.id, p.problem]);
    expect(problems).toEqual([
      [4, 'hash_mismatch'],
      [5, 'broken_link'],
    ]);
  });

  it('refuses updates and deletes through ordinary SQL', async () => {
    await expect(sql`update audit_log set summary = 'x'`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
