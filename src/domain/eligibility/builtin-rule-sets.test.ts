// Boundary tests for every built-in rule set: the birthday on the reference date, cumulative
// stints of exactly N years and one day short, a missing appraisal year, in-service vs
// full-time bachelor, a rank just outside the allowed set.
import { describe, expect, it } from 'vitest';
import {
  ALI_ROTATION_SEVEN_YEARS,
  BUILTIN_RULE_SETS,
  KAIJIANG_COLLEGE_TRAINING,
  KAIJIANG_MUTUAL,
  KAIJIANG_OUTBOUND,
  SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD,
  SHANXI_SELECT_UP_MUNICIPAL,
  SHANXI_SELECT_UP_PROVINCIAL,
  SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY,
  SHANXI_SEND_DOWN_TOWNSHIP_HEAD,
  SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY,
  SICHUAN_TIBET_AID_COUNTY_DEPUTY,
  SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY,
  SICHUAN_TIBET_AID_INBOUND,
  SICHUAN_TIBET_AID_PROFESSIONAL,
  findBuiltinRuleSet,
} from './builtin-rule-sets.js';
import { evaluatePerson, type Evaluation } from './evaluate.js';
import { unitFactsFrom, type FactsPerson } from './facts.js';
import { RuleSetSchema, type RuleSet } from './rule-schema.js';
import { buildRuleTree } from './rule-tree.js';
import { appointment, buildPerson, education, TEST_UNITS } from './test-support.js';

const REF = '2025-05-17';
const unitFactsOf = unitFactsFrom(TEST_UNITS);

function evaluate(rs: RuleSet, overrides: Partial<FactsPerson> = {}, ref = REF): Evaluation {
  const person = buildPerson(overrides);
  return evaluatePerson(rs, { person, unit: unitFactsOf(person.unitId) }, ref);
}
const outcome = (ev: Evaluation, ruleId: string) => ev.outcomes.find((o) => o.ruleId === ruleId);
const reasonCodes = (ev: Evaluation) => ev.reasons.map((r) => `${r.ruleId}:${r.code}`);

