import { describe, expect, it } from 'vitest';
import type { PersonCategory } from '../registry/types.js';
import {
  ageOn,
  checkStructureTargets,
  compareStructures,
  computeStructure,
  decadeLabel,
  describePointsChange,
  formatShare,
  shareOf,
  shareTenths,
  structureFromCounts,
  type StructurePerson,
} from './structure.js';
import type { StructureTarget } from './types.js';

function person(patch: Partial<StructurePerson> = {}): StructurePerson {
  return { category: 'party_government', gender: '1', ethnicity: '01', birthDate: '1980-05-01', rank: '142', ...patch };
}

function batch(counts: Partial<Record<PersonCategory, number>>): StructurePerson[] {
  return Object.entries(counts).flatMap(([category, n]) =>
    Array.from({ length: n ?? 0 }, () => person({ category: category === 'professional' ? 'professional' : category === 'party_government' ? 'party_government' : 'enterprise_institution' })),
  );
}

// Sichuan, batch 2 (2012) outbound: 1,345 = 727 party-government + 618 professional.
// Batch 1: 1,260 people; the source gives only the change (−22 / +22 points), so the counts
// chosen are 959 + 301 (76.1% / 23.9%).
const BATCH_2 = batch({ party_government: 727, professional: 618 });
const BATCH_1 = batch({ party_government: 959, professional: 301 });
const AS_OF = '2012-07-01';

describe('shares (half-up to one decimal, in integers)', () => {
  it.each([
    [727, 1345, 54.1],
    [618, 1345, 45.9],
    [959, 1260, 76.1],
    [301, 1260, 23.9],
    [1, 8, 12.5],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 2000, 0.1], // 0.05 rounds half up
    [1, 2001, 0], // 0.04998 rounds down
    [5, 0, 0],
  ])('%d of %d → %d%%', (count, total, share) => {
    expect(shareOf(count, total)).toBe(share);
  });

  it('rounds half up at two decimals too: 95 of 139 promoted from counties and townships = 68.35%', () => {
    expect(shareOf(95, 139, 2)).toBe(68.35);
    expect(formatShare(95, 139, 2)).toBe('68.35%');
  });

  it('keeps shares as integer tenths so no float residue decides a boundary', () => {
    expect(shareTenths(727, 1345)).toBe(541);
    expect(shareTenths(1, 16)).toBe(63); // 6.25 → 6.3
  });
});

describe('Sichuan batch 2 against batch 1', () => {
  const current = computeStructure(BATCH_2, { asOf: AS_OF });
  const previous = computeStructure(BATCH_1, { asOf: AS_OF });
  const cmp = compareStructures(current, previous, { previousName: '第一批', dimensions: ['category'] });
  const row = (key: string) => cmp.rows.find((r) => r.key === key);

  it('reproduces 727 party-government cadres (54.1%) and 618 professionals (45.9%) of 1,345', () => {
    expect(current.total).toBe(1345);
    expect(current.tables.category.rows.map((r) => [r.label, r.count, r.share])).toEqual([
      ['党政干部', 727, 54.1],
      ['专业技术人才', 618, 45.9],
      ['企事业单位管理人员', 0, 0],
    ]);
  });

  it('reproduces the −22 and +22 points against batch 1 (959 + 301 of 1,260 = 76.1% / 23.9%)', () => {
    expect(previous.tables.category.rows.map((r) => r.share)).toEqual([76.1, 23.9, 0]);
    expect(row('party_government')?.pointsChange).toBe(-22);
    expect(row('professional')?.pointsChange).toBe(22);
    expect(row('party_government')?.pointsChangeTenths).toBe(-220);
    expect(cmp.totalChange).toBe(85);
  });

  it('prints the sentences of the source', () => {
    expect(row('party_government')?.text).toBe('党政干部 727 名，占 54.1%，比第一批减少 22 个百分点');
    expect(row('professional')?.text).toBe('专业技术人才 618 名，占 45.9%，比第一批增加 22 个百分点');
  });

  it('takes the change from the rounded shares (the exact difference would round to −22.1)', () => {
    const exact = (727 / 1345 - 959 / 1260) * 100;
    expect(exact.toFixed(2)).toBe('-22.06');
    expect(row('party_government')?.pointsChange).toBe(-22);
  });

  it('compares figures known only as counts the same way', () => {
    const paper = structureFromCounts(
      'category',
      [
        { key: 'party_government', label: '党政干部', count: 959 },
        { key: 'professional', label: '专业技术人才', count: 301 },
      ],
      '2010-07-01',
    );
    const r = compareStructures(current, paper, { dimensions: ['category'] }).rows.find((x) => x.key === 'professional');
    expect(r?.pointsChange).toBe(22);
  });
});

describe('describePointsChange', () => {
  it.each([
    [-220, '减少 22 个百分点'],
    [5, '增加 0.5 个百分点'],
    [221, '增加 22.1 个百分点'],
    [0, '持平'],
  ])('%d tenths → %s', (t, s) => {
    expect(describePointsChange(t)).toBe(s);
  });
});

