// Synthetic registers for the eligibility benchmark, generated inside the database with
// generate_series (far faster than inserting from Node). Plausible, seeded distributions:
// ages 23–60, about 4 % township Party secretaries and 4 % township heads, appointment
// histories with earlier stints, five years of appraisals with some gaps, education records
// that agree with the denormalised columns. Health is stored as its code in health_enc (the
// benchmark's "decryptor" is the identity).
import { computeFacts, unitFactsFrom, type FactsPerson, type PersonFacts } from '../../src/domain/eligibility/facts.js';
import { Rng } from '../../src/domain/demo/rng.js';
import { addDays } from '../../src/domain/registry/iso-date.js';
import type { IsoDate } from '../../src/domain/registry/types.js';

/** Units: 1 province, 10 prefectures, 100 counties (30 in Tibetan areas), 1,000 townships, 600 departments. */
export const UNITS_SQL = /* sql */ `
  insert into units (id, parent_id, name, kind, level, path, depth) values (1, null, '某省', 'province', 'province', '/1/', 0);
  insert into units (id, parent_id, name, kind, level, path, depth)
    select 1 + i, 1, '市州' || i, 'party_committee', 'prefecture', '/1/' || (1 + i) || '/', 1 from generate_series(1, 10) i;
  insert into units (id, parent_id, name, kind, level, is_tibetan_area, path, depth)
    select 100 + i, 1 + ((i - 1) % 10) + 1, '县' || i, 'county', 'county', i <= 30,
           '/1/' || (1 + ((i - 1) % 10) + 1) || '/' || (100 + i) || '/', 2 from generate_series(1, 100) i;
  insert into units (id, parent_id, name, kind, level, is_tibetan_area, path, depth)
    select 1000 + i, 100 + ((i - 1) % 100) + 1, '乡镇' || i, 'township', 'township', ((i - 1) % 100) + 1 <= 30,
           '/1/' || (1 + ((i - 1) % 100) % 10 + 1) || '/' || (100 + ((i - 1) % 100) + 1) || '/' || (1000 + i) || '/', 3
    from generate_series(1, 1000) i;
  insert into units (id, parent_id, name, kind, level, path, depth)
    select 3000 + i, 1, '省直部门' || i, 'government_department', 'province', '/1/' || (3000 + i) || '/', 1 from generate_series(1, 100) i;
  insert into units (id, parent_id, name, kind, level, is_tibetan_area, path, depth)
    select 4000 + i, 100 + ((i - 1) % 100) + 1, '县直部门' || i, 'government_department', 'county', ((i - 1) % 100) + 1 <= 30,
           '/1/' || (1 + ((i - 1) % 100) % 10 + 1) || '/' || (100 + ((i - 1) % 100) + 1) || '/' || (4000 + i) || '/', 3
    from generate_series(1, 500) i;
`;

