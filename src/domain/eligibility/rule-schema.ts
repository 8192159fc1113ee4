// Eligibility rule sets as data: a JSON document validated with zod, stored and versioned by
// the caller. A rule set is a tree of all / any / not over leaf predicates on the facts of one
// person at a reference date (see facts.ts for what each fact means).
//
// Shape:
//   { id, name, description, note, version, root: RuleNode }
//   RuleNode = { all: RuleNode[] } | { any: Array<{ label?, node: RuleNode }> } | { not: RuleNode }
//            | { rule: Predicate }
// Every node may carry `id` (stable: reasons, the funnel and what-if refer to it) and `label`
// (short Chinese name shown to users). A leaf may also carry `scope`, the words that qualify
// its limit in messages: scope '省直单位任职' gives '年龄 46 岁，超过省直单位任职上限 45 岁'.
//
// Boundaries:
// - every limit is inclusive: `max: 45` passes 45, `atLeast: 3` passes exactly 3;
// - `all: []` is true and `any: []` is false (what-if may empty a node by dropping rules);
// - codes must be codes of the national/house code tables (src/domain/codes), so a typo is
//   rejected when the rule set is saved rather than silently matching nobody.

import { z } from 'zod';
import { isCode, type CodeTableName } from '../codes/tables.js';
import { EDUCATION_GROUPS } from '../registry/derived-facts.js';
import { APPRAISAL_GRADES, PERSON_CATEGORIES, TITLE_LEVELS, UNIT_KINDS, UNIT_LEVELS } from '../registry/types.js';

