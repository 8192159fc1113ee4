// The structure of a batch (counts and shares by category, gender, ethnicity, age band,
// decade of birth and post level), the comparison with the previous batch, and structure
// targets.
//
// Rounding: shares are percentages rounded half-up to one decimal (54.05 → 54.1), computed
// in integers so no floating-point residue decides a boundary. The change between batches
// is the difference of the rounded shares, in percentage points, as reports print them: the
// table then reads consistently (54.1 − 76.1 = −22.0) even where the exact difference of
// the unrounded shares would round differently (54.052 − 76.111 = −22.06).
// Targets are compared on the exact fraction, not the displayed share: 49.96% does not meet a
// "≥ 50%" target although it displays as 50.0% (the message then prints two decimals).
// Ages are full years on the `asOf` date; the birthday itself counts (29 February birthdays
// count from 1 March in common years, as in registry/iso-date).

import { CODE_TABLES, labelOf } from '../codes/tables.js';
import { PERSON_CATEGORIES, type IsoDate, type PersonCategory } from '../registry/types.js';
import { STRUCTURE_DIMENSION_LABELS, STRUCTURE_DIMENSIONS, type StructureDimension, type StructureTarget } from './types.js';

/** What the structure reads of a person (registry codes). */
export interface StructurePerson {
  readonly category: PersonCategory | null;
  /** GB/T 2261.1: '1' 男, '2' 女. */
  readonly gender: string | null;
  /** GB 3304: '01' 汉族. */
  readonly ethnicity: string | null;
  readonly birthDate: IsoDate | null;
  /** Post level (职务级别) code. */
  readonly rank: string | null;
}

export interface AgeBand {
  readonly key: string;
  readonly label: string;
  /** Upper bound, inclusive; null = no upper bound (the last band). */
  readonly maxAge: number | null;
}

export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { key: '35_and_under', label: '35 岁及以下', maxAge: 35 },
  { key: '36_to_40', label: '36—40 岁', maxAge: 40 },
  { key: '41_to_45', label: '41—45 岁', maxAge: 45 },
  { key: '46_to_50', label: '46—50 岁', maxAge: 50 },
  { key: '51_and_over', label: '51 岁及以上', maxAge: null },
];

export const UNKNOWN_KEY = 'unknown';

export interface ShareRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** Percentage, one decimal, half-up (54.1). */
  readonly share: number;
  /** The same in tenths of a percent, an integer (541). */
  readonly shareTenths: number;
}

export interface StructureTable {
  readonly dimension: StructureDimension;
  readonly label: string;
  readonly rows: readonly ShareRow[];
}

export interface BatchStructure {
  readonly total: number;
  readonly asOf: IsoDate;
  readonly tables: Readonly<Record<StructureDimension, StructureTable>>;
}

/** count / total in tenths of a percent, half-up (0 when total is 0). */
export function shareTenths(count: number, total: number): number {
  return shareUnits(count, total, 1);
}

/** count / total × 100 rounded half-up to `decimals` places, as an integer of 10^-decimals percent. */
function shareUnits(count: number, total: number, decimals: number): number {
  if (total <= 0) return 0;
  const scale = 100 * 10 ** decimals;
  // floor((2·count·scale + total) / (2·total)) = round-half-up(count·scale / total) for count ≥ 0.
  return Math.floor((2 * count * scale + total) / (2 * total));
}

/** count / total as a percentage rounded half-up to `decimals` (default 1) places. */
export function shareOf(count: number, total: number, decimals = 1): number {
  return shareUnits(count, total, decimals) / 10 ** decimals;
}

/** '54.1%' (fixed decimals). */
export function formatShare(count: number, total: number, decimals = 1): string {
  return `${shareOf(count, total, decimals).toFixed(decimals)}%`;
}

/** Points of change from tenths: '22', '0.5', '22.1' (a whole number prints without '.0'). */
export function formatPoints(tenths: number): string {
  const a = Math.abs(tenths);
  return a % 10 === 0 ? String(a / 10) : (a / 10).toFixed(1);
}

