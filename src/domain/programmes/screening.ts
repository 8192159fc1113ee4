// Screening: which rule set applies to a candidate, the outcome kept with the person's
// reasons, and manual overrides (a written reason is required; every override is kept in
// order for the audit trail, the last one decides).

import type { Evaluation } from '../eligibility/evaluate.js';
import type { IsoDate } from '../registry/types.js';
import {
  SCREENING_RESULT_LABELS,
  type ApplicationState,
  type IsoDateTime,
  type ProgrammeSpec,
  type RuleSetAssignment,
  type ScreeningOutcome,
  type ScreeningOverride,
  type ScreeningReason,
  type ScreeningResult,
  type UserRef,
} from './types.js';

/**
 * The rule-set assignment for a post kind in a direction: the most specific one wins —
 * direction and post kind both given, then post kind for any direction, then any post kind
 * of the direction, then the catch-all. Null when none applies.
 */
export function ruleSetFor(
  programme: Pick<ProgrammeSpec, 'ruleSets'>,
  direction: string | null,
  postKind: string | null,
): RuleSetAssignment | null {
  const rank = (a: RuleSetAssignment): number => {
    const d = a.direction === null ? 0 : a.direction === direction ? 2 : -1;
    const p = a.postKind === null ? 0 : a.postKind === postKind ? 4 : -1;
    return d < 0 || p < 0 ? -1 : d + p;
  };
  let best: RuleSetAssignment | null = null;
  let bestRank = -1;
  for (const a of programme.ruleSets) {
    const r = rank(a);
    if (r > bestRank) {
      best = a;
      bestRank = r;
    }
  }
  return best;
}

/** Every rule-set id the assignment names: main first, then the alternatives. */
export function ruleSetIdsOf(a: RuleSetAssignment): string[] {
  return [a.ruleSetId, ...a.alternativeRuleSetIds.filter((id) => id !== a.ruleSetId)];
}

/**
 * The outcome of screening one candidate from the evaluations of the assigned rule sets (main
 * and alternatives, in order): passes when any passes. Reasons: every rule of the passing
 * rule set, or the deciding failed rules of every rule set tried. No evaluation (no rule set
 * assigned) fails with NO_RULE_SET, for the officer to decide by override.
 */
export function screeningOutcomeFrom(
  applicationId: number,
  personId: number,
  refDate: IsoDate,
  evaluations: readonly Evaluation[],
): ScreeningOutcome {
  const passed = evaluations.find((e) => e.eligible) ?? null;
  const reasonsOf = (e: Evaluation, all: boolean): ScreeningReason[] =>
    (all ? e.outcomes : e.reasons).map((o) => ({ ruleSetId: e.ruleSetId, ruleId: o.ruleId, code: o.code, message: o.message, passed: o.passed }));
  let reasons: ScreeningReason[];
  if (passed) reasons = reasonsOf(passed, true);
  else if (evaluations.length === 0) {
    reasons = [{ ruleSetId: '', ruleId: '', code: 'NO_RULE_SET', message: '该岗位类别未设定资格条件，须人工审查', passed: false }];
  } else reasons = evaluations.flatMap((e) => reasonsOf(e, false));
  return {
    applicationId,
    personId,
    refDate,
    ruleSetIds: evaluations.map((e) => e.ruleSetId),
    passedRuleSetId: passed?.ruleSetId ?? null,
    ruleResult: passed ? 'pass' : 'fail',
    reasons,
    overrides: [],
  };
}

/** The result that counts: the last override's, else the rules'. */
export function effectiveScreeningResult(o: Pick<ScreeningOutcome, 'ruleResult' | 'overrides'>): ScreeningResult {
  return o.overrides[o.overrides.length - 1]?.to ?? o.ruleResult;
}

/** The application state that records an outcome. */
export function applicationStateFor(o: Pick<ScreeningOutcome, 'ruleResult' | 'overrides'>): ApplicationState {
  const r = effectiveScreeningResult(o);
  if (o.overrides.length > 0) return r === 'pass' ? 'overridden_in' : 'overridden_out';
  return r === 'pass' ? 'screened_in' : 'screened_out';
}

export type OverrideResult =
  | { readonly ok: true; readonly outcome: ScreeningOutcome; readonly override: ScreeningOverride }
  | { readonly ok: false; readonly code: 'REASON_REQUIRED' | 'NO_CHANGE'; readonly message: string };

/** Records a manual change of the result. A written reason is required; changing nothing is refused. */
export function overrideScreening(
  outcome: ScreeningOutcome,
  change: { readonly to: ScreeningResult; readonly reason: string; readonly by: UserRef; readonly at: IsoDateTime },
): OverrideResult {
  const reason = change.reason.trim();
  if (reason === '') return { ok: false, code: 'REASON_REQUIRED', message: '人工调整资格审查结果必须填写书面理由' };
  const from = effectiveScreeningResult(outcome);
  if (from === change.to) {
    return { ok: false, code: 'NO_CHANGE', message: `审查结果已是“${SCREENING_RESULT_LABELS[from]}”，无需调整` };
  }
  const override: ScreeningOverride = { from, to: change.to, reason, by: change.by, at: change.at };
  return { ok: true, outcome: { ...outcome, overrides: [...outcome.overrides, override] }, override };
}

/** A new rule run keeps the overrides of the previous outcome (a re-run never erases a manual decision). */
export function rescreenKeepingOverrides(previous: ScreeningOutcome | null, next: ScreeningOutcome): ScreeningOutcome {
  return previous && previous.overrides.length > 0 ? { ...next, overrides: previous.overrides } : next;
}
