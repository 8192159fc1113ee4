import { describe, expect, it } from 'vitest';
import { TIBETAN_AREA_COUNTY_CODES } from '../demo/geography.js';
import {
  checkQuotaConsistency,
  computeDemandGaps,
  computeQuotaFill,
  evaluateBounds,
  matchesSelector,
  quotaShortfalls,
  type DemandLike,
  type QuotaProgramme,
  type QuotaRow,
} from './quotas.js';
import { findTemplate } from './templates.js';
import type { PlacementAttributes } from './types.js';

function template(id: string): QuotaProgramme {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t.spec;
}

const SICHUAN = template('sichuan-2012-tibet-aid-batch-2');
const SHANXI_DOWN = template('shanxi-send-down');
const DAOCHENG = '513337';

function entry(patch: Partial<PlacementAttributes> = {}): PlacementAttributes {
  return { direction: 'outbound', sourceKey: '510500', destinationKey: DAOCHENG, postKind: 'department_deputy', sector: null, category: 'party_government', ...patch };
}

function times(n: number, patch: Partial<PlacementAttributes>): PlacementAttributes[] {
  return Array.from({ length: n }, () => entry(patch));
}

const byKey = (rows: readonly QuotaRow[], dimension: string, key: string): QuotaRow | undefined =>
  rows.find((r) => r.dimension === dimension && r.key === key);

describe('evaluateBounds', () => {
  it.each([
    [{ target: 10 }, 9, 'short', 1],
    [{ target: 10 }, 10, 'met', 0],
    [{ target: 10 }, 11, 'over', -1],
    [{ min: 5 }, 4, 'short', 1],
    [{ min: 5 }, 5, 'met', 0], // "≥ 5" is met by exactly 5
    [{ min: 5 }, 50, 'met', 0],
    [{ max: 3 }, 4, 'over', -1],
    [{ min: 2, max: 4 }, 3, 'met', 0],
    [{ min: 2, target: 3 }, 5, 'over', -2], // target caps when no max is given
    [{ target: 3, max: 6 }, 2, 'short', 1], // target floors when no min is given
    [{}, 99, 'met', 0],
  ])('%j with %d filled → %s (gap %d)', (bounds, filled, status, gap) => {
    expect(evaluateBounds(bounds, filled)).toMatchObject({ status, gap });
  });
});

describe('matchesSelector', () => {
  it('requires every list given and never matches a missing value', () => {
    const e = entry({ sector: 'housing_construction', category: 'professional', postKind: 'technician' });
    expect(matchesSelector(e, { sectors: ['housing_construction'], categories: ['professional'] })).toBe(true);
    expect(matchesSelector(e, { sectors: ['housing_construction'], categories: ['party_government'] })).toBe(false);
    expect(matchesSelector(entry({ sector: null }), { sectors: ['housing_construction'] })).toBe(false);
    expect(matchesSelector(e, {})).toBe(true);
    expect(matchesSelector(e, undefined)).toBe(true);
  });
});

describe('quota fill: Sichuan batch 2 (1,575 = 1,345 out + 230 in)', () => {
  const full = [...times(1345, {}), ...times(230, { direction: 'inbound', sourceKey: '513300', destinationKey: '510000' })];
  const rows = computeQuotaFill(SICHUAN, full);

  it('meets the total and both directions', () => {
    expect(byKey(rows, 'total', 'total')).toMatchObject({ filled: 1575, target: 1575, status: 'met', gap: 0, message: '总数：已安排 1575 人，达到计划 1575 人' });
    expect(byKey(rows, 'direction', 'outbound')).toMatchObject({ filled: 1345, status: 'met' });
    expect(byKey(rows, 'direction', 'inbound')).toMatchObject({ filled: 230, status: 'met' });
  });

  it('reports a direction short of its plan with the gap', () => {
    const short = computeQuotaFill(SICHUAN, [...times(1300, {}), ...times(230, { direction: 'inbound' })]);
    expect(byKey(short, 'direction', 'outbound')).toMatchObject({
      filled: 1300,
      gap: 45,
      status: 'short',
      message: '外派（到藏区）：已安排 1300 人，少于计划 1345 人，还差 45 人',
    });
    expect(byKey(short, 'total', 'total')).toMatchObject({ gap: 45, status: 'short' });
  });

  it('lists sources no quota covers, with their counts', () => {
    expect(byKey(rows, 'source', '510500')).toMatchObject({ label: '泸州市', filled: 1345, unquoted: true, status: 'met' });
    expect(byKey(rows, 'source', '513300')).toMatchObject({ label: '甘孜州', filled: 230 });
  });

  it('produces one minimum row per Tibetan-area county and minimum (32 × 5)', () => {
    expect(rows.filter((r) => r.dimension === 'destination_minimum')).toHaveLength(32 * 5);
  });
});

