// Finalising a programme: the final list (最终名单) from the approved entries that went
// through the public notice, and the secondment records built from it. Pure: the service
// runs the programme transition `finalise` and writes the records in one transaction.
//
// Rules (each failure is a problem with a stable code, the entry concerned and a Chinese
// message; all problems are reported at once, nothing is built while any remains):
// - the programme is in public notice, the notice exists and its period is over (the day
//   after the last day of the period at the earliest);
// - every entry still on the list (status other than 'removed') is approved and was on the
//   notice; removed entries are left out;
// - no objection against an entry on the list is still open, and none was upheld (an entry
//   with an upheld objection must be removed first);
// - no person appears twice;
// - every entry's direction has a term and its round lies within the term's rounds.
// Terms: round k starts (k − 1) × months after the term start and ends the day before the
// same day `months` later (see working-days termEndDate); no fixed term (墩苗) → no end.

import type { IsoDate } from '../registry/types.js';
import { isObjectionOpen } from './state-machine.js';
import {
  PROGRAMME_STATE_LABELS,
  type FinalEntry,
  type Objection,
  type ProgrammeSpec,
  type ProgrammeState,
  type ProgrammeTerm,
  type ProposedEntry,
  type PublicNotice,
  type Secondment,
} from './types.js';
import { addMonths, termEndDate } from './working-days.js';

export type FinaliseProblemCode =
  | 'WRONG_STATE'
  | 'NOTICE_MISSING'
  | 'NOTICE_NOT_ENDED'
  | 'LIST_EMPTY'
  | 'ENTRY_NOT_APPROVED'
  | 'ENTRY_NOT_ON_NOTICE'
  | 'OBJECTION_UNRESOLVED'
  | 'OBJECTION_UPHELD'
  | 'PERSON_DUPLICATE'
  | 'DIRECTION_UNKNOWN'
  | 'TERM_MISSING'
  | 'ROUND_OUT_OF_RANGE';

export interface FinaliseProblem {
  readonly code: FinaliseProblemCode;
  readonly message: string;
  readonly entryId: number | null;
  readonly personId: number | null;
  readonly objectionId: number | null;
}

export interface FinaliseProgramme extends Pick<ProgrammeSpec, 'terms' | 'directions'> {
  readonly id: number;
  readonly state: ProgrammeState;
  readonly keyDates: { readonly termStart: IsoDate };
}

export interface FinaliseInput {
  readonly programme: FinaliseProgramme;
  readonly entries: readonly ProposedEntry[];
  readonly notice: PublicNotice | null;
  readonly objections: readonly Objection[];
  readonly today: IsoDate;
  /** The first day of the term, when it differs from programme.keyDates.termStart. */
  readonly termStart?: IsoDate;
}

export interface EntryTerm {
  readonly termStart: IsoDate;
  readonly termEnd: IsoDate | null;
  readonly months: number | null;
  readonly assessmentDue: IsoDate | null;
}

/** The term of one round of a direction, or null when the round is outside the term's rounds. */
export function termFor(term: ProgrammeTerm, round: number, start: IsoDate): EntryTerm | null {
  if (!Number.isInteger(round) || round < 1 || round > term.rounds) return null;
  if (term.months === null) {
    const due = term.assessmentAfterMonths ? addMonths(start, term.assessmentAfterMonths.min) : null;
    return { termStart: start, termEnd: null, months: null, assessmentDue: due };
  }
  const roundStart = addMonths(start, (round - 1) * term.months);
  const due = term.assessmentAfterMonths ? addMonths(roundStart, term.assessmentAfterMonths.min) : null;
  return { termStart: roundStart, termEnd: termEndDate(roundStart, term.months), months: term.months, assessmentDue: due };
}

function problem(
  code: FinaliseProblemCode,
  message: string,
  ids: { entryId?: number; personId?: number; objectionId?: number } = {},
): FinaliseProblem {
  return { code, message, entryId: ids.entryId ?? null, personId: ids.personId ?? null, objectionId: ids.objectionId ?? null };
}

