import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Kysely's view of the tables in migrations/*.sql (CamelCasePlugin maps the names). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updatedAt: Generated<Timestamp>;
}

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  level: 'province' | 'district' | 'commune' | 'department';
  kind: string;
  parentId: number | null;
  validFrom: ColumnType<string, string | undefined, string>;
  validTo: string | null;
  agencyCode: string | null;
  source: string | null;
}

export interface UnitSuccessionsTable {
  predecessorId: number;
  successorId: number;
  effective: string;
  basis: string | null;
}

export interface UnitCodeAliasesTable {
  alias: string;
  code: string;
  note: string | null;
}

export interface CalendarYearsTable {
  year: number;
  daysOff: Json<string[]>;
  extraWorkingDays: Json<string[]>;
  reviewed: boolean;
  source: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: string | null;
}

export interface ProceduresTable {
  id: Generated<number>;
  code: string;
  version: number;
  isCurrent: boolean;
  name: string;
  field: string;
  level: 'province' | 'district' | 'commune';
  workingDays: number;
  onlineLevel: 'full' | 'partial' | 'none';
  fee: number | null;
  requiredDocuments: Json<string[]>;
  steps: Json<Array<{ name: string; department?: string; workingDays: number }>>;
  isDemo: boolean;
  contentHash: string;
  createdAt: Generated<Timestamp>;
}

type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface DossiersTable {
  id: Generated<number>;
  code: string;
  unitId: number;
  procedureId: number;
  channel: 'direct' | 'online' | 'postal';
  applicant: Json<Record<string, string>>;
  workingDays: number | null;
  explicitDueAt: Timestamp | null;
  returnMethod: ColumnType<'counter' | 'postal' | null, 'counter' | 'postal' | null | undefined, 'counter' | 'postal' | null>;
  status: string;
  submittedAt: Timestamp | null;
  receivedAt: Timestamp | null;
  refusedAt: Timestamp | null;
  finishedAt: Timestamp | null;
  finishType: string | null;
  dueAt: Timestamp | null;
  timeliness: string | null;
  apologyAt: Timestamp | null;
  newAppointmentAt: Timestamp | null;
  resultReturnedAt: Timestamp | null;
  resultVia: string | null;
  ratedAt: Timestamp | null;
  rating: string | null;
  holder: string | null;
  eventCount: number;
  contentHash: string;
  createdAt: Generated<Timestamp>;
  updatedAt: UpdatedAt;
}

export interface DossierEventsTable {
  id: Generated<number>;
  dossierId: number;
  seq: number;
  type: string;
  at: Timestamp;
  actor: string;
  payload: Json<Record<string, unknown>>;
  recordedAt: Generated<Timestamp>;
}

export interface DossierPausesTable {
  dossierId: number;
  kind: 'supplement' | 'obligation';
  startAt: Timestamp;
  endAt: Timestamp | null;
}

export interface DossierCodeSequencesTable {
  agencyCode: string;
  day: string;
  last: number;
}

export interface IdempotencyKeysTable {
  key: string;
  requestHash: string;
  statusCode: number;
  response: Json<unknown>;
  createdAt: Generated<Timestamp>;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  fullName: string;
  role: string;
  unitId: number;
  passwordHash: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  isDemo: ColumnType<boolean, boolean | undefined, boolean>;
  failedLogins: ColumnType<number, number | undefined, number>;
  lockedUntil: Timestamp | null;
  createdAt: Generated<Timestamp>;
  updatedAt: UpdatedAt;
}

export interface SessionsTable {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: Generated<Timestamp>;
  expiresAt: Timestamp;
  lastSeenAt: UpdatedAt;
}

export interface DossierAttachmentsTable {
  id: Generated<number>;
  dossierId: number;
  kind: 'document' | 'supplement' | 'result';
  label: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string;
  uploadedAt: UpdatedAt;
}

export interface Database {
  dossierAttachments: DossierAttachmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  settings: SettingsTable;
  units: UnitsTable;
  unitSuccessions: UnitSuccessionsTable;
  unitCodeAliases: UnitCodeAliasesTable;
  calendarYears: CalendarYearsTable;
  procedures: ProceduresTable;
  dossiers: DossiersTable;
  dossierEvents: DossierEventsTable;
  dossierPauses: DossierPausesTable;
  dossierCodeSequences: DossierCodeSequencesTable;
  idempotencyKeys: IdempotencyKeysTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type ProcedureRow = Selectable<ProceduresTable>;
export type DossierRow = Selectable<DossiersTable>;
export type NewDossier = Insertable<DossiersTable>;
export type DossierEventRow = Selectable<DossierEventsTable>;
export type UserRow = Selectable<UsersTable>;
