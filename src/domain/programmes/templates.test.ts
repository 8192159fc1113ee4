import { describe, expect, it } from 'vitest';
import { SUPPORTING_CITIES_7_20, SUPPORTING_CITIES_9_12, TIBETAN_AREA_COUNTY_CODES } from '../demo/geography.js';
import { BUILTIN_RULE_SETS, findBuiltinRuleSet } from '../eligibility/builtin-rule-sets.js';
import { validateProgramme } from './programme.js';
import { ruleSetFor } from './screening.js';
import { shareOf } from './structure.js';
import { findTemplate, instantiateTemplate, instantiateTemplateGroup, PROGRAMME_TEMPLATES, TEMPLATE_GROUPS, type ProgrammeTemplate } from './templates.js';
import type { ProgrammeDraft, ProgrammeOwner } from './types.js';

const OWNER: ProgrammeOwner = { userId: 7, name: '省委组织部干部二处', unitId: 1 };
const KNOWN = new Set(BUILTIN_RULE_SETS.map((r) => r.id));

function tpl(id: string): ProgrammeTemplate {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

function draft(id: string, launchDate = '2026-03-02'): ProgrammeDraft {
  const r = instantiateTemplate(id, { launchDate, owner: OWNER });
  if (!r.ok) throw new Error(r.message);
  return r.programme;
}

const figure = (t: ProgrammeTemplate, id: string): number | undefined => t.figures.find((f) => f.id === id)?.value;
const directionTarget = (p: ProgrammeDraft, key: string): number | undefined =>
  p.quotas.lines.find((l) => l.dimension === 'direction' && l.key === key)?.target;

describe('every template', () => {
  it.each(PROGRAMME_TEMPLATES.map((t) => [t.id]))('%s instantiates into a valid draft', (id) => {
    const p = draft(id);
    expect(p.state).toBe('draft');
    expect(p.templateId).toBe(id);
    expect(p.owner).toEqual(OWNER);
    expect(validateProgramme(p, { knownRuleSetIds: KNOWN })).toEqual([]);
  });

  it('names only built-in rule sets', () => {
    for (const t of PROGRAMME_TEMPLATES) {
      for (const a of t.spec.ruleSets) for (const id of [a.ruleSetId, ...a.alternativeRuleSetIds]) expect(KNOWN.has(id), `${t.id}: ${id}`).toBe(true);
    }
  });

  it('has unique ids and groups pointing at existing templates', () => {
    expect(new Set(PROGRAMME_TEMPLATES.map((t) => t.id)).size).toBe(PROGRAMME_TEMPLATES.length);
    for (const g of TEMPLATE_GROUPS) for (const id of g.templateIds) expect(findTemplate(id), id).toBeDefined();
  });
});

describe('Sichuan 2012 batch 2: two-way Tibet-aid dispatch', () => {
  const t = tpl('sichuan-2012-tibet-aid-batch-2');
  const p = draft(t.id);

  it('plans 1,575 = 1,345 out + 230 in', () => {
    expect(p.kind).toBe('tibet_aid_two_way');
    expect(p.batch).toBe(2);
    expect(p.quotas.total.target).toBe(1575);
    expect(directionTarget(p, 'outbound')).toBe(1345);
    expect(directionTarget(p, 'inbound')).toBe(230);
    expect((directionTarget(p, 'outbound') ?? 0) + (directionTarget(p, 'inbound') ?? 0)).toBe(figure(t, 'total'));
    expect(t.previousBatch).toEqual({ batch: 1, total: 1260 });
  });

  it('sends out for 24 months and in for two batches of 12 months', () => {
    expect(p.terms.map((x) => [x.direction, x.months, x.rounds])).toEqual([
      ['outbound', 24, 1],
      ['inbound', 12, 2],
    ]);
  });

  it('pairs 7 cities with 20 counties and 9 cities with the other 12, covering the 32 counties once', () => {
    const mode = (m: string) => p.pairings.filter((x) => x.mode === m);
    const cities = (m: string) => [...new Set(mode(m).map((x) => x.sourceKey))].sort();
    const counties = (m: string) => new Set(mode(m).flatMap((x) => x.supportedKeys));
    expect(cities('7+20')).toEqual([...SUPPORTING_CITIES_7_20].sort());
    expect(cities('9+12')).toEqual([...SUPPORTING_CITIES_9_12].sort());
    expect(counties('7+20').size).toBe(20);
    expect(counties('9+12').size).toBe(12);
    const union = new Set([...counties('7+20'), ...counties('9+12')]);
    expect([...union].sort()).toEqual([...TIBETAN_AREA_COUNTY_CODES].sort());
  });

  it('sets the per-county minimums for outbound placements in the 32 counties', () => {
    expect(p.quotas.destinationMinimums.map((m) => [m.id, m.min ?? null, m.target ?? null, m.destinations?.length])).toEqual([
      ['teacher', 5, null, 32],
      ['doctor', 5, null, 32],
      ['housing', null, 1, 32],
      ['transport', null, 1, 32],
      ['agriculture', null, 1, 32],
    ]);
  });

  it.each([
    ['outbound', 'county_team_deputy', 'sichuan-tibet-aid-county-deputy'],
    ['outbound', 'department_deputy', 'sichuan-tibet-aid-department-deputy-or-secretary'],
    ['outbound', 'township_party_secretary', 'sichuan-tibet-aid-department-deputy-or-secretary'],
    ['outbound', 'village_first_secretary', 'sichuan-tibet-aid-department-deputy-or-secretary'],
    ['outbound', 'teacher', 'sichuan-tibet-aid-professional'],
    ['outbound', 'doctor', 'sichuan-tibet-aid-professional'],
    ['outbound', 'technician', 'sichuan-tibet-aid-professional'],
    ['inbound', 'department_deputy', 'sichuan-tibet-aid-inbound'],
    ['inbound', 'county_team_deputy', 'sichuan-tibet-aid-inbound'],
  ])('screens %s %s with %s', (direction, postKind, ruleSetId) => {
    expect(ruleSetFor(p, direction, postKind)?.ruleSetId).toBe(ruleSetId);
  });

  it('has no rule set for a post kind the source does not name', () => {
    expect(ruleSetFor(p, 'outbound', 'enterprise_manager')).toBeNull();
  });

  it('keeps the structure figures the source states, consistent with their counts', () => {
    expect(figure(t, 'party_government')).toBe(727);
    expect(figure(t, 'professional')).toBe(618);
    expect(figure(t, 'party_government_share')).toBe(shareOf(727, 1345));
    expect(figure(t, 'professional_share')).toBe(shareOf(618, 1345));
    expect((figure(t, 'party_government') ?? 0) + (figure(t, 'professional') ?? 0)).toBe(figure(t, 'outbound'));
  });
});

describe('Sichuan 2016 batch 4: open selection', () => {
  const p = draft('sichuan-2016-open-selection-batch-4');

  it('plans 925 people for the 32 counties, compared with batch 3', () => {
    expect(p.kind).toBe('open_selection');
    expect(p.batch).toBe(4);
    expect(p.quotas.total.target).toBe(925);
    expect(p.destinations.map((d) => d.key).sort()).toEqual([...TIBETAN_AREA_COUNTY_CODES].sort());
    expect(tpl(p.templateId ?? '').previousBatch).toEqual({ batch: 3, total: null });
    expect(p.quotas.destinationMinimums).toHaveLength(5);
  });
});

describe('Kaijiang 三百工程: three sub-programmes of 100', () => {
  const r = instantiateTemplateGroup('kaijiang-2017-three-hundred', { launchDate: '2026-03-02', owner: OWNER });

  it('instantiates mutual, outbound and college training, 100 each', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.programmes.map((p) => [p.kind, p.quotas.total.target, p.umbrella?.name])).toEqual([
      ['mutual_secondment', 100, '开江县干部人才培育“三百工程”'],
      ['outbound_secondment', 100, '开江县干部人才培育“三百工程”'],
      ['college_training', 100, '开江县干部人才培育“三百工程”'],
    ]);
    expect(r.programmes.reduce((s, p) => s + (p.quotas.total.target ?? 0), 0)).toBe(300);
  });

  it('keeps the 2017 progress figures: 29 mutual, 43 outbound, 97 trained', () => {
    expect(['kaijiang-2017-mutual', 'kaijiang-2017-outbound', 'kaijiang-2017-college-training'].map((id) => figure(tpl(id), 'done_2017'))).toEqual([29, 43, 97]);
  });

  it('gives out-of-county secondees insurance, 30 yuan a day and one trip home a month', () => {
    expect(draft('kaijiang-2017-outbound').benefits).toEqual({
      appliesTo: '在县外挂职的干部',
      dailyAllowanceYuan: 30,
      paidRoundTripsHomePerMonth: 1,
      accidentInsurance: true,
    });
  });

  it('sends outbound secondees to Chengdu, Deyang and Meishan', () => {
    expect(draft('kaijiang-2017-outbound').destinations.map((d) => d.name)).toEqual(['成都市', '德阳市', '眉山市']);
  });
});

