// The proposed list (拟任人选): entries built from a candidate and a demand (by hand or from a
// matching run), and the checks before it goes to approval. Blocking problems stop
// submission; quota rows that are short or over are reported as warnings for the owner.

import { isScreenedIn } from './state-machine.js';
import { computeQuotaFill, quotaShortfalls, type QuotaProgramme, type QuotaRow } from './quotas.js';
import type { Application, Demand, EntryOrigin, PersonCategory, ProgrammeSpec, ProposedEntry, UnitRef } from './types.js';
import type { DossierSummary } from './vetting.js';

export type ProposedEntryDraft = Omit<ProposedEntry, 'id'>;

/** What the registry tells about the candidate for a placement. */
export interface CandidateFacts {
  readonly category: PersonCategory | null;
  /** The person's current unit. */
  readonly fromUnit: UnitRef;
}

/**
 * An entry placing the candidate of `application` in the post of `demand`. The sending unit
 * is the application's source unit when known (else the person's unit); the receiving and
 * target unit is the demand's unit.
 */
export function entryFromDemand(input: {
  readonly application: Application;
  readonly demand: Demand;
  readonly candidate: CandidateFacts;
  readonly direction: string;
  readonly round?: number;
  readonly origin: EntryOrigin;
  readonly matchingRunId?: string | null;
  readonly sendingUnit?: UnitRef;
  readonly note?: string | null;
}): ProposedEntryDraft {
  const { application: a, demand: d, candidate: c } = input;
  const demandUnit: UnitRef = { unitId: d.unitId, name: d.unitName };
  return {
    programmeId: a.programmeId,
    applicationId: a.id,
    personId: a.personId,
    personName: a.personName,
    direction: input.direction,
    sourceKey: a.sourceKey,
    destinationKey: d.destinationKey,
    postKind: d.postKind,
    sector: d.sector,
    category: c.category,
    fromUnit: c.fromUnit,
    toUnit: demandUnit,
    sendingUnit: input.sendingUnit ?? c.fromUnit,
    receivingUnit: demandUnit,
    post: d.post,
    demandId: d.id,
    round: input.round ?? 1,
    origin: input.origin,
    matchingRunId: input.matchingRunId ?? null,
    note: input.note ?? null,
    status: 'proposed',
    removal: null,
  };
}

export type ProposalProblemCode =
  | 'PERSON_DUPLICATE'
  | 'APPLICATION_MISSING'
  | 'NOT_SCREENED_IN'
  | 'VETTING_MISSING'
  | 'VETTING_NOT_PASSED'
  | 'DIRECTION_UNKNOWN'
  | 'ROUND_OUT_OF_RANGE'
  | 'DEMAND_OVERFILLED';

export interface ProposalProblem {
  readonly code: ProposalProblemCode;
  readonly entryId: number | null;
  readonly personId: number | null;
  readonly message: string;
}

export interface ProposalCheck {
  /** Blocking: fix before submitting for approval. */
  readonly problems: readonly ProposalProblem[];
  /** Quota rows short or over (warnings: the owner decides). */
  readonly quotaWarnings: readonly QuotaRow[];
  readonly quota: readonly QuotaRow[];
}

/**
 * Checks the live entries (not removed): one entry per person; each candidate screened in and
 * vetted with a passing conclusion (entries without an application — added by hand from
 * outside the candidates — are refused); direction and round valid; no demand filled beyond
 * its headcount. Then the quota fill over the list.
 */
export function checkProposedList(input: {
  readonly programme: QuotaProgramme & Pick<ProgrammeSpec, 'terms'>;
  readonly entries: readonly ProposedEntry[];
  readonly applications: readonly Application[];
  readonly dossiers: ReadonlyMap<number, DossierSummary>;
  readonly demands?: readonly Pick<Demand, 'id' | 'post' | 'unitName' | 'headcount'>[];
}): ProposalCheck {
  const live = input.entries.filter((e) => e.status !== 'removed');
  const problems: ProposalProblem[] = [];
  const byPerson = new Map<number, number>();
  for (const e of live) {
    const p = (code: ProposalProblemCode, message: string): void => {
      problems.push({ code, entryId: e.id, personId: e.personId, message });
    };
    byPerson.set(e.personId, (byPerson.get(e.personId) ?? 0) + 1);
    const app = e.applicationId === null ? undefined : input.applications.find((a) => a.id === e.applicationId);
    if (!app) p('APPLICATION_MISSING', `${e.personName}不在本项目的报名推荐人选中`);
    else if (!isScreenedIn(app.state)) p('NOT_SCREENED_IN', `${e.personName}未通过资格审查`);
    else {
      const dossier = input.dossiers.get(app.id);
      if (!dossier || !dossier.complete) p('VETTING_MISSING', `${e.personName}的考察尚未完成`);
      else if (!dossier.passed) p('VETTING_NOT_PASSED', `${e.personName}考察结论为不合格`);
    }
    const direction = input.programme.directions.find((d) => d.code === e.direction);
    const term = input.programme.terms.find((t) => t.direction === e.direction);
    if (!direction) p('DIRECTION_UNKNOWN', `${e.personName}的选派方向“${e.direction}”不在本项目中`);
    else if (term && (!Number.isInteger(e.round) || e.round < 1 || e.round > term.rounds)) {
      p('ROUND_OUT_OF_RANGE', `${e.personName}的批次 ${e.round} 超出“${direction.label}”方向的 ${term.rounds} 批`);
    }
  }
  for (const [personId, n] of byPerson) {
    if (n > 1) {
      const name = live.find((e) => e.personId === personId)?.personName ?? String(personId);
      problems.push({ code: 'PERSON_DUPLICATE', entryId: null, personId, message: `${name}在名单中出现 ${n} 次` });
    }
  }
  for (const d of input.demands ?? []) {
    const n = live.filter((e) => e.demandId === d.id).length;
    if (n > d.headcount) {
      problems.push({
        code: 'DEMAND_OVERFILLED',
        entryId: null,
        personId: null,
        message: `${d.unitName}“${d.post}”需求 ${d.headcount} 人，已安排 ${n} 人`,
      });
    }
  }
  const quota = computeQuotaFill(input.programme, live);
  return { problems, quotaWarnings: quotaShortfalls(quota), quota };
}