/** Full years on `asOf`. */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const by = Number(birthDate.slice(0, 4));
  const ay = Number(asOf.slice(0, 4));
  const bmd = birthDate.slice(5);
  const amd = asOf.slice(5);
  // 29 February in a common year is reached on 1 March: '02-28' < '02-29' ≤ '03-01'.
  return ay - by - (amd < bmd ? 1 : 0);
}

function genderKey(g: string | null): string {
  return g === '1' ? 'male' : g === '2' ? 'female' : UNKNOWN_KEY;
}

function minorityKey(e: string | null): string {
  if (e === null || e.trim() === '') return UNKNOWN_KEY;
  return e === '01' ? 'han' : 'minority';
}

function ageBandKey(p: StructurePerson, asOf: IsoDate, bands: readonly AgeBand[]): string {
  if (p.birthDate === null) return UNKNOWN_KEY;
  const age = ageOn(p.birthDate, asOf);
  return bands.find((b) => b.maxAge === null || age <= b.maxAge)?.key ?? UNKNOWN_KEY;
}

function decadeKey(p: StructurePerson): string {
  if (p.birthDate === null) return UNKNOWN_KEY;
  return `${p.birthDate.slice(0, 3)}0s`;
}

/** '1960s' → '60后', '2000s' → '00后'. */
export function decadeLabel(key: string): string {
  const m = /^(\d{3})0s$/.exec(key);
  return m ? `${key.slice(2, 4)}后` : key;
}

function tableOf(dimension: StructureDimension, keys: readonly string[], labels: (k: string) => string, values: readonly string[], total: number): StructureTable {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = [...keys, ...[...counts.keys()].filter((k) => !keys.includes(k) && k !== UNKNOWN_KEY).sort()];
  if ((counts.get(UNKNOWN_KEY) ?? 0) > 0) order.push(UNKNOWN_KEY);
  const rows = order.map((key): ShareRow => {
    const count = counts.get(key) ?? 0;
    const tenths = shareTenths(count, total);
    return { key, label: key === UNKNOWN_KEY ? '未填写' : labels(key), count, share: tenths / 10, shareTenths: tenths };
  });
  return { dimension, label: STRUCTURE_DIMENSION_LABELS[dimension], rows };
}

const GENDER_LABELS: Readonly<Record<string, string>> = { male: '男', female: '女' };
const MINORITY_LABELS: Readonly<Record<string, string>> = { han: '汉族', minority: '少数民族' };
const RANK_ORDER: readonly string[] = CODE_TABLES.rank.map((i) => i.code);

export interface StructureOptions {
  /** The day ages are computed at (e.g. the batch's term start). */
  readonly asOf: IsoDate;
  readonly ageBands?: readonly AgeBand[];
}

/**
 * Counts and shares of a batch in every structure dimension. Category, gender, ethnicity and
 * age band list all their values (zero counts included) so two batches compare row by row;
 * decades and post levels list the values present, in order; 'unknown' comes last when any.
 */
export function computeStructure(people: readonly StructurePerson[], options: StructureOptions): BatchStructure {
  const bands = options.ageBands ?? DEFAULT_AGE_BANDS;
  const total = people.length;
  const ranksPresent = RANK_ORDER.filter((r) => people.some((p) => p.rank === r));
  const decades = [...new Set(people.map(decadeKey).filter((k) => k !== UNKNOWN_KEY))].sort();
  return {
    total,
    asOf: options.asOf,
    tables: {
      category: tableOf('category', PERSON_CATEGORIES, (k) => labelOf('category', k), people.map((p) => p.category ?? UNKNOWN_KEY), total),
      gender: tableOf('gender', ['male', 'female'], (k) => GENDER_LABELS[k] ?? k, people.map((p) => genderKey(p.gender)), total),
      minority: tableOf('minority', ['han', 'minority'], (k) => MINORITY_LABELS[k] ?? k, people.map((p) => minorityKey(p.ethnicity)), total),
      age_band: tableOf(
        'age_band',
        bands.map((b) => b.key),
        (k) => bands.find((b) => b.key === k)?.label ?? k,
        people.map((p) => ageBandKey(p, options.asOf, bands)),
        total,
      ),
      birth_decade: tableOf('birth_decade', decades, decadeLabel, people.map(decadeKey), total),
      rank: tableOf('rank', ranksPresent, (k) => labelOf('rank', k), people.map((p) => p.rank ?? UNKNOWN_KEY), total),
    },
  };
}

