// The screening funnel: how many people remain after each top-level rule, in order, and how
// many each rule removes. Steps are the root's children when the root is `all`, else the root
// alone (see rule-tree `steps`). The order is the rule set's: reorder the rules to see another
// funnel. The database variant (src/db/eligibility-sql.ts funnelInDatabase) returns the same
// shape.

import { compileFirstFailure } from './evaluate.js';
import type { PersonFacts } from './facts.js';
import type { RuleSet } from './rule-schema.js';
import { buildRuleTree, nodeName } from './rule-tree.js';
import type { IsoDate } from '../registry/types.js';

export interface FunnelStep {
  id: string;
  /** Chinese name of the step (label, else id). */
  name: string;
  /** People left after this step. */
  remaining: number;
  /** People this step removed (remaining of the previous step minus remaining here). */
  removed: number;
}

export interface Funnel {
  ruleSetId: string;
  ruleSetVersion: number;
  refDate: IsoDate;
  /** People screened. */
  total: number;
  steps: FunnelStep[];
  /** People left after the last step (remaining of the last step, or total with no steps). */
  eligible: number;
  /**
   * People whose outcome could not be decided (the database funnel without a health
   * decryptor); they are counted in the steps they surely passed and nowhere after.
   */
  undecided: number;
}

/**
 * Builds the funnel from counts by first failed step: `failedAt[i]` people failed step i
 * first; `failedAt[steps.length]` (or missing) is everyone who passed all steps.
 * `undecidedAt[i]` people passed steps before i and could not be decided at step i.
 */
export function funnelFromCounts(
  ruleSet: RuleSet,
  refDate: IsoDate,
  failedAt: readonly number[],
  undecidedAt: readonly number[] = [],
): Funnel {
  const steps = buildRuleTree(ruleSet).steps;
  const n = steps.length;
  const count = (a: readonly number[], i: number): number => a[i] ?? 0;
  let total = 0;
  for (let i = 0; i <= n; i += 1) total += count(failedAt, i) + count(undecidedAt, i);
  let remaining = total;
  const out: FunnelStep[] = steps.map((s, i) => {
    const removed = count(failedAt, i);
    remaining -= removed + count(undecidedAt, i);
    return { id: s.id, name: nodeName(s), remaining, removed };
  });
  let undecided = 0;
  for (let i = 0; i < n; i += 1) undecided += count(undecidedAt, i);
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    refDate,
    total,
    steps: out,
    eligible: n === 0 ? total : remaining,
    undecided,
  };
}

/** The funnel over people whose facts are in memory. */
export function computeFunnel(ruleSet: RuleSet, facts: Iterable<PersonFacts>, refDate: IsoDate): Funnel {
  const firstFailure = compileFirstFailure(ruleSet, refDate);
  const failedAt = new Array<number>(buildRuleTree(ruleSet).steps.length + 1).fill(0);
  for (const f of facts) {
    const i = firstFailure(f);
    failedAt[i] = (failedAt[i] ?? 0) + 1;
  }
  return funnelFromCounts(ruleSet, refDate, failedAt);
}

/** Series data for a funnel chart (ECharts `series: [{ type: 'funnel', data }]`). */
export function funnelChartData(funnel: Funnel): Array<{ name: string; value: number }> {
  return [{ name: '参加筛查', value: funnel.total }, ...funnel.steps.map((s) => ({ name: s.name, value: s.remaining }))];
}
