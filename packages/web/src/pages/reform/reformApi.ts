import { apiRequest } from '../../api/client';
import type { AssignmentStatItem, AssignmentStats, CommunicationChannel, CommunicationView, PeriodQuery } from '../../api/types';

/**
 * The reform endpoints the screens added for the issue #4 gaps (deletes, communication edits,
 * plan evidence files, the communes' roll-up of assigned-task statistics). Kept beside the
 * pages that use them; the shapes mirror the server's zod schemas.
 */

export interface Deleted {
  deleted: number;
}

// ——— deletes

export const deleteAssignment = (id: number, idempotencyKey: string) => apiRequest<Deleted>(`/api/assignments/${id}`, { method: 'DELETE', idempotencyKey });

export const deleteReformDocument = (id: number, idempotencyKey: string) => apiRequest<Deleted>(`/api/reform/documents/${id}`, { method: 'DELETE', idempotencyKey });

/** 409 while any inspected unit has recorded results (they are cleared first). */
export const deleteInspectionPlan = (id: number, idempotencyKey: string) => apiRequest<Deleted>(`/api/reform/inspections/${id}`, { method: 'DELETE', idempotencyKey });

export const deleteInitiative = (id: number, idempotencyKey: string) => apiRequest<Deleted>(`/api/reform/initiatives/${id}`, { method: 'DELETE', idempotencyKey });

export const deleteCommunication = (id: number, idempotencyKey: string) => apiRequest<Deleted>(`/api/reform/communications/${id}`, { method: 'DELETE', idempotencyKey });

export const deletePlanTask = (planId: number, taskId: number, idempotencyKey: string) =>
  apiRequest<Deleted>(`/api/plans/${planId}/tasks/${taskId}`, { method: 'DELETE', idempotencyKey });

// ——— communication activities

/** PATCH body: every field but the unit; null clears an optional one. */
export interface CommunicationPatch {
  channel?: CommunicationChannel;
  description?: string;
  fromDate?: string;
  toDate?: string;
  count?: number | null;
  participants?: number | null;
  basis?: string | null;
  note?: string | null;
}

export const updateCommunication = (id: number, body: CommunicationPatch, idempotencyKey: string) =>
  apiRequest<CommunicationView>(`/api/reform/communications/${id}`, { method: 'PATCH', body, idempotencyKey });

// ——— plan evidence files

export interface EvidenceFile {
  id: number;
  planId: number;
  taskId: number;
  taskCode: string;
  activityId: number | null;
  activityCode: string | null;
  label: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}
export type EvidenceTarget = { kind: 'task' | 'activity'; id: number };

/** What the evidence upload accepts (the server sniffs the content; this only filters the picker). */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export const listPlanEvidence = (planId: number) => apiRequest<{ planId: number; items: EvidenceFile[] }>(`/api/plans/${planId}/evidence`);

export function uploadPlanEvidence(planId: number, target: EvidenceTarget, file: Blob & { name: string }, label: string | undefined, idempotencyKey: string) {
  const form = new FormData();
  if (label) form.append('label', label);
  form.append('file', file, file.name);
  const path = `/api/plans/${planId}/${target.kind === 'task' ? 'tasks' : 'activities'}/${target.id}/evidence`;
  return apiRequest<EvidenceFile>(path, { method: 'POST', body: form, idempotencyKey });
}

export const deletePlanEvidence = (planId: number, fileId: number, idempotencyKey: string) =>
  apiRequest<Deleted>(`/api/plans/${planId}/evidence/${fileId}`, { method: 'DELETE', idempotencyKey });

/** Where the browser downloads a file (the session cookie authorises the GET). */
export const planEvidenceUrl = (planId: number, fileId: number) => `/api/plans/${planId}/evidence/${fileId}`;

/** The files of one task (its own, activityId null) or one activity. */
export const filesOf = (files: readonly EvidenceFile[], target: EvidenceTarget): EvidenceFile[] =>
  files.filter((f) => (target.kind === 'task' ? f.taskId === target.id && f.activityId === null : f.activityId === target.id));

// ——— assigned-task statistics with the communes' roll-up

export type StatsScope = 'self' | 'children' | 'all';
export const STATS_SCOPES: readonly StatsScope[] = ['self', 'children', 'all'];

export interface ScopedStatItem extends AssignmentStatItem {
  unit: { code: string; name: string };
}
export interface UnitStatCounts {
  unit: { code: string; name: string };
  total: number;
  withDeadline: number;
  onTime: number;
  late: number;
  overdue: number;
  notDue: number;
}
export interface ScopedAssignmentStats extends Omit<AssignmentStats, 'lateItems' | 'overdueItems'> {
  scope: StatsScope;
  byUnit: UnitStatCounts[];
  lateItems: ScopedStatItem[];
  overdueItems: ScopedStatItem[];
}

export const fetchScopedAssignmentStats = (unit: string, period: PeriodQuery, scope: StatsScope) =>
  apiRequest<ScopedAssignmentStats>('/api/assignments/stats', { query: { unit, ...period, scope } });
