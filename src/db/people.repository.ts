// People rows and their sub-records. No business rules: the service decides, this file
// reads and writes. Every read that can reach a person takes the caller's data scope and
// applies it in SQL, so nobody can see a person outside their scope by any route.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DataScope } from '../domain/access/roles.js';
import type { DB, NewPersonRow, PersonRow } from './schema.js';

export interface SubRecordRows {
  education: Array<{ mode: string; level: string; degree: string | null; school: string | null; major: string | null; start_date: string | null; end_date: string | null }>;
  titles: Array<{ series: string; level: string; name: string | null; obtained_date: string | null }>;
  appointments: Array<{ unit_id: number | null; unit_name: string; post: string; post_kind: string | null; rank: string | null; start_date: string; end_date: string | null }>;
  appraisals: Array<{ year: number; grade: string }>;
  family: Array<{ data_enc: string }>;
}

export interface PersonRows extends SubRecordRows {
  person: PersonRow & { unit_name: string | null };
}

type PeopleEB = ExpressionBuilder<DB, 'people'>;

/** The scope as a WHERE expression over `people`. */
export function scopeFilter(eb: PeopleEB, scope: DataScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'subtree':
      return eb('people.unit_path', 'like', `${scope.unitPath}%`);
    case 'unit':
      return eb('people.unit_id', '=', scope.unitId);
    case 'self':
      return eb('people.id', '=', scope.personId);
    case 'none':
      return sql<boolean>`false`;
  }
}

export interface PeopleQuery {
  scope: DataScope;
  /** Reference date for ages (ISO). */
  today: string;
  unitPath?: string | undefined;
  unitOnly?: boolean | undefined;
  unitId?: number | undefined;
  q?: string | undefined;
  gender?: string | undefined;
  ethnicity?: string[] | undefined;
  rank?: string[] | undefined;
  grade?: string[] | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  /** Minimum education group code ('10' … '90'): people at that level or higher. */
  eduAtLeast?: string | undefined;
  eduMode?: 'fulltime' | 'any' | undefined;
  /** Exact education groups ('10', '20', …) of the highest education (eduMode applies). */
  edu?: string[] | undefined;
  /** Levels of the person's unit ('province' … 'village'). */
  unitLevel?: string[] | undefined;
  politicalStatus?: string[] | undefined;
  category?: string[] | undefined;
  titleLevel?: string[] | undefined;
  isReserve?: boolean | undefined;
  poolTier?: string | undefined;
  tag?: string | undefined;
  postKind?: string[] | undefined;
  /** Only these people (screening results, exports). */
  ids?: number[] | undefined;
  sort?: PeopleSort | undefined;
  page: number;
  pageSize: number;
}

