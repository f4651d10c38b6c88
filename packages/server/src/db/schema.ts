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
  reformPlans: ReformPlansTable;
  reformPlanTasks: ReformPlanTasksTable;
  reformPlanActivities: ReformPlanActivitiesTable;
  assignedTasks: AssignedTasksTable;
  assignedTaskNotes: AssignedTaskNotesTable;
  reformDocuments: ReformDocumentsTable;
  inspectionPlans: InspectionPlansTable;
  inspectionTargets: InspectionTargetsTable;
  initiatives: InitiativesTable;
  communicationActivities: CommunicationActivitiesTable;
  figureCatalogues: FigureCataloguesTable;
  figureForms: FigureFormsTable;
  figureValues: FigureValuesTable;
  figureFormEvents: FigureFormEventsTable;
  appraisalSets: AppraisalSetsTable;
  appraisals: AppraisalsTable;
  appraisalEntries: AppraisalEntriesTable;
  appraisalScores: AppraisalScoresTable;
  appraisalEvents: AppraisalEventsTable;
  feedbackDeadlines: FeedbackDeadlinesTable;
  feedback: FeedbackTable;
  feedbackEvents: FeedbackEventsTable;
  feedbackCodeSequences: FeedbackCodeSequencesTable;
  feedbackAttachments: FeedbackAttachmentsTable;
  reformPlanEvidence: ReformPlanEvidenceTable;
  reportTemplates: ReportTemplatesTable;
  reports: ReportsTable;
  reportEvents: ReportEventsTable;
}

/** Evidence files of a plan's task or activity, named by code (migration 0010_plan_evidence.sql). */
export interface ReformPlanEvidenceTable {
  id: Generated<number>;
  planId: number;
  taskCode: string;
  activityCode: string | null;
  label: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string;
  uploadedAt: UpdatedAt;
}

export type UnitRow = Selectable<UnitsTable>;
export type ProcedureRow = Selectable<ProceduresTable>;
export type DossierRow = Selectable<DossiersTable>;
export type NewDossier = Insertable<DossiersTable>;
export type DossierEventRow = Selectable<DossierEventsTable>;
export type UserRow = Selectable<UsersTable>;

// Reform plan and assigned tasks (migration 0005_reform_plan.sql); dates are 'YYYY-MM-DD'.
type WorkStatusColumn = 'not_started' | 'in_progress' | 'done';

export interface ReformPlansTable {
  id: Generated<number>;
  unitId: number;
  year: number;
  documentNumber: string;
  documentDate: string;
  title: string;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedAt: UpdatedAt;
}

export interface ReformPlanTasksTable {
  id: Generated<number>;
  planId: number;
  seq: number;
  code: string;
  area: string;
  content: string;
  ownerUnitId: number;
  cooperating: Json<string[]>;
  expectedOutput: string | null;
  deadline: string | null;
  status: WorkStatusColumn;
  completedOn: string | null;
  evidence: string | null;
}

export interface ReformPlanActivitiesTable {
  id: Generated<number>;
  taskId: number;
  seq: number;
  code: string;
  content: string;
  ownerUnitId: number | null;
  expectedOutput: string | null;
  deadline: string | null;
  status: WorkStatusColumn;
  completedOn: string | null;
  evidence: string | null;
}

export interface AssignedTasksTable {
  id: Generated<number>;
  unitId: number;
  sourceNumber: string;
  sourceDate: string;
  issuer: 'province_committee' | 'province_chairman' | 'other';
  issuerName: string | null;
  content: string;
  deadline: string | null;
  leadUnitId: number;
  assignee: string | null;
  status: WorkStatusColumn;
  completedOn: string | null;
  reportNumber: string | null;
  reportDate: string | null;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedAt: UpdatedAt;
}

export interface AssignedTaskNotesTable {
  id: Generated<number>;
  taskId: number;
  at: UpdatedAt;
  author: string;
  note: string;
}

// Directives, inspections, initiatives, communication, periodic figures (0006_reform_records.sql).
export interface ReformDocumentsTable {
  id: Generated<number>;
  unitId: number;
  number: string;
  issuedOn: string;
  type: string;
  excerpt: string;
  link: string | null;
  note: string | null;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedBy: string;
  updatedAt: UpdatedAt;
}