describe('per-county minimums (≥ 5 teachers, ≥ 5 doctors, 1 each for housing, transport, agriculture)', () => {
  const daocheng = [
    ...times(3, { postKind: 'teacher', sector: 'education', category: 'professional' }),
    ...times(5, { postKind: 'doctor', sector: 'health', category: 'professional' }),
    ...times(1, { postKind: 'technician', sector: 'housing_construction', category: 'professional' }),
    ...times(2, { postKind: 'technician', sector: 'transport', category: 'professional' }),
    // A party-government deputy in the housing bureau is not a professional placement.
    ...times(1, { postKind: 'department_deputy', sector: 'housing_construction', category: 'party_government' }),
    // Inbound teachers do not count toward a Tibetan-area county's minimum.
    ...times(4, { direction: 'inbound', postKind: 'teacher', category: 'professional' }),
  ];
  const rows = computeQuotaFill(SICHUAN, daocheng);
  const min = (id: string) => byKey(rows, 'destination_minimum', `${DAOCHENG}:${id}`);

  it.each([
    ['teacher', 3, 'short', 2, '稻城县·教师：已安排 3 人，低于最低 5 人，还差 2 人'],
    ['doctor', 5, 'met', 0, '稻城县·医生：已安排 5 人，不少于最低 5 人，达标'],
    ['housing', 1, 'met', 0, '稻城县·住建部门：已安排 1 人，达到计划 1 人'],
    ['transport', 2, 'over', -1, '稻城县·交通部门：已安排 2 人，超过计划 1 人，多 1 人'],
    ['agriculture', 0, 'short', 1, '稻城县·农业部门：已安排 0 人，少于计划 1 人，还差 1 人'],
  ])('%s: %d placed → %s (gap %d)', (id, filled, status, gap, message) => {
    expect(min(id)).toMatchObject({ filled, status, gap, message, destinationKey: DAOCHENG, minimumId: id });
  });

  it('leaves every other county short of teachers and doctors', () => {
    const litang = byKey(rows, 'destination_minimum', '513334:teacher');
    expect(litang).toMatchObject({ label: '理塘县·教师', filled: 0, gap: 5, status: 'short' });
  });

  it('fills every minimum of all 32 counties with 13 fitting placements each', () => {
    const all = TIBETAN_AREA_COUNTY_CODES.flatMap((c) => [
      ...times(5, { destinationKey: c, postKind: 'teacher', category: 'professional' }),
      ...times(5, { destinationKey: c, postKind: 'doctor', category: 'professional' }),
      ...(['housing_construction', 'transport', 'agriculture'] as const).map((sector) => entry({ destinationKey: c, postKind: 'technician', sector, category: 'professional' })),
    ]);
    expect(all).toHaveLength(416);
    const mins = computeQuotaFill(SICHUAN, all).filter((r) => r.dimension === 'destination_minimum');
    expect(mins.every((r) => r.status === 'met')).toBe(true);
  });
});

describe('quota fill per post kind: Shanxi send-down 500 = 200 secretaries + 300 heads or deputy secretaries', () => {
  it('counts township heads and deputy secretaries together against 300', () => {
    const rows = computeQuotaFill(SHANXI_DOWN, [
      ...times(200, { direction: 'down', postKind: 'township_party_secretary' }),
      ...times(120, { direction: 'down', postKind: 'township_head' }),
      ...times(180, { direction: 'down', postKind: 'township_deputy_secretary' }),
    ]);
    expect(byKey(rows, 'post_kind', 'township_party_secretary')).toMatchObject({ filled: 200, status: 'met' });
    expect(byKey(rows, 'post_kind', 'township_head')).toMatchObject({ filled: 300, status: 'met', label: '乡镇长（街办主任）或乡镇（街道）党（工）委副书记' });
    expect(byKey(rows, 'total', 'total')).toMatchObject({ filled: 500, status: 'met' });
    // Each post kind of the grouped line is still listed on its own.
    expect(byKey(rows, 'post_kind', 'township_deputy_secretary')).toMatchObject({ filled: 180, unquoted: true, label: '乡镇党委副书记' });
  });

  it('flags 210 secretaries as 10 over', () => {
    const rows = computeQuotaFill(SHANXI_DOWN, times(210, { direction: 'down', postKind: 'township_party_secretary' }));
    expect(byKey(rows, 'post_kind', 'township_party_secretary')).toMatchObject({ status: 'over', gap: -10 });
    expect(quotaShortfalls(rows).map((r) => r.key)).toEqual(['total', 'township_party_secretary', 'township_head']);
  });

  it('counts a line only within its selector', () => {
    const p: QuotaProgramme = {
      ...SICHUAN,
      quotas: {
        total: {},
        lines: [{ dimension: 'post_kind', key: 'teacher', label: '外派教师', within: { directions: ['outbound'] }, min: 2 }],
        destinationMinimums: [],
      },
    };
    const rows = computeQuotaFill(p, [entry({ postKind: 'teacher' }), entry({ postKind: 'teacher', direction: 'inbound' })]);
    expect(rows.filter((r) => r.dimension === 'post_kind' && r.key === 'teacher').map((r) => [r.label, r.filled, r.unquoted])).toEqual([
      ['外派教师', 1, false],
      ['教师', 2, true],
    ]);
  });

  it('can leave unquoted values out', () => {
    const rows = computeQuotaFill(SHANXI_DOWN, times(3, { direction: 'down', postKind: 'township_head' }), { includeUnquoted: false });
    expect(rows.every((r) => !r.unquoted)).toBe(true);
  });
});

