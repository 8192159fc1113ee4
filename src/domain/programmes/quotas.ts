// Quota fill by every dimension, per-destination minimums, and the per-county view of
// demands against the minimums. Pure arithmetic over placements (proposed or final entries)
// and demands.
//
// Bounds: `target` is the planned number and acts as floor and ceiling unless `min` / `max`
// are given; so the effective floor is min ?? target and the ceiling max ?? target.
//   status 'short' when filled < floor, 'over' when filled > ceiling, else 'met';
//   gap > 0 — that many still needed to reach the floor; gap < 0 — that many above the
//   ceiling; 0 when met. Limits are inclusive: "≥ 5 teachers" is met by exactly 5.
// A row is produced for every quota line, for every (destination × minimum), and — so that
// every value of a dimension is reported — for every value seen or declared that no line
// covers ("unquoted" rows: no bounds, status 'met').

import { labelOf } from '../codes/tables.js';
import {
  QUOTA_DIMENSION_LABELS,
  SECTOR_LABELS,
  type Demand,
  type DemandState,
  type EntrySelector,
  type PlacementAttributes,
  type ProgrammeSpec,
  type QuotaBounds,
  type QuotaDimension,
  type QuotaLine,
  type QuotaLineDimension,
  type Sector,
} from './types.js';

export const QUOTA_STATUSES = ['met', 'short', 'over'] as const;
export type QuotaStatus = (typeof QUOTA_STATUSES)[number];

export const QUOTA_STATUS_LABELS: Readonly<Record<QuotaStatus, string>> = {
  met: '达标',
  short: '不足',
  over: '超出',
};

export interface QuotaRow {
  readonly dimension: QuotaDimension;
  /** Row key: the line's key; for destination minimums 'destinationKey:minimumId'. */
  readonly key: string;
  readonly label: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly target: number | null;
  readonly filled: number;
  readonly gap: number;
  readonly status: QuotaStatus;
  /** Set on destination_minimum rows. */
  readonly destinationKey: string | null;
  readonly minimumId: string | null;
  /** A value no quota covers, listed for completeness. */
  readonly unquoted: boolean;
  /** Chinese, e.g. '稻城县·教师：已安排 3 人，低于最低 5 人，还差 2 人'. */
  readonly message: string;
}

/** The parts of a programme quota arithmetic reads. */
export type QuotaProgramme = Pick<ProgrammeSpec, 'quotas' | 'directions' | 'sources' | 'destinations'>;

export interface BoundsOutcome {
  readonly status: QuotaStatus;
  readonly gap: number;
  readonly floor: number | null;
  readonly ceiling: number | null;
}

/** Applies bounds to a count (see the header for the reading of target/min/max). */
export function evaluateBounds(bounds: QuotaBounds, filled: number): BoundsOutcome {
  const floor = bounds.min ?? bounds.target ?? null;
  const ceiling = bounds.max ?? bounds.target ?? null;
  if (floor !== null && filled < floor) return { status: 'short', gap: floor - filled, floor, ceiling };
  if (ceiling !== null && filled > ceiling) return { status: 'over', gap: ceiling - filled, floor, ceiling };
  return { status: 'met', gap: 0, floor, ceiling };
}

function inList<T extends string>(list: readonly T[] | undefined, v: T | null): boolean {
  return list === undefined || (v !== null && list.includes(v));
}

/** True when the placement matches every list the selector gives (a missing value never matches). */
export function matchesSelector(e: PlacementAttributes, s: EntrySelector | undefined): boolean {
  if (!s) return true;
  return (
    inList(s.directions, e.direction) &&
    inList(s.sources, e.sourceKey) &&
    inList(s.destinations, e.destinationKey) &&
    inList(s.postKinds, e.postKind) &&
    inList(s.sectors, e.sector) &&
    inList(s.categories, e.category)
  );
}

function valueOf(e: PlacementAttributes, d: QuotaLineDimension): string | null {
  switch (d) {
    case 'direction':
      return e.direction;
    case 'source':
      return e.sourceKey;
    case 'destination':
      return e.destinationKey;
    case 'post_kind':
      return e.postKind;
    case 'sector':
      return e.sector;
    case 'category':
      return e.category;
  }
}