export const DEGREE_LEVELS = ['bachelor', 'master', 'doctor'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const EDUCATION_MODES = ['fulltime', 'any'] as const;

/** Longest appraisal window a rule may ask for (facts keep this many past years). */
export const MAX_APPRAISAL_YEARS = 10;

const codeList = (table: CodeTableName, what: string) =>
  z
    .array(
      z.string().refine((c) => isCode(table, c), { message: `${what}代码不在代码表中` }),
    )
    .min(1, { message: `${what}至少列出一项` });

const code = (table: CodeTableName, what: string) =>
  z.string().refine((c) => isCode(table, c), { message: `${what}代码不在代码表中` });

const age = z.number().int().min(0).max(150);
const years = z.number().int().min(0).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

const bounded = <T extends { atLeast?: unknown; atMost?: unknown }>(v: T) => v.atLeast !== undefined || v.atMost !== undefined;
const BOUND_MESSAGE = { message: '至少给出 atLeast 或 atMost 之一' };

/** The leaf predicates, one per fact, discriminated by `fact`. */
export const PredicateSchema = z.discriminatedUnion('fact', [
  /** Age in full years on the reference date (turns N on the birthday). */
  z
    .strictObject({ fact: z.literal('age'), min: age.optional(), max: age.optional() })
    .refine((v) => v.min !== undefined || v.max !== undefined, { message: '至少给出 min 或 max 之一' }),
  z.strictObject({ fact: z.literal('gender'), in: codeList('gender', '性别') }),
  z.strictObject({ fact: z.literal('ethnicity'), in: codeList('ethnicity', '民族') }),
  /** Highest graduated education group (GB/T 4658), full-time records only or any record. */
  z.strictObject({
    fact: z.literal('education'),
    atLeast: z.enum(EDUCATION_GROUPS),
    mode: z.enum(EDUCATION_MODES).optional(),
  }),
  /** Highest degree (学位) read from the degree text: 博士 > 硕士 > 学士. */
  z.strictObject({ fact: z.literal('degree'), atLeast: z.enum(DEGREE_LEVELS), mode: z.enum(EDUCATION_MODES).optional() }),
  z.strictObject({ fact: z.literal('politicalStatus'), in: codeList('political_status', '政治面貌') }),
  /** Full years since joining the Party (入党时间); unknown date fails. */
  z
    .strictObject({ fact: z.literal('partyYears'), atLeast: years.optional(), atMost: years.optional() })
    .refine(bounded, BOUND_MESSAGE),
  /** Post level (职务级别): in a set and/or between bounds by rank order (正厅 > 副厅 > …). */
  z
    .strictObject({
      fact: z.literal('rank'),
      in: codeList('rank', '职务级别').optional(),
      atLeast: code('rank', '职务级别').optional(),
      atMost: code('rank', '职务级别').optional(),
    })
    .refine((v) => v.in !== undefined || bounded(v), { message: '至少给出 in、atLeast 或 atMost 之一' }),
  /** 职级 (since 2019): in a set and/or between bounds. */
  z
    .strictObject({
      fact: z.literal('grade'),
      in: codeList('grade', '职级').optional(),
      atLeast: code('grade', '职级').optional(),
      atMost: code('grade', '职级').optional(),
    })
    .refine((v) => v.in !== undefined || bounded(v), { message: '至少给出 in、atLeast 或 atMost 之一' }),
  /** Full years in the current rank (任现职级时间); unknown date fails. */
  z
    .strictObject({ fact: z.literal('yearsInRank'), atLeast: years.optional(), atMost: years.optional() })
    .refine(bounded, BOUND_MESSAGE),
  /** Kind of the current post (现任职务类别). */
  z.strictObject({ fact: z.literal('postKind'), in: codeList('post_kind', '岗位类别') }),
  /**
   * Cumulative whole years in the post kind(s), overlaps counted once (see
   * derived-facts `cumulativeTenure`); several kinds count together. `sameUnit`: only
   * appointments in the person's current unit (e.g. 在同一部门担任领导职务满 7 年).
   */
  z
    .strictObject({
      fact: z.literal('postKindYears'),
      postKind: z.union([code('post_kind', '岗位类别'), codeList('post_kind', '岗位类别')]),
      atLeast: years.optional(),
      atMost: years.optional(),
      sameUnit: z.boolean().optional(),
    })
    .refine(bounded, BOUND_MESSAGE),
  /** Has worked at county / township level (appointments before the reference date, or the current post). */
  z.strictObject({ fact: z.literal('experience'), level: z.enum(['county', 'township']) }),
  /** Each of the last `years` years (before the reference year) at least the grade; a missing year fails. */
  z.strictObject({
    fact: z.literal('appraisals'),
    years: z.number().int().min(1).max(MAX_APPRAISAL_YEARS),
    atLeast: z.enum(APPRAISAL_GRADES),
  }),
  /** Highest professional title at least the level; with `series`, a title of one of those series. */
  z.strictObject({
    fact: z.literal('title'),
    atLeast: z.enum(TITLE_LEVELS),
    series: codeList('title_series', '职称系列').optional(),
  }),
  /** Full years of professional work (see derived-facts `yearsOfProfessionalWork`). */
  z
    .strictObject({ fact: z.literal('professionalYears'), atLeast: years.optional(), atMost: years.optional() })
    .refine(bounded, BOUND_MESSAGE),
  z.strictObject({ fact: z.literal('reserve'), is: z.boolean() }),
  /** In the young-cadre pool (any tier, or one of `tiers`). */
  z.strictObject({ fact: z.literal('pool'), tiers: codeList('pool_tier', '优秀年轻干部库层级').optional() }),
  z.strictObject({ fact: z.literal('category'), in: z.array(z.enum(PERSON_CATEGORIES)).min(1) }),
  /** Kind / level / Tibetan-area flag of the person's current unit. */
  z.strictObject({ fact: z.literal('unitKind'), in: z.array(z.enum(UNIT_KINDS)).min(1) }),
  z.strictObject({ fact: z.literal('unitLevel'), in: z.array(z.enum(UNIT_LEVELS)).min(1) }),
  z.strictObject({ fact: z.literal('tibetanArea'), is: z.boolean() }),
  /** Health code (健康状况). Stored encrypted: cannot run in SQL (see src/db/eligibility-sql.ts). */
  z.strictObject({ fact: z.literal('health'), in: codeList('health', '健康状况') }),
  z
    .strictObject({
      fact: z.literal('tags'),
      anyOf: z.array(text(50)).min(1).optional(),
      allOf: z.array(text(50)).min(1).optional(),
    })
    .refine((v) => v.anyOf !== undefined || v.allOf !== undefined, { message: '至少给出 anyOf 或 allOf 之一' }),
]);

export type Predicate = z.infer<typeof PredicateSchema>;
export type FactName = Predicate['fact'];
export type PredicateOf<F extends FactName> = Extract<Predicate, { fact: F }>;

interface NodeMeta {
  /** Stable id, unique in the rule set; reasons, the funnel and what-if refer to it. */
  readonly id?: string | undefined;
  /** Short Chinese name shown to users. */
  readonly label?: string | undefined;
}
export interface AllNode extends NodeMeta {
  readonly all: readonly RuleNode[];
}
export interface Alternative {
  /** Name of this path, e.g. '乡镇党委书记' or '特别优秀的乡镇长'. */
  readonly label?: string | undefined;
  readonly node: RuleNode;
}
export interface AnyNode extends NodeMeta {
  readonly any: readonly Alternative[];
}
export interface NotNode extends NodeMeta {
  readonly not: RuleNode;
}
export interface LeafNode extends NodeMeta {
  readonly rule: Predicate;
  /** Qualifies the limit in messages: '省直单位任职' → '超过省直单位任职上限 45 岁'. */
  readonly scope?: string | undefined;
}
export type RuleNode = AllNode | AnyNode | NotNode | LeafNode;

export interface RuleSet {
  /** Slug, e.g. 'shanxi-select-up-provincial'. */
  readonly id: string;
  /** Chinese name. */
  readonly name: string;
  readonly description: string;
  /** Source and the reading chosen where the source is vague. */
  readonly note: string;
  readonly version: number;
  readonly root: RuleNode;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const nodeId = z.string().regex(ID_RE, { message: '规则编号只能含字母、数字和 _ . -，不超过 80 个字符' }).optional();
const label = text(100).optional();

// Branch order matters: formatRuleIssues picks the branch by the key the node carries.
const NODE_KEYS = ['all', 'any', 'not', 'rule'] as const;

export const RuleNodeSchema: z.ZodType<RuleNode> = z.lazy(() =>
  z.union([
    z.strictObject({ id: nodeId, label, all: z.array(RuleNodeSchema) }),
    z.strictObject({ id: nodeId, label, any: z.array(z.strictObject({ label, node: RuleNodeSchema })) }),
    z.strictObject({ id: nodeId, label, not: RuleNodeSchema }),
    z.strictObject({ id: nodeId, label, scope: text(50).optional(), rule: PredicateSchema }),
  ]),
);

export const RuleSetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: '规则集编号只能含小写字母、数字和连字符' }),
    name: text(100),
    description: z.string().max(4000),
    note: z.string().max(8000),
    version: z.number().int().min(1),
    root: RuleNodeSchema,
  })
  .superRefine((rs, ctx) => {
    const seen = new Set<string>();
    forEachNode(rs.root, (node, path) => {
      if (node.id === undefined) return;
      if (seen.has(node.id)) ctx.addIssue({ code: 'custom', path: ['root', ...path, 'id'], message: `规则编号「${node.id}」重复` });
      seen.add(node.id);
    });
  });

