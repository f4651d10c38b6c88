import { apiRequest } from './client';
import type {
  ActionBody,
  AssignmentListQuery,
  AssignmentProgressBody,
  AssignmentReminders,
  AssignmentStats,
  AssignmentView,
  CreateAssignmentBody,
  FigureCatalogue,
  FigureFormView,
  CreatePlanBody,
  PlanImportResult,
  PlanTaskInput,
  PlanProgress,
  PlanRollup,
  PlanStatusBody,
  PlanSummary,
  PlanTaskView,
  PlanView,
  UpdateAssignmentBody,
  CommunicationBody,
  CommunicationList,
  CommunicationView,
  InitiativeBody,
  InitiativeKind,
  InitiativeList,
  InitiativePatch,
  InitiativeStatus,
  InitiativeView,
  InspectionPlanBody,
  InspectionPlanList,
  InspectionPlanView,
  InspectionSummary,
  InspectionTargetPatch,
  ReformDocumentBody,
  ReformDocumentCounts,
  ReformDocumentList,
  ReformDocumentPatch,
  ReformDocumentType,
  ReformDocumentView,
  ReformRecordQuery,
  AttachmentKind,
  AttachmentView,
  ByFieldResponse,
  CalendarYear,
  CreateUserBody,
  DrilldownItem,
  DrilldownKind,
  ImportResult,
  IndicatorsResponse,
  OnlineLevel,
  PeriodQuery,
  ProcedureBody,
  StatsResponse,
  StatsScope,
  TrendResponse,
  UnitDetail,
  UpdateUserBody,
  UserView,
  CreateDossierBody,
  DossierSummary,
  DossierView,
  OverdueResponse,
  Page,
  Procedure,
  ProcedureLevel,
  SessionResponse,
  Unit,
} from './types';

export const login = (username: string, password: string) =>
  apiRequest<SessionResponse>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    skipUnauthorizedHandler: true,
  });

export const fetchMe = () => apiRequest<SessionResponse>('/api/auth/me', { skipUnauthorizedHandler: true });

export const logout = () => apiRequest<void>('/api/auth/logout', { method: 'POST', skipUnauthorizedHandler: true });

