// The screening result as a table with reasons, ready for an Excel writer (src/io, exceljs)
// or a UI grid: one row per person, the conclusion, the deciding reasons, and one column per
// rule with '符合' or the rule's message. Pure data: no exceljs types here.

import type { Evaluation } from './evaluate.js';
import type { Funnel } from './funnel.js';
import type { RuleSet } from './rule-schema.js';
import { buildRuleTree, nodeName } from './rule-tree.js';

export interface TableColumn {
  key: string;
  /** Chinese header. */
  header: string;
  /** Suggested width in characters. */
  width: number;
}

export type TableCell = string | number;

export interface ResultTable {
  /** Sheet title, e.g. '资格筛查结果'. */
  title: string;
  /** Lines above the header: rule set, version, reference date. */
  caption: string[];
  columns: TableColumn[];
  rows: Array<Record<string, TableCell>>;
}

/** What the table shows of a person besides the evaluation (from the registry). */
export interface PersonLabel {
  name: string;
  unitName?: string | null;
  post?: string | null;
}

/**
 * One row per evaluation, in the order given. `people` gives names and posts by person id;
 * ids without an entry show the id only.
 */
export function screeningResultTable(
  ruleSet: RuleSet,
  evaluations: readonly Evaluation[],
  people: ReadonlyMap<number, PersonLabel> = new Map(),
): ResultTable {
  const leaves = buildRuleTree(ruleSet).leaves;
  const refDate = evaluations[0]?.refDate ?? '';
  const columns: TableColumn[] = [
    { key: 'seq', header: '序号', width: 6 },
    { key: 'personId', header: '人员编号', width: 10 },
    { key: 'name', header: '姓名', width: 10 },
    { key: 'unit', header: '单位', width: 24 },
    { key: 'post', header: '现任职务', width: 20 },
    { key: 'eligible', header: '筛查结论', width: 10 },
    { key: 'reasons', header: '不符合原因', width: 60 },
    ...leaves.map((l) => ({ key: `rule:${l.id}`, header: nodeName(l), width: 30 })),
  ];
  const rows = evaluations.map((ev, i) => {
    const person = people.get(ev.personId);
    const row: Record<string, TableCell> = {
      seq: i + 1,
      personId: ev.personId,
      name: person?.name ?? '',
      unit: person?.unitName ?? '',
      post: person?.post ?? '',
      eligible: ev.eligible ? '符合' : '不符合',
      reasons: ev.reasons.map((r) => r.message).join('；'),
    };
    for (const o of ev.outcomes) row[`rule:${o.ruleId}`] = o.passed ? '符合' : o.message;
    return row;
  });
  return {
    title: '资格筛查结果',
    caption: [`规则集：${ruleSet.name}（${ruleSet.id}，第 ${ruleSet.version} 版）`, `参照日期：${refDate}`, `共 ${rows.length} 人，符合 ${evaluations.filter((e) => e.eligible).length} 人`],
    columns,
    rows,
  };
}

/** The funnel as a table: step, people remaining, people removed. */
export function funnelTable(funnel: Funnel): ResultTable {
  return {
    title: '筛查漏斗',
    caption: [`规则集：${funnel.ruleSetId}（第 ${funnel.ruleSetVersion} 版）`, `参照日期：${funnel.refDate}`],
    columns: [
      { key: 'step', header: '条件', width: 30 },
      { key: 'remaining', header: '剩余人数', width: 12 },
      { key: 'removed', header: '本条件排除人数', width: 16 },
    ],
    rows: [
      { step: '参加筛查', remaining: funnel.total, removed: 0 },
      ...funnel.steps.map((s) => ({ step: s.name, remaining: s.remaining, removed: s.removed })),
      ...(funnel.undecided > 0 ? [{ step: '健康状况待核（未解密）', remaining: funnel.undecided, removed: 0 }] : []),
    ],
  };
}