export const PEOPLE_SORTS = ['name', '-name', 'birthDate', '-birthDate', 'rank', '-rank', 'updatedAt', '-updatedAt', 'id', '-id'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

const minusYears = (iso: string, years: number): string => {
  const y = Number(iso.slice(0, 4)) - years;
  const md = iso.slice(4);
  // 29 February in a non-leap target year becomes 28 February (the later birthday rule is the domain's).
  if (md === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`;
  return `${String(y).padStart(4, '0')}${md}`;
};

function filters(eb: PeopleEB, q: PeopleQuery): Expression<SqlBool> {
  const conds: Array<Expression<SqlBool>> = [scopeFilter(eb, q.scope)];
  if (q.unitOnly && q.unitId != null) conds.push(eb('people.unit_id', '=', q.unitId));
  else if (q.unitPath) conds.push(eb('people.unit_path', 'like', `${q.unitPath}%`));
  if (q.q) {
    const text = q.q.trim();
    if (/^[a-z]+$/i.test(text)) {
      const t = text.toLowerCase();
      // Both forms start with the same letter. Saying so lets a name-sorted scan of the
      // pinyin index start at that letter instead of walking the whole register.
      conds.push(eb('people.name_pinyin', 'like', `${t[0]}%`));
      conds.push(eb.or([eb('people.name_initials', 'like', `${t}%`), eb('people.name_pinyin', 'like', `${t}%`)]));
    } else {
      conds.push(eb('people.name', 'like', `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
    }
  }
  if (q.gender) conds.push(eb('people.gender', '=', q.gender));
  if (q.ethnicity?.length) conds.push(eb('people.ethnicity', 'in', q.ethnicity));
  if (q.rank?.length) conds.push(eb('people.rank', 'in', q.rank));
  if (q.grade?.length) conds.push(eb('people.grade', 'in', q.grade));
  // Age in full years at `today`: age ≥ m ⇔ born on or before today − m years.
  if (q.ageMin != null) conds.push(eb('people.birth_date', '<=', minusYears(q.today, q.ageMin)));
  if (q.ageMax != null) conds.push(eb('people.birth_date', '>', minusYears(q.today, q.ageMax + 1)));
  if (q.eduAtLeast) {
    // Group codes sort by level: '10' graduate < '20' bachelor < '28' < '30' … (lower is higher).
    const col = q.eduMode === 'fulltime' ? 'people.edu_fulltime' : 'people.edu_any';
    conds.push(eb(col, '<=', q.eduAtLeast));
  }
  if (q.edu?.length) conds.push(eb(q.eduMode === 'fulltime' ? 'people.edu_fulltime' : 'people.edu_any', 'in', q.edu));
  if (q.unitLevel?.length) {
    const levels = q.unitLevel;
    conds.push(eb('people.unit_id', 'in', (sub) => sub.selectFrom('units').select('units.id').where('units.level', 'in', levels)));
  }
  if (q.politicalStatus?.length) conds.push(eb('people.political_status', 'in', q.politicalStatus));
  if (q.category?.length) conds.push(eb('people.category', 'in', q.category));
  if (q.titleLevel?.length) conds.push(eb('people.title_level', 'in', q.titleLevel));
  if (q.isReserve != null) conds.push(eb('people.is_reserve', '=', q.isReserve));
  if (q.poolTier) conds.push(eb('people.pool_tier', '=', q.poolTier));
  if (q.tag) conds.push(sql<boolean>`${sql.ref('people.tags')} @> array[${q.tag}]::text[]`);
  if (q.postKind?.length) conds.push(eb('people.post_kind', 'in', q.postKind));
  if (q.ids) conds.push(q.ids.length ? eb('people.id', 'in', q.ids) : sql<boolean>`false`);
  return eb.and(conds);
}

export interface PersonListRow {
  id: number;
  name: string;
  gender: string;
  ethnicity: string;
  birth_date: string;
  id_number_masked: string | null;
  political_status: string;
  category: string;
  unit_id: number | null;
  unit_name: string | null;
  post: string | null;
  post_kind: string | null;
  rank: string | null;
  grade: string | null;
  edu_fulltime: string | null;
  edu_any: string | null;
  title_level: string | null;
  is_reserve: boolean;
  pool_tier: string | null;
  tags: string[];
  native_place: string | null;
  work_start_date: string | null;
  party_join_date: string | null;
  version: number;
}

const FILTER_KEYS = ['q', 'gender', 'ethnicity', 'rank', 'grade', 'ageMin', 'ageMax', 'eduAtLeast', 'edu', 'unitLevel', 'politicalStatus', 'category', 'titleLevel', 'isReserve', 'poolTier', 'tag', 'postKind', 'ids'] as const;

/**
 * The count of a query that filters by scope and unit subtree only, from the per-unit
 * counters (migration 004); undefined when the query has other filters.
 */
