import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** jsonb holding any JSON value: written as a JSON string, read back parsed. */
type Json = ColumnType<unknown, string | null, string | null>;

// Kysely's view of the tables. DATE columns are strings ('YYYY-MM-DD', see database.ts); timestamps are Dates.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrgUnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  type: string;
  kemendagri_code: string | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PositionsTable {
  id: Generated<number>;
  name: string;
  category: string;
  unit_id: number;
  superior_position_id: number | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployeesTable {
  id: Generated<number>;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  kind: string;
  gender: string;
  birth_date: string;
  tmt: string;
  golongan: string | null;
  email: string | null;
  phone: string | null;
  is_active: Generated<boolean>;
  deactivated_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployeePositionsTable {
  id: Generated<number>;
  employee_id: number;
  position_id: number;
  start_date: string;
  end_date: string | null;
  reason: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  employee_id: number | null;
  is_active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  last_failed_at: Date | null;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Date | null;
  created_at: CreatedAt;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  success: boolean;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export interface SettingsTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export type ImportRowError = { row: number; field: string; message: string };

export interface ImportJobsTable {
  id: string;
  kind: string;
  status: string;
  mode: string;
  file_name: string;
  created_by: number | null;
  total: Generated<number>;
  processed: Generated<number>;
  inserted: Generated<number>;
  errors: JSONColumnType<ImportRowError[]>;
  message: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  prev_hash: string;
  hash: string;
}

export interface DB {
  org_units: OrgUnitsTable;
  positions: PositionsTable;
  employees: EmployeesTable;
  employee_positions: EmployeePositionsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  settings: SettingsTable;
  import_jobs: ImportJobsTable;
  audit_log: AuditLogTable;
}
