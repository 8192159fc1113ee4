// Eligibility rule sets compiled to SQL, so that screening the whole register runs in the
// database. The compiled predicate reads `people` under the alias `p` and looks into
// `appointments`, `appraisals`, `education_records`, `title_records` and `units` through
// correlated subqueries; each fact has the meaning facts.ts gives it, and a property test
// (eligibility-sql.test.ts) checks that the database and the in-memory evaluator select the
// same people on PGlite and PostgreSQL.
//
// What cannot run in SQL: the health predicate (健康状况 is stored encrypted in
// `health_enc`). Such a rule is represented explicitly (`compilePredicateSql` returns
// `expr: null`, `uncompiledRuleIds` lists it) and handled two ways:
// - `compileRuleSetSql(...).value` puts NULL in its place, so SQL's three-valued logic gives
//   TRUE or FALSE where the outcome does not depend on health and NULL where it does, and
//   `filter` (`… IS NOT FALSE`) is a superset of the eligible, usable in any query;
// - `screenInDatabase` / `funnelInDatabase` compile one variant of the tree per outcome of its
//   health rules over the health code table (usually two: health passes / fails), evaluate
//   each once per candidate row, and pick the variant of the row's decrypted health in
//   memory with the caller's decryptor (`decryptHealth`). People whose health is not recorded
//   are decided without it; without a decryptor the others come back as `undecidedIds`.
// The result is never a guess.
//
// Performance: children of all/any are ordered cheapest first (plain columns, then unit
// lookups, then subqueries, then cumulative tenure), and a "prefilter" — the tree with every
// costly or uncompilable rule replaced by TRUE (FALSE under `not`) — is ANDed in front. It is
// implied by the full predicate, so it changes no result, but it lets the planner use indexes
// (birth_date range, rank …) and skip the subqueries for most rows.
//
// Fact definitions repeated in SQL (see facts.ts and derived-facts.ts):
// - full years via month-day comparison, so "N years since date d" becomes "d <= refDate − N
//   years" with 29 February clamped to 28 February; computed here, not in SQL;
// - education from the denormalised people.edu_fulltime / edu_any (summaries.ts denormalise),
//   title without series from people.title_level;
// - cumulative tenure: stints clipped to refDate, merged (touching counts as overlapping),
//   whole years anniversary to anniversary per stint, left-over days pooled per 366.

import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { CODE_TABLES } from '../domain/codes/tables.js';
import { computeFacts, DEGREE_WORDS, type FactsPerson, type PersonFacts, unitFactsFrom } from '../domain/eligibility/facts.js';
import { funnelFromCounts, type Funnel } from '../domain/eligibility/funnel.js';
import { DEGREE_ORDER } from '../domain/eligibility/predicates.js';
import type { Predicate, RuleSet } from '../domain/eligibility/rule-schema.js';
import { buildRuleTree, type LeafTreeNode, type TreeNode } from '../domain/eligibility/rule-tree.js';
import { diffEligibility, type EligibilityDiff } from '../domain/eligibility/what-if.js';
import { appraisalOrder, educationRank, gradeOrder, rankOrder, titleOrder } from '../domain/registry/derived-facts.js';
import { daysInMonth, isIsoDate, parseIsoDate } from '../domain/registry/iso-date.js';
import {
  APPRAISAL_GRADES,
  PERSON_CATEGORIES,
  TITLE_LEVELS,
  UNIT_KINDS,
  UNIT_LEVELS,
  type AppraisalGrade,
  type IsoDate,
  type PersonCategory,
  type TitleLevel,
  type UnitKind,
  type UnitLevel,
} from '../domain/registry/types.js';
import type { DB } from './schema.js';

type Bool = RawBuilder<SqlBool>;

/** Cost classes: the compiled tree evaluates cheaper rules first. */
const COST = { column: 1, unit: 2, subquery: 3, experience: 4, tenure: 5 } as const;

/** Facts that cannot be compiled (encrypted columns). */
export const UNCOMPILABLE_FACTS: ReadonlySet<Predicate['fact']> = new Set(['health']);

// ---------------------------------------------------------------------------------------
// Dates and literals