/** People, appointments, appraisals and education for ids 1…n, relative to the reference year. */
export function peopleSql(n: number, refYear: number): string {
  return /* sql */ `
  select setseed(0.42);
  create temporary table gen as
    select i as id,
           random() as r_kind, random() as r_age, random() as r_edu, random() as r_unit, random() as r_misc,
           random() as r_prev, random() as r_health, random() as r_gender, random() as r_eth, random() as r_party,
           random() as r_reserve, random() as r_pool, random() as r_tag, random() as r_inservice
    from generate_series(1, ${n}) i;

  insert into people (id, name, gender, ethnicity, birth_date, political_status, party_join_date, work_start_date, category,
                      unit_id, unit_path, post_kind, rank, grade, rank_start_date, post_start_date, is_reserve, pool_tier, tags,
                      health_enc, edu_fulltime, edu_any, title_level, title_series)
  select g.id, '干部' || g.id,
         case when g.r_gender < 0.7 then '1' else '2' end,
         case when g.r_eth < 0.15 then '04' else '01' end,
         make_date(${refYear} - 23, 1, 1) - (g.r_age * 37 * 365.25)::int,
         case when g.r_party < 0.75 then '01' when g.r_party < 0.78 then '02' else '13' end,
         case when g.r_party < 0.78 then make_date(${refYear} - 1, 7, 1) - (g.r_age * 20 * 365.25)::int end,
         make_date(${refYear} - 1, 8, 1) - (g.r_age * 36 * 365.25)::int,
         case when k.kind in ('teacher', 'doctor') then 'professional' else 'party_government' end,
         u.unit_id, u.path, k.kind, k.rank,
         null,
         make_date(${refYear} - 1, 1, 1) - (g.r_prev * 8 * 365.25)::int,
         make_date(${refYear} - 1, 1, 1) - (g.r_prev * 6 * 365.25)::int,
         g.r_reserve < 0.2,
         case when g.r_pool < 0.05 then 'township' end,
         case when g.r_tag < 0.05 then array['单位推荐'] else '{}' end,
         case when g.r_health < 0.85 then 'healthy' when g.r_health < 0.95 then 'fair' when g.r_health < 0.99 then 'ill' end,
         e.fulltime, coalesce(e.inservice, e.fulltime),
         case when k.kind in ('teacher', 'doctor') then 'intermediate' end,
         case when k.kind in ('teacher', 'doctor') then k.kind end
  from gen g
  cross join lateral (select case
      when g.r_kind < 0.04 then 'township_party_secretary'
      when g.r_kind < 0.08 then 'township_head'
      when g.r_kind < 0.12 then 'township_deputy_secretary'
      when g.r_kind < 0.22 then 'township_deputy'
      when g.r_kind < 0.30 then 'department_head'
      when g.r_kind < 0.42 then 'department_deputy'
      when g.r_kind < 0.46 then 'teacher'
      when g.r_kind < 0.50 then 'doctor'
      else 'staff' end as kind) k0
  cross join lateral (select k0.kind, case
      when k0.kind in ('township_party_secretary', 'township_head') then case when g.r_prev < 0.15 then '132' else '141' end
      when k0.kind = 'township_deputy_secretary' then '142'
      when k0.kind = 'township_deputy' then '142'
      when k0.kind = 'department_head' then case when g.r_prev < 0.3 then '132' else '141' end
      when k0.kind = 'department_deputy' then '142'
      when k0.kind in ('teacher', 'doctor') then null
      else case when g.r_prev < 0.5 then '150' else '142' end end as rank) k
  cross join lateral (select case
      when k.kind like 'township%' then 1000 + 1 + (g.r_unit * 999)::int
      when g.r_unit < 0.1 then 3000 + 1 + (g.r_unit * 10 * 99)::int
      else 4000 + 1 + (g.r_unit * 499)::int end as unit_id) u0
  cross join lateral (select u0.unit_id, un.path from units un where un.id = u0.unit_id) u
  cross join lateral (select
      case when g.r_edu < 0.15 then '10' when g.r_edu < 0.65 then '20' when g.r_edu < 0.85 then '30' else '40' end as fulltime,
      case when g.r_edu >= 0.65 and g.r_inservice < 0.5 then '20' end as inservice) e;

  -- Current post, open.
  insert into appointments (person_id, seq, unit_id, unit_name, post, post_kind, rank, start_date, end_date)
  select p.id, 2, p.unit_id, '单位', '现职', p.post_kind, p.rank, p.post_start_date, null from people p;
  -- An earlier stint for 70 %: for township heads and secretaries often as township secretary.
  insert into appointments (person_id, seq, unit_id, unit_name, post, post_kind, rank, start_date, end_date)
  select p.id, 1, p.unit_id, '单位', '前职',
         case when p.post_kind in ('township_party_secretary', 'township_head') and g.r_prev < 0.6 then 'township_party_secretary'
              when p.post_kind like 'township%' then 'township_deputy' else 'staff' end,
         p.rank,
         p.post_start_date - 365 - (g.r_misc * 5 * 365)::int,
         p.post_start_date - (g.r_health * 30)::int
  from people p join gen g on g.id = p.id where g.r_prev < 0.7;

  -- Appraisals of the five years before the reference year, 4 % missing.
  insert into appraisals (person_id, year, grade)
  select x.id, x.y,
         case when x.r < 0.2 then 'excellent' when x.r < 0.96 then 'competent' when x.r < 0.99 then 'basically_competent' else 'incompetent' end
  from (select p.id, y, random() as r, random() as gap from people p cross join generate_series(${refYear - 5}, ${refYear - 1}) y) x
  where x.gap < 0.96;

  insert into education_records (person_id, seq, mode, level, degree)
  select p.id, 1, 'fulltime', p.edu_fulltime, case when p.edu_fulltime in ('10', '20') then '学士' end from people p;
  insert into education_records (person_id, seq, mode, level, degree)
  select p.id, 2, 'inservice', p.edu_any, '学士' from people p where p.edu_any <> p.edu_fulltime;

  drop table gen;
`;
}