describe('per-county demand gaps (缺什么补什么)', () => {
  const demand = (patch: Partial<DemandLike>): DemandLike => ({
    state: 'submitted',
    direction: 'outbound',
    destinationKey: DAOCHENG,
    postKind: 'teacher',
    sector: 'education',
    headcount: 1,
    ...patch,
  });
  const demands: DemandLike[] = [
    demand({ headcount: 2 }),
    demand({ headcount: 1, state: 'approved' }),
    demand({ headcount: 4, state: 'draft' }), // not counted: not submitted
    demand({ headcount: 9, state: 'rejected' }), // not counted
    demand({ postKind: 'doctor', sector: 'health', headcount: 6 }),
    demand({ postKind: 'department_deputy', sector: 'housing_construction', headcount: 1 }),
    demand({ postKind: 'technician', sector: 'transport', headcount: 2 }),
  ];
  const views = computeDemandGaps(SICHUAN, demands);
  const daocheng = views.find((v) => v.destinationKey === DAOCHENG);

  it('flags 稻城县 short of teachers and agriculture, in the words of the county view', () => {
    expect(daocheng?.flags).toEqual(['稻城县：教师需求 3 人，低于最低 5 人', '稻城县：农业部门需求 0 人，少于计划 1 人']);
  });

  it('reports every minimum of the county with demanded headcounts', () => {
    expect(daocheng?.rows.map((r) => [r.minimumId, r.demanded, r.demandCount, r.status])).toEqual([
      ['teacher', 3, 2, 'short'],
      ['doctor', 6, 1, 'met'],
      ['housing', 1, 1, 'met'], // a demand has no person yet: categories are not applied
      ['transport', 2, 1, 'over'],
      ['agriculture', 0, 0, 'short'],
    ]);
    expect(daocheng?.rows.find((r) => r.minimumId === 'transport')?.message).toBe('稻城县：交通部门需求 2 人，多于计划 1 人');
    expect(daocheng?.totalDemanded).toBe(12);
  });

  it('gives one view per Tibetan-area county, counties without demands flagged on everything', () => {
    expect(views).toHaveLength(32);
    expect(views.find((v) => v.destinationKey === '513334')?.flags).toHaveLength(5);
  });

  it('can count drafts too when asked', () => {
    const withDrafts = computeDemandGaps(SICHUAN, demands, { states: ['draft', 'submitted', 'approved'] });
    expect(withDrafts.find((v) => v.destinationKey === DAOCHENG)?.rows[0]).toMatchObject({ demanded: 7, status: 'met' });
  });
});

describe('checkQuotaConsistency', () => {
  it('finds nothing wrong in the templates', () => {
    for (const id of ['sichuan-2012-tibet-aid-batch-2', 'sichuan-2016-open-selection-batch-4', 'shanxi-select-up', 'shanxi-send-down']) {
      expect(checkQuotaConsistency(template(id)), id).toEqual([]);
    }
  });

  it('refuses direction plans that do not add up to the total', () => {
    const p: QuotaProgramme = {
      ...SICHUAN,
      quotas: { ...SICHUAN.quotas, lines: [{ dimension: 'direction', key: 'outbound', label: '外派', target: 1345 }, { dimension: 'direction', key: 'inbound', label: '内派', target: 200 }] },
    };
    expect(checkQuotaConsistency(p)).toEqual([
      { code: 'DIRECTION_SUM_MISMATCH', message: '各方向计划数之和 1545 人与总计划 1575 人不一致', details: { sum: 1545, total: 1575 } },
    ]);
  });

  it('refuses county minimums that need more people than the programme has', () => {
    const p: QuotaProgramme = { ...SICHUAN, quotas: { ...SICHUAN.quotas, total: { target: 400 }, lines: [] } };
    expect(checkQuotaConsistency(p).map((x) => x.message)).toEqual(['各县最低配置合计 416 人，超过总数上限 400 人']);
  });

  it('refuses post-kind floors above the total', () => {
    const p: QuotaProgramme = { ...SHANXI_DOWN, quotas: { ...SHANXI_DOWN.quotas, total: { max: 450 } } };
    expect(checkQuotaConsistency(p).map((x) => x.code)).toEqual(['LINE_FLOORS_EXCEED_TOTAL']);
  });

  it('refuses invalid bounds and unknown keys', () => {
    const p: QuotaProgramme = {
      ...SICHUAN,
      quotas: {
        total: { min: 10, max: 5 },
        lines: [{ dimension: 'direction', key: 'sideways', label: '横向', target: -1 }],
        destinationMinimums: [{ id: 'x', label: '教师', match: {}, min: 1, destinations: ['999999'] }],
      },
    };
    expect(checkQuotaConsistency(p).map((x) => x.code)).toEqual(['BOUNDS_INVALID', 'BOUNDS_INVALID', 'UNKNOWN_KEY', 'UNKNOWN_KEY']);
  });
});