async function countFromCounters(db: Kysely<DB>, q: PeopleQuery): Promise<number | undefined> {
  const hasFilter = FILTER_KEYS.some((k) => {
    const v = q[k];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0 && k !== 'ids');
  });
  if (hasFilter || q.unitOnly) return undefined;
  let path: string | undefined;
  if (q.scope.kind === 'none') return 0;
  if (q.scope.kind === 'subtree') {
    const s = q.scope.unitPath;
    const u = q.unitPath;
    if (u === undefined || u.startsWith(s)) path = u ?? s;
    else if (s.startsWith(u)) path = s;
    else return 0;
  } else if (q.scope.kind === 'all') {
    path = q.unitPath;
  } else {
    return undefined;
  }
  const row = path
    ? await db
        .selectFrom('unit_people_counts as c')
        .innerJoin('units as u', 'u.id', 'c.unit_key')
        .select(sql<number>`coalesce(sum(c.n), 0)::int`.as('n'))
        .where('u.path', 'like', `${path}%`)
        .executeTakeFirstOrThrow()
    : await db.selectFrom('unit_people_counts').select(sql<number>`coalesce(sum(n), 0)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}

export async function listPeople(db: Kysely<DB>, q: PeopleQuery): Promise<{ items: PersonListRow[]; total: number }> {
  const base = db.selectFrom('people').where((eb) => filters(eb, q));
  const sort = q.sort ?? 'id';
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const dir = desc ? 'desc' : 'asc';
  const col = { name: 'people.name_pinyin', birthDate: 'people.birth_date', rank: 'people.rank', updatedAt: 'people.updated_at', id: 'people.id' }[
    key as 'name' | 'birthDate' | 'rank' | 'updatedAt' | 'id'
  ] as 'people.name_pinyin' | 'people.birth_date' | 'people.rank' | 'people.updated_at' | 'people.id';
  const [items, count] = await Promise.all([
    base
      .leftJoin('units', 'units.id', 'people.unit_id')
      .select([
        'people.id',
        'people.name',
        'people.gender',
        'people.ethnicity',
        'people.birth_date',
        'people.id_number_masked',
        'people.political_status',
        'people.category',
        'people.unit_id',
        'units.name as unit_name',
        'people.post',
        'people.post_kind',
        'people.rank',
        'people.grade',
        'people.edu_fulltime',
        'people.edu_any',
        'people.title_level',
        'people.is_reserve',
        'people.pool_tier',
        'people.tags',
        'people.native_place',
        'people.work_start_date',
        'people.party_join_date',
        'people.version',
      ])
      .orderBy(col, dir)
      .orderBy('people.id', dir)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    countFromCounters(db, q).then(async (n) => n ?? Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)),
  ]);
  return { items, total: count };
}

/** Ids of everyone matching a query (for exports and screening), in the query's order. */
export async function listPeopleIds(db: Kysely<DB>, q: Omit<PeopleQuery, 'page' | 'pageSize'>, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('people')
    .where((eb) => filters(eb, { ...q, page: 1, pageSize: limit }))
    .select('people.id')
    .orderBy('people.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Whether a person exists at all (to tell "out of scope" from "not found"). */
export async function personExists(db: Kysely<DB>, id: number): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function getPersonRows(db: Kysely<DB>, id: number, scope: DataScope): Promise<PersonRows | undefined> {
  const person = await db
    .selectFrom('people')
    .leftJoin('units', 'units.id', 'people.unit_id')
    .selectAll('people')
    .select('units.name as unit_name')
    .where('people.id', '=', id)
    .where((eb) => scopeFilter(eb, scope))
    .executeTakeFirst();
  if (!person) return undefined;
  const [education, titles, appointments, appraisals, family] = await Promise.all([
    db.selectFrom('education_records').select(['mode', 'level', 'degree', 'school', 'major', 'start_date', 'end_date']).where('person_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('title_records').select(['series', 'level', 'name', 'obtained_date']).where('person_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('appointments').select(['unit_id', 'unit_name', 'post', 'post_kind', 'rank', 'start_date', 'end_date']).where('person_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('appraisals').select(['year', 'grade']).where('person_id', '=', id).orderBy('year').execute(),
    db.selectFrom('family_members').select(['data_enc']).where('person_id', '=', id).orderBy('seq').execute(),
  ]);
  return { person, education, titles, appointments, appraisals, family };
}

export async function insertPerson(trx: Kysely<DB>, row: NewPersonRow, sub: SubRecordRows): Promise<number> {
  const { id } = await trx.insertInto('people').values(row).returning('id').executeTakeFirstOrThrow();
  await insertSubRecords(trx, id, sub);
  return id;
}

export async function insertSubRecords(trx: Kysely<DB>, personId: number, sub: SubRecordRows): Promise<void> {
  const seq = <T>(rows: T[]) => rows.map((r, i) => ({ ...r, person_id: personId, seq: i }));
  if (sub.education.length) await trx.insertInto('education_records').values(seq(sub.education)).execute();
  if (sub.titles.length) await trx.insertInto('title_records').values(seq(sub.titles)).execute();
  if (sub.appointments.length) await trx.insertInto('appointments').values(seq(sub.appointments)).execute();
  if (sub.appraisals.length) await trx.insertInto('appraisals').values(sub.appraisals.map((a) => ({ ...a, person_id: personId }))).execute();
  if (sub.family.length) await trx.insertInto('family_members').values(seq(sub.family)).execute();
}

export async function deleteSubRecords(trx: Kysely<DB>, personId: number): Promise<void> {
  await trx.deleteFrom('education_records').where('person_id', '=', personId).execute();
  await trx.deleteFrom('title_records').where('person_id', '=', personId).execute();
  await trx.deleteFrom('appointments').where('person_id', '=', personId).execute();
  await trx.deleteFrom('appraisals').where('person_id', '=', personId).execute();
  await trx.deleteFrom('family_members').where('person_id', '=', personId).execute();
}

/** Updates a person only at the expected version; returns false when the row moved on. */
export async function updatePersonAtVersion(
  trx: Kysely<DB>,
  id: number,
  version: number,
  row: Omit<NewPersonRow, 'id'>,
  now: Date,
): Promise<boolean> {
  const res = await trx
    .updateTable('people')
    .set({ ...row, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deletePersonAtVersion(trx: Kysely<DB>, id: number, version: number): Promise<boolean> {
  await trx.updateTable('users').set({ person_id: null }).where('person_id', '=', id).execute();
  const res = await trx.deleteFrom('people').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function findByIdNumberHash(db: Kysely<DB>, hmac: string): Promise<{ id: number; name: string; version: number } | undefined> {
  return db.selectFrom('people').select(['id', 'name', 'version']).where('id_number_hmac', '=', hmac).executeTakeFirst();
}

/**
 * Inserts many people with their sub-records in batches (demo load, Excel import).
 * Runs inside the caller's transaction, so a failure leaves nothing behind.
 * Returns the new ids in input order.
 */
export async function bulkInsertPeople(
  trx: Kysely<DB>,
  people: Array<{ row: Omit<NewPersonRow, 'id'>; sub: SubRecordRows }>,
  onProgress?: (done: number) => void,
): Promise<number[]> {
  const ids: number[] = [];
  // Bind messages carry at most 32,767 parameters on PGlite (a signed 16-bit count): stay under.
  const MAX_PARAMS = 30_000;
  const BATCH = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, Object.keys(people[0]?.row ?? {}).length)));
  for (let start = 0; start < people.length; start += BATCH) {
    const chunk = people.slice(start, start + BATCH);
    const inserted = await trx.insertInto('people').values(chunk.map((p) => p.row)).returning('id').execute();
    // RETURNING follows VALUES order for a single multi-row INSERT.
    const chunkIds = inserted.map((r) => r.id);
    ids.push(...chunkIds);
    const edu: Array<SubRecordRows['education'][number] & { person_id: number; seq: number }> = [];
    const titles: Array<SubRecordRows['titles'][number] & { person_id: number; seq: number }> = [];
    const apps: Array<SubRecordRows['appointments'][number] & { person_id: number; seq: number }> = [];
    const appr: Array<SubRecordRows['appraisals'][number] & { person_id: number }> = [];
    const fam: Array<SubRecordRows['family'][number] & { person_id: number; seq: number }> = [];
    chunk.forEach((p, i) => {
      const person_id = chunkIds[i]!;
      p.sub.education.forEach((e, seq) => edu.push({ ...e, person_id, seq }));
      p.sub.titles.forEach((t, seq) => titles.push({ ...t, person_id, seq }));
      p.sub.appointments.forEach((a, seq) => apps.push({ ...a, person_id, seq }));
      p.sub.appraisals.forEach((a) => appr.push({ ...a, person_id }));
      p.sub.family.forEach((f, seq) => fam.push({ ...f, person_id, seq }));
    });
    const SUB = 3000; // ≤ 10 columns each: under the parameter limit
    for (let i = 0; i < edu.length; i += SUB) await trx.insertInto('education_records').values(edu.slice(i, i + SUB)).execute();
    for (let i = 0; i < titles.length; i += SUB) await trx.insertInto('title_records').values(titles.slice(i, i + SUB)).execute();
    for (let i = 0; i < apps.length; i += SUB) await trx.insertInto('appointments').values(apps.slice(i, i + SUB)).execute();
    for (let i = 0; i < appr.length; i += SUB) await trx.insertInto('appraisals').values(appr.slice(i, i + SUB)).execute();
    for (let i = 0; i < fam.length; i += SUB) await trx.insertInto('family_members').values(fam.slice(i, i + SUB)).execute();
    onProgress?.(Math.min(start + BATCH, people.length));
  }
  return ids;
}
