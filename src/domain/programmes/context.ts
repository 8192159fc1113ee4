// Builds the contexts the state machines read from a programme's records, so every service
// counts the same way (pending demands, unscreened applications, open objections …).

import type { IsoDate } from '../registry/types.js';
import { isAwaitingScreening, isObjectionOpen, isScreenedIn, type ProgrammeContext } from './state-machine.js';
import type { KeyDates, Objection, ProposedEntry, PublicNotice } from './types.js';
import type { DemandState, ApplicationState, ObjectionState } from './types.js';
import type { DossierSummary } from './vetting.js';

export interface ProgrammeRecords {
  readonly keyDates: Pick<KeyDates, 'applicationDeadline'>;
  readonly demands: ReadonlyArray<{ readonly state: DemandState }>;
  readonly applications: ReadonlyArray<{ readonly id: number; readonly state: ApplicationState }>;
  /** Dossiers opened so far, by application id (a candidate not chosen for vetting has none). */
  readonly dossiers: ReadonlyMap<number, DossierSummary>;
  readonly entries: ReadonlyArray<Pick<ProposedEntry, 'id' | 'status'>>;
  readonly objections: ReadonlyArray<Pick<Objection, 'entryId'> & { readonly state: ObjectionState }>;
  readonly notice: Pick<PublicNotice, 'periodEnd'> | null;
}

/** The programme machine's context from the records. */
export function buildProgrammeContext(records: ProgrammeRecords, today: IsoDate, reason: string | null = null): ProgrammeContext {
  const liveEntries = new Set(records.entries.filter((e) => e.status !== 'removed').map((e) => e.id));
  const live = records.applications.filter((a) => a.state !== 'withdrawn');
  return {
    today,
    applicationDeadline: records.keyDates.applicationDeadline,
    noticeEnd: records.notice?.periodEnd ?? null,
    pendingDemands: records.demands.filter((d) => d.state === 'submitted').length,
    unscreenedApplications: live.filter((a) => isAwaitingScreening(a.state)).length,
    screenedIn: live.filter((a) => isScreenedIn(a.state)).length,
    vettingPending: live.filter((a) => isScreenedIn(a.state) && records.dossiers.has(a.id) && records.dossiers.get(a.id)?.complete !== true).length,
    proposedCount: liveEntries.size,
    unresolvedObjections: records.objections.filter((o) => liveEntries.has(o.entryId) && isObjectionOpen(o.state)).length,
    upheldObjectionsOnList: records.objections.filter((o) => liveEntries.has(o.entryId) && o.state === 'upheld').length,
    reason,
  };
}
