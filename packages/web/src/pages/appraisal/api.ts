/**
 * The commune reform-index API (packages/server/src/modules/appraisal/schema.ts is the contract;
 * /docs shows it). Kept beside the page: no other screen uses it.
 */
import type { AppraisalAreaDef, AppraisalSource } from '@motcua/core';
import { apiRequest } from '../../api/client';

export type EntryStatus = 'self_assessment' | 'submitted' | 'appraised';
export type RoundStatus = 'open' | 'published';
export interface UnitRef {
  code: string;
  name: string;
}

export interface SetView {
  id: number;
  unit: UnitRef;
  year: number;
  name: string;
  basis: string | null;
  criteriaMax: number;
  surveyMax: number;
  maxTotal: number;
  criteriaCount: number;
  scoredCount: number;
  pendingTexts: number;
  areas: AppraisalAreaDef[];
  editable: boolean;
  appraisals: Array<{ id: number; status: RoundStatus }>;
  updatedBy: string;
  updatedAt: string;
}
export type SetSummary = Omit<SetView, 'areas'>;

export interface CouncilMember {
  name: string;
  role: string;
  position: string | null;
  username: string | null;
}
export interface AppraisalEvent {
  action: string;
  unit: UnitRef | null;
  /** The account (username) or a system label. */
  actor: string;
  /** The account's full name; the stored label for system actors. */
  actorName: string;
  at: string;
  reason: string | null;
  detail: Record<string, unknown>;
}
export interface EntrySummary {
  unit: UnitRef;
  status: EntryStatus;
  statusLabel: string;
  scored: number;
  appraisedItems: number;
  selfTotal: number;
  appraisedTotal: number;
  surveyScore: number | null;
  submittedAt: string | null;
  appraisedAt: string | null;
}
export interface AppraisalView {
  id: number;
  district: UnitRef;
  year: number;
  title: string;
  decision: string | null;
  council: CouncilMember[];
  note: string | null;
  status: RoundStatus;
  publishedAt: string | null;
  publishedBy: string | null;
  set: { id: number; name: string; year: number; unit: string; scoredCount: number; criteriaMax: number; surveyMax: number };
  partial: boolean;
  counts: Record<string, number>;
  entries: EntrySummary[];
  history: AppraisalEvent[];
  can: { manage: boolean; appraise: boolean; publish: boolean; selfAssess: string[] };
}
export type AppraisalSummary = Pick<AppraisalView, 'id' | 'district' | 'year' | 'title' | 'status' | 'publishedAt' | 'partial' | 'counts'>;

export interface Prefill {
  source: AppraisalSource;
  label: string;
  value: number | null;
  display: string;
  proposedScore: number | null;
  period: string;
  link: string;
}
export interface EntryItem {
  code: string;
  name: string;
  areaCode: string;
  parentCode: string | null;
  depth: number;
  scored: boolean;
  maxPoints: number;
  guidance: string | null;
  requiredEvidence: string | null;
  source: AppraisalSource | null;
  selfScore: number | null;
  selfNote: string | null;
  evidence: string | null;
  links: Array<{ label: string; url: string }>;
  appraisedScore: number | null;
  comment: string | null;
  prefill: Prefill | null;
  savedFigure: number | null;
}
export interface EntryView {
  appraisalId: number;
  appraisalStatus: RoundStatus;
  year: number;
  district: UnitRef;
  unit: UnitRef;
  status: EntryStatus;
  statusLabel: string;
  criteriaMax: number;
  surveyMax: number;
  surveyScore: number | null;
  areas: Array<{ code: string; name: string; maxPoints: number; selfTotal: number; appraisedTotal: number }>;
  items: EntryItem[];
  selfTotal: number;
  appraisedTotal: number;
  total: number | null;
  history: AppraisalEvent[];
  can: { selfAssess: boolean; submit: boolean; appraise: boolean; complete: boolean; returnToCommune: boolean; reopen: boolean };
}

