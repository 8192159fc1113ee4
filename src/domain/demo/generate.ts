// generateDemo: a seeded, deterministic, pure generator of demo data — the Sichuan unit
// tree, about N invented people staffing it, and the Tibet-aid pairings.
//
// Boundaries:
// - Pure: no I/O, no clock, no Math.random. `today` comes in; the same options give the
//   same output, byte for byte. The unit tree does not depend on the seed.
// - Exactly `people` people (0 allowed), allotted to units in proportion to their size by
//   the largest-remainder method; each unit takes the first roles of its staffing list.
// - Everyone is of working age on `today`: 22 to 59 (retirement at 60).

import type { IsoDate, PersonRecord, Unit } from '../registry/types.js';
import { ageOn, daysFromIso } from './dates.js';
import { TIBET_AID_PAIRINGS, pairedCountiesByCity, type PairingMode } from './geography.js';
import { PersonGenerator } from './people.js';
import { Rng } from './rng.js';
import { rolesFor } from './roles.js';
import { buildUnitTree, type UnitMeta } from './units.js';

/** The usual demo size. */
export const DEFAULT_DEMO_PEOPLE = 20000;

export interface DemoOptions {
  /** Number of people to generate (default scale 20,000). */
  people: number;
  seed: number;
  today: IsoDate;
}

export interface DemoPairing {
  mode: PairingMode;
  supportingDivisionCode: string;
  supportingName: string;
  supportedDivisionCodes: string[];
  /** True for published pairs; false for pairs invented for the demo. */
  public: boolean;
}

export interface DemoStats {
  units: number;
  unitsByKind: Record<string, number>;
  people: number;
  /** Share of women among all people (0–1). */
  womenShare: number;
  byRank: Record<string, number>;
  byCategory: Record<string, number>;
  byEthnicity: Record<string, number>;
  minAge: number;
  maxAge: number;
  reserveShare: number;
  /** People working in Tibetan-area units. */
  tibetanAreaPeople: number;
  /** Share of Tibetan (04) people among those working in 甘孜州 units. */
  tibetanShareInGanzi: number;
}

export interface DemoResult {
  units: Unit[];
  people: PersonRecord[];
  pairings: DemoPairing[];
  stats: DemoStats;
}

/** Largest-remainder allotment of `total` over the weights. */
export function allot(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const out = exact.map((x) => Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

export function generateDemo(opts: DemoOptions): DemoResult {
  if (!Number.isInteger(opts.people) || opts.people < 0) throw new RangeError('people must be a non-negative integer');
  const today = daysFromIso(opts.today);
  const rng = new Rng(opts.seed);
  const tree = buildUnitTree();
  const generator = new PersonGenerator({ tree, today, rng, pairedByCity: pairedCountiesByCity() });

  const staffed: UnitMeta[] = tree.meta.filter((m) => m.weight > 0);
  const quotas = allot(
    staffed.map((m) => m.weight),
    opts.people,
  );
  const people: PersonRecord[] = [];
  staffed.forEach((meta, i) => {
    const q = quotas[i] ?? 0;
    for (const role of rolesFor(meta, q, rng)) people.push(generator.generate(meta, role));
  });

  const pairings: DemoPairing[] = TIBET_AID_PAIRINGS.map((p) => ({ ...p, supportedDivisionCodes: [...p.supportedDivisionCodes] }));
  return { units: tree.units, people, pairings, stats: computeStats(tree.units, people, today) };
}

function computeStats(units: readonly Unit[], people: readonly PersonRecord[], today: number): DemoStats {
  const count = (m: Record<string, number>, k: string): void => {
    m[k] = (m[k] ?? 0) + 1;
  };
  const unitsByKind: Record<string, number> = {};
  for (const u of units) count(unitsByKind, u.kind);
  const byRank: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byEthnicity: Record<string, number> = {};
  let women = 0;
  let reserve = 0;
  let minAge = Infinity;
  let maxAge = -Infinity;
  let tibetanAreaPeople = 0;
  let ganzi = 0;
  let ganziTibetan = 0;
  for (const p of people) {
    if (p.gender === '2') women++;
    if (p.isReserve) reserve++;
    count(byRank, p.rank ?? 'none');
    count(byCategory, p.category);
    count(byEthnicity, p.ethnicity);
    const age = ageOn(daysFromIso(p.birthDate), today);
    minAge = Math.min(minAge, age);
    maxAge = Math.max(maxAge, age);
    const u = p.unitId === null ? undefined : units[p.unitId - 1];
    if (u?.isTibetanArea) tibetanAreaPeople++;
    if (u?.divisionCode?.startsWith('5133')) {
      ganzi++;
      if (p.ethnicity === '04') ganziTibetan++;
    }
  }
  const n = people.length;
  return {
    units: units.length,
    unitsByKind,
    people: n,
    womenShare: n ? women / n : 0,
    byRank,
    byCategory,
    byEthnicity,
    minAge: n ? minAge : 0,
    maxAge: n ? maxAge : 0,
    reserveShare: n ? reserve / n : 0,
    tibetanAreaPeople,
    tibetanShareInGanzi: ganzi ? ganziTibetan / ganzi : 0,
  };
}

export interface DemoAccountHints {
  /** 理塘县 (county node) — scope for a county HR account. */
  countyUnitId: number;
  /** 理塘县委组织部 — the unit a county HR officer sits in. */
  countyOrgDeptUnitId: number;
  /** 甘孜藏族自治州 (prefecture node). */
  prefectureUnitId: number;
  /** 中共四川省委组织部 — for a provincial officer account. */
  provincialOrgDeptUnitId: number;
  /** 成都市双流区 — a supporting (sending) district paired with 巴塘. */
  supportingCountyUnitId: number;
  /**
   * Index into `people` of a cadre for a self-service account: a township Party secretary
   * in 理塘 when there is one (else any party-government cadre in 理塘, else 0); null when
   * there are no people.
   */
  cadrePersonIndex: number | null;
}

export function pickDemoAccountsHints(result: DemoResult): DemoAccountHints {
  const { units, people } = result;
  const find = (pred: (u: Unit) => boolean, what: string): Unit => {
    const u = units.find(pred);
    if (!u) throw new Error(`demo tree lacks ${what}`);
    return u;
  };
  const county = find((u) => u.kind === 'county' && u.divisionCode === '513334', '理塘县');
  const orgDept = find((u) => u.parentId === county.id && u.name.endsWith('委组织部'), '理塘县委组织部');
  const prefecture = find((u) => u.kind === 'prefecture' && u.divisionCode === '513300', '甘孜州');
  const provincial = find((u) => u.name === '中共四川省委组织部', '中共四川省委组织部');
  const supporting = find((u) => u.kind === 'county' && u.divisionCode === '510116', '双流区');
  const inCounty = new Set(units.filter((u) => u.divisionCode === '513334' && u.kind !== 'county').map((u) => u.id));
  let cadre = people.findIndex((p) => p.unitId !== null && inCounty.has(p.unitId) && p.postKind === 'township_party_secretary');
  if (cadre < 0) cadre = people.findIndex((p) => p.unitId !== null && inCounty.has(p.unitId) && p.category === 'party_government');
  return {
    countyUnitId: county.id,
    countyOrgDeptUnitId: orgDept.id,
    prefectureUnitId: prefecture.id,
    provincialOrgDeptUnitId: provincial.id,
    supportingCountyUnitId: supporting.id,
    cadrePersonIndex: people.length === 0 ? null : Math.max(0, cadre),
  };
}