describe('the built-in rule sets', () => {
  it('are valid rule sets with unique ids, Chinese names and notes citing the source', () => {
    expect(new Set(BUILTIN_RULE_SETS.map((r) => r.id)).size).toBe(BUILTIN_RULE_SETS.length);
    for (const rs of BUILTIN_RULE_SETS) {
      expect(RuleSetSchema.safeParse(rs).success, rs.id).toBe(true);
      expect(rs.note, rs.id).toMatch(/来源：/);
      expect(rs.name, rs.id).toMatch(/[\u4e00-\u9fff]/);
      // Every rule has an explicit id: reasons, funnels and what-if refer to them.
      for (const leaf of buildRuleTree(rs).leaves) {
        expect(leaf.source.id, `${rs.id}/${leaf.id}`).toBeDefined();
        expect(leaf.label, `${rs.id}/${leaf.id}`).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(findBuiltinRuleSet(rs.id)).toBe(rs);
    }
  });
});

describe('Shanxi select-up (乡镇党委书记到省市直单位任职)', () => {
  it('accepts the reference secretary', () => {
    expect(evaluate(SHANXI_SELECT_UP_PROVINCIAL)).toMatchObject({ eligible: true, reasons: [] });
  });

  it('rejects for the provincial post a secretary whose 46th birthday is the reference date', () => {
    const ev = evaluate(SHANXI_SELECT_UP_PROVINCIAL, { birthDate: '1979-05-17' });
    expect(ev.eligible).toBe(false);
    expect(outcome(ev, 'secretary-age')).toMatchObject({ code: 'AGE_OVER_MAX', required: { max: 45 }, actual: 46, message: '年龄 46 岁，超过省直单位任职上限 45 岁' });
    // One day later born: still 45, accepted.
    expect(evaluate(SHANXI_SELECT_UP_PROVINCIAL, { birthDate: '1979-05-18' }).eligible).toBe(true);
    // The municipal cap is 50: the same person passes there.
    expect(evaluate(SHANXI_SELECT_UP_MUNICIPAL, { birthDate: '1979-05-17' }).eligible).toBe(true);
    expect(outcome(evaluate(SHANXI_SELECT_UP_MUNICIPAL, { birthDate: '1974-05-17' }), 'secretary-age')?.message).toBe('年龄 51 岁，超过市直单位任职上限 50 岁');
    expect(evaluate(SHANXI_SELECT_UP_MUNICIPAL, { birthDate: '1974-05-18' }).eligible).toBe(true);
  });

  it('needs 3 cumulative years as township secretary: exactly 3 passes, one day short fails', () => {
    const stints = (secondStart: string) => [
      appointment({ startDate: '2018-03-01', endDate: '2020-03-01', postKind: 'township_party_secretary', unitId: 4 }),
      appointment({ startDate: '2020-03-01', endDate: '2022-01-01', postKind: 'township_head', unitId: 4 }),
      appointment({ startDate: secondStart, postKind: 'township_party_secretary', unitId: 4 }),
    ];
    const exact = evaluate(SHANXI_SELECT_UP_PROVINCIAL, { appointments: stints('2024-05-17') });
    expect(exact.eligible).toBe(true);
    expect(outcome(exact, 'secretary-years')).toMatchObject({ code: 'POST_KIND_YEARS_OK', actual: { years: 3 } });
    const short = evaluate(SHANXI_SELECT_UP_PROVINCIAL, { appointments: stints('2024-05-18') });
    expect(short.eligible).toBe(false);
    expect(reasonCodes(short)).toContain('secretary-years:POST_KIND_YEARS_TOO_FEW');
    expect(outcome(short, 'secretary-years')?.message).toBe('累计任乡镇党委书记 2 年（共 1095 天），不足要求 3 年');
  });

  it('fails a missing appraisal year with its own reason, and a low grade with another', () => {
    const missing = evaluate(SHANXI_SELECT_UP_PROVINCIAL, {
      appraisals: [
        { year: 2024, grade: 'excellent' },
        { year: 2023, grade: 'competent' },
        // 2022 missing; 2021 does not make up for it
        { year: 2021, grade: 'excellent' },
      ],
    });
    expect(missing.eligible).toBe(false);
    expect(outcome(missing, 'appraisals')).toMatchObject({ code: 'APPRAISAL_MISSING', passed: false });
    expect(outcome(missing, 'appraisals')?.message).toContain('2022 年度考核结果缺失');

    const low = evaluate(SHANXI_SELECT_UP_PROVINCIAL, {
      appraisals: [
        { year: 2024, grade: 'basically_competent' },
        { year: 2023, grade: 'competent' },
      ],
    });
    expect(outcome(low, 'appraisals')?.code).toBe('APPRAISAL_BELOW');
    expect(outcome(low, 'appraisals')?.message).toContain('2024 年度考核为基本称职，低于称职；2022 年度考核结果缺失');
    // The reference year's own appraisal is not one of "the last 3 years".
    const withCurrent = evaluate(SHANXI_SELECT_UP_PROVINCIAL, {
      appraisals: [
        { year: 2025, grade: 'incompetent' },
        { year: 2024, grade: 'competent' },
        { year: 2023, grade: 'competent' },
        { year: 2022, grade: 'competent' },
      ],
    });
    expect(withCurrent.eligible).toBe(true);
  });

  it('reads 大学以上 as including 大学专科, full-time or in-service', () => {
    const ev = evaluate(SHANXI_SELECT_UP_PROVINCIAL, { education: [education('inservice', '31')] });
    expect(ev.eligible).toBe(true);
    const below = evaluate(SHANXI_SELECT_UP_PROVINCIAL, { education: [education('fulltime', '41'), education('inservice', '33')] });
    expect(outcome(below, 'education')).toMatchObject({ code: 'EDUCATION_BELOW', actual: '40' });
  });

  it('lets an exceptional township head in only with a full-time bachelor, by 40', () => {
    const head = { postKind: 'township_head', birthDate: '1985-05-17', appointments: [appointment({ startDate: '2021-01-01', postKind: 'township_head', unitId: 4 })] };
    const ok = evaluate(SHANXI_SELECT_UP_PROVINCIAL, head);
    expect(ok.eligible).toBe(true);
    expect(ok.paths.map((p) => [p.label, p.passed])).toEqual([
      ['乡镇党委书记', false],
      ['特别优秀的乡镇长', true],
    ]);
    // In-service bachelor on top of a full-time 专科: not a full-time bachelor.
    const inService = evaluate(SHANXI_SELECT_UP_PROVINCIAL, { ...head, education: [education('fulltime', '31'), education('inservice', '21', '学士')] });
    expect(inService.eligible).toBe(false);
    expect(outcome(inService, 'head-education')).toMatchObject({ code: 'EDUCATION_BELOW', actual: '30', message: '全日制学历为大学专科，低于要求的全日制大学本科及以上' });
    // The 41st birthday on the reference date.
    const old = evaluate(SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD, { ...head, birthDate: '1984-05-17' });
    expect(reasonCodes(old)).toEqual(['head-age:AGE_OVER_MAX']);
    expect(evaluate(SHANXI_SELECT_UP_EXCEPTIONAL_TOWNSHIP_HEAD, { ...head, birthDate: '1984-05-18' }).eligible).toBe(true);
  });

  it('reads 正常履行职责的身体条件 as healthy or fair; ill or unrecorded fails', () => {
    expect(evaluate(SHANXI_SELECT_UP_PROVINCIAL, { health: 'fair' }).eligible).toBe(true);
    expect(reasonCodes(evaluate(SHANXI_SELECT_UP_PROVINCIAL, { health: 'ill' }))).toEqual(['health:HEALTH_NOT_ALLOWED']);
    expect(reasonCodes(evaluate(SHANXI_SELECT_UP_PROVINCIAL, { health: null }))).toEqual(['health:HEALTH_MISSING']);
  });
});

describe('Shanxi send-down (派下去“墩苗”)', () => {
  const young = { unitId: 1, postKind: 'staff', rank: '141', birthDate: '1993-05-18', appointments: [] };

  it('accepts a 正科 of 32 for township secretary, not one whose 33rd birthday is the reference date', () => {
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, young).eligible).toBe(true);
    const ev = evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, birthDate: '1992-05-17' });
    expect(ev.eligible).toBe(false);
    expect(outcome(ev, 'section-age')?.message).toBe('年龄 33 岁，超过科级干部上限 32 岁');
  });

  it('gives 处级 cadres the cap of 38', () => {
    const division = { ...young, rank: '132', birthDate: '1986-05-18' };
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, division).eligible).toBe(true);
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...division, birthDate: '1986-05-17' }).eligible).toBe(false);
  });

  it('rejects a rank just outside the allowed set', () => {
    // Township secretary: 正处, 副处 or 正科 — 副科 is just below, 副厅 just above.
    const deputySection = evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, rank: '142' });
    expect(deputySection.eligible).toBe(false);
    expect(outcome(deputySection, 'section-level-rank')).toMatchObject({ code: 'RANK_NOT_IN_SET', actual: '142' });
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, rank: '122', birthDate: '1990-01-01' }).eligible).toBe(false);
    // Township head: 副处 or 正科 — 正处 is just outside.
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_HEAD, { ...young, rank: '132', birthDate: '1990-01-01' }).eligible).toBe(true);
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_HEAD, { ...young, rank: '131', birthDate: '1990-01-01' }).eligible).toBe(false);
    // Deputy secretary: 正科 or 副科 — 副处 and 科员 are just outside.
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY, { ...young, rank: '142' }).eligible).toBe(true);
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY, { ...young, rank: '132' }).eligible).toBe(false);
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_DEPUTY_SECRETARY, { ...young, rank: '150' }).eligible).toBe(false);
  });

  it('accepts the equivalent 职级 (一级主任科员 = 正科)', () => {
    const ev = evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, rank: '150', grade: 'G07' });
    expect(ev.eligible).toBe(true);
    expect(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, rank: '150', grade: 'G09' }).eligible).toBe(false);
  });

  it('needs a full-time bachelor: an in-service one does not do', () => {
    const ev = evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, education: [education('fulltime', '31'), education('inservice', '21')] });
    expect(reasonCodes(ev)).toEqual(['education:EDUCATION_BELOW']);
  });

  it('needs a full Party member in good health from a unit above the townships', () => {
    expect(reasonCodes(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, politicalStatus: '02' }))).toEqual(['party-member:POLITICAL_STATUS_NOT_ALLOWED']);
    expect(reasonCodes(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, health: 'fair' }))).toEqual(['health:HEALTH_NOT_ALLOWED']);
    expect(reasonCodes(evaluate(SHANXI_SEND_DOWN_TOWNSHIP_SECRETARY, { ...young, unitId: 4 }))).toEqual(['source-level:UNIT_LEVEL_NOT_ALLOWED']);
  });
});