/** Visits every node depth-first, parents before children, with its JSON path below `root`. */
export function forEachNode(root: RuleNode, visit: (node: RuleNode, path: ReadonlyArray<string | number>) => void): void {
  const walk = (node: RuleNode, path: Array<string | number>): void => {
    visit(node, path);
    if ('all' in node) node.all.forEach((c, i) => walk(c, [...path, 'all', i]));
    else if ('any' in node) node.any.forEach((a, i) => walk(a.node, [...path, 'any', i, 'node']));
    else if ('not' in node) walk(node.not, [...path, 'not']);
  };
  walk(root, []);
}

export interface RuleIssue {
  /** JSON path, e.g. 'root.all.2.rule.max'. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; ruleSet: RuleSet } | { ok: false; issues: RuleIssue[] };

/** Validates an unknown JSON value as a rule set; Chinese messages with precise paths. */
export function parseRuleSet(input: unknown): ParseResult {
  const res = RuleSetSchema.safeParse(input, { error: z.locales.zhCN().localeError });
  if (res.success) return { ok: true, ruleSet: res.data };
  return { ok: false, issues: formatRuleIssues(res.error.issues, input) };
}

/**
 * Flattens zod issues for people: a failed node union is reported through the branch the
 * node's own key names ('all', 'any', 'not' or 'rule') instead of four alternatives.
 */
export function formatRuleIssues(issues: readonly z.core.$ZodIssue[], input: unknown, base: ReadonlyArray<PropertyKey> = []): RuleIssue[] {
  const out: RuleIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length === NODE_KEYS.length) {
      const value = valueAt(input, path);
      const key = isRecord(value) ? NODE_KEYS.findIndex((k) => k in value) : -1;
      const branch = key >= 0 ? issue.errors[key] : undefined;
      if (branch) {
        out.push(...formatRuleIssues(branch, input, path));
        continue;
      }
      out.push({ path: path.join('.'), message: '规则节点须含 all、any、not 或 rule 之一' });
      continue;
    }
    out.push({ path: path.join('.'), message: issue.message });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (Array.isArray(v) && typeof key === 'number') v = v[key];
    else if (isRecord(v) && typeof key === 'string') v = v[key];
    else return undefined;
  }
  return v;
}