/** Every reason the list cannot be finalised now (empty when it can). */
export function checkFinalisation(input: FinaliseInput): FinaliseProblem[] {
  const { programme, notice, today } = input;
  const out: FinaliseProblem[] = [];
  if (programme.state !== 'public_notice') {
    out.push(problem('WRONG_STATE', `项目当前处于“${PROGRAMME_STATE_LABELS[programme.state]}”阶段，只有公示阶段才能确定最终名单`));
  }
  if (notice === null) {
    out.push(problem('NOTICE_MISSING', '尚未发布公示，不能确定最终名单'));
  } else if (today <= notice.periodEnd) {
    out.push(problem('NOTICE_NOT_ENDED', `公示期未满，不能确定最终名单（公示截止 ${notice.periodEnd}）`));
  }
  const live = input.entries.filter((e) => e.status !== 'removed');
  if (live.length === 0) out.push(problem('LIST_EMPTY', '名单为空，不能确定最终名单'));

  const seen = new Map<number, number>();
  for (const e of live) {
    const ids = { entryId: e.id, personId: e.personId };
    if (e.status !== 'approved') out.push(problem('ENTRY_NOT_APPROVED', `${e.personName}尚未经审批`, ids));
    if (notice !== null && !notice.entryIds.includes(e.id)) out.push(problem('ENTRY_NOT_ON_NOTICE', `${e.personName}未经公示`, ids));
    seen.set(e.personId, (seen.get(e.personId) ?? 0) + 1);

    const direction = programme.directions.find((d) => d.code === e.direction);
    const term = programme.terms.find((t) => t.direction === e.direction);
    if (!direction) {
      out.push(problem('DIRECTION_UNKNOWN', `${e.personName}的选派方向“${e.direction}”不在本项目中`, ids));
    } else if (!term) {
      out.push(problem('TERM_MISSING', `“${direction.label}”方向未设定挂职期限`, ids));
    } else if (!Number.isInteger(e.round) || e.round < 1 || e.round > term.rounds) {
      out.push(problem('ROUND_OUT_OF_RANGE', `${e.personName}的批次 ${e.round} 超出“${direction.label}”方向的 ${term.rounds} 批`, ids));
    }
  }
  for (const [personId, n] of seen) {
    if (n > 1) {
      const name = live.find((e) => e.personId === personId)?.personName ?? String(personId);
      out.push(problem('PERSON_DUPLICATE', `${name}在名单中出现 ${n} 次`, { personId }));
    }
  }

  const liveIds = new Set(live.map((e) => e.id));
  for (const o of input.objections) {
    if (!liveIds.has(o.entryId)) continue;
    const name = live.find((e) => e.id === o.entryId)?.personName ?? String(o.personId);
    const ids = { entryId: o.entryId, personId: o.personId, objectionId: o.id };
    if (isObjectionOpen(o.state)) {
      out.push(problem('OBJECTION_UNRESOLVED', `对${name}的异议（${o.receivedOn} 收到）尚未办结`, ids));
    } else if (o.state === 'upheld') {
      out.push(problem('OBJECTION_UPHELD', `对${name}的异议经核查属实，须先将其撤出名单`, ids));
    }
  }
  return out;
}

/** The final list and the terms (assumes checkFinalisation found nothing; skips what it would refuse). */
export function buildFinalList(input: FinaliseInput): FinalEntry[] {
  const start = input.termStart ?? input.programme.keyDates.termStart;
  const out: FinalEntry[] = [];
  for (const e of input.entries) {
    if (e.status !== 'approved') continue;
    const term = input.programme.terms.find((t) => t.direction === e.direction);
    const t = term ? termFor(term, e.round, start) : null;
    if (!t) continue;
    out.push({
      entryId: e.id,
      programmeId: e.programmeId,
      applicationId: e.applicationId,
      personId: e.personId,
      personName: e.personName,
      direction: e.direction,
      sourceKey: e.sourceKey,
      destinationKey: e.destinationKey,
      postKind: e.postKind,
      sector: e.sector,
      category: e.category,
      fromUnit: e.fromUnit,
      toUnit: e.toUnit,
      sendingUnit: e.sendingUnit,
      receivingUnit: e.receivingUnit,
      post: e.post,
      demandId: e.demandId,
      round: e.round,
      termStart: t.termStart,
      termEnd: t.termEnd,
    });
  }
  return out;
}

/** One secondment record per final entry. */
export function buildSecondments(programme: FinaliseProgramme, finalList: readonly FinalEntry[]): Secondment[] {
  return finalList.map((f): Secondment => {
    const term = programme.terms.find((t) => t.direction === f.direction);
    const due = term?.assessmentAfterMonths ? addMonths(f.termStart, term.assessmentAfterMonths.min) : null;
    return {
      programmeId: f.programmeId,
      entryId: f.entryId,
      personId: f.personId,
      personName: f.personName,
      direction: f.direction,
      fromUnit: f.fromUnit,
      toUnit: f.toUnit,
      sendingUnit: f.sendingUnit,
      receivingUnit: f.receivingUnit,
      post: f.post,
      postKind: f.postKind,
      sourceKey: f.sourceKey,
      destinationKey: f.destinationKey,
      round: f.round,
      termStart: f.termStart,
      termEnd: f.termEnd,
      termMonths: term?.months ?? null,
      assessmentDue: due,
    };
  });
}

export type FinaliseResult =
  | { readonly ok: true; readonly finalList: readonly FinalEntry[]; readonly secondments: readonly Secondment[] }
  | { readonly ok: false; readonly problems: readonly FinaliseProblem[] };

/** Checks, then builds the final list and the secondment records. */
export function finaliseProgramme(input: FinaliseInput): FinaliseResult {
  const problems = checkFinalisation(input);
  if (problems.length > 0) return { ok: false, problems };
  const finalList = buildFinalList(input);
  return { ok: true, finalList, secondments: buildSecondments(input.programme, finalList) };
}
