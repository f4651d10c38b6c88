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
  /** Not in the contract yet (requested): the committee a department belongs to. */
  parentCode?: string;
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
