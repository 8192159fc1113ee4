// Vetting (考察): the five checks of a dossier, its overall conclusion, and the register of
// interventions (说情打招呼).
//
// A dossier is complete when each of the five checks (政治关、品行关、能力关、作风关、廉洁关)
// has exactly one entry with a conclusion, the vetter and the date, a 不合格 carries notes,
// and at least one interview is recorded. The overall conclusion is the weakest check:
// any 不合格 → 不合格; else any 基本合格 → 基本合格; else 合格. 合格 and 基本合格 pass.

import type { Role } from '../access/roles.js';
import type { IsoDate } from '../registry/types.js';
import {
  VETTING_CHECK_LABELS,
  VETTING_CHECKS,
  type InterventionEntry,
  type VettingCheck,
  type VettingCheckKind,
  type VettingConclusion,
  type VettingDossier,
} from './types.js';

/** A dossier with the five checks open. */
export function emptyDossier(applicationId: number, personId: number, approach: string): VettingDossier {
  return {
    applicationId,
    personId,
    approach,
    checks: VETTING_CHECKS.map((check): VettingCheck => ({ check, conclusion: null, notes: '', vettedBy: null, vettedOn: null })),
    interviews: [],
  };
}

/** The dossier with one check replaced (or added), checks kept in VETTING_CHECKS order. */
export function recordCheck(d: VettingDossier, c: VettingCheck): VettingDossier {
  const others = d.checks.filter((x) => x.check !== c.check);
  const checks = [...others, c].sort((a, b) => VETTING_CHECKS.indexOf(a.check) - VETTING_CHECKS.indexOf(b.check));
  return { ...d, checks };
}

export type DossierProblemCode = 'CHECK_MISSING' | 'CHECK_DUPLICATED' | 'CHECK_OPEN' | 'VETTER_MISSING' | 'NOTES_REQUIRED' | 'NO_INTERVIEW';

export interface DossierProblem {
  readonly code: DossierProblemCode;
  readonly check: VettingCheckKind | null;
  readonly message: string;
}

export interface DossierSummary {
  readonly complete: boolean;
  /** Null until complete. */
  readonly overall: VettingConclusion | null;
  readonly passed: boolean;
  readonly problems: readonly DossierProblem[];
}

const ORDER: Readonly<Record<VettingConclusion, number>> = { qualified: 0, basically_qualified: 1, unqualified: 2 };

export function summariseDossier(d: VettingDossier): DossierSummary {
  const problems: DossierProblem[] = [];
  for (const kind of VETTING_CHECKS) {
    const label = VETTING_CHECK_LABELS[kind];
    const entries = d.checks.filter((c) => c.check === kind);
    const c = entries[0];
    if (!c) {
      problems.push({ code: 'CHECK_MISSING', check: kind, message: `缺少${label}考察记录` });
      continue;
    }
    if (entries.length > 1) problems.push({ code: 'CHECK_DUPLICATED', check: kind, message: `${label}有 ${entries.length} 条考察记录` });
    if (c.conclusion === null) problems.push({ code: 'CHECK_OPEN', check: kind, message: `${label}尚未作出结论` });
    else {
      if (c.vettedBy === null || c.vettedOn === null) problems.push({ code: 'VETTER_MISSING', check: kind, message: `${label}须注明考察人和考察日期` });
      if (c.conclusion === 'unqualified' && c.notes.trim() === '') {
        problems.push({ code: 'NOTES_REQUIRED', check: kind, message: `${label}结论为不合格，须写明具体情况` });
      }
    }
  }
  if (d.interviews.length === 0) problems.push({ code: 'NO_INTERVIEW', check: null, message: '尚无谈话了解记录' });
  const complete = problems.length === 0;
  let overall: VettingConclusion | null = null;
  if (complete) {
    overall = 'qualified';
    for (const c of d.checks) if (c.conclusion !== null && ORDER[c.conclusion] > ORDER[overall]) overall = c.conclusion;
  }
  return { complete, overall, passed: overall === 'qualified' || overall === 'basically_qualified', problems };
}

// ---------------------------------------------------------------------------------------
// Register of interventions

/** Officers keep the register; auditors read it (三员分立: the auditor sees, does not edit). */
export function canReadInterventions(roles: readonly Role[]): boolean {
  return roles.includes('auditor') || roles.includes('officer');
}

export function canRecordIntervention(roles: readonly Role[]): boolean {
  return roles.includes('officer');
}

export interface InterventionProblem {
  readonly field: string;
  readonly message: string;
}

/** Field problems of a register entry (empty when it can be stored). */
export function validateIntervention(e: InterventionEntry): InterventionProblem[] {
  const out: InterventionProblem[] = [];
  if (e.lobbyist.name.trim() === '') out.push({ field: 'lobbyist.name', message: '须填写说情打招呼的人' });
  if (e.forPersonName.trim() === '') out.push({ field: 'forPersonName', message: '须填写为谁说情' });
  if (e.content.trim() === '') out.push({ field: 'content', message: '须填写说情打招呼的内容' });
  if (e.approached.trim() === '') out.push({ field: 'approached', message: '须填写被打招呼的人' });
  const recordedOn: IsoDate = e.recordedAt.slice(0, 10);
  if (e.occurredOn > recordedOn) out.push({ field: 'occurredOn', message: `发生日期 ${e.occurredOn} 晚于登记日期 ${recordedOn}` });
  if ((e.disposition === 'punished' || e.disposition === 'reported') && (e.dispositionNote ?? '').trim() === '') {
    out.push({ field: 'dispositionNote', message: '已报告或已处理的，须写明处理情况' });
  }
  return out;
}

/** Per candidate: how many interventions were registered for them (for the vetting view). */
export function interventionsByPerson(entries: readonly InterventionEntry[]): Map<string, InterventionEntry[]> {
  const out = new Map<string, InterventionEntry[]>();
  for (const e of entries) {
    const key = e.forPersonId !== null ? `id:${e.forPersonId}` : `name:${e.forPersonName}`;
    const list = out.get(key) ?? [];
    list.push(e);
    out.set(key, list);
  }
  return out;
}