const LINE_DIMENSIONS: readonly QuotaLineDimension[] = ['direction', 'source', 'destination', 'post_kind', 'sector', 'category'];

const UNFILLED_KEY = '';

/** Chinese label of a value of a dimension, from the programme and the code tables. */
export function dimensionValueLabel(p: QuotaProgramme, d: QuotaLineDimension, key: string): string {
  if (key === UNFILLED_KEY) return '（未填写）';
  switch (d) {
    case 'direction':
      return p.directions.find((x) => x.code === key)?.label ?? key;
    case 'source':
      return p.sources.find((x) => x.key === key)?.name ?? key;
    case 'destination':
      return p.destinations.find((x) => x.key === key)?.name ?? key;
    case 'post_kind':
      return labelOf('post_kind', key);
    case 'sector':
      return isSector(key) ? SECTOR_LABELS[key] : key;
    case 'category':
      return labelOf('category', key);
  }
}

function isSector(s: string): s is Sector {
  return Object.prototype.hasOwnProperty.call(SECTOR_LABELS, s);
}

function statusText(bounds: QuotaBounds, o: BoundsOutcome): string {
  if (o.status === 'short') {
    return bounds.min !== undefined ? `低于最低 ${bounds.min} 人，还差 ${o.gap} 人` : `少于计划 ${o.floor ?? 0} 人，还差 ${o.gap} 人`;
  }
  if (o.status === 'over') {
    return bounds.max !== undefined ? `超过上限 ${bounds.max} 人，多 ${-o.gap} 人` : `超过计划 ${o.ceiling ?? 0} 人，多 ${-o.gap} 人`;
  }
  if (bounds.target !== undefined && bounds.min === undefined && bounds.max === undefined) return `达到计划 ${bounds.target} 人`;
  if (o.floor !== null) return `不少于最低 ${o.floor} 人，达标`;
  if (o.ceiling !== null) return `未超过上限 ${o.ceiling} 人`;
  return '未设限额';
}

function row(
  dimension: QuotaDimension,
  key: string,
  label: string,
  bounds: QuotaBounds,
  filled: number,
  extra: { destinationKey?: string; minimumId?: string; unquoted?: boolean } = {},
): QuotaRow {
  const o = evaluateBounds(bounds, filled);
  return {
    dimension,
    key,
    label,
    min: bounds.min ?? null,
    max: bounds.max ?? null,
    target: bounds.target ?? null,
    filled,
    gap: o.gap,
    status: o.status,
    destinationKey: extra.destinationKey ?? null,
    minimumId: extra.minimumId ?? null,
    unquoted: extra.unquoted ?? false,
    message: `${label}：已安排 ${filled} 人，${statusText(bounds, o)}`,
  };
}

function lineKeys(l: QuotaLine): readonly string[] {
  return [l.key, ...(l.alsoKeys ?? [])];
}

export interface QuotaFillOptions {
  /** List values no quota covers (default true). */
  readonly includeUnquoted?: boolean;
}

/**
 * Quota fill over placements: total, each quota line, each destination × minimum, and the
 * unquoted values of every dimension. Order: total, then dimensions in QUOTA_DIMENSIONS
 * order (lines in definition order, then unquoted values in the programme's declared
 * order, then other values seen, by key), destination minimums last.
 */