function assertRefDate(refDate: IsoDate): void {
  if (!isIsoDate(refDate)) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(refDate)}`);
}

/**
 * The latest date d with yearsBetween(d, refDate) >= n: refDate n years earlier, 29 February
 * clamped to 28 February. So "at least n full years since d" is `d <= yearsBefore(ref, n)`.
 */
export function yearsBefore(refDate: IsoDate, n: number): IsoDate {
  const c = parseIsoDate(refDate);
  if (c === null || !Number.isInteger(n)) throw new RangeError(`bad date arithmetic: ${refDate} − ${n} years`);
  const year = Math.max(1, c.year - n);
  const day = Math.min(c.day, daysInMonth(year, c.month));
  return `${String(year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const date = (d: IsoDate): RawBuilder<unknown> => sql`${sql.lit(d)}::date`;

function int(n: number): RawBuilder<unknown> {
  if (!Number.isInteger(n)) throw new RangeError(`not an integer: ${n}`);
  return sql.lit(n);
}

const list = (values: readonly string[]): RawBuilder<unknown> => sql`(${sql.join(values.map((v) => sql`${v}`))})`;
const TRUE: Bool = sql<SqlBool>`true`;
const FALSE: Bool = sql<SqlBool>`false`;
const NULL_BOOL: Bool = sql<SqlBool>`null::boolean`;

/**
 * `col in (…)`, never NULL: false for a NULL column or an empty list. Written
 * `col is not null and col in (…)` rather than with coalesce, so that an index on the column
 * can serve it (`false and NULL` is false in SQL).
 */
function inList(col: RawBuilder<unknown>, values: readonly string[], nullable = true): Bool {
  if (values.length === 0) return FALSE;
  return nullable ? sql<SqlBool>`(${col} is not null and ${col} in ${list(values)})` : sql<SqlBool>`${col} in ${list(values)}`;
}

/** "full years since the date column `col` within [atLeast, atMost]", never NULL (unknown date fails), sargable. */
function yearsSince(col: RawBuilder<unknown>, refDate: IsoDate, atLeast: number | undefined, atMost: number | undefined): Bool {
  const parts: Bool[] = [sql<SqlBool>`${col} is not null`];
  if (atLeast !== undefined) parts.push(sql<SqlBool>`${col} <= ${date(yearsBefore(refDate, atLeast))}`);
  if (atMost !== undefined) parts.push(sql<SqlBool>`${col} > ${date(yearsBefore(refDate, atMost + 1))}`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

const rankCodesBetween = (lo: number, hi: number): string[] =>
  CODE_TABLES.rank.map((c) => c.code).filter((c) => {
    const o = rankOrder(c);
    return o !== null && o >= lo && o <= hi;
  });
const gradeCodesBetween = (lo: number, hi: number): string[] =>
  CODE_TABLES.grade.map((c) => c.code).filter((c) => {
    const o = gradeOrder(c);
    return o !== null && o >= lo && o <= hi;
  });

function ordinal(
  col: RawBuilder<unknown>,
  p: { in?: readonly string[] | undefined; atLeast?: string | undefined; atMost?: string | undefined },
  orderOf: (c: string) => number | null,
  between: (lo: number, hi: number) => string[],
): Bool {
  const parts: Bool[] = [];
  if (p.in !== undefined) parts.push(inList(col, p.in));
  if (p.atLeast !== undefined || p.atMost !== undefined) {
    const lo = p.atLeast === undefined ? -Infinity : (orderOf(p.atLeast) ?? Infinity);
    const hi = p.atMost === undefined ? Infinity : (orderOf(p.atMost) ?? -Infinity);
    parts.push(inList(col, between(lo, hi)));
  }
  return parts.length === 1 && parts[0] !== undefined ? parts[0] : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

// ---------------------------------------------------------------------------------------
// Leaves

const UNIT_LEVEL_LIST = list(UNIT_LEVELS);

/** Level of an appointment as derived-facts appointmentLevel decides it (unit, post kind, rank). */
function levelExpr(unitLevel: RawBuilder<unknown>, postKind: RawBuilder<unknown>, rank: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case
      when ${unitLevel} in ${UNIT_LEVEL_LIST} then ${unitLevel}
      when left(${postKind}, 9) = 'township_' then 'township'
      when left(${postKind}, 7) = 'county_' then 'county'
      when left(${postKind}, 8) = 'village_' then 'village'
      when ${rank} in ('131', '132') then 'county'
      when ${rank} in ('141', '142') then 'township'
    end`;
}

/** Cumulative whole years in the kinds up to refDate (see the file comment). */
function tenureYearsExpr(kinds: readonly string[], sameUnit: boolean, refDate: IsoDate): RawBuilder<number> {
  const ref = date(refDate);
  const unitFilter = sameUnit ? sql`and a.unit_id = p.unit_id` : sql``;
  return sql<number>`coalesce((
    select sum(t.y)::int + (sum(t.e - case
             when t.ms = 2 and t.ds = 29 and not ((t.ys + t.y) % 4 = 0 and ((t.ys + t.y) % 100 <> 0 or (t.ys + t.y) % 400 = 0))
               then make_date(t.ys + t.y, 3, 1)
             else make_date(t.ys + t.y, t.ms, t.ds) end) / 366)::int
    from (
      select m.e, date_part('year', m.s)::int as ys, date_part('month', m.s)::int as ms, date_part('day', m.s)::int as ds,
             (date_part('year', m.e) - date_part('year', m.s))::int
               - case when date_part('month', m.e) * 100 + date_part('day', m.e) < date_part('month', m.s) * 100 + date_part('day', m.s)
                      then 1 else 0 end as y
      from (
        select min(g.s) as s, max(g.e) as e
        from (
          select b.s, b.e, sum(b.brk) over (order by b.s, b.e rows unbounded preceding) as grp
          from (
            select c.s, c.e,
                   case when c.s <= max(c.e) over (order by c.s, c.e rows between unbounded preceding and 1 preceding)
                        then 0 else 1 end as brk
            from (
              select a.start_date as s, least(coalesce(a.end_date, ${ref}), ${ref}) as e
              from appointments a
              where a.person_id = p.id and a.post_kind in ${list(kinds)} ${unitFilter}
            ) c
            where c.s < c.e
          ) b
        ) g
        group by g.grp
      ) m
    ) t
  ), 0)`;
}

interface CompiledLeaf {
  /** Never NULL; null itself when the predicate cannot run in SQL. */
  expr: Bool | null;
  cost: number;
}

/** One predicate as SQL over `people p`, never NULL; `expr: null` when it cannot be compiled. */
export function compilePredicateSql(p: Predicate, refDate: IsoDate): CompiledLeaf {
  const c = (expr: Bool, cost: number = COST.column): CompiledLeaf => ({ expr, cost });
  switch (p.fact) {
    case 'age': {
      const parts: Bool[] = [];
      if (p.min !== undefined) parts.push(sql<SqlBool>`p.birth_date <= ${date(yearsBefore(refDate, p.min))}`);
      if (p.max !== undefined) parts.push(sql<SqlBool>`p.birth_date > ${date(yearsBefore(refDate, p.max + 1))}`);
      return c(parts.length === 0 ? TRUE : sql<SqlBool>`(${sql.join(parts, sql` and `)})`);
    }
    case 'gender':
      return c(inList(sql`p.gender`, p.in, false));
    case 'ethnicity':
      return c(inList(sql`p.ethnicity`, p.in, false));
    case 'politicalStatus':
      return c(inList(sql`p.political_status`, p.in, false));
    case 'category':
      return c(inList(sql`p.category`, p.in, false));
    case 'postKind':
      return c(inList(sql`p.post_kind`, p.in));
    case 'education': {
      const min = educationRank(p.atLeast);
      const codes = CODE_TABLES.education.map((e) => e.code).filter((code) => educationRank(code) >= min);
      return c(inList(p.mode === 'fulltime' ? sql`p.edu_fulltime` : sql`p.edu_any`, codes));
    }
    case 'degree': {
      const words = DEGREE_WORDS.slice(0, 4 - DEGREE_ORDER[p.atLeast]);
      const like = sql.join(words.map((w) => sql`e.degree like ${`%${w}%`}`), sql` or `);
      const mode = p.mode === 'fulltime' ? sql`and e.mode = 'fulltime'` : sql``;
      return c(sql<SqlBool>`exists (select 1 from education_records e where e.person_id = p.id ${mode} and (${like}))`, COST.subquery);
    }
    case 'partyYears':
      return c(yearsSince(sql`p.party_join_date`, refDate, p.atLeast, p.atMost));
    case 'yearsInRank':
      return c(yearsSince(sql`p.rank_start_date`, refDate, p.atLeast, p.atMost));
    case 'professionalYears': {
      // The start is computed once, in a subquery, and compared there.
      const first = sql`least(case when p.category = 'professional' then p.work_start_date end,
        (select min(t.obtained_date) from title_records t where t.person_id = p.id))`;
      return c(sql<SqlBool>`(select ${yearsSince(sql`f.d`, refDate, p.atLeast, p.atMost)} from (select ${first} as d) f)`, COST.subquery);
    }
    case 'rank':
      return c(ordinal(sql`p.rank`, p, rankOrder, rankCodesBetween));
    case 'grade':
      return c(ordinal(sql`p.grade`, p, gradeOrder, gradeCodesBetween));
    case 'postKindYears': {
      const kinds = typeof p.postKind === 'string' ? [p.postKind] : p.postKind;
      const years = tenureYearsExpr(kinds, p.sameUnit === true, refDate);
      const parts: Bool[] = [];
      if (p.atLeast !== undefined) parts.push(sql<SqlBool>`${years} >= ${int(p.atLeast)}`);
      if (p.atMost !== undefined) parts.push(sql<SqlBool>`${years} <= ${int(p.atMost)}`);
      return c(parts.length === 0 ? TRUE : sql<SqlBool>`(${sql.join(parts, sql` and `)})`, COST.tenure);
    }
    case 'experience': {
      const level = sql`${p.level}`;
      const past = levelExpr(sql`u.level`, sql`a.post_kind`, sql`a.rank`);
      const current = levelExpr(sql`(select cu.level from units cu where cu.id = p.unit_id)`, sql`p.post_kind`, sql`p.rank`);
      return c(
        sql<SqlBool>`(coalesce(${current} = ${level}, false) or exists (
          select 1 from appointments a left join units u on u.id = a.unit_id
          where a.person_id = p.id and a.start_date < ${date(refDate)} and ${past} = ${level}))`,
        COST.experience,
      );
    }
    case 'appraisals': {
      const refYear = Number(refDate.slice(0, 4));
      const min = appraisalOrder(p.atLeast);
      const grades = APPRAISAL_GRADES.filter((g: AppraisalGrade) => appraisalOrder(g) >= min);
      return c(
        sql<SqlBool>`(select count(*) from appraisals ap where ap.person_id = p.id
          and ap.year between ${int(refYear - p.years)} and ${int(refYear - 1)} and ap.grade in ${list(grades)}) = ${int(p.years)}`,
        COST.subquery,
      );
    }
    case 'title': {
      const min = titleOrder(p.atLeast);
      const levels = TITLE_LEVELS.filter((l: TitleLevel) => titleOrder(l) >= min);
      if (p.series === undefined) return c(inList(sql`p.title_level`, levels));
      return c(
        sql<SqlBool>`exists (select 1 from title_records t where t.person_id = p.id and t.series in ${list(p.series)} and t.level in ${list(levels)})`,
        COST.subquery,
      );
    }
    case 'reserve':
      return c(p.is ? sql<SqlBool>`p.is_reserve` : sql<SqlBool>`not p.is_reserve`);
    case 'pool':
      return c(p.tiers === undefined ? sql<SqlBool>`p.pool_tier is not null` : inList(sql`p.pool_tier`, p.tiers));
    case 'unitKind':
      return c(sql<SqlBool>`exists (select 1 from units u where u.id = p.unit_id and u.kind in ${list(p.in)})`, COST.unit);
    case 'unitLevel':
      return c(sql<SqlBool>`exists (select 1 from units u where u.id = p.unit_id and u.level in ${list(p.in)})`, COST.unit);
    case 'tibetanArea':
      return c(
        sql<SqlBool>`coalesce((select u.is_tibetan_area from units u where u.id = p.unit_id), false) = ${sql.lit(p.is)}`,
        COST.unit,
      );
    case 'tags': {
      const parts: Bool[] = [];
      if (p.anyOf !== undefined) parts.push(sql<SqlBool>`p.tags && array[${sql.join(p.anyOf.map((t) => sql`${t}`))}]::text[]`);
      if (p.allOf !== undefined) parts.push(sql<SqlBool>`p.tags @> array[${sql.join(p.allOf.map((t) => sql`${t}`))}]::text[]`);
      return c(sql<SqlBool>`(${sql.join(parts, sql` and `)})`);
    }
    case 'health':
      return { expr: null, cost: 0 };
  }
}

// ---------------------------------------------------------------------------------------
// Trees

interface Compiled {
  sql: Bool;
  /** Known constant value (for folding), undefined when not constant. */
  constant?: boolean;
  cost: number;
  /** Depends on an uncompilable rule (may be NULL). */
  maybeNull: boolean;
}

const constant = (v: boolean): Compiled => ({ sql: v ? TRUE : FALSE, constant: v, cost: 0, maybeNull: false });

function join(op: 'and' | 'or', parts: Compiled[]): Compiled {
  const neutral = op === 'and';
  const kept = parts.filter((x) => x.constant !== neutral).sort((a, b) => a.cost - b.cost);
  if (kept.some((x) => x.constant === !neutral)) return constant(!neutral);
  if (kept.length === 0) return constant(neutral);
  if (kept.length === 1 && kept[0] !== undefined) return kept[0];
  return {
    sql: sql<SqlBool>`(${sql.join(kept.map((k) => k.sql), op === 'and' ? sql` and ` : sql` or `)})`,
    cost: kept.reduce((s, k) => s + k.cost, 0),
    maybeNull: kept.some((k) => k.maybeNull),
  };
}

/**
 * Compiles a tree. `leafSql` decides each leaf: the exact form (uncompilable → NULL), or for
 * the prefilter a relaxation (costly or uncompilable → TRUE where it stands, FALSE under not).
 */
function compileTree(node: TreeNode, leafSql: (leaf: LeafTreeNode, negated: boolean) => Compiled, negated = false): Compiled {
  switch (node.kind) {
    case 'leaf':
      return leafSql(node, negated);
    case 'all':
      return join('and', node.children.map((c) => compileTree(c, leafSql, negated)));
    case 'any':
      return join('or', node.alternatives.map((a) => compileTree(a.node, leafSql, negated)));
    case 'not': {
      const child = compileTree(node.child, leafSql, !negated);
      if (child.constant !== undefined) return constant(!child.constant);
      return { sql: sql<SqlBool>`(not ${child.sql})`, cost: child.cost, maybeNull: child.maybeNull };
    }
  }
}

export interface CompiledRuleSetSql {
  ruleSet: RuleSet;
  refDate: IsoDate;
  /**
   * The rule set over `people p` in three-valued logic: TRUE eligible, FALSE not, NULL
   * undecided (depends on uncompilable rules). Never NULL when `exact`.
   */
  value: Bool;
  /** A cheap necessary condition (implied by `value`), TRUE when there is none. */
  prefilter: Bool;
  /** For WHERE: exactly the eligible when `exact`, else a superset (`value IS NOT FALSE`); prefilter included. */
  filter: Bool;
  /** True when every rule compiled. */
  exact: boolean;
  /** Ids of the rules that cannot run in SQL. */
  uncompiledRuleIds: string[];
  /** Per funnel step, like `value`, with the step's own cheap necessary condition (TRUE when none). */
  steps: Array<{ id: string; value: Bool; exact: boolean; prefilter: Bool }>;
  /** Per leaf (by leaf index): its exact SQL, or null when uncompilable. */
  leaves: Array<Bool | null>;
}

/** Compiles a rule set at a reference date to SQL predicates over `people as p`. */
export function compileRuleSetSql(ruleSet: RuleSet, refDate: IsoDate): CompiledRuleSetSql {
  assertRefDate(refDate);
  const tree = buildRuleTree(ruleSet);
  const leafSql = tree.leaves.map((l) => compilePredicateSql(l.predicate, refDate));
  const exactLeaf = (leaf: LeafTreeNode): Compiled => {
    const c = leafSql[leaf.index];
    if (c === undefined || c.expr === null) return { sql: NULL_BOOL, cost: 0, maybeNull: true };
    return { sql: c.expr, cost: c.cost, maybeNull: false };
  };
  const relaxedLeaf = (leaf: LeafTreeNode, negated: boolean): Compiled => {
    const c = leafSql[leaf.index];
    if (c === undefined || c.expr === null || c.cost > COST.unit) return constant(!negated);
    return { sql: c.expr, cost: c.cost, maybeNull: false };
  };
  const value = compileTree(tree.root, exactLeaf);
  const prefilter = compileTree(tree.root, relaxedLeaf);
  const main = value.maybeNull ? sql<SqlBool>`(${value.sql}) is not false` : value.sql;
  // Worth adding when it leaves out costly rules, or keeps the cheap ones out of `IS NOT FALSE`
  // (where the planner cannot use them for index scans).
  const useful = prefilter.constant === undefined && (prefilter.cost < value.cost || value.maybeNull);
  const filter = useful ? sql<SqlBool>`(${prefilter.sql}) and ${main}` : main;
  return {
    ruleSet,
    refDate,
    value: value.sql,
    prefilter: useful ? prefilter.sql : TRUE,
    filter,
    exact: !value.maybeNull,
    uncompiledRuleIds: tree.leaves.filter((l) => leafSql[l.index]?.expr === null).map((l) => l.id),
    steps: tree.steps.map((s) => {
      const c = compileTree(s, exactLeaf);
      const pre = compileTree(s, relaxedLeaf);
      return { id: s.id, value: c.sql, exact: !c.maybeNull, prefilter: pre.constant === undefined ? pre.sql : pre.constant ? TRUE : FALSE };
    }),
    leaves: leafSql.map((l) => l.expr),
  };
}

// ---------------------------------------------------------------------------------------
// Deciding what depends on health

/** Decrypts `people.health_enc` to a health code (or null); supplied by the service that holds the key. */
export type HealthDecryptor = (healthEnc: string) => string | null;

/** Every value a health fact can take for the rules: the codes, and unknown (null). */
const HEALTH_DOMAIN: ReadonlyArray<string | null> = [...CODE_TABLES.health.map((c) => c.code), null];

function uncompiledValue(p: Predicate, health: string | null): boolean {
  switch (p.fact) {
    case 'health':
      return health !== null && p.in.includes(health);
    default:
      throw new RangeError(`predicate ${p.fact} compiles to SQL`);
  }
}

/**
 * A node with its health rules replaced by constants, one variant per distinct outcome of
 * those rules over the health domain. A node without health rules has one variant (itself).
 * Finishing a row = picking the variant of its decrypted health; a code outside the code
 * table fails every health rule, like null.
 */
interface HealthVariants {
  variants: Array<{ sql: Bool; constant: boolean | undefined }>;
  indexOf(health: string | null): number;
}

function healthVariants(node: TreeNode, leafSql: readonly CompiledLeaf[]): HealthVariants {
  const keys: string[] = [];
  const variants: HealthVariants['variants'] = [];
  const byHealth = new Map<string | null, number>();
  for (const h of HEALTH_DOMAIN) {
    const signature: string[] = [];
    const c = compileTree(node, (leaf) => {
      const exact = leafSql[leaf.index]?.expr;
      if (exact !== null && exact !== undefined) return { sql: exact, cost: leafSql[leaf.index]?.cost ?? 0, maybeNull: false };
      const v = uncompiledValue(leaf.predicate, h);
      signature.push(v ? '1' : '0');
      return constant(v);
    });
    const key = signature.join('');
    let i = keys.indexOf(key);
    if (i < 0) {
      i = keys.length;
      keys.push(key);
      variants.push({ sql: c.sql, constant: c.constant });
    }
    byHealth.set(h, i);
  }
  const ofNull = byHealth.get(null) ?? 0;
  return { variants, indexOf: (h) => byHealth.get(h) ?? ofNull };
}

const variantColumn = (step: number, variant: number): `v${number}_${number}` => `v${step}_${variant}`;

// ---------------------------------------------------------------------------------------
// Screening

export interface ScreenOptions {
  /** Only people whose unit is in this subtree (a units.path such as '/1/5/'). */
  unitPath?: string | undefined;
  /** Page of the eligible, ordered by id. */
  limit?: number | undefined;
  offset?: number | undefined;
  /**
   * Needed to decide rule sets with health rules for people whose health is recorded; without
   * it those people come back undecided.
   */
  decryptHealth?: HealthDecryptor | undefined;
}

export interface ScreenResult {
  /** Eligible people (the requested page), ascending id. */
  ids: number[];
  /** Eligible people in all. */
  total: number;
  /** People the database could not decide for lack of `decryptHealth` (ascending id). */
  undecidedIds: number[];
  /** True when everyone in scope was decided. */
  complete: boolean;
}

function scopeFilter(unitPath: string | undefined): Bool {
  if (unitPath === undefined) return TRUE;
  const pattern = `${unitPath.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql<SqlBool>`p.unit_path like ${pattern}`;
}

type VariantRow = { id: number; health_enc: string | null } & { [column: `v${number}_${number}`]: boolean | null };

/** The health of a row as the rules see it: a code, null, or undefined when it cannot be read. */
function readHealth(healthEnc: string | null, decrypt: HealthDecryptor | undefined): string | null | undefined {
  if (healthEnc === null) return null;
  return decrypt === undefined ? undefined : decrypt(healthEnc);
}

/**
 * Runs a screening query with PostgreSQL's JIT compiler off. The planner prices each
 * correlated subplan per row of the whole table, so a screening query looks expensive enough
 * to be JIT-compiled with full optimisation: on 1,000,000 people that compilation alone took
 * ≈ 0.9 s of a 2.2 s query and gains nothing for a few thousand candidate rows. `SET LOCAL`
 * confines the setting to the transaction (inside a caller's transaction: until it ends).
 */
async function withoutJit<T>(db: Kysely<DB>, fn: (q: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) {
    await sql`set local jit = off`.execute(db);
    return fn(db);
  }
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return fn(trx);
  });
}

/** Screens the register (or a unit subtree) with a rule set at a reference date. */
export async function screenInDatabase(
  db: Kysely<DB>,
  ruleSet: RuleSet,
  refDate: IsoDate,
  opts: ScreenOptions = {},
): Promise<ScreenResult> {
  return withoutJit(db, (q) => screen(q, ruleSet, refDate, opts));
}

async function screen(db: Kysely<DB>, ruleSet: RuleSet, refDate: IsoDate, opts: ScreenOptions): Promise<ScreenResult> {
  const compiled = compileRuleSetSql(ruleSet, refDate);
  const scope = scopeFilter(opts.unitPath);
  const offset = opts.offset ?? 0;

  if (compiled.exact) {
    const paged = opts.limit !== undefined || offset > 0;
    const page = sql`${opts.limit !== undefined ? sql`limit ${int(opts.limit)}` : sql``} ${offset > 0 ? sql`offset ${int(offset)}` : sql``}`;
    const res = await sql<{ id: number }>`select p.id from people p where ${scope} and ${compiled.filter} order by p.id ${page}`.execute(db);
    const ids = res.rows.map((r) => r.id);
    let total = ids.length;
    if (paged) {
      const count = await sql<{ n: number }>`select count(*)::int as n from people p where ${scope} and ${compiled.filter}`.execute(db);
      total = count.rows[0]?.n ?? 0;
    }
    return { ids, total, undecidedIds: [], complete: true };
  }

  // One variant of the rule set per outcome of its health rules, each evaluated once per row
  // (the subquery is a fence: OFFSET 0 keeps the planner from evaluating them twice).
  const tree = buildRuleTree(ruleSet);
  const leafSql = tree.leaves.map((l) => compilePredicateSql(l.predicate, refDate));
  const hv = healthVariants(tree.root, leafSql);
  const cols = hv.variants.map((v, k) => sql`${v.sql} as ${sql.ref(variantColumn(0, k))}`);
  const anyTrue = sql.join(
    hv.variants.map((_, k) => sql.ref(`x.${variantColumn(0, k)}`)),
    sql` or `,
  );
  const res = await sql<VariantRow>`select x.* from (
      select p.id, p.health_enc, ${sql.join(cols)} from people p where ${scope} and ${compiled.prefilter} offset 0
    ) x where ${anyTrue} order by x.id`.execute(db);
  const eligible: number[] = [];
  const undecidedIds: number[] = [];
  for (const row of res.rows) {
    const health = readHealth(row.health_enc, opts.decryptHealth);
    if (health !== undefined) {
      if (row[variantColumn(0, hv.indexOf(health))] === true) eligible.push(row.id);
    } else if (hv.variants.every((_, k) => row[variantColumn(0, k)] === true)) eligible.push(row.id);
    else undecidedIds.push(row.id);
  }
  const end = opts.limit === undefined ? undefined : offset + opts.limit;
  return { ids: eligible.slice(offset, end), total: eligible.length, undecidedIds, complete: undecidedIds.length === 0 };
}

/**
 * The funnel in the database: how many people remain after each top-level rule. One pass over
 * the people in scope computes each person's first failed step; people whose step depends on
 * health are finished with the decryptor (their remaining steps evaluated once more, per
 * health variant).
 */
export async function funnelInDatabase(
  db: Kysely<DB>,
  ruleSet: RuleSet,
  refDate: IsoDate,
  opts: Pick<ScreenOptions, 'unitPath' | 'decryptHealth'> = {},
): Promise<Funnel> {
  return withoutJit(db, (q) => funnel(q, ruleSet, refDate, opts));
}

async function funnel(db: Kysely<DB>, ruleSet: RuleSet, refDate: IsoDate, opts: Pick<ScreenOptions, 'unitPath' | 'decryptHealth'>): Promise<Funnel> {
  const compiled = compileRuleSetSql(ruleSet, refDate);
  const n = compiled.steps.length;
  // fail_at: i = first failed step; n = passed all; −(i + 1) = undecided at step i.
  const whens = compiled.steps.map((s, i) =>
    s.exact
      ? sql`when not ${s.value} then ${int(i)}`
      : sql`when (${s.value}) is false then ${int(i)} when (${s.value}) is null then ${int(-(i + 1))}`,
  );
  const failAt = n === 0 ? sql`0` : sql`case ${sql.join(whens, sql` `)} else ${int(n)} end`;
  const scope = scopeFilter(opts.unitPath);
  // People failing the first step's cheap necessary condition fail there: they are only
  // counted (an index can serve it); the CASE runs for the others. One plain aggregate (no
  // GROUP BY: the planner cannot estimate the groups of a CASE and would sort every row).
  const first = compiled.steps[0]?.prefilter ?? TRUE;
  const totalRes = await sql<{ n: number }>`select count(*)::int as n from people p where ${scope}`.execute(db);
  const counts = Array.from({ length: n + 1 }, (_, i) => sql`count(*) filter (where x.fail_at = ${int(i)})::int as ${sql.ref(`f${i}`)}`);
  const res = await sql<{ [k: `f${number}`]: number; ids: number[] | null; at: number[] | null }>`select ${sql.join(counts)},
      array_agg(x.id) filter (where x.fail_at < 0) as ids, array_agg(x.fail_at) filter (where x.fail_at < 0) as at
    from (select p.id, ${failAt} as fail_at from people p where ${scope} and ${first} offset 0) x`.execute(db);

  const failedAt = new Array<number>(n + 1).fill(0);
  const undecidedAt = new Array<number>(n + 1).fill(0);
  const undecided: Array<{ id: number; at: number }> = [];
  const row = res.rows[0];
  let seen = 0;
  for (let i = 0; i <= n; i += 1) {
    const c = row?.[`f${i}`] ?? 0;
    failedAt[i] = c;
    seen += c;
  }
  (row?.ids ?? []).forEach((id, k) => undecided.push({ id, at: -(row?.at?.[k] ?? -1) - 1 }));
  seen += undecided.length;
  failedAt[0] = (failedAt[0] ?? 0) + (totalRes.rows[0]?.n ?? 0) - seen;

  if (undecided.length > 0) {
    const tree = buildRuleTree(ruleSet);
    const leafSql = tree.leaves.map((l) => compilePredicateSql(l.predicate, refDate));
    const stepVariants = tree.steps.map((s) => healthVariants(s, leafSql));
    // Step j of a row undecided at step i is needed when j >= i, i.e. fail_at >= −(j + 1).
    const cols = stepVariants.flatMap((hv, j) =>
      hv.variants.map((v, k) => sql`case when v.fail_at >= ${int(-(j + 1))} then ${v.sql} end as ${sql.ref(variantColumn(j, k))}`),
    );
    const CHUNK = 5000;
    for (let start = 0; start < undecided.length; start += CHUNK) {
      const chunk = undecided.slice(start, start + CHUNK);
      const values = sql.join(chunk.map((u) => sql`(${sql.lit(u.id)}, ${sql.lit(-(u.at + 1))})`));
      const rows = await sql<VariantRow & { fail_at: number }>`select p.id, p.health_enc, v.fail_at, ${sql.join(cols)}
        from (values ${values}) as v(id, fail_at) join people p on p.id = v.id`.execute(db);
      for (const row of rows.rows) {
        const at = -row.fail_at - 1;
        const health = readHealth(row.health_enc, opts.decryptHealth);
        if (health === undefined) {
          undecidedAt[at] = (undecidedAt[at] ?? 0) + 1;
          continue;
        }
        let j = at;
        while (j < n && row[variantColumn(j, stepVariants[j]?.indexOf(health) ?? 0)] === true) j += 1;
        failedAt[j] = (failedAt[j] ?? 0) + 1;
      }
    }
  }
  return funnelFromCounts(ruleSet, refDate, failedAt, undecidedAt);
}

/** Who would gain and who would lose eligibility if `after` replaced `before`. */
export async function whatIfInDatabase(
  db: Kysely<DB>,
  before: RuleSet,
  after: RuleSet,
  refDate: IsoDate,
  opts: Pick<ScreenOptions, 'unitPath' | 'decryptHealth'> = {},
): Promise<EligibilityDiff & { undecidedIds: number[] }> {
  const [b, a] = [await screenInDatabase(db, before, refDate, opts), await screenInDatabase(db, after, refDate, opts)];
  const undecided = [...new Set([...b.undecidedIds, ...a.undecidedIds])].sort((x, y) => x - y);
  return { ...diffEligibility(b.ids, a.ids), undecidedIds: undecided };
}

// ---------------------------------------------------------------------------------------
// Facts from the database, for explanations (evaluatePerson) of screened people

const isCategory = (v: string): v is PersonCategory => (PERSON_CATEGORIES as readonly string[]).includes(v);
const isUnitKind = (v: string): v is UnitKind => (UNIT_KINDS as readonly string[]).includes(v);
const isUnitLevel = (v: string): v is UnitLevel => (UNIT_LEVELS as readonly string[]).includes(v);
const isTitleLevel = (v: string): v is TitleLevel => (TITLE_LEVELS as readonly string[]).includes(v);
const isGrade = (v: string): v is AppraisalGrade => (APPRAISAL_GRADES as readonly string[]).includes(v);

/**
 * Loads the facts of the given people at `refDate` (for `evaluatePerson` and result tables),
 * in the order of `ids`. Health is decrypted with `decryptHealth` (unknown without it).
 * Values outside the code tables, which validation keeps out of the registry, are read as
 * follows: a unit of unknown kind or level is an unknown unit, a title of unknown level and an
 * appraisal of unknown grade are skipped, an unknown category reads as party_government.
 */
export async function loadPersonFacts(
  db: Kysely<DB>,
  ids: readonly number[],
  refDate: IsoDate,
  opts: Pick<ScreenOptions, 'decryptHealth'> = {},
): Promise<PersonFacts[]> {
  assertRefDate(refDate);
  if (ids.length === 0) return [];
  const out: PersonFacts[] = [];
  const units = await db.selectFrom('units').select(['id', 'kind', 'level', 'is_tibetan_area']).execute();
  const unitFactsOf = unitFactsFrom(
    units.flatMap((u) =>
      isUnitKind(u.kind) && isUnitLevel(u.level) ? [{ id: u.id, kind: u.kind, level: u.level, isTibetanArea: u.is_tibetan_area }] : [],
    ),
  );
  const CHUNK = 2000;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const [people, education, titles, appointments, appraisals] = await Promise.all([
      db.selectFrom('people').selectAll().where('id', 'in', chunk).orderBy('id').execute(),
      db.selectFrom('education_records').selectAll().where('person_id', 'in', chunk).orderBy('seq').execute(),
      db.selectFrom('title_records').selectAll().where('person_id', 'in', chunk).orderBy('seq').execute(),
      db.selectFrom('appointments').selectAll().where('person_id', 'in', chunk).orderBy('seq').execute(),
      db.selectFrom('appraisals').selectAll().where('person_id', 'in', chunk).orderBy('year').execute(),
    ]);
    const group = <T extends { person_id: number }>(rows: T[]): Map<number, T[]> => {
      const m = new Map<number, T[]>();
      for (const r of rows) m.set(r.person_id, [...(m.get(r.person_id) ?? []), r]);
      return m;
    };
    const eduBy = group(education);
    const titleBy = group(titles);
    const apptBy = group(appointments);
    const apprBy = group(appraisals);
    for (const p of people) {
      const person: FactsPerson = {
        id: p.id,
        birthDate: p.birth_date,
        gender: p.gender,
        ethnicity: p.ethnicity,
        politicalStatus: p.political_status,
        partyJoinDate: p.party_join_date,
        workStartDate: p.work_start_date,
        category: isCategory(p.category) ? p.category : 'party_government',
        unitId: p.unit_id,
        postKind: p.post_kind,
        rank: p.rank,
        grade: p.grade,
        rankStartDate: p.rank_start_date,
        isReserve: p.is_reserve,
        poolTier: p.pool_tier,
        tags: p.tags,
        health: p.health_enc === null || opts.decryptHealth === undefined ? null : opts.decryptHealth(p.health_enc),
        education: (eduBy.get(p.id) ?? []).map((e) => ({
          mode: e.mode === 'fulltime' ? 'fulltime' : 'inservice',
          level: e.level,
          degree: e.degree,
          school: e.school,
          major: e.major,
          startDate: e.start_date,
          endDate: e.end_date,
        })),
        titles: (titleBy.get(p.id) ?? []).flatMap((t) =>
          isTitleLevel(t.level) ? [{ series: t.series, level: t.level, name: t.name, obtainedDate: t.obtained_date }] : [],
        ),
        appointments: (apptBy.get(p.id) ?? []).map((a) => ({
          unitId: a.unit_id,
          unitName: a.unit_name,
          post: a.post,
          postKind: a.post_kind,
          rank: a.rank,
          startDate: a.start_date,
          endDate: a.end_date,
        })),
        appraisals: (apprBy.get(p.id) ?? []).flatMap((a) => (isGrade(a.grade) ? [{ year: a.year, grade: a.grade }] : [])),
      };
      out.push(computeFacts(person, refDate, unitFactsOf(p.unit_id)));
    }
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return out.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