export interface ResultItem {
  rank: number | null;
  unit: UnitRef;
  status: EntryStatus;
  criteriaScore: number;
  surveyScore: number | null;
  total: number;
  selfTotal: number;
  byArea: Record<string, number>;
  previous: { total: number; rank: number } | null;
  change: number | null;
  rankChange: number | null;
}
export interface AppraisalResults {
  appraisalId: number;
  district: UnitRef;
  year: number;
  title: string;
  status: RoundStatus;
  provisional: boolean;
  partial: boolean;
  publishedAt: string | null;
  criteriaMax: number;
  surveyMax: number;
  maxTotal: number;
  areas: Array<{ code: string; name: string; maxPoints: number }>;
  items: ResultItem[];
  average: { criteriaScore: number | null; surveyScore: number | null; total: number | null; byArea: Record<string, number | null> } | null;
  previousYear: { appraisalId: number; year: number; averageTotal: number | null } | null;
  note: string | null;
}

export type SelfEdit = { score?: number | null; evidence?: string | null; note?: string | null };
export type AppraisedEdit = { score?: number | null; comment?: string | null };

const base = '/api/appraisals';
const entryPath = (id: number, unit: string) => `${base}/${id}/units/${encodeURIComponent(unit)}`;

export const listAppraisals = () => apiRequest<{ items: AppraisalSummary[] }>(base);
export const getAppraisal = (id: number) => apiRequest<AppraisalView>(`${base}/${id}`);
export const createAppraisal = (body: { district: string; year: number; title?: string; decision?: string; council: Array<{ name: string; role: string; position?: string; username?: string }> }, key: string) =>
  apiRequest<AppraisalView>(base, { method: 'POST', body, idempotencyKey: key });
export const publishAppraisal = (id: number, key: string) => apiRequest<AppraisalView>(`${base}/${id}/publish`, { method: 'POST', idempotencyKey: key });
export const reopenAppraisal = (id: number, reason: string, key: string) => apiRequest<AppraisalView>(`${base}/${id}/reopen`, { method: 'POST', body: { reason }, idempotencyKey: key });
export const saveSurvey = (id: number, scores: Record<string, number | null>, key: string) => apiRequest<AppraisalView>(`${base}/${id}/survey`, { method: 'PUT', body: { scores }, idempotencyKey: key });
export const getResults = (id: number) => apiRequest<AppraisalResults>(`${base}/${id}/results`);
export const resultsXlsxUrl = (id: number) => `${base}/${id}/results.xlsx`;

export const getEntry = (id: number, unit: string) => apiRequest<EntryView>(entryPath(id, unit));
export const saveSelf = (id: number, unit: string, scores: Record<string, SelfEdit>, key: string) =>
  apiRequest<EntryView>(`${entryPath(id, unit)}/self`, { method: 'PUT', body: { scores }, idempotencyKey: key });
export const prefillSelf = (id: number, unit: string, key: string) => apiRequest<EntryView>(`${entryPath(id, unit)}/prefill`, { method: 'POST', idempotencyKey: key });
export const submitEntry = (id: number, unit: string, key: string) => apiRequest<EntryView>(`${entryPath(id, unit)}/submit`, { method: 'POST', idempotencyKey: key });
export const saveAppraised = (id: number, unit: string, scores: Record<string, AppraisedEdit>, key: string) =>
  apiRequest<EntryView>(`${entryPath(id, unit)}/appraisal`, { method: 'PUT', body: { scores }, idempotencyKey: key });
export const completeEntry = (id: number, unit: string, key: string) => apiRequest<EntryView>(`${entryPath(id, unit)}/complete`, { method: 'POST', idempotencyKey: key });
export const returnEntry = (id: number, unit: string, reason: string, key: string) => apiRequest<EntryView>(`${entryPath(id, unit)}/return`, { method: 'POST', body: { reason }, idempotencyKey: key });
export const reopenEntry = (id: number, unit: string, reason: string, key: string) => apiRequest<EntryView>(`${entryPath(id, unit)}/reopen`, { method: 'POST', body: { reason }, idempotencyKey: key });

export const listSets = (query: { unit?: string; year?: number }) => apiRequest<{ items: SetSummary[] }>('/api/appraisal-sets', { query });
export const getSet = (id: number) => apiRequest<SetView>(`/api/appraisal-sets/${id}`);
export const createSet = (body: { unit: string; year: number; copyFrom?: number }, key: string) => apiRequest<SetView>('/api/appraisal-sets', { method: 'POST', body, idempotencyKey: key });
export const updateSet = (id: number, body: { name: string; basis?: string | null; surveyMax: number; areas: AppraisalAreaDef[] }, key: string) =>
  apiRequest<SetView>(`/api/appraisal-sets/${id}`, { method: 'PUT', body, idempotencyKey: key });
