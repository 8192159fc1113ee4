import { describe, expect, it } from 'vitest';
import { SHANXI_SELECT_UP_PROVINCIAL } from './builtin-rule-sets.js';
import { evaluatePerson } from './evaluate.js';
import { computeFacts } from './facts.js';
import { computeFunnel } from './funnel.js';
import { funnelTable, screeningResultTable } from './result-table.js';
import { buildPerson } from './test-support.js';

const REF = '2025-05-17';

describe('screeningResultTable', () => {
  it('has one row per person with the conclusion, the reasons and a column per rule', () => {
    const facts = [buildPerson({ id: 7 }), buildPerson({ id: 8, birthDate: '1979-05-17' })].map((p) => computeFacts(p, REF));
    const table = screeningResultTable(
      SHANXI_SELECT_UP_PROVINCIAL,
      facts.map((f) => evaluatePerson(SHANXI_SELECT_UP_PROVINCIAL, f, REF)),
      new Map([[8, { name: '李四', unitName: '某镇', post: '镇党委书记' }]]),
    );
    expect(table.columns.map((c) => c.header).slice(0, 8)).toEqual(['序号', '人员编号', '姓名', '单位', '现任职务', '筛查结论', '不符合原因', '现任乡镇（街道）党（工）委书记']);
    expect(table.rows[0]).toMatchObject({ seq: 1, personId: 7, eligible: '符合', reasons: '' });
    expect(table.rows[1]).toMatchObject({
      name: '李四',
      eligible: '不符合',
      'rule:secretary-age': '年龄 46 岁，超过省直单位任职上限 45 岁',
      'rule:appraisals': '符合',
    });
    expect(String(table.rows[1]?.reasons)).toContain('年龄 46 岁，超过省直单位任职上限 45 岁');
    expect(table.caption[2]).toBe('共 2 人，符合 1 人');

    const funnel = funnelTable(computeFunnel(SHANXI_SELECT_UP_PROVINCIAL, facts, REF));
    expect(funnel.rows.map((r) => [r.step, r.remaining])).toEqual([
      ['参加筛查', 2],
      ['人选来源', 1],
      ['近 3 年年度考核称职以上', 1],
      ['具有正常履行职责的身体条件', 1],
    ]);
  });
});