export interface InspectionPlansTable {
  id: Generated<number>;
  unitId: number;
  number: string;
  issuedOn: string;
  subject: string;
  round: string | null;
  note: string | null;
  createdBy: string;
  createdAt: UpdatedAt;
}

export interface InspectionTargetsTable {
  id: Generated<number>;
  planId: number;
  unitId: number;
  scheduledOn: string | null;
  inspectedOn: string | null;
  findings: string | null;
  followUp: string | null;
  followUpDone: ColumnType<boolean, boolean | undefined, boolean>;
  updatedBy: string;
  updatedAt: UpdatedAt;
}

export interface InitiativesTable {
  id: Generated<number>;
  unitId: number;
  name: string;
  kind: string;
  area: string | null;
  description: string | null;
  registeredOn: string;
  status: string;
  evaluation: string | null;
  evaluatedOn: string | null;
  note: string | null;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedBy: string;
  updatedAt: UpdatedAt;
}

export interface CommunicationActivitiesTable {
  id: Generated<number>;
  unitId: number;
  channel: string;
  description: string;
  fromDate: string;
  toDate: string;
  count: number | null;
  participants: number | null;
  basis: string | null;
  note: string | null;
  createdBy: string;
  createdAt: UpdatedAt;
  /** NULL until first edited (migration 0010). */
  updatedBy: ColumnType<string | null, string | null | undefined, string | null>;
  updatedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface FigureCataloguesTable {
  version: number;
  definitions: Json<unknown[]>;
  note: string | null;
  publishedBy: string;
  publishedAt: UpdatedAt;
}

export interface FigureFormsTable {
  id: Generated<number>;
  unitId: number;
  period: string;
  catalogueVersion: number;
  status: 'open' | 'locked';
  lockedAt: Timestamp | null;
  lockedBy: string | null;
  createdAt: UpdatedAt;
  updatedAt: UpdatedAt;
}

export interface FigureValuesTable {
  formId: number;
  code: string;
  /** numeric: written as a decimal string, read as a number (pg type parser). */
  value: ColumnType<number, string, string>;
  enteredBy: string;
  enteredAt: UpdatedAt;
}

export interface FigureFormEventsTable {
  id: Generated<number>;
  formId: number;
  action: 'values' | 'lock' | 'unlock';
  actor: string;
  at: UpdatedAt;
  reason: string | null;
  detail: Json<Record<string, unknown>>;
}

// Citizen feedback, PAKN (migration 0007_feedback.sql).
export type FeedbackKindColumn = 'regulation' | 'conduct' | 'dossier' | 'other';

export interface FeedbackDeadlinesTable {
  id: Generated<number>;
  kind: FeedbackKindColumn;
  /** numeric: read as a number (pg type parser). */
  workingDays: ColumnType<number, number | string, number | string>;
  validFrom: string;
  validTo: string | null;
  basis: string;
  note: string | null;
  createdBy: ColumnType<string, string | undefined, string>;
  createdAt: Generated<Timestamp>;
}

export interface FeedbackTable {
  id: Generated<number>;
  code: string;
  unitId: number;
  kind: FeedbackKindColumn;
  channel: 'portal' | 'paper' | 'phone' | 'email' | 'hotline' | 'direct';
  dossierId: number | null;
  procedureCode: string | null;
  senderName: string;
  senderPhone: string | null;
  senderEmail: string | null;
  senderAddress: string | null;
  title: string;
  content: string;
  consentPublish: boolean;
  receivedAt: Timestamp;
  workingDays: ColumnType<number, number | string, number | string>;
  dueAt: Timestamp;
  status: 'received' | 'assigned' | 'replied' | 'closed' | 'rejected';
  assignedUnitId: number | null;
  assignedUser: string | null;
  repliedAt: Timestamp | null;
  reply: string | null;
  publishReply: boolean;
  rejectedAt: Timestamp | null;
  rejectReason: 'out_of_competence' | 'duplicate' | null;
  closedAt: Timestamp | null;
  rating: 'very_satisfied' | 'satisfied' | 'dissatisfied' | null;
  ratedAt: Timestamp | null;
  eventCount: number;
  createdBy: string;
  createdAt: Generated<Timestamp>;
  updatedAt: UpdatedAt;
}

export interface FeedbackEventsTable {
  id: Generated<number>;
  feedbackId: number;
  seq: number;
  type: 'received' | 'assigned' | 'replied' | 'rejected' | 'closed' | 'rated';
  at: Timestamp;
  actor: string;
  payload: Json<Record<string, unknown>>;
  recordedAt: Generated<Timestamp>;
}

export interface FeedbackCodeSequencesTable {
  unitCode: string;
  day: string;
  last: number;
}

export interface FeedbackAttachmentsTable {
  id: Generated<number>;
  feedbackId: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string;
  uploadedAt: UpdatedAt;
}

// Commune reform index appraisal (migration 0008_appraisal.sql); numeric columns read as numbers.
type Points = ColumnType<number, string | number, string | number>;
type NullablePoints = ColumnType<number | null, string | number | null | undefined, string | number | null>;

export interface AppraisalSetsTable {
  id: Generated<number>;
  unitId: number;
  year: number;
  name: string;
  basis: string | null;
  surveyMax: Points;
  areas: Json<unknown[]>;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedBy: string;
  updatedAt: UpdatedAt;
}

export interface AppraisalsTable {
  id: Generated<number>;
  unitId: number;
  year: number;
  setId: number;
  title: string;
  decision: string | null;
  council: Json<unknown[]>;
  note: string | null;
  status: ColumnType<'open' | 'published', 'open' | 'published' | undefined, 'open' | 'published'>;
  publishedAt: Timestamp | null;
  publishedBy: string | null;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedAt: UpdatedAt;
}

type EntryStatusColumn = 'self_assessment' | 'submitted' | 'appraised';
export interface AppraisalEntriesTable {
  id: Generated<number>;
  appraisalId: number;
  unitId: number;
  status: ColumnType<EntryStatusColumn, EntryStatusColumn | undefined, EntryStatusColumn>;
  surveyScore: NullablePoints;
  submittedAt: Timestamp | null;
  submittedBy: string | null;
  appraisedAt: Timestamp | null;
  appraisedBy: string | null;
  updatedAt: UpdatedAt;
}

export interface AppraisalScoresTable {
  entryId: number;
  criterion: string;
  selfScore: NullablePoints;
  selfNote: string | null;
  evidence: string | null;
  links: ColumnType<Array<{ label: string; url: string }>, string | undefined, string>;
  prefillValue: NullablePoints;
  prefillScore: NullablePoints;
  selfBy: string | null;
  selfAt: Timestamp | null;
  appraisedScore: NullablePoints;
  comment: string | null;
  appraisedBy: string | null;
  appraisedAt: Timestamp | null;
}

export interface AppraisalEventsTable {
  id: Generated<number>;
  appraisalId: number;
  entryId: number | null;
  action: string;
  actor: string;
  at: UpdatedAt;
  reason: string | null;
  detail: Json<Record<string, unknown>>;
}

// Periodic CCHC reports (migration 0009_reports.sql); JSON bodies are typed in modules/reports.
export interface ReportTemplatesTable {
  id: Generated<number>;
  code: string;
  name: string;
  version: number;
  validFrom: string;
  validTo: string | null;
  unitScope: 'district' | 'commune' | 'any';
  body: Json<unknown>;
  createdBy: string;
  createdAt: UpdatedAt;
}

export interface ReportsTable {
  id: Generated<number>;
  unitId: number;
  kind: 'quarter' | 'half' | 'nine_months' | 'year' | 'custom';
  period: string | null;
  periodFrom: string;
  periodTo: string;
  templateId: number;
  title: string;
  status: 'draft' | 'submitted' | 'approved' | 'issued' | 'superseded';
  version: ColumnType<number, number | undefined, number>;
  number: string | null;
  issuedOn: string | null;
  supersedesId: number | null;
  supersededById: number | null;
  narratives: Json<unknown>;
  observations: Json<unknown>;
  signer: Json<unknown>;
  recipients: Json<unknown>;
  data: Json<unknown>;
  dataAt: Timestamp;
  rendered: ColumnType<unknown, string | null, string | null>;
  annex: ColumnType<unknown, string | null, string | null>;
  createdBy: string;
  createdAt: UpdatedAt;
  updatedAt: UpdatedAt;
}

export interface ReportEventsTable {
  id: Generated<number>;
  reportId: number;
  at: UpdatedAt;
  actor: string;
  action: string;
  note: string | null;
}
