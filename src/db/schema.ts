// Kysely table types, one interface per table, matching src/db/migrations.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns travel as ISO strings 'YYYY-MM-DD' (type parser set in connect.ts). */
type DateCol = string;

export interface CodeItemsTable {
  table_name: string;
  code: string;
  label: string;
  sort_order: number;
  version: Generated<number>;
}

export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  kind: string;
  level: string;
  division_code: string | null;
  is_tibetan_area: Generated<boolean>;
  altitude: number | null;
  hardship_class: number | null;
  leadership_seats: number | null;
  sort_order: Generated<number>;
  path: Generated<string>;
  depth: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  name_initials: Generated<string>;
  name_pinyin: Generated<string>;
  gender: string;
  ethnicity: string;
  birth_date: DateCol;
  id_number_enc: string | null;
  id_number_hmac: string | null;
  id_number_masked: string | null;
  native_place: string | null;
  birthplace: string | null;
  growth_place: string | null;
  political_status: string;
  party_join_date: DateCol | null;
  party_note: string | null;
  work_start_date: DateCol | null;
  category: string;
  unit_id: number | null;
  unit_path: Generated<string>;
  post: string | null;
  post_kind: string | null;
  rank: string | null;
  grade: string | null;
  rank_start_date: DateCol | null;
  post_start_date: DateCol | null;
  unit_start_date: DateCol | null;
  is_reserve: Generated<boolean>;
  pool_tier: string | null;
  specialities: Generated<string[]>;
  tags: Generated<string[]>;
  health_enc: string | null;
  health_note_enc: string | null;
  service_intention: string | null;
  edu_fulltime: string | null;
  edu_any: string | null;
  title_level: string | null;
  title_series: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EducationRecordsTable {
  id: Generated<number>;
  person_id: number;
  seq: number;
  mode: string;
  level: string;
  degree: string | null;
  school: string | null;
  major: string | null;
  start_date: DateCol | null;
  end_date: DateCol | null;
  version: Generated<number>;
}

export interface TitleRecordsTable {
  id: Generated<number>;
  person_id: number;
  seq: number;
  series: string;
  level: string;
  name: string | null;
  obtained_date: DateCol | null;
  version: Generated<number>;
}

export interface AppointmentsTable {
  id: Generated<number>;
  person_id: number;
  seq: number;
  unit_id: number | null;
  unit_name: string;
  post: string;
  post_kind: string | null;
  rank: string | null;
  start_date: DateCol;
  end_date: DateCol | null;
  version: Generated<number>;
}

export interface AppraisalsTable {
  person_id: number;
  year: number;
  grade: string;
  version: Generated<number>;
}

export interface FamilyMembersTable {
  id: Generated<number>;
  person_id: number;
  seq: number;
  data_enc: string;
  version: Generated<number>;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  scope: string;
  unit_id: number | null;
  person_id: number | null;
  is_active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  password_changed_at: Timestamp;
  must_change_password: Generated<boolean>;
  last_login_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginLogTable {
  id: Generated<number>;
  at: Timestamp;
  username: string;
  user_id: number | null;
  ip: string | null;
  result: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  username: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  result: Generated<string>;
  prev_hash: string;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: unknown;
}

export interface DB {
  code_items: CodeItemsTable;
  units: UnitsTable;
  people: PeopleTable;
  education_records: EducationRecordsTable;
  title_records: TitleRecordsTable;
  appointments: AppointmentsTable;
  appraisals: AppraisalsTable;
  family_members: FamilyMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_log: LoginLogTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  import_batches: ImportBatchesTable;
  rule_sets: RuleSetsTable;
  rule_set_versions: RuleSetVersionsTable;
  unit_people_counts: UnitPeopleCountsTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type UserRow = Selectable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;

export interface ImportBatchesTable {
  id: string;
  user_id: number;
  kind: string;
  file_name: string | null;
  created_at: Timestamp;
  status: Generated<string>;
  summary: unknown;
  payload: unknown;
}

export interface RuleSetsTable {
  id: string;
  name: string;
  definition: unknown;
  based_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RuleSetVersionsTable {
  rule_set_id: string;
  version: number;
  definition: unknown;
  saved_by: string | null;
  saved_at: Timestamp;
}

export interface UnitPeopleCountsTable {
  unit_key: number;
  n: number;
}