export function computeQuotaFill(
  programme: QuotaProgramme,
  entries: readonly PlacementAttributes[],
  options: QuotaFillOptions = {},
): QuotaRow[] {
  const includeUnquoted = options.includeUnquoted ?? true;
  const rows: QuotaRow[] = [row('total', 'total', QUOTA_DIMENSION_LABELS.total, programme.quotas.total, entries.length)];

  for (const d of LINE_DIMENSIONS) {
    const lines = programme.quotas.lines.filter((l) => l.dimension === d);
    for (const l of lines) {
      const keys = lineKeys(l);
      const filled = entries.filter((e) => {
        const v = valueOf(e, d);
        return v !== null && keys.includes(v) && matchesSelector(e, l.within);
      }).length;
      rows.push(row(d, l.key, l.label, l, filled));
    }
    if (!includeUnquoted) continue;
    // Values a plain line (single key, no `within`) already reports are not repeated.
    const covered = new Set(lines.filter((l) => (l.alsoKeys ?? []).length === 0 && l.within === undefined).map((l) => l.key));
    const counts = new Map<string, number>();
    for (const e of entries) {
      const v = valueOf(e, d) ?? UNFILLED_KEY;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const declared =
      d === 'direction'
        ? programme.directions.map((x) => x.code)
        : d === 'source'
          ? programme.sources.map((x) => x.key)
          : d === 'destination'
            ? programme.destinations.map((x) => x.key)
            : [];
    const seen = [...counts.keys()].filter((k) => !declared.includes(k)).sort();
    for (const k of [...declared, ...seen]) {
      if (covered.has(k)) continue;
      const n = counts.get(k) ?? 0;
      // Declared values with nobody and no quota say nothing; skip them unless it is a direction.
      if (n === 0 && d !== 'direction') continue;
      rows.push(row(d, k, dimensionValueLabel(programme, d, k), {}, n, { unquoted: true }));
    }
  }

  for (const dest of minimumDestinations(programme)) {
    for (const m of programme.quotas.destinationMinimums) {
      if (m.destinations !== null && !m.destinations.includes(dest)) continue;
      const filled = entries.filter((e) => e.destinationKey === dest && matchesSelector(e, m.match)).length;
      const label = `${dimensionValueLabel(programme, 'destination', dest)}·${m.label}`;
      rows.push(row('destination_minimum', `${dest}:${m.id}`, label, m, filled, { destinationKey: dest, minimumId: m.id }));
    }
  }
  return rows;
}

/** Destinations some minimum applies to: the programme's order, then those named only by a minimum. */
function minimumDestinations(p: QuotaProgramme): string[] {
  const mins = p.quotas.destinationMinimums;
  const order: string[] = p.destinations.map((x) => x.key).filter((k) => mins.some((m) => m.destinations === null || m.destinations.includes(k)));
  for (const m of mins) for (const k of m.destinations ?? []) if (!order.includes(k)) order.push(k);
  return order;
}

/** The rows that are short or over. */
export function quotaShortfalls(rows: readonly QuotaRow[]): QuotaRow[] {
  return rows.filter((r) => r.status !== 'met');
}

// ---------------------------------------------------------------------------------------
// Demands against the per-destination minimums

export type DemandLike = Pick<Demand, 'state' | 'direction' | 'destinationKey' | 'postKind' | 'sector' | 'headcount'>;

/**
 * Whether a demand counts toward a minimum. A demand has no person yet, so the selector's
 * `categories` are not applied; a demand without a direction (single-direction programmes)
 * passes a directions condition; a missing sector never matches a sectors condition.
 */
export function demandMatches(d: DemandLike, s: EntrySelector): boolean {
  return (
    (s.directions === undefined || d.direction === null || s.directions.includes(d.direction)) &&
    (s.destinations === undefined || (d.destinationKey !== null && s.destinations.includes(d.destinationKey))) &&
    inList(s.postKinds, d.postKind) &&
    inList(s.sectors, d.sector)
  );
}

export interface DemandGapRow {
  readonly destinationKey: string;
  readonly destinationName: string;
  readonly minimumId: string;
  readonly label: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly target: number | null;
  /** Sum of headcounts of the counted demands. */
  readonly demanded: number;
  /** Number of counted demands. */
  readonly demandCount: number;
  readonly gap: number;
  readonly status: QuotaStatus;
  /** '稻城县：教师需求 3 人，低于最低 5 人'. */
  readonly message: string;
}

export interface DestinationDemandView {
  readonly destinationKey: string;
  readonly destinationName: string;
  readonly rows: readonly DemandGapRow[];
  /** Headcount of all counted demands of the destination. */
  readonly totalDemanded: number;
  /** Messages of the rows that are short (the flags on the county view). */
  readonly flags: readonly string[];
}

/** Demands counted by default: submitted and approved (drafts and rejected ones are not). */
export const COUNTED_DEMAND_STATES: readonly DemandState[] = ['submitted', 'approved'];

function demandText(name: string, label: string, bounds: QuotaBounds, demanded: number, o: BoundsOutcome): string {
  const head = `${name}：${label}需求 ${demanded} 人`;
  if (o.status === 'short') return bounds.min !== undefined ? `${head}，低于最低 ${bounds.min} 人` : `${head}，少于计划 ${o.floor ?? 0} 人`;
  if (o.status === 'over') return bounds.max !== undefined ? `${head}，超过上限 ${bounds.max} 人` : `${head}，多于计划 ${o.ceiling ?? 0} 人`;
  return o.floor !== null ? `${head}，不少于最低 ${o.floor} 人` : head;
}

/**
 * Per destination: the demands submitted for it against each minimum of the programme.
 * One view per destination some minimum applies to, in the programme's order (destinations
 * named only by a minimum follow); rows follow the minimums' order.
 */
export function computeDemandGaps(
  programme: QuotaProgramme,
  demands: readonly DemandLike[],
  options: { readonly states?: readonly DemandState[] } = {},
): DestinationDemandView[] {
  const states = options.states ?? COUNTED_DEMAND_STATES;
  const counted = demands.filter((d) => states.includes(d.state));
  const views: DestinationDemandView[] = [];
  for (const dest of minimumDestinations(programme)) {
    const name = dimensionValueLabel(programme, 'destination', dest);
    const own = counted.filter((d) => d.destinationKey === dest);
    const rows: DemandGapRow[] = [];
    for (const m of programme.quotas.destinationMinimums) {
      if (m.destinations !== null && !m.destinations.includes(dest)) continue;
      const matching = own.filter((d) => demandMatches(d, m.match));
      const demanded = matching.reduce((s, d) => s + d.headcount, 0);
      const o = evaluateBounds(m, demanded);
      rows.push({
        destinationKey: dest,
        destinationName: name,
        minimumId: m.id,
        label: m.label,
        min: m.min ?? null,
        max: m.max ?? null,
        target: m.target ?? null,
        demanded,
        demandCount: matching.length,
        gap: o.gap,
        status: o.status,
        message: demandText(name, m.label, m, demanded, o),
      });
    }
    views.push({
      destinationKey: dest,
      destinationName: name,
      rows,
      totalDemanded: own.reduce((s, d) => s + d.headcount, 0),
      flags: rows.filter((r) => r.status === 'short').map((r) => r.message),
    });
  }
  return views;
}

// ---------------------------------------------------------------------------------------
// Consistency of the quota definition

export type QuotaProblemCode =
  | 'BOUNDS_INVALID'
  | 'UNKNOWN_KEY'
  | 'DIRECTION_SUM_MISMATCH'
  | 'LINE_FLOORS_EXCEED_TOTAL'
  | 'MINIMUMS_EXCEED_TOTAL';

export interface QuotaProblem {
  readonly code: QuotaProblemCode;
  readonly message: string;
  readonly details: Readonly<Record<string, string | number | null>>;
}

function boundsProblems(label: string, b: QuotaBounds): QuotaProblem[] {
  const out: QuotaProblem[] = [];
  for (const [name, v] of [
    ['target', b.target],
    ['min', b.min],
    ['max', b.max],
  ] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0)) {
      out.push({ code: 'BOUNDS_INVALID', message: `${label}：人数须为非负整数（${name} = ${v}）`, details: { label, [name]: v } });
    }
  }
  if (b.min !== undefined && b.max !== undefined && b.min > b.max) {
    out.push({ code: 'BOUNDS_INVALID', message: `${label}：最低 ${b.min} 人大于上限 ${b.max} 人`, details: { label, min: b.min, max: b.max } });
  }
  if (b.target !== undefined && ((b.min !== undefined && b.target < b.min) || (b.max !== undefined && b.target > b.max))) {
    out.push({ code: 'BOUNDS_INVALID', message: `${label}：计划数 ${b.target} 人不在最低与上限之间`, details: { label, target: b.target } });
  }
  return out;
}