describe('structure dimensions', () => {
  it.each([
    ['1980-07-01', '2012-07-01', 32],
    ['1980-07-02', '2012-07-01', 31],
    ['1980-02-29', '2013-02-28', 32], // 29 February counts from 1 March in a common year
    ['1980-02-29', '2013-03-01', 33],
  ])('born %s is %d on %s… (full years)', (birth, asOf, age) => {
    expect(ageOn(birth, asOf)).toBe(age);
  });

  it('counts women, minorities, age bands, decades and post levels', () => {
    const s = computeStructure(
      [
        person({ gender: '2', ethnicity: '04', birthDate: '1977-07-01', rank: '132' }), // 35 on the day
        person({ gender: '1', ethnicity: '01', birthDate: '1977-07-02', rank: '142' }), // 34
        person({ gender: '2', ethnicity: '07', birthDate: '1966-01-01', rank: '131' }), // 46
        person({ gender: null, ethnicity: null, birthDate: null, rank: null }),
      ],
      { asOf: '2012-07-01' },
    );
    const t = (d: keyof typeof s.tables) => s.tables[d].rows.map((r) => [r.key, r.count]);
    expect(t('gender')).toEqual([
      ['male', 1],
      ['female', 2],
      ['unknown', 1],
    ]);
    expect(t('minority')).toEqual([
      ['han', 1],
      ['minority', 2],
      ['unknown', 1],
    ]);
    expect(t('age_band')).toEqual([
      ['35_and_under', 2],
      ['36_to_40', 0],
      ['41_to_45', 0],
      ['46_to_50', 1],
      ['51_and_over', 0],
      ['unknown', 1],
    ]);
    expect(s.tables.birth_decade.rows.map((r) => [r.label, r.count])).toEqual([
      ['60后', 1],
      ['70后', 2],
      ['未填写', 1],
    ]);
    expect(s.tables.rank.rows.map((r) => [r.label, r.count])).toEqual([
      ['县处级正职', 1],
      ['县处级副职', 1],
      ['乡科级副职', 1],
      ['未填写', 1],
    ]);
    expect(s.tables.gender.rows.find((r) => r.key === 'female')?.share).toBe(50);
  });

  it('labels decades as people say them', () => {
    expect(['1960s', '1990s', '2000s'].map(decadeLabel)).toEqual(['60后', '90后', '00后']);
  });
});

describe('structure targets', () => {
  const target = (patch: Partial<StructureTarget>): StructureTarget => ({
    id: 't',
    dimension: 'category',
    key: 'professional',
    label: '专业技术人才',
    direction: null,
    ...patch,
  });
  const all = computeStructure(BATCH_2, { asOf: AS_OF });

  it('reports a professional share below the target', () => {
    const [c] = checkStructureTargets([target({ minShare: 50 })], { all });
    expect(c).toMatchObject({ met: false, count: 618, share: 45.9, message: '专业技术人才占比 45.9%，低于目标 50%' });
    expect(c?.problems.map((p) => p.code)).toEqual(['SHARE_BELOW_MIN']);
  });

  it('meets a target exactly at the boundary (inclusive)', () => {
    const half = computeStructure(batch({ party_government: 5, professional: 5 }), { asOf: AS_OF });
    expect(checkStructureTargets([target({ minShare: 50 })], { all: half })[0]?.met).toBe(true);
  });

  it('does not round a miss into a pass: 49.96% fails ≥ 50% and says so with two decimals', () => {
    const near = computeStructure(batch({ party_government: 1251, professional: 1249 }), { asOf: AS_OF });
    const [c] = checkStructureTargets([target({ minShare: 50 })], { all: near });
    expect(c?.met).toBe(false);
    expect(c?.message).toBe('专业技术人才占比 49.96%，低于目标 50%');
  });

  it('checks a maximum share and a minimum count', () => {
    const checks = checkStructureTargets(
      [
        target({ id: 'pg', key: 'party_government', label: '党政干部', maxShare: 50 }),
        target({ id: 'w', dimension: 'gender', key: 'female', label: '女干部', minCount: 1 }),
      ],
      { all },
    );
    expect(checks.map((c) => c.message)).toEqual(['党政干部占比 54.1%，高于上限 50%', '女干部 0 名，少于目标 1 名']);
  });

  it('says what was met', () => {
    expect(checkStructureTargets([target({ minShare: 40 })], { all })[0]?.message).toBe('专业技术人才 618 名，占 45.9%，达到目标（不低于 40%）');
  });

  it('checks a direction target against that direction only, and an absent one as empty', () => {
    const inbound = computeStructure(batch({ party_government: 230 }), { asOf: AS_OF });
    const checks = checkStructureTargets(
      [target({ direction: 'inbound', minShare: 10 }), target({ direction: 'missing', minShare: 10 })],
      { all, byDirection: { inbound } },
    );
    expect(checks.map((c) => c.problems.map((p) => p.code))).toEqual([['SHARE_BELOW_MIN'], ['EMPTY_BATCH']]);
  });
});
