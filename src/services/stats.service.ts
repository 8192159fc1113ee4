// Dashboard figures for the reader's data scope. Counts are computed in SQL.
import { sql } from 'kysely';
import { can } from '../domain/access/roles.js';
import { scopeFilter } from '../db/people.repository.js';
import { getUnit } from '../db/units.repository.js';
import { forbidden, notFound } from './app-error.js';
import { todayIso, type ServiceDeps, type SessionUser } from './context.js';

export interface Dashboard {
  total: number;
  women: number;
  minority: number;
  reserve: number;
  /** 5-year age bands ('20-24' …) with counts by gender. */
  agePyramid: Array<{ band: string; ageMin: number; ageMax: number; men: number; women: number }>;
  byRank: Array<{ code: string | null; count: number }>;
  byEducation: Array<{ code: string | null; count: number }>;
  byPolitical: Array<{ code: string; count: number }>;
  byEthnicity: Array<{ code: string; count: number }>;
  byUnitLevel: Array<{ level: string | null; count: number }>;
  byCategory: Array<{ code: string; count: number }>;
}

export async function dashboard(deps: ServiceDeps, user: SessionUser, unitId?: number): Promise<Dashboard> {
  if (!can(user.roles, 'stats.read')) throw forbidden();
  const today = todayIso(deps.clock);
  let base = deps.db.selectFrom('people').where((eb) => scopeFilter(eb, user.scope));
  if (unitId != null) {
    const unit = await getUnit(deps.db, unitId);
    if (!unit) throw notFound('单位');
    base = base.where('people.unit_path', 'like', `${unit.path}%`);
  }
  const age = sql<number>`extract(year from age(${today}::date, people.birth_date))::int`;
  const count = sql<number>`count(*)::int`;
  const [totals, ages, ranks, edu, pol, eth, levels, cats] = await Promise.all([
    base
      .select([
        count.as('total'),
        sql<number>`count(*) filter (where people.gender = '2')::int`.as('women'),
        sql<number>`count(*) filter (where people.ethnicity <> '01')::int`.as('minority'),
        sql<number>`count(*) filter (where people.is_reserve)::int`.as('reserve'),
      ])
      .executeTakeFirstOrThrow(),
    base
      .select([sql<number>`(${age} / 5) * 5`.as('band'), sql<number>`count(*) filter (where people.gender = '1')::int`.as('men'), sql<number>`count(*) filter (where people.gender = '2')::int`.as('women')])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
    base.select(['people.rank as code', count.as('count')]).groupBy('people.rank').orderBy('people.rank').execute(),
    base.select(['people.edu_any as code', count.as('count')]).groupBy('people.edu_any').orderBy('people.edu_any').execute(),
    base.select(['people.political_status as code', count.as('count')]).groupBy('people.political_status').orderBy('people.political_status').execute(),
    base.select(['people.ethnicity as code', count.as('count')]).groupBy('people.ethnicity').orderBy(sql`2`, 'desc').execute(),
    base.leftJoin('units', 'units.id', 'people.unit_id').select(['units.level as level', count.as('count')]).groupBy('units.level').execute(),
    base.select(['people.category as code', count.as('count')]).groupBy('people.category').execute(),
  ]);
  const levelOrder = ['province', 'prefecture', 'county', 'township', 'village'];
  return {
    total: totals.total,
    women: totals.women,
    minority: totals.minority,
    reserve: totals.reserve,
    agePyramid: ages.map((a) => ({ band: `${a.band}-${a.band + 4}`, ageMin: a.band, ageMax: a.band + 4, men: a.men, women: a.women })),
    byRank: ranks,
    byEducation: edu,
    byPolitical: pol,
    byEthnicity: eth,
    byUnitLevel: levels.sort((a, b) => levelOrder.indexOf(a.level ?? '') - levelOrder.indexOf(b.level ?? '')),
    byCategory: cats,
  };
}