describe('Shanxi: select up 200, send down 500', () => {
  const up = draft('shanxi-select-up');
  const down = draft('shanxi-send-down');
  const ruleJson = (id: string): string => JSON.stringify(findBuiltinRuleSet(id));

  it('selects up 200 = 60 provincial + 140 municipal', () => {
    expect(up.quotas.total.target).toBe(200);
    expect([directionTarget(up, 'provincial'), directionTarget(up, 'municipal')]).toEqual([60, 140]);
  });

  it('sends down 500 = 200 township secretaries + 300 heads or deputy secretaries', () => {
    expect(down.quotas.total.target).toBe(500);
    expect(down.quotas.lines.map((l) => [[l.key, ...(l.alsoKeys ?? [])], l.target])).toEqual([
      [['township_party_secretary'], 200],
      [['township_head', 'township_deputy_secretary'], 300],
    ]);
  });

  it('caps ages by level through the rule sets: 45 provincial, 50 municipal, 40 exceptional heads', () => {
    const provincial = ruleSetFor(up, 'provincial', 'department_deputy');
    const municipal = ruleSetFor(up, 'municipal', 'department_deputy');
    expect(ruleJson(provincial?.ruleSetId ?? '')).toContain('"fact":"age","max":45');
    expect(ruleJson(municipal?.ruleSetId ?? '')).toContain('"fact":"age","max":50');
    expect(provincial?.alternativeRuleSetIds).toEqual(['shanxi-select-up-exceptional-township-head']);
    expect(ruleJson('shanxi-select-up-exceptional-township-head')).toContain('"fact":"age","max":40');
  });

  it('caps send-down ages at 38 for division level and 32 for section level', () => {
    const secretary = ruleSetFor(down, 'down', 'township_party_secretary')?.ruleSetId ?? '';
    expect(secretary).toBe('shanxi-send-down-township-secretary');
    expect(ruleJson(secretary)).toContain('"fact":"age","max":38');
    expect(ruleJson(secretary)).toContain('"fact":"age","max":32');
    expect(ruleSetFor(down, 'down', 'township_deputy_secretary')?.ruleSetId).toBe('shanxi-send-down-township-deputy-secretary');
  });

  it('sets no term for 墩苗, with the special assessment after 2–3 years', () => {
    expect(down.terms).toEqual([expect.objectContaining({ direction: 'down', months: null, assessmentAfterMonths: { min: 24, max: 36 } })]);
  });
});

