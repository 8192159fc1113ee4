// `.lrmx` appointment forms (干部任免审批表) in and out. A form matches an existing person on
// name + ID number, falling back to name + birth month when the form has no ID number and
// exactly one person fits. Each file is handled on its own: a bad file is reported and the
// others still land.
import { can } from '../domain/access/roles.js';
import type { PersonRecord } from '../domain/registry/types.js';
import { normalizeIdNumber } from '../domain/registry/id-number.js';
import { readLrmxFiles, type LrmxFileInput } from '../io/lrmx/read-lrmx-files.js';
import { writeLrmx } from '../io/lrmx/write-lrmx.js';
import type { LrmxRecord } from '../io/lrmx/lrmx-format.js';
import { AppError, forbidden } from './app-error.js';
import { codeTableMap } from './codes.service.js';
import { createPerson, loadPeopleForExport, rowsToPerson, updatePerson } from './people.service.js';
import { getPersonRows } from '../db/people.repository.js';
import { todayIso, type ServiceDeps, type SessionUser } from './context.js';

export interface LrmxImportFileResult {
  name: string;
  status: 'created' | 'updated' | 'would-create' | 'would-update' | 'error' | 'skipped';
  personId: number | null;
  personName: string | null;
  message: string | null;
  warnings: string[];
}

const EMPTY: Omit<PersonRecord, 'name'> = {
  gender: '',
  ethnicity: '',
  birthDate: '',
  idNumber: null,
  nativePlace: null,
  birthplace: null,
  growthPlace: null,
  politicalStatus: '13',
  partyJoinDate: null,
  partyNote: null,
  workStartDate: null,
  category: 'party_government',
  unitId: null,
  post: null,
  postKind: null,
  rank: null,
  grade: null,
  rankStartDate: null,
  postStartDate: null,
  unitStartDate: null,
  isReserve: false,
  poolTier: null,
  specialities: [],
  tags: [],
  health: null,
  healthNote: null,
  serviceIntention: null,
  education: [],
  titles: [],
  appointments: [],
  appraisals: [],
  family: [],
};

/** The form's fields over the existing record: what the form does not carry is kept. */
function merge(base: PersonRecord, form: LrmxRecord): PersonRecord {
  const out: PersonRecord = { ...base };
  for (const [k, v] of Object.entries(form) as Array<[keyof PersonRecord, unknown]>) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && Array.isArray(base[k]) && (base[k] as unknown[]).length > 0) continue;
    (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

async function findMatch(deps: ServiceDeps, user: SessionUser, form: LrmxRecord): Promise<{ id: number; version: number; record: PersonRecord } | null | 'ambiguous'> {
  let ids: number[] = [];
  if (form.idNumber) {
    const hit = await deps.db.selectFrom('people').select('id').where('name', '=', form.name).where('id_number_hmac', '=', deps.cipher.lookupHash(normalizeIdNumber(form.idNumber))).execute();
    ids = hit.map((h) => h.id);
  } else if (form.birthDate) {
    const month = form.birthDate.slice(0, 7);
    const hit = await deps.db.selectFrom('people').select('id').where('name', '=', form.name).where('birth_date', '>=', `${month}-01`).where('birth_date', '<=', `${month}-31`).execute();
    ids = hit.map((h) => h.id);
  }
  if (ids.length > 1) return 'ambiguous';
  if (ids.length === 0) return null;
  const rows = await getPersonRows(deps.db, ids[0]!, user.scope);
  if (!rows) throw new AppError('OUT_OF_SCOPE', `系统中的“${form.name}”不在您的数据范围内`);
  const { id, version, unitName: _u, ...record } = rowsToPerson(rows, deps.cipher);
  return { id, version, record };
}

export async function importLrmxFiles(
  deps: ServiceDeps,
  user: SessionUser,
  files: LrmxFileInput[],
  opts: { dryRun: boolean },
): Promise<{ files: LrmxImportFileResult[]; created: number; updated: number; failed: number }> {
  if (!can(user.roles, 'person.import')) throw forbidden();
  const parsed = readLrmxFiles(files, { codeTables: await codeTableMap(deps.db) });
  const results: LrmxImportFileResult[] = [];
  for (const p of parsed) {
    if (!p.ok) {
      results.push({ name: p.name, status: p.skipped ? 'skipped' : 'error', personId: null, personName: null, message: p.error, warnings: [] });
      continue;
    }
    const base = { name: p.name, personName: p.record.name, warnings: p.warnings };
    try {
      const match = await findMatch(deps, user, p.record);
      if (match === 'ambiguous') throw new AppError('DUPLICATE', `系统中有多名同名且出生年月相同的“${p.record.name}”，请在表中填写身份证号码后再导入`);
      if (match) {
        const next = merge(match.record, p.record);
        if (opts.dryRun) {
          results.push({ ...base, status: 'would-update', personId: match.id, message: null });
          continue;
        }
        const saved = await updatePerson(deps, user, match.id, match.version, next);
        results.push({ ...base, status: 'updated', personId: saved.id, message: null });
      } else {
        // A new person goes to the importer's own unit; with the whole register in scope the
        // form does not say which unit, so the person is left unassigned for the officer to place.
        const unitId = user.scope.kind === 'all' ? null : user.unitId;
        const record = merge({ name: p.record.name, ...EMPTY, unitId }, p.record);
        if (opts.dryRun) {
          results.push({ ...base, status: 'would-create', personId: null, message: null });
          continue;
        }
        const saved = await createPerson(deps, user, record);
        results.push({ ...base, status: 'created', personId: saved.id, message: null });
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const detail = err.details?.fieldErrors?.map((f) => f.message).join('；');
      results.push({ ...base, status: 'error', personId: null, message: detail || err.message });
    }
  }
  return {
    files: results,
    created: results.filter((r) => r.status === 'created').length,
    updated: results.filter((r) => r.status === 'updated').length,
    failed: results.filter((r) => r.status === 'error').length,
  };
}

export async function exportLrmx(
  deps: ServiceDeps,
  user: SessionUser,
  personId: number,
  opts: { proposedPost: string | null; proposedRemoval?: string | null; reason?: string | null },
): Promise<{ xml: string; fileName: string }> {
  const [person] = await loadPeopleForExport(deps, user, [personId], '导出干部任免审批表');
  if (!person) {
    const exists = await deps.db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
    throw exists ? new AppError('OUT_OF_SCOPE', '该人员不在您的数据范围内') : new AppError('NOT_FOUND', '人员不存在或已被删除');
  }
  const today = todayIso(deps.clock);
  const { id: _id, version: _v, unitName, ...record } = person;
  const xml = writeLrmx(
    {
      ...record,
      currentPost: `${unitName ?? ''}${record.post ?? ''}`,
      proposedPost: opts.proposedPost ?? '',
      proposedRemoval: opts.proposedRemoval ?? '',
      reason: opts.reason ?? '',
      reportingUnit: user.unitName ?? '',
      ageRefDate: today,
      filledDate: today,
      filledBy: user.displayName,
    },
    { codeTables: await codeTableMap(deps.db) },
  );
  return { xml, fileName: `${person.name}.lrmx` };
}