export const searchProcedures = (q: string, level: ProcedureLevel | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Procedure>>('/api/procedures', { query: { q, level, limit: 30 }, ...(signal ? { signal } : {}) });

export const listUnits = (query: { parent?: string; level?: Unit['level']; at?: string }) =>
  apiRequest<Unit[]>('/api/units', { query });

export const createDossier = (body: CreateDossierBody, idempotencyKey: string) =>
  apiRequest<DossierView>('/api/dossiers', { method: 'POST', body, idempotencyKey });

export interface DossierListQuery {
  unit?: string | undefined;
  status?: string | undefined;
  overdue?: boolean | undefined;
  /** Currently handed to (a department, an officer, "Lãnh đạo UBND"). */
  holder?: string | undefined;
  /** Handed to me or to my department. */
  mine?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export const listDossiers = (query: DossierListQuery) =>
  apiRequest<Page<DossierSummary>>('/api/dossiers', { query: { ...query } });

export const getDossier = (code: string) => apiRequest<DossierView>(`/api/dossiers/${encodeURIComponent(code)}`);

export const postDossierEvent = (code: string, body: ActionBody, idempotencyKey: string) =>
  apiRequest<DossierView>(`/api/dossiers/${encodeURIComponent(code)}/events`, { method: 'POST', body, idempotencyKey });

export const fetchOverdue = (unit: string, withinDays = 1) =>
  apiRequest<OverdueResponse>('/api/stats/overdue', { query: { unit, withinDays, limit: 1000 } });

// ——— Digitised documents (số hóa) ———

const attachmentsPath = (code: string) => `/api/dossiers/${encodeURIComponent(code)}/attachments`;

export const listAttachments = (code: string) => apiRequest<AttachmentView[]>(attachmentsPath(code));

/** Where the browser opens (inline) or downloads one file; the session cookie authorises it. */
export const attachmentUrl = (code: string, id: number) => `${attachmentsPath(code)}/${id}`;

/** multipart/form-data: the text fields come BEFORE the file part (the server reads them with it). */
export function uploadAttachment(code: string, file: Blob & { name: string }, meta: { kind: AttachmentKind; label?: string | undefined }, idempotencyKey: string) {
  const form = new FormData();
  form.append('kind', meta.kind);
  if (meta.label?.trim()) form.append('label', meta.label.trim());
  form.append('file', file, file.name);
  return apiRequest<AttachmentView>(attachmentsPath(code), { method: 'POST', body: form, idempotencyKey });
}

// ——— Dashboard (issue #3 "Live dashboard") ———

export const fetchDossierStats = (unit: string, period: PeriodQuery) =>
  apiRequest<StatsResponse>('/api/stats/dossiers', { query: { unit, ...period } });

export const fetchStatsByField = (unit: string, period: PeriodQuery, scope: StatsScope) =>
  apiRequest<ByFieldResponse>('/api/stats/dossiers/by-field', { query: { unit, ...period, scope } });

/** Reporting months YYYY-MM (each 15th of the month before → 14th). */
export const fetchTrend = (unit: string, from: string, to: string) =>
  apiRequest<TrendResponse>('/api/stats/trend', { query: { unit, from, to } });

export const fetchIndicators = (unit: string, period: PeriodQuery) =>
  apiRequest<IndicatorsResponse>('/api/stats/indicators', { query: { unit, ...period } });

export const fetchDrilldown = (q: { unit: string; period: PeriodQuery; kind: DrilldownKind; scope: StatsScope; limit: number; offset: number }) =>
  apiRequest<Page<DrilldownItem>>('/api/stats/drilldown', {
    query: { unit: q.unit, ...q.period, kind: q.kind, scope: q.scope, limit: q.limit, offset: q.offset },
  });

// ——— Administration ———

export const getUnit = (code: string, at?: string) =>
  apiRequest<UnitDetail>(`/api/units/${encodeURIComponent(code)}`, { query: { at } });

export const listProcedures = (q: { q?: string; level?: ProcedureLevel; onlineLevel?: OnlineLevel; limit: number; offset: number }) =>
  apiRequest<Page<Procedure>>('/api/procedures', { query: { ...q } });

export const putProcedure = (code: string, body: ProcedureBody, idempotencyKey: string) =>
  apiRequest<Procedure>(`/api/procedures/${encodeURIComponent(code)}`, { method: 'PUT', body, idempotencyKey });

/** POST /api/procedures/import: the file as JSON Lines; a 400 lists `line N: field: reason`. */
export const importProceduresJsonl = (text: string, idempotencyKey: string) =>
  apiRequest<ImportResult>('/api/procedures/import', { method: 'POST', rawBody: { text, contentType: 'application/x-ndjson' }, idempotencyKey });

export const getCalendarYear = (year: number) => apiRequest<CalendarYear>(`/api/calendar/years/${year}`);

export const putCalendarYear = (year: number, body: Omit<CalendarYear, 'year'>, idempotencyKey: string) =>
  apiRequest<{ year: CalendarYear; recomputedDossiers: number }>(`/api/calendar/years/${year}`, { method: 'PUT', body, idempotencyKey });

export const listUsers = () => apiRequest<UserView[]>('/api/users');

export const createUser = (body: CreateUserBody, idempotencyKey: string) =>
  apiRequest<UserView>('/api/users', { method: 'POST', body, idempotencyKey });

export const updateUser = (username: string, body: UpdateUserBody, idempotencyKey: string) =>
  apiRequest<UserView>(`/api/users/${encodeURIComponent(username)}`, { method: 'PATCH', body, idempotencyKey });

/** Units by name or code (diacritic-insensitive), e.g. to pick a user's unit. */
export const searchUnits = (q: string, at?: string) => apiRequest<Unit[]>('/api/units', { query: { q, at, limit: 50 } });

// ——— Administrative reform (issue #4): assigned tasks, periodic figures ———

export const listAssignments = (query: AssignmentListQuery) =>
  apiRequest<{ total: number; items: AssignmentView[] }>('/api/assignments', { query: { ...query } });

export const createAssignment = (body: CreateAssignmentBody, idempotencyKey: string) =>
  apiRequest<AssignmentView>('/api/assignments', { method: 'POST', body, idempotencyKey });

export const updateAssignment = (id: number, body: UpdateAssignmentBody, idempotencyKey: string) =>
  apiRequest<AssignmentView>(`/api/assignments/${id}`, { method: 'PATCH', body, idempotencyKey });

export const reportAssignmentProgress = (id: number, body: AssignmentProgressBody, idempotencyKey: string) =>
  apiRequest<AssignmentView>(`/api/assignments/${id}/progress`, { method: 'POST', body, idempotencyKey });

export const fetchAssignmentStats = (unit: string, period: PeriodQuery) =>
  apiRequest<AssignmentStats>('/api/assignments/stats', { query: { unit, ...period } });

export const fetchAssignmentReminders = (unit: string, withinDays: number) =>
  apiRequest<AssignmentReminders>('/api/assignments/reminders', { query: { unit, withinDays } });

export const fetchFigureCatalogue = (version?: number) => apiRequest<FigureCatalogue>('/api/figures/catalogue', { query: { version } });

const figureFormPath = (unit: string, period: string) => `/api/figures/forms/${encodeURIComponent(unit)}/${encodeURIComponent(period)}`;

export const getFigureForm = (unit: string, period: string) => apiRequest<FigureFormView>(figureFormPath(unit, period));

export const putFigureValues = (unit: string, period: string, values: Record<string, number | null>, idempotencyKey: string) =>
  apiRequest<FigureFormView>(`${figureFormPath(unit, period)}/values`, { method: 'PUT', body: { values }, idempotencyKey });

export const lockFigureForm = (unit: string, period: string, idempotencyKey: string) =>
  apiRequest<FigureFormView>(`${figureFormPath(unit, period)}/lock`, { method: 'POST', idempotencyKey });

export const unlockFigureForm = (unit: string, period: string, reason: string, idempotencyKey: string) =>
  apiRequest<FigureFormView>(`${figureFormPath(unit, period)}/unlock`, { method: 'POST', body: { reason }, idempotencyKey });

// ——— Reform plans (kế hoạch CCHC) ———

export const listPlans = (unit: string, year: number) => apiRequest<PlanSummary[]>('/api/plans', { query: { unit, year } });

export const getPlan = (id: number) => apiRequest<PlanView>(`/api/plans/${id}`);

export const fetchPlanProgress = (id: number, at?: string) => apiRequest<PlanProgress>(`/api/plans/${id}/progress`, { query: { at } });

export const fetchPlanRollup = (unit: string, year: number, at?: string) => apiRequest<PlanRollup>('/api/plans/progress', { query: { unit, year, at } });

export const setPlanWorkStatus = (planId: number, target: { kind: 'task' | 'activity'; id: number }, body: PlanStatusBody, idempotencyKey: string) =>
  apiRequest<PlanTaskView>(`/api/plans/${planId}/${target.kind === 'task' ? 'tasks' : 'activities'}/${target.id}/status`, { method: 'PATCH', body, idempotencyKey });

export const createPlan = (body: CreatePlanBody, idempotencyKey: string) => apiRequest<PlanView>('/api/plans', { method: 'POST', body, idempotencyKey });

export const addPlanTask = (planId: number, body: PlanTaskInput, idempotencyKey: string) =>
  apiRequest<PlanTaskView>(`/api/plans/${planId}/tasks`, { method: 'POST', body, idempotencyKey });

/** PUT replaces the task; its activities are matched by code (ids kept), those left out are deleted. */
export const replacePlanTask = (planId: number, taskId: number, body: PlanTaskInput, idempotencyKey: string) =>
  apiRequest<PlanTaskView>(`/api/plans/${planId}/tasks/${taskId}`, { method: 'PUT', body, idempotencyKey });

/** Where the browser downloads the import template and a plan's export (the session cookie authorises it). */
export const PLAN_TEMPLATE_URL = '/api/plans/template.xlsx';
export const planExportUrl = (id: number) => `/api/plans/${id}.xlsx`;

/** POST /api/plans/import (multipart): all rows or none; a 400 lists `row N: column: reason`. */
export function importPlanXlsx(file: Blob & { name: string }, replace: boolean, idempotencyKey: string) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<PlanImportResult>('/api/plans/import', { method: 'POST', query: { replace }, body: form, idempotencyKey });
}

// ——— Reform records: directing documents, inspections, initiatives, communication ———

export const listReformDocuments = (query: ReformRecordQuery & { type?: ReformDocumentType; limit?: number; offset?: number }) =>
  apiRequest<ReformDocumentList>('/api/reform/documents', { query: { ...query } });

export const fetchReformDocumentCounts = (query: ReformRecordQuery) => apiRequest<ReformDocumentCounts>('/api/reform/documents/counts', { query: { ...query } });

export const createReformDocument = (body: ReformDocumentBody, idempotencyKey: string) =>
  apiRequest<ReformDocumentView>('/api/reform/documents', { method: 'POST', body, idempotencyKey });

export const updateReformDocument = (id: number, body: ReformDocumentPatch, idempotencyKey: string) =>
  apiRequest<ReformDocumentView>(`/api/reform/documents/${id}`, { method: 'PATCH', body, idempotencyKey });

export const listInspectionPlans = (query: ReformRecordQuery) => apiRequest<InspectionPlanList>('/api/reform/inspections', { query: { ...query } });

export const fetchInspectionSummary = (query: ReformRecordQuery) => apiRequest<InspectionSummary>('/api/reform/inspections/summary', { query: { ...query } });

export const createInspectionPlan = (body: InspectionPlanBody, idempotencyKey: string) =>
  apiRequest<InspectionPlanView>('/api/reform/inspections', { method: 'POST', body, idempotencyKey });

export const updateInspectionTarget = (planId: number, unit: string, body: InspectionTargetPatch, idempotencyKey: string) =>
  apiRequest<InspectionPlanView>(`/api/reform/inspections/${planId}/targets/${encodeURIComponent(unit)}`, { method: 'PATCH', body, idempotencyKey });

export const listInitiatives = (query: ReformRecordQuery & { status?: InitiativeStatus; kind?: InitiativeKind }) =>
  apiRequest<InitiativeList>('/api/reform/initiatives', { query: { ...query } });

export const createInitiative = (body: InitiativeBody, idempotencyKey: string) =>
  apiRequest<InitiativeView>('/api/reform/initiatives', { method: 'POST', body, idempotencyKey });

export const updateInitiative = (id: number, body: InitiativePatch, idempotencyKey: string) =>
  apiRequest<InitiativeView>(`/api/reform/initiatives/${id}`, { method: 'PATCH', body, idempotencyKey });

export const listCommunications = (query: ReformRecordQuery) => apiRequest<CommunicationList>('/api/reform/communications', { query: { ...query } });

export const createCommunication = (body: CommunicationBody, idempotencyKey: string) =>
  apiRequest<CommunicationView>('/api/reform/communications', { method: 'POST', body, idempotencyKey });
