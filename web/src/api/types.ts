// Request/response types of the API. Domain types come straight from src/domain (pure data);
// the service views are mirrored here and e2e/web-api-types.check.ts fails the typecheck
// when they drift from src/services.
import type { Person, PersonRecord, Unit } from '../../../src/domain/registry/types.js';
import type { Permission, Role, ScopeKind } from '../../../src/domain/access/roles.js';

export type { Person, PersonRecord, Unit, Permission, Role, ScopeKind };
export type { EducationRecord, TitleRecord, AppointmentRecord, AppraisalRecord, FamilyMember, UnitKind, UnitLevel } from '../../../src/domain/registry/types.js';

/** GET /api/auth/me and POST /api/auth/login → user (presentUser in auth.routes.ts). */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  roleLabels: string[];
  scope: ScopeKind;
  scopeLabel: string;
  unitId: number | null;
  unitName: string | null;
  personId: number | null;
  permissions: Permission[];
  mustChangePassword: boolean;
}

export interface SessionAnswer {
  user: CurrentUser;
  csrfToken: string | null;
}

/** Mirrors PersonView (src/services/people.service.ts). */
export interface PersonView extends Omit<Person, 'idNumber'> {
  idNumberMasked: string | null;
  unitName: string | null;
  age: number;
}

/** Mirrors PersonListItem (src/services/people.service.ts). */
export interface PersonListItem {
  id: number;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string;
  age: number;
  idNumberMasked: string | null;
  politicalStatus: string;
  category: string;
  unitId: number | null;
  unitName: string | null;
  post: string | null;
  postKind: string | null;
  rank: string | null;
  grade: string | null;
  eduFulltime: string | null;
  eduAny: string | null;
  titleLevel: string | null;
  isReserve: boolean;
  poolTier: string | null;
  tags: string[];
  nativePlace: string | null;
  workStartDate: string | null;
  partyJoinDate: string | null;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Mirrors UnitNode (src/services/units.service.ts). */
export interface UnitNode extends Unit {
  path: string;
  depth: number;
  peopleCount: number;
  subtreeCount: number;
}

/** Mirrors Dashboard (src/services/stats.service.ts). */
export interface Dashboard {
  total: number;
  women: number;
  minority: number;
  reserve: number;
  agePyramid: Array<{ band: string; ageMin: number; ageMax: number; men: number; women: number }>;
  byRank: Array<{ code: string | null; count: number }>;
  byEducation: Array<{ code: string | null; count: number }>;
  byPolitical: Array<{ code: string; count: number }>;
  byEthnicity: Array<{ code: string; count: number }>;
  byUnitLevel: Array<{ level: string | null; count: number }>;
  byCategory: Array<{ code: string; count: number }>;
}

/** Mirrors UserView (src/services/users.service.ts). */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  roleLabels: string[];
  scope: ScopeKind;
  scopeLabel: string;
  unitId: number | null;
  unitName: string | null;
  personId: number | null;
  isActive: boolean;
  isLocked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
  version: number;
}

/** Mirrors AuditItem (src/services/audit-query.service.ts). */
export interface AuditItem {
  id: number;
  at: string;
  username: string | null;
  action: string;
  actionLabel: string;
  objectType: string;
  objectId: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  result: string;
}

export type CodeTableName =
  | 'gender'
  | 'ethnicity'
  | 'political_status'
  | 'education'
  | 'rank'
  | 'grade'
  | 'title_level'
  | 'title_series'
  | 'appraisal'
  | 'category'
  | 'post_kind'
  | 'unit_kind'
  | 'unit_level'
  | 'health'
  | 'pool_tier'
  | 'relation';

/** Mirrors CodeTableView (src/services/codes.service.ts). */
export interface CodeTableView {
  name: CodeTableName;
  title: string;
  items: Array<{ code: string; label: string; sortOrder: number; version: number }>;
}

/** Mirrors ImportPreview (src/services/people-io.service.ts): POST /api/people/import/preview. */
export interface ImportPreview {
  token: string | null;
  fileName: string | null;
  total: number;
  valid: number;
  invalid: number;
  headerErrors: string[];
  /** Recognised column labels in file order. */
  headers: string[];
  rows: Array<{ row: number; name: string; errors: Array<{ field: string; column: string; message: string }>; values: Record<string, string> }>;
  sample: Array<{ row: number; name: string; unit: string; birthDate: string }>;
}

/** POST /api/people/import/commit answer. */
export interface ImportCommit {
  created: number;
  ids: number[];
}

/** Mirrors LrmxImportFileResult (src/services/lrmx.service.ts): one uploaded .lrmx file. */
export interface LrmxImportFileResult {
  name: string;
  status: 'created' | 'updated' | 'would-create' | 'would-update' | 'error' | 'skipped';
  personId: number | null;
  personName: string | null;
  message: string | null;
  warnings: string[];
}

/** POST /api/lrmx/import[?dryRun=true] answer. */
export interface LrmxImportAnswer {
  files: LrmxImportFileResult[];
  created: number;
  updated: number;
  failed: number;
}

/** 409 VERSION_CONFLICT details on a person. */
export interface PersonConflictDetails {
  currentVersion: number;
  yourVersion: number;
  changedBy: string | null;
  changedAt: string | null;
  differingFields: string[];
  current: PersonView;
}

/** Mirrors VerifyReport (src/services/audit.service.ts). */
export interface AuditVerifyReport {
  checked: number;
  ok: boolean;
  problems: Array<{ id: number; problem: 'hash_mismatch' | 'broken_link'; message: string }>;
}