// ---------------------------------------------------------------------------------------
// In-memory facts for the evaluator's rate

const UNIT_FACTS = unitFactsFrom([
  { id: 1, kind: 'township', level: 'township', isTibetanArea: false },
  { id: 2, kind: 'government_department', level: 'county', isTibetanArea: false },
]);

/**
 * `n` people's facts at `ref`. `mix`: 'registry' has the register's shape (8 % township
 * leaders); 'candidates' are all township secretaries near the limits, so every rule runs.
 */
export function generateFacts(n: number, ref: IsoDate, mix: 'registry' | 'candidates', seed = 7): PersonFacts[] {
  const rng = new Rng(seed);
  const refYear = Number(ref.slice(0, 4));
  const out: PersonFacts[] = [];
  for (let id = 1; id <= n; id += 1) {
    const r = rng.next();
    const postKind =
      mix === 'candidates' ? (r < 0.8 ? 'township_party_secretary' : 'township_head') : r < 0.04 ? 'township_party_secretary' : r < 0.08 ? 'township_head' : 'staff';
    const township = postKind !== 'staff';
    const start = addDays(ref, -rng.int(200, 3000));
    const person: FactsPerson = {
      id,
      birthDate: addDays(ref, -rng.int(mix === 'candidates' ? 35 * 365 : 23 * 365, mix === 'candidates' ? 47 * 365 : 60 * 365)),
      gender: rng.chance(0.7) ? '1' : '2',
      ethnicity: '01',
      politicalStatus: '01',
      partyJoinDate: addDays(ref, -rng.int(365, 7000)),
      workStartDate: addDays(ref, -rng.int(365, 12000)),
      category: 'party_government',
      unitId: township ? 1 : 2,
      postKind,
      rank: township ? '141' : '150',
      grade: null,
      rankStartDate: start,
      isReserve: rng.chance(0.2),
      poolTier: null,
      tags: [],
      health: rng.chance(0.9) ? 'healthy' : 'ill',
      education: [
        { mode: 'fulltime', level: rng.pick(['21', '31', '41']), degree: null, school: null, major: null, startDate: null, endDate: null },
      ],
      titles: [],
      appointments: [
        { unitId: township ? 1 : 2, unitName: '单位', post: '现职', postKind, rank: township ? '141' : '150', startDate: start, endDate: null },
        ...(rng.chance(0.6)
          ? [{ unitId: 1, unitName: '单位', post: '前职', postKind: 'township_party_secretary', rank: '141', startDate: addDays(start, -rng.int(300, 1500)), endDate: addDays(start, -rng.int(0, 200)) }]
          : []),
      ],
      appraisals: [1, 2, 3, 4].flatMap((k) => (rng.chance(0.95) ? [{ year: refYear - k, grade: rng.chance(0.97) ? ('competent' as const) : ('basically_competent' as const) }] : [])),
    };
    out.push(computeFacts(person, ref, UNIT_FACTS(person.unitId)));
  }
  return out;
}