/**
 * Problems with the quota definition itself: invalid bounds, keys the programme does not
 * declare, direction plans that do not add up to the total plan, floors of one dimension
 * (or of all destination minimums) that together exceed the total ceiling.
 */
export function checkQuotaConsistency(p: QuotaProgramme): QuotaProblem[] {
  const out: QuotaProblem[] = [...boundsProblems('总数', p.quotas.total)];
  const totalCeiling = p.quotas.total.max ?? p.quotas.total.target ?? null;
  const directionCodes = p.directions.map((d) => d.code);
  const sourceKeys = p.sources.map((s) => s.key);
  const destKeys = p.destinations.map((d) => d.key);

  for (const l of p.quotas.lines) {
    out.push(...boundsProblems(l.label, l));
    const known = l.dimension === 'direction' ? directionCodes : l.dimension === 'source' ? sourceKeys : l.dimension === 'destination' ? destKeys : null;
    if (known !== null && known.length > 0) {
      for (const k of lineKeys(l)) {
        if (!known.includes(k)) {
          out.push({
            code: 'UNKNOWN_KEY',
            message: `${l.label}：${QUOTA_DIMENSION_LABELS[l.dimension]}“${k}”不在本项目中`,
            details: { dimension: l.dimension, key: k },
          });
        }
      }
    }
  }

  const directionLines = p.quotas.lines.filter((l) => l.dimension === 'direction' && l.within === undefined && (l.alsoKeys ?? []).length === 0);
  const totalTarget = p.quotas.total.target;
  if (
    totalTarget !== undefined &&
    directionCodes.length > 1 &&
    directionCodes.every((c) => directionLines.some((l) => l.key === c && l.target !== undefined))
  ) {
    const sum = directionLines.reduce((s, l) => s + (l.target ?? 0), 0);
    if (sum !== totalTarget) {
      out.push({
        code: 'DIRECTION_SUM_MISMATCH',
        message: `各方向计划数之和 ${sum} 人与总计划 ${totalTarget} 人不一致`,
        details: { sum, total: totalTarget },
      });
    }
  }

  if (totalCeiling !== null) {
    for (const d of LINE_DIMENSIONS) {
      const plain = p.quotas.lines.filter((l) => l.dimension === d && l.within === undefined);
      const floors = plain.reduce((s, l) => s + (l.min ?? l.target ?? 0), 0);
      if (floors > totalCeiling) {
        out.push({
          code: 'LINE_FLOORS_EXCEED_TOTAL',
          message: `按${QUOTA_DIMENSION_LABELS[d]}的最低人数合计 ${floors} 人，超过总数上限 ${totalCeiling} 人`,
          details: { dimension: d, floors, ceiling: totalCeiling },
        });
      }
    }
  }

  for (const m of p.quotas.destinationMinimums) {
    out.push(...boundsProblems(`各县最低配置·${m.label}`, m));
    for (const k of m.destinations ?? []) {
      if (destKeys.length > 0 && !destKeys.includes(k)) {
        out.push({ code: 'UNKNOWN_KEY', message: `各县最低配置·${m.label}：接收地“${k}”不在本项目中`, details: { dimension: 'destination', key: k } });
      }
    }
  }
  if (totalCeiling !== null) {
    const floors = p.quotas.destinationMinimums.reduce(
      (s, m) => s + (m.min ?? m.target ?? 0) * (m.destinations ?? destKeys).length,
      0,
    );
    if (floors > totalCeiling) {
      out.push({
        code: 'MINIMUMS_EXCEED_TOTAL',
        message: `各县最低配置合计 ${floors} 人，超过总数上限 ${totalCeiling} 人`,
        details: { floors, ceiling: totalCeiling },
      });
    }
  }
  return out;
}
