import { portalRequest } from '../api';
import type { PublicAttachment } from '../types';
import type { FeedbackAttachment, FeedbackBodyBase, FeedbackProof, FeedbackRating, PublicFeedback, PublishedReply, SubmitFeedbackResult } from '../../pages/feedback/types';

/** POST /api/public/feedback: the tracking code and the handling deadline. */
export const submitFeedback = (body: FeedbackBodyBase, idempotencyKey: string) =>
  portalRequest<SubmitFeedbackResult>('/api/public/feedback', { method: 'POST', body, idempotencyKey });

/** Code and phone/e-mail in the body (POST), never in the URL or access logs. */
export const lookupFeedback = (code: string, proof: FeedbackProof, signal?: AbortSignal) =>
  portalRequest<PublicFeedback>('/api/public/feedback/lookup', { method: 'POST', body: { code: code.trim(), ...proof }, ...(signal ? { signal } : {}) });

export const rateFeedback = (code: string, proof: FeedbackProof, rating: FeedbackRating, comment: string | undefined, idempotencyKey: string) =>
  portalRequest<PublicFeedback>(`/api/public/feedback/${encodeURIComponent(code.trim())}/rating`, {
    method: 'POST',
    body: { ...proof, rating, ...(comment ? { comment } : {}) },
    idempotencyKey,
  });

/**
 * One file for a feedback the sender owns; the proof goes first (the server reads the fields
 * before the file). The answer is shaped like a dossier scan so the portal's scan list shows it.
 */
export async function uploadFeedbackFile(code: string, proof: FeedbackProof, file: File, idempotencyKey: string): Promise<PublicAttachment> {
  const form = new FormData();
  if ('phone' in proof) form.append('phone', proof.phone);
  else form.append('email', proof.email);
  form.append('file', file, file.name);
  const a = await portalRequest<FeedbackAttachment>(`/api/public/feedback/${encodeURIComponent(code)}/attachments`, { method: 'POST', form, idempotencyKey });
  return { ...a, kind: 'document', label: null };
}

export const listPublished = (q: { unit?: string | undefined; limit: number; offset: number }, signal?: AbortSignal) =>
  portalRequest<{ total: number; items: PublishedReply[] }>('/api/public/feedback/published', { query: { ...q }, ...(signal ? { signal } : {}) });
