// The audit trail: append-only and hash-chained. Each entry's hash covers the previous hash and
// the entry's canonical JSON, so altering or removing any entry breaks every later link.
// Appends take a transaction-scoped advisory lock so concurrent writers (several processes
// included) extend the chain one at a time.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

const AUDIT_LOCK = 7_275_411;
export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  userId: number | null;
  username: string | null;
  ip?: string | null;
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | number | null;
  summary?: string | null;
  before?: unknown;
  after?: unknown;
  result?: 'ok' | 'denied' | 'failed';
}

/** JSON with sorted keys, so the hash does not depend on how jsonb orders them. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  at: Date;
  user_id: number | null;
  username: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  result: string;
}

export function entryHash(prevHash: string, f: HashedFields): string {
  const body = canonicalJson({
    at: f.at.toISOString(),
    userId: f.user_id,
    username: f.username,
    action: f.action,
    objectType: f.object_type,
    objectId: f.object_id,
    summary: f.summary,
    before: f.before ?? null,
    after: f.after ?? null,
    ip: f.ip,
    result: f.result,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Appends one entry. Call inside the transaction of the change it records. */
export async function appendAudit(trx: Kysely<DB>, actor: Actor, entry: AuditEntry, now: Date): Promise<void> {
  await appendAuditMany(trx, actor, [entry], now);
}

// Round-trip through JSON so the hashed value equals what jsonb gives back.
const norm = (v: unknown): unknown => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));

/** Appends several entries in order with one lock and batched inserts (imports, bulk changes). */
export async function appendAuditMany(trx: Kysely<DB>, actor: Actor, entries: readonly AuditEntry[], now: Date): Promise<void> {
  if (entries.length === 0) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    const fields = toFields(actor, entry, now);
    const hash = entryHash(prev, fields);
    const row = {
      ...fields,
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
  // Ids follow insertion order, so the chain order is the id order the verifier walks.
  for (let i = 0; i < rows.length; i += 2000) await trx.insertInto('audit_log').values(rows.slice(i, i + 2000)).execute();
}

function toFields(actor: Actor, entry: AuditEntry, now: Date): HashedFields {
  return {
    at: new Date(Math.floor(now.getTime())),
    user_id: actor.userId,
    username: actor.username,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId == null ? null : String(entry.objectId),
    summary: entry.summary ?? null,
    before: norm(entry.before),
    after: norm(entry.after),
    ip: actor.ip ?? null,
    result: entry.result ?? 'ok',
  };
}

/** Appends an entry in a transaction of its own (for reads and denials that change nothing). */
export async function recordAudit(db: Kysely<DB>, actor: Actor, entry: AuditEntry, now: Date): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, actor, entry, now));
}

export interface VerifyReport {
  checked: number;
  ok: boolean;
  problems: Array<{ id: number; problem: 'hash_mismatch' | 'broken_link'; message: string }>;
}

/** Walks the whole chain in id order and reports every altered, inserted or removed entry. */
export async function verifyAuditChain(db: Kysely<DB>, batch = 5000): Promise<VerifyReport> {
  const problems: VerifyReport['problems'] = [];
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', prevId)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      checked++;
      // Ids may skip where a transaction rolled back, so a removed entry shows as a broken link.
      if (r.prev_hash !== prevHash) {
        problems.push({ id: r.id, problem: 'broken_link', message: `第 ${r.id} 条记录与前一条的链接不一致` });
      }
      const fields: HashedFields = { ...r, at: new Date(r.at), result: r.result };
      if (entryHash(r.prev_hash, fields) !== r.hash) {
        problems.push({ id: r.id, problem: 'hash_mismatch', message: `第 ${r.id} 条记录内容被修改` });
      }
      prevHash = r.hash;
      prevId = r.id;
    }
  }
  return { checked, ok: problems.length === 0, problems };
}