describe('Sichuan Tibet-aid (援藏)', () => {
  const countyAndTownship = {
    unitId: 3,
    postKind: 'department_head',
    appointments: [
      appointment({ startDate: '2012-01-01', endDate: '2016-01-01', postKind: 'township_head', unitId: 4 }),
      appointment({ startDate: '2016-01-01', postKind: 'department_head', unitId: 3 }),
    ],
  };

  it('county deputy: a reserve cadre who has worked at county and township level', () => {
    expect(evaluate(SICHUAN_TIBET_AID_COUNTY_DEPUTY, countyAndTownship).eligible).toBe(true);
    const noTownship = evaluate(SICHUAN_TIBET_AID_COUNTY_DEPUTY, { ...countyAndTownship, appointments: countyAndTownship.appointments.slice(1) });
    expect(reasonCodes(noTownship)).toEqual(['township-experience:EXPERIENCE_MISSING']);
    expect(reasonCodes(evaluate(SICHUAN_TIBET_AID_COUNTY_DEPUTY, { ...countyAndTownship, isReserve: false }))).toEqual(['reserve:NOT_RESERVE']);
  });

  it('department deputy or secretary: a reserve cadre', () => {
    expect(evaluate(SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY).eligible).toBe(true);
    expect(evaluate(SICHUAN_TIBET_AID_DEPARTMENT_DEPUTY_OR_SECRETARY, { isReserve: false }).eligible).toBe(false);
  });

  it('professional: intermediate title and exactly 3 years of professional work; one day short fails', () => {
    const doctor = (obtainedDate: string, level: 'intermediate' | 'junior' = 'intermediate') => ({
      category: 'party_government' as const,
      titles: [{ series: 'doctor', level, name: '主治医师', obtainedDate }],
    });
    expect(evaluate(SICHUAN_TIBET_AID_PROFESSIONAL, doctor('2022-05-17')).eligible).toBe(true);
    const short = evaluate(SICHUAN_TIBET_AID_PROFESSIONAL, doctor('2022-05-18'));
    expect(outcome(short, 'professional-years')).toMatchObject({ code: 'PROFESSIONAL_YEARS_TOO_FEW', actual: 2 });
    expect(reasonCodes(evaluate(SICHUAN_TIBET_AID_PROFESSIONAL, doctor('2010-01-01', 'junior')))).toEqual(['title:TITLE_BELOW']);
    // A professional counts from the work start.
    const professional = evaluate(SICHUAN_TIBET_AID_PROFESSIONAL, { ...doctor('2024-01-01'), category: 'professional', workStartDate: '2022-05-17' });
    expect(professional.eligible).toBe(true);
  });

  it('inbound: a reserve cadre of a Tibetan-area unit', () => {
    expect(evaluate(SICHUAN_TIBET_AID_INBOUND, { unitId: 3 }).eligible).toBe(true);
    expect(reasonCodes(evaluate(SICHUAN_TIBET_AID_INBOUND, { unitId: 1 }))).toEqual(['tibetan-area:NOT_TIBETAN_AREA']);
  });
});

