/**
 * Shapes of the API's JSON, mirroring packages/server/src/modules/*\/schema.ts (the OpenAPI at
 * /docs/json is the contract). Enumerations come from @motcua/core so a new status or event
 * type is one change for the server, the rules and this app.
 */
import type { Channel, DossierStatus, EventType, RatingLevel, ReturnVia, Role } from '@motcua/core';

export type Timeliness = 'early' | 'on_time' | 'overdue';
export type UnitLevel = 'province' | 'district' | 'commune' | 'department';
export type ProcedureLevel = 'province' | 'district' | 'commune';
export type OnlineLevel = 'full' | 'partial' | 'none';

export interface SessionUnit {
  code: string;
  name: string;
  level: UnitLevel | string;
  /** The committee a department or commune belongs to. */
  parentCode?: string | null;
  /** Last day of a unit that has ceased (merged on 01/07/2025…); null or absent: it still exists. */
  validTo?: string | null;
}

export interface SessionUser {
  username: string;
  fullName: string;
  role: Role;
  unit: SessionUnit;
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  kind: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  agencyCode: string | null;
}

export interface ProcedureStep {
  name: string;
  department?: string;
  workingDays: number;
}

export interface Procedure {
  code: string;
  version: number;
  name: string;
  field: string;
  level: ProcedureLevel;
  workingDays: number;
  onlineLevel: OnlineLevel;
  fee: number | null;
  requiredDocuments: string[];
  steps: ProcedureStep[];
  demo: boolean;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface Applicant {
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  email?: string;
}

export interface CreateDossierBody {
  unit: string;
  procedure: string;
  channel: Channel;
  applicant: Applicant;
  action: 'submitted' | 'received' | 'refused';
  reason?: string;
  /** How the applicant wants the result back (Mẫu 01). */
  returnMethod?: ReturnVia;
}

export interface DossierSummary {
  code: string;
  unit: string;
  procedureCode: string;
  procedureName: string;
  channel: Channel;
  applicantName: string;
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  timeliness: Timeliness | null;
  holder: string | null;
}

export interface DossierEventView {
  seq: number;
  type: EventType;
  at: string;
  actor: string;
  payload: Record<string, unknown>;
}

export interface StepView {
  seq: number;
  step: string | null;
  to: string;
  at: string;
  workingDays: number | null;
  dueAt: string | null;
  doneAt: string | null;
  timeliness: Timeliness | null;
}

export interface PauseView {
  kind: 'supplement' | 'obligation';
  start: string;
  end: string | null;
}

export interface DueExplanation {
  budgetHours: number;
  pausedHours: number;
  skippedDays: { date: string; reason: 'weekend' | 'day_off' }[];
}

export interface DossierView {
  code: string;
  unit: string;
  /** The receiving unit's name (Đơn vị tiếp nhận). */
  unitName: string;
  procedure: { code: string; version: number; name: string; workingDays: number };
  channel: Channel;
  applicant: Applicant;
  status: DossierStatus;
  workingDays: number;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  dueIsExplicit: boolean;
  finishedAt: string | null;
  timeliness: Timeliness | null;
  apology: { at: string; newAppointment: string | null } | null;
  resultReturned: { at: string; via: ReturnVia } | null;
  rating: { at: string; level: RatingLevel } | null;
  holder: string | null;
  allowedActions: EventType[];
  pauses: PauseView[];
  events: DossierEventView[];
  steps: StepView[];
  dueExplanation: DueExplanation | null;
}

/** POST /api/dossiers/{code}/events, per ActionBody: each type carries its own fields. */
export type ActionBody =
  | { type: 'received' | 'supplement_received' | 'obligation_fulfilled' | 'resolved' }
  | { type: 'refused' | 'supplement_requested' | 'rejected'; reason: string }
  | { type: 'obligation_requested' | 'withdrawn'; reason?: string }
  | { type: 'forwarded'; to: string; step?: string }
  | { type: 'apology'; newAppointment: string; reason: string }
  | { type: 'result_returned'; via: ReturnVia }
  | { type: 'rated'; level: RatingLevel };

export type ActionType = ActionBody['type'];

export interface OverdueItem {
  code: string;
  unit: string;
  procedureCode: string;
  procedureName: string;
  status: DossierStatus;
  receivedAt: string;
  dueAt: string;
  state: 'overdue' | 'due_soon';
  workingHoursLate: number;
  reason: string;
  holder: string | null;
  step: { name: string | null; to: string; dueAt: string | null } | null;
}

export interface OverdueResponse {
  at: string;
  items: OverdueItem[];
}

/** GET/POST /api/dossiers/{code}/attachments: one digitised file (số hóa) of a dossier. */
export type AttachmentKind = 'document' | 'supplement' | 'result';

export interface AttachmentView {
  id: number;
  kind: AttachmentKind;
  label: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface FieldIssue {
  field: string;
  reason: string;
  line?: number;
}

/** The API's error body (packages/server/src/app.ts error handler). */
export interface ErrorBody {
  code: string;
  message: string;
  issues?: FieldIssue[];
  status?: string;
  allowedActions?: EventType[];
  lockedUntil?: string;
  resource?: string;
  key?: string;
}

// ——— Dashboard (GET /api/stats/*) ———

/** The statistics figures of one unit and period (STAT_FIELDS of @motcua/core). */
export type StatsFigures = Record<
  | 'receivedTotal'
  | 'receivedOnline'
  | 'receivedDirect'
  | 'carriedOver'
  | 'resolvedTotal'
  | 'resolvedEarly'
  | 'resolvedOnTime'
  | 'resolvedOverdue'
  | 'inProgressTotal'
  | 'inProgressOnTime'
  | 'inProgressOverdue'
  | 'awaitingSupplement'
  | 'awaitingObligation'
  | 'returnedTotal'
  | 'rejected'
  | 'withdrawn'
  | 'refusedAtReception'
  | 'resultsByPost'
  | 'ratedVerySatisfied'
  | 'ratedSatisfied'
  | 'ratedDissatisfied',
  number
>;

/** A period as the stats endpoints take it: a named one (`2023-H1`) or custom dates. */
export type PeriodQuery = { period: string } | { from: string; to: string };

export interface StatsResponse {
  unit: string;
  from: string;
  to: string;
  period?: string;
  self: StatsFigures;
  children: StatsFigures;
  byUnit: Record<string, StatsFigures>;
}

export type StatsScope = 'self' | 'children' | 'all';

export interface ByFieldResponse {
  unit: string;
  from: string;
  to: string;
  scope: StatsScope;
  rows: { level: string; field: string; figures: StatsFigures }[];
}

export interface TrendResponse {
  unit: string;
  months: { month: string; from: string; to: string; self: StatsFigures; children: StatsFigures }[];
}

export interface IndicatorFigures {
  handled: number;
  handledOnTime: number;
  handledDissatisfiedOrOverdue: number;
  overdueWithApology: number;
  overdueWithoutApology: number;
  awaitingPastDue: number;
  onlineAwaitingReception: number;
  receivedNew: number;
  receivedOnline: number;
  fullOnlineDossiers: number;
  fullOnlineSubmittedOnline: number;
  fullOnlineRate: string | null;
  scores766: { progress: number | null; satisfaction: number | null; onlineService: number | null };
}

export interface IndicatorsResponse {
  unit: string;
  from: string;
  to: string;
  self: IndicatorFigures;
  children: IndicatorFigures;
  procedures: { level: string; total: number; online: number; onlineUsed: number };
}

export { DRILLDOWN_KINDS, type DrilldownKind } from '@motcua/core';

export interface DrilldownItem {
  code: string;
  unit: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  applicantName: string;
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  holder: string | null;
}

// ——— Administration ———

export interface UnitDetail extends Unit {
  successors?: { code: string; name: string; effective: string }[];
}

/** PUT /api/procedures/{code}: a new version when the content changed. */
export interface ProcedureBody {
  name: string;
  field: string;
  level: ProcedureLevel;
  workingDays: number;
  onlineLevel: OnlineLevel;
  fee?: number;
  requiredDocuments?: string[];
  steps?: ProcedureStep[];
}

export interface ImportResult {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface CalendarYear {
  year: number;
  daysOff: string[];
  extraWorkingDays: string[];
  reviewed: boolean;
  source: string;
}

export interface UserView {
  username: string;
  fullName: string;
  role: Role;
  unit: { code: string; name: string; level: string; parentCode: string | null };
  active: boolean;
  locked: boolean;
  demo: boolean;
}

export interface CreateUserBody {
  username: string;
  fullName: string;
  role: Role;
  unit: string;
  unitOn?: string;
  password: string;
}

export interface UpdateUserBody {
  fullName?: string;
  role?: Role;
  unit?: string;
  unitOn?: string;
  active?: boolean;
  password?: string;
}

// ——— Administrative reform (issue #4) ———

export type WorkStatusCode = 'not_started' | 'in_progress' | 'done';
export type AssignmentIssuer = 'province_committee' | 'province_chairman' | 'other';
export type AssignmentOutcome = 'no_deadline' | 'on_time' | 'late' | 'overdue' | 'not_due';
export interface UnitRef {
  code: string;
  name: string;
}

export interface AssignmentView {
  id: number;
  unit: UnitRef;
  sourceNumber: string;
  sourceDate: string;
  issuer: AssignmentIssuer;
  issuerName: string | null;
  source: string;
  content: string;
  deadline: string | null;
  deadlineLabel: string;
  leadUnit: UnitRef;
  assignee: string | null;
  status: WorkStatusCode;
  completedOn: string | null;
  reportNumber: string | null;
  reportDate: string | null;
  outcome: AssignmentOutcome;
  notes: Array<{ at: string; author: string; note: string }>;
}

export interface CreateAssignmentBody {
  unit: string;
  sourceNumber: string;
  sourceDate: string;
  issuer: AssignmentIssuer;
  issuerName?: string | null;
  content: string;
  deadline: string | null;
  leadUnit: string;
  assignee?: string | null;
}
export type UpdateAssignmentBody = Partial<Omit<CreateAssignmentBody, 'unit'>>;

export interface AssignmentProgressBody {
  note?: string | null;
  status?: WorkStatusCode;
  completedOn?: string | null;
  reportNumber?: string | null;
  reportDate?: string | null;
}

export interface AssignmentListQuery {
  unit?: string | undefined;
  mine?: boolean | undefined;
  open?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export interface AssignmentStatItem {
  id: number;
  content: string;
  source: string;
  leadUnit: UnitRef;
  deadline: string;
  completedOn: string | null;
  daysLate: number;
}
export interface AssignmentCount {
  count: number;
  rate: string;
}
export interface AssignmentStats {
  unit: UnitRef;
  from: string;
  to: string;
  period?: string;
  total: number;
  withDeadline: number;
  withoutDeadline: number;
  onTime: AssignmentCount;
  late: AssignmentCount;
  overdue: AssignmentCount;
  notDue: AssignmentCount;
  lateItems: AssignmentStatItem[];
  overdueItems: AssignmentStatItem[];
}

export interface ReminderItem {
  id: number;
  content: string;
  source: string;
  leadUnit: UnitRef;
  assignee: string | null;
  deadline: string;
  state: 'overdue' | 'due_soon';
  workingDaysLeft: number;
  notify: string[];
  escalate: boolean;
  escalateTo: Array<{ username: string; fullName: string }>;
}
export interface AssignmentReminders {
  unit: UnitRef;
  at: string;
  horizon: string;
  items: ReminderItem[];
}

export type FigureKindCode = 'count' | 'amount' | 'percent' | 'rate';
export interface FigureItem {
  code: string;
  name: string;
  section: string;
  measure: string;
  kind: FigureKindCode;
  parent: string | null;
  numerator: string | null;
  denominator: string | null;
  department: string | null;
  value: number | null;
  display: string | null;
  previous: number | null;
  previousDisplay: string | null;
}
export interface FigureFormEvent {
  action: 'values' | 'lock' | 'unlock';
  actor: string;
  at: string;
  reason: string | null;
  detail: Record<string, unknown>;
}
export interface FigureFormView {
  unit: string;
  unitName: string;
  period: string;
  from: string;
  to: string;
  previousPeriod: string | null;
  exists: boolean;
  catalogueVersion: number;
  status: 'open' | 'locked';
  lockedAt: string | null;
  lockedBy: string | null;
  figures: FigureItem[];
  history: FigureFormEvent[];
}
export interface FigureDefinitionView {
  code: string;
  name: string;
  section: string;
  measure: string;
  kind: FigureKindCode;
  decimals: number;
  parent?: string;
  numerator?: string;
  denominator?: string;
  department?: string;
  note?: string;
}
export interface FigureCatalogue {
  version: number;
  note: string | null;
  publishedBy: string;
  publishedAt: string;
  definitions: FigureDefinitionView[];
}

export interface PlanRate {
  done: number;
  total: number;
  rate: string;
}
export interface PlanTasksAndActivities {
  tasks: PlanRate;
  activities: PlanRate;
}
export interface PlanWorkView {
  id: number;
  code: string;
  content: string;
  expectedOutput: string | null;
  deadline: string | null;
  status: WorkStatusCode;
  completedOn: string | null;
  evidence: string | null;
}
export interface PlanActivityView extends PlanWorkView {
  owner: UnitRef | null;
}
export interface PlanTaskView extends PlanWorkView {
  area: string;
  areaLabel: string;
  owner: UnitRef;
  cooperating: string[];
  activities: PlanActivityView[];
}
export interface PlanSummary {
  id: number;
  unit: UnitRef;
  year: number;
  documentNumber: string;
  documentDate: string;
  title: string;
  taskCount: number;
  activityCount: number;
}
export interface PlanView extends PlanSummary {
  tasks: PlanTaskView[];
}
export interface PlanOverdueWork {
  kind: 'task' | 'activity';
  planId: number;
  unit: string;
  taskCode: string;
  code: string;
  content: string;
  owner: UnitRef;
  deadline: string;
  daysLate: number;
}
export type PlanByArea = PlanTasksAndActivities & { area: string; label: string };
export interface PlanProgress extends PlanTasksAndActivities {
  plan: PlanSummary;
  at: string;
  byArea: PlanByArea[];
  byOwner: Array<PlanTasksAndActivities & { owner: UnitRef }>;
  overdue: PlanOverdueWork[];
}
export interface PlanRollup extends PlanTasksAndActivities {
  unit: UnitRef;
  year: number;
  at: string;
  byUnit: Array<PlanTasksAndActivities & { unit: UnitRef; planId: number; documentNumber: string; documentDate: string }>;
  withoutPlan: UnitRef[];
  byArea: PlanByArea[];
  overdue: PlanOverdueWork[];
}
export interface PlanStatusBody {
  status: WorkStatusCode;
  completedOn: string | null;
  evidence?: string | null;
}
/** Mirrors packages/server/src/modules/plans/schema.ts ActivityInput / TaskInput / CreatePlanBody. */
export interface PlanActivityInput {
  code: string;
  owner?: string | null;
  content: string;
  expectedOutput?: string | null;
  deadline: string | null;
  status?: WorkStatusCode;
  completedOn?: string | null;
  evidence?: string | null;
}
export interface PlanTaskInput extends Omit<PlanActivityInput, 'owner'> {
  area: string;
  owner: string;
  cooperating?: string[];
  activities?: PlanActivityInput[];
}
export interface CreatePlanBody {
  unit: string;
  year: number;
  documentNumber: string;
  documentDate: string;
  title?: string;
  tasks?: PlanTaskInput[];
}
export interface PlanImportResult {
  planId: number;
  tasks: number;
  activities: number;
  replaced: boolean;
}

// ——— Reform records (issue #4): directing documents, inspections, initiatives, communication ———
// Mirrors packages/server/src/modules/reform-records/schema.ts.

export const REFORM_DOCUMENT_TYPES = ['plan', 'decision', 'official_letter', 'notice', 'directive', 'guidance', 'report', 'other'] as const;
export type ReformDocumentType = (typeof REFORM_DOCUMENT_TYPES)[number];
export const INITIATIVE_KINDS = ['model', 'initiative', 'solution'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const INITIATIVE_STATUSES = ['registered', 'in_progress', 'evaluated', 'replicated', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const COMMUNICATION_CHANNELS = [
  'bulletin',
  'portal',
  'radio_tv',
  'grassroots_radio',
  'notice_board',
  'poster',
  'meeting',
  'library',
  'digital_team',
  'social_media',
  'leaflet',
  'other',
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

/** `unit` plus either `period` (2023-H1…) or `from`/`to`. */
export type ReformRecordQuery = { unit: string } & PeriodQuery;
interface ReformPeriodOut {
  unit: string;
  from: string;
  to: string;
  period?: string;
}

export interface ReformDocumentView {
  id: number;
  unit: string;
  unitName: string;
  number: string;
  issuedOn: string;
  type: ReformDocumentType;
  typeLabel: string;
  excerpt: string;
  link: string | null;
  note: string | null;
  /** "111/KH-UBND ngày 17/01/2023" */
  display: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}
export interface ReformDocumentList extends ReformPeriodOut {
  total: number;
  items: ReformDocumentView[];
}
export interface ReformTypeCounts {
  total: number;
  byType: Record<string, number>;
}
export interface ReformDocumentCounts extends ReformPeriodOut {
  self: ReformTypeCounts;
  children: ReformTypeCounts;
  byUnit: Record<string, number>;
}
export interface ReformDocumentBody {
  unit: string;
  number: string;
  issuedOn: string;
  type: ReformDocumentType;
  excerpt: string;
  link?: string;
  note?: string;
}
export interface ReformDocumentPatch {
  number?: string;
  issuedOn?: string;
  type?: ReformDocumentType;
  excerpt?: string;
  link?: string | null;
  note?: string | null;
}

export interface InspectionTargetView {
  unit: string;
  unitName: string;
  scheduledOn: string | null;
  inspectedOn: string | null;
  done: boolean;
  findings: string | null;
  followUp: string | null;
  followUpDone: boolean;
}
export interface InspectionPlanView {
  id: number;
  unit: string;
  unitName: string;
  number: string;
  issuedOn: string;
  display: string;
  subject: string;
  round: string | null;
  note: string | null;
  createdBy: string;
  targets: InspectionTargetView[];
  planned: number;
  done: number;
}
export interface InspectionPlanList extends ReformPeriodOut {
  items: InspectionPlanView[];
}
export interface InspectionSummary extends ReformPeriodOut {
  plans: number;
  planned: number;
  scheduled: number;
  done: number;
  pending: number;
  followUpOpen: number;
}
export interface InspectionPlanBody {
  unit: string;
  number: string;
  issuedOn: string;
  subject: string;
  round?: string;
  note?: string;
  targets: Array<{ unit: string; scheduledOn?: string }>;
}
export interface InspectionTargetPatch {
  scheduledOn?: string | null;
  inspectedOn?: string | null;
  findings?: string | null;
  followUp?: string | null;
  followUpDone?: boolean;
}

export interface InitiativeView {
  id: number;
  unit: string;
  unitName: string;
  name: string;
  kind: InitiativeKind;
  kindLabel: string;
  area: string | null;
  description: string | null;
  registeredOn: string;
  status: InitiativeStatus;
  statusLabel: string;
  evaluation: string | null;
  evaluatedOn: string | null;
  note: string | null;
  createdBy: string;
  updatedBy: string;
  updatedAt: string;
}
export interface InitiativeList extends ReformPeriodOut {
  total: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  items: InitiativeView[];
}
export interface InitiativeBody {
  unit: string;
  name: string;
  kind: InitiativeKind;
  area?: string;
  description?: string;
  registeredOn: string;
  status?: InitiativeStatus;
  evaluation?: string;
  evaluatedOn?: string;
  note?: string;
}
export interface InitiativePatch {
  name?: string;
  kind?: InitiativeKind;
  area?: string | null;
  description?: string | null;
  status?: InitiativeStatus;
  evaluation?: string | null;
  evaluatedOn?: string | null;
  note?: string | null;
}

export interface CommunicationView {
  id: number;
  unit: string;
  channel: CommunicationChannel;
  channelLabel: string;
  description: string;
  fromDate: string;
  toDate: string;
  count: number | null;
  participants: number | null;
  basis: string | null;
  note: string | null;
  createdBy: string;
}
export interface CommunicationList extends ReformPeriodOut {
  activities: number;
  byChannel: Record<string, { label: string; activities: number; count: number; participants: number }>;
  items: CommunicationView[];
}
export interface CommunicationBody {
  unit: string;
  channel: CommunicationChannel;
  description: string;
  fromDate: string;
  toDate: string;
  count?: number;
  participants?: number;
  basis?: string;
  note?: string;
}
