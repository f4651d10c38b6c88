import { apiRequest } from '../../api/client';
import type { PeriodQuery } from '../../api/types';
import type {
  FeedbackAction,
  FeedbackAttachment,
  FeedbackListQuery,
  FeedbackStats,
  FeedbackSummary,
  FeedbackView,
  RegisterFeedbackBody,
  RejectReason,
} from './types';

const path = (code: string) => `/api/feedback/${encodeURIComponent(code)}`;

export const listFeedback = (q: FeedbackListQuery) => apiRequest<{ total: number; items: FeedbackSummary[] }>('/api/feedback', { query: { ...q } });

export const getFeedback = (code: string) => apiRequest<FeedbackView>(path(code));

export const registerFeedback = (body: RegisterFeedbackBody, idempotencyKey: string) =>
  apiRequest<FeedbackView>('/api/feedback', { method: 'POST', body, idempotencyKey });

export type ActionBody =
  | { action: 'assign'; body: { unit: string; user?: string; note?: string } }
  | { action: 'reply'; body: { text: string; publish: boolean } }
  | { action: 'reject'; body: { reason: RejectReason; note: string } }
  | { action: 'close'; body: { note?: string } };

export const feedbackAction = (code: string, a: ActionBody, idempotencyKey: string) =>
  apiRequest<FeedbackView>(`${path(code)}/actions/${a.action satisfies FeedbackAction}`, { method: 'POST', body: a.body, idempotencyKey });

export const fetchFeedbackStats = (unit: string, period: PeriodQuery) => apiRequest<FeedbackStats>('/api/feedback/stats', { query: { unit, ...period } });

export const attachmentUrl = (code: string, id: number) => `${path(code)}/attachments/${id}`;

export function uploadStaffFile(code: string, file: File, idempotencyKey: string) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<FeedbackAttachment>(`${path(code)}/attachments`, { method: 'POST', body: form, idempotencyKey });
}

export const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