describe('Kaijiang 三百工程', () => {
  it('outbound: section-level leaders or young pool cadres', () => {
    expect(evaluate(KAIJIANG_OUTBOUND, { rank: '142' }).eligible).toBe(true);
    const clerk = evaluate(KAIJIANG_OUTBOUND, { rank: '150' });
    expect(clerk.eligible).toBe(false);
    expect(clerk.paths.map((p) => p.failedRuleIds)).toEqual([['section-leader'], ['young-pool']]);
    expect(evaluate(KAIJIANG_OUTBOUND, { rank: '150', poolTier: 'township' }).eligible).toBe(true);
  });

  it('mutual: pool cadres or those recommended by their unit', () => {
    expect(evaluate(KAIJIANG_MUTUAL).eligible).toBe(false);
    expect(evaluate(KAIJIANG_MUTUAL, { tags: ['单位推荐'] }).eligible).toBe(true);
    expect(evaluate(KAIJIANG_MUTUAL, { poolTier: 'county', category: 'professional' }).eligible).toBe(true);
  });

  it('college training: 副科 and above, not 科员', () => {
    expect(evaluate(KAIJIANG_COLLEGE_TRAINING, { rank: '142' }).eligible).toBe(true);
    expect(outcome(evaluate(KAIJIANG_COLLEGE_TRAINING, { rank: '150' }), 'section-or-above')?.code).toBe('RANK_BELOW_MIN');
  });
});

describe('Ali 7-year rotation trigger', () => {
  const leader = (start: string, unitId = 3) => ({
    unitId: 3,
    postKind: 'department_deputy',
    appointments: [
      appointment({ startDate: start, endDate: '2021-01-01', postKind: 'department_deputy', unitId }),
      appointment({ startDate: '2021-01-01', postKind: 'department_head', unitId: 3 }),
    ],
  });

  it('triggers at exactly 7 years in the same department, not one day short', () => {
    expect(evaluate(ALI_ROTATION_SEVEN_YEARS, leader('2018-05-17')).eligible).toBe(true);
    const short = evaluate(ALI_ROTATION_SEVEN_YEARS, leader('2018-05-18'));
    expect(outcome(short, 'leadership-years')).toMatchObject({ code: 'POST_KIND_YEARS_TOO_FEW', actual: { years: 6 } });
  });

  it('does not count leadership in another unit', () => {
    expect(evaluate(ALI_ROTATION_SEVEN_YEARS, leader('2010-01-01', 6)).eligible).toBe(false);
  });
});
