import { ApiError, buildUrl, type RequestOptions } from '../api/client';
import type { ErrorBody } from '../api/types';
import type { OnlineLevel, Page, Procedure, ProcedureLevel, Proof, PublicAttachment, PublicDossier, RatingLevel, SubmitBody, Unit } from './types';

/** Hà Tĩnh: the province whose communes receive online submissions in this deployment. */
export const PORTAL_PROVINCE = '42';

type PortalRequest = Pick<RequestOptions, 'method' | 'query' | 'body' | 'idempotencyKey' | 'signal'> & {
  /** A multipart body; the browser writes its Content-Type (with the boundary) itself. */
  form?: FormData;
};

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/**
 * The portal's own fetch: anonymous on purpose. It sends no cookie (`credentials: 'omit'`), so a
 * staff session open in the same browser neither leaks into citizen requests nor makes them fail
 * the CSRF check, and it never touches the staff session handlers (no /api/auth calls).
 */
export async function portalRequest<T>(path: string, opts: PortalRequest = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined && !opts.form) headers['Content-Type'] = 'application/json';
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'omit',
      body: opts.form ?? (opts.body === undefined ? null : JSON.stringify(opts.body)),
      signal: opts.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'NETWORK', message: e instanceof Error ? e.message : 'network error' });
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return parsed as T;
  throw new ApiError(
    response.status,
    isErrorBody(parsed) ? parsed : { code: response.status >= 500 ? 'INTERNAL' : `HTTP_${response.status}`, message: text.slice(0, 200) },
  );
}

export interface CatalogueQuery {
  q?: string | undefined;
  level?: ProcedureLevel | undefined;
  onlineLevel?: OnlineLevel | undefined;
  field?: string | undefined;
  limit: number;
  offset: number;
}

export const listProcedures = (query: CatalogueQuery, signal?: AbortSignal) =>
  portalRequest<Page<Procedure>>('/api/procedures', { query: { ...query }, ...(signal ? { signal } : {}) });

export const getProcedure = (code: string, signal?: AbortSignal) =>
  portalRequest<Procedure>(`/api/procedures/${encodeURIComponent(code)}`, signal ? { signal } : {});

/** Today's communes of the province (after the 2025 reorganisation they sit directly under it). */
export const listReceivingUnits = (signal?: AbortSignal) =>
  portalRequest<Unit[]>('/api/units', { query: { level: 'commune', parent: PORTAL_PROVINCE, limit: 1000 }, ...(signal ? { signal } : {}) });

export const submitDossier = (body: SubmitBody, idempotencyKey: string) =>
  portalRequest<PublicDossier>('/api/public/dossiers', { method: 'POST', body, idempotencyKey });

const dossierPath = (code: string) => `/api/public/dossiers/${encodeURIComponent(code.trim())}`;

/** The proof goes in the body (POST), so a phone number or CCCD never lands in access logs. */
export const lookupDossier = (code: string, proof: Proof, signal?: AbortSignal) =>
  portalRequest<PublicDossier>(`${dossierPath(code)}/lookup`, { method: 'POST', body: { ...proof }, ...(signal ? { signal } : {}) });

export const sendSupplement = (code: string, proof: Proof, note: string) =>
  portalRequest<PublicDossier>(`${dossierPath(code)}/supplement`, { method: 'POST', body: { ...proof, note } });

export const rateDossier = (code: string, proof: Proof, level: RatingLevel) =>
  portalRequest<PublicDossier>(`${dossierPath(code)}/rating`, { method: 'POST', body: { ...proof, level } });

/**
 * One scan for a dossier the citizen owns (while it waits for reception or for a supplement).
 * The server reads the multipart fields that come before the file, so the proof is appended
 * first; the phone/CCCD travels in the body, never in the URL. `idempotencyKey` is the file's own
 * key, reused on a retry so a lost answer cannot store the file twice.
 */
export function uploadCitizenScan(code: string, proof: Proof, file: File, idempotencyKey: string) {
  const form = new FormData();
  if ('phone' in proof) form.append('phone', proof.phone);
  else form.append('idNumber', proof.idNumber);
  form.append('file', file, file.name);
  return portalRequest<PublicAttachment>(`${dossierPath(code)}/attachments`, { method: 'POST', form, idempotencyKey });
}