/** Structure from counts alone, for figures known only as numbers (a batch kept on paper). */
export function structureFromCounts(
  dimension: StructureDimension,
  counts: ReadonlyArray<{ readonly key: string; readonly label: string; readonly count: number }>,
  asOf: IsoDate,
): BatchStructure {
  const total = counts.reduce((s, c) => s + c.count, 0);
  const rows = counts.map((c): ShareRow => {
    const tenths = shareTenths(c.count, total);
    return { key: c.key, label: c.label, count: c.count, share: tenths / 10, shareTenths: tenths };
  });
  const empty = (d: StructureDimension): StructureTable => ({ dimension: d, label: STRUCTURE_DIMENSION_LABELS[d], rows: [] });
  return {
    total,
    asOf,
    tables: {
      category: empty('category'),
      gender: empty('gender'),
      minority: empty('minority'),
      age_band: empty('age_band'),
      birth_decade: empty('birth_decade'),
      rank: empty('rank'),
      [dimension]: { dimension, label: STRUCTURE_DIMENSION_LABELS[dimension], rows },
    },
  };
}

// ---------------------------------------------------------------------------------------
// Comparison with the previous batch

export interface ComparedShare {
  readonly count: number;
  readonly share: number;
  readonly shareTenths: number;
}

export interface ComparisonRow {
  readonly dimension: StructureDimension;
  readonly key: string;
  readonly label: string;
  readonly current: ComparedShare;
  readonly previous: ComparedShare;
  readonly countChange: number;
  /** Change of the rounded shares, in percentage points (−22.0). */
  readonly pointsChange: number;
  readonly pointsChangeTenths: number;
  /** '党政干部 727 名，占 54.1%，比上一批减少 22 个百分点'. */
  readonly text: string;
}

export interface StructureComparison {
  readonly currentTotal: number;
  readonly previousTotal: number;
  readonly totalChange: number;
  readonly rows: readonly ComparisonRow[];
}

/** '减少 22 个百分点' / '增加 0.5 个百分点' / '持平'. */
export function describePointsChange(tenths: number): string {
  if (tenths === 0) return '持平';
  return `${tenths < 0 ? '减少' : '增加'} ${formatPoints(tenths)} 个百分点`;
}

/**
 * Row by row comparison of two batches (rows present in either). `previousName` names the
 * previous batch in the text ('第一批').
 */
export function compareStructures(
  current: BatchStructure,
  previous: BatchStructure,
  options: { readonly previousName?: string; readonly dimensions?: readonly StructureDimension[] } = {},
): StructureComparison {
  const previousName = options.previousName ?? '上一批';
  const dims = options.dimensions ?? STRUCTURE_DIMENSIONS;
  const rows: ComparisonRow[] = [];
  for (const d of dims) {
    const cur = current.tables[d].rows;
    const prev = previous.tables[d].rows;
    const keys = [...cur.map((r) => r.key), ...prev.map((r) => r.key).filter((k) => !cur.some((r) => r.key === k))];
    for (const key of keys) {
      const c = cur.find((r) => r.key === key);
      const p = prev.find((r) => r.key === key);
      const cs: ComparedShare = { count: c?.count ?? 0, share: c?.share ?? 0, shareTenths: c?.shareTenths ?? 0 };
      const ps: ComparedShare = { count: p?.count ?? 0, share: p?.share ?? 0, shareTenths: p?.shareTenths ?? 0 };
      const delta = cs.shareTenths - ps.shareTenths;
      const label = c?.label ?? p?.label ?? key;
      rows.push({
        dimension: d,
        key,
        label,
        current: cs,
        previous: ps,
        countChange: cs.count - ps.count,
        pointsChange: delta / 10,
        pointsChangeTenths: delta,
        text: `${label} ${cs.count} 名，占 ${(cs.shareTenths / 10).toFixed(1)}%，比${previousName}${describePointsChange(delta)}`,
      });
    }
  }
  return { currentTotal: current.total, previousTotal: previous.total, totalChange: current.total - previous.total, rows };
}