describe('Ali exchange', () => {
  const p = draft('ali-2023-exchange');

  it('has the five kinds of exchange as directions', () => {
    expect(p.directions.map((d) => d.label)).toEqual(['轮岗性交流', '适应性交流', '培养性交流', '结构性交流', '关怀性交流']);
  });

  it('triggers rotation after 7 years in one department, with the 6-month follow-up after promotion', () => {
    expect(p.rotation).toEqual({ triggerYears: 7, ruleSetId: 'ali-rotation-seven-years', promotionReviewMonths: 6 });
    expect(ruleSetFor(p, 'rotation', 'department_head')?.ruleSetId).toBe('ali-rotation-seven-years');
  });
});

describe('instantiateTemplate', () => {
  it('plans the key dates in working days from the launch, around National Day 2025', () => {
    expect(draft('sichuan-2012-tibet-aid-batch-2', '2025-09-15').keyDates).toEqual({
      launch: '2025-09-15',
      demandDeadline: '2025-09-28', // 10 working days, the make-up Sunday included
      applicationDeadline: '2025-10-17', // over the 1–8 October break
      screeningEnd: '2025-10-24',
      vettingStart: '2025-10-27',
      vettingEnd: '2025-11-14',
      noticeStart: '2025-11-24',
      noticeEnd: '2025-11-28',
      finalise: '2025-12-01',
      termStart: '2026-01-01',
    });
  });

  it('skips demand collection where the template collects none', () => {
    const p = draft('kaijiang-2017-college-training', '2026-03-02');
    expect(p.keyDates.demandDeadline).toBeNull();
    expect(p.keyDates.applicationDeadline).toBe('2026-03-16');
  });

  it('takes the options given', () => {
    const r = instantiateTemplate('sichuan-2016-open-selection-batch-4', {
      launchDate: '2026-03-02',
      owner: OWNER,
      name: '第五批对口支援帮扶藏区干部人才公开遴选',
      batch: 5,
      previousBatchId: 41,
      termStart: '2026-09-05',
      schedule: { noticeWorkingDays: 7 },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.programme.name, r.programme.batch, r.programme.previousBatchId, r.programme.keyDates.termStart]).toEqual([
      '第五批对口支援帮扶藏区干部人才公开遴选',
      5,
      41,
      '2026-09-05',
    ]);
  });

  it('answers an unknown template with a code and a message', () => {
    expect(instantiateTemplate('nope', { launchDate: '2026-03-02', owner: OWNER })).toEqual({
      ok: false,
      code: 'TEMPLATE_NOT_FOUND',
      message: '模板“nope”不存在',
    });
    expect(instantiateTemplateGroup('nope', { launchDate: '2026-03-02', owner: OWNER }).ok).toBe(false);
  });
});