// ---------------------------------------------------------------------------------------
// Structure targets

export type StructureTargetProblemCode = 'SHARE_BELOW_MIN' | 'SHARE_ABOVE_MAX' | 'COUNT_BELOW_MIN' | 'EMPTY_BATCH';

export interface StructureTargetCheck {
  readonly target: StructureTarget;
  readonly count: number;
  readonly total: number;
  readonly share: number;
  readonly met: boolean;
  readonly problems: ReadonlyArray<{ readonly code: StructureTargetProblemCode; readonly message: string }>;
  /** One Chinese line: the problems joined, or what was met. */
  readonly message: string;
}

/** Exact comparison count/total ≥ pct% in integers (pct may carry up to 3 decimals). */
function fractionAtLeast(count: number, total: number, pct: number): boolean {
  return count * 100_000 >= Math.round(pct * 1000) * total;
}

function fractionAtMost(count: number, total: number, pct: number): boolean {
  return count * 100_000 <= Math.round(pct * 1000) * total;
}

/** The share as printed in a target message: one decimal, two when one would mislead. */
function shareForMessage(count: number, total: number, pct: number, below: boolean): string {
  const one = shareOf(count, total, 1);
  const misleading = below ? one >= pct : one <= pct;
  return misleading ? formatShare(count, total, 2) : formatShare(count, total, 1);
}

function pctText(pct: number): string {
  return `${pct}%`;
}

/**
 * Checks targets against a batch. A target with a direction is checked against that
 * direction's structure (`byDirection`); a missing one counts as an empty batch.
 */
export function checkStructureTargets(
  targets: readonly StructureTarget[],
  structures: { readonly all: BatchStructure; readonly byDirection?: Readonly<Record<string, BatchStructure>> },
): StructureTargetCheck[] {
  return targets.map((t): StructureTargetCheck => {
    const s = t.direction === null ? structures.all : structures.byDirection?.[t.direction];
    const total = s?.total ?? 0;
    const count = s?.tables[t.dimension].rows.find((r) => r.key === t.key)?.count ?? 0;
    const problems: Array<{ code: StructureTargetProblemCode; message: string }> = [];
    if (total === 0 && (t.minShare !== undefined || t.maxShare !== undefined)) {
      problems.push({ code: 'EMPTY_BATCH', message: `${t.label}：名单为空，无法计算占比` });
    } else {
      if (t.minShare !== undefined && !fractionAtLeast(count, total, t.minShare)) {
        problems.push({
          code: 'SHARE_BELOW_MIN',
          message: `${t.label}占比 ${shareForMessage(count, total, t.minShare, true)}，低于目标 ${pctText(t.minShare)}`,
        });
      }
      if (t.maxShare !== undefined && !fractionAtMost(count, total, t.maxShare)) {
        problems.push({
          code: 'SHARE_ABOVE_MAX',
          message: `${t.label}占比 ${shareForMessage(count, total, t.maxShare, false)}，高于上限 ${pctText(t.maxShare)}`,
        });
      }
    }
    if (t.minCount !== undefined && count < t.minCount) {
      problems.push({ code: 'COUNT_BELOW_MIN', message: `${t.label} ${count} 名，少于目标 ${t.minCount} 名` });
    }
    const parts: string[] = [];
    if (t.minShare !== undefined) parts.push(`不低于 ${pctText(t.minShare)}`);
    if (t.maxShare !== undefined) parts.push(`不高于 ${pctText(t.maxShare)}`);
    if (t.minCount !== undefined) parts.push(`不少于 ${t.minCount} 名`);
    const met = problems.length === 0;
    const message = met
      ? `${t.label} ${count} 名，占 ${formatShare(count, total)}，达到目标（${parts.join('，')}）`
      : problems.map((p) => p.message).join('；');
    return { target: t, count, total, share: shareOf(count, total), met, problems, message };
  });
}
