import type { ErrorBody, FieldIssue } from './types';
import type { EventType } from '@motcua/core';

/** An API failure with the server's error body; `status` 0 means the server was not reached. */
export class ApiError extends Error {
  readonly code: string;
  readonly issues: FieldIssue[];
  readonly allowedActions: EventType[] | undefined;
  readonly dossierStatus: string | undefined;
  readonly lockedUntil: string | undefined;
  readonly resource: string | undefined;
  readonly key: string | undefined;

  constructor(
    readonly status: number,
    body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.allowedActions = body.allowedActions;
    this.dossierStatus = body.status;
    this.lockedUntil = body.lockedUntil;
    this.resource = body.resource;
    this.key = body.key;
  }
}

/**
 * Per-tab session facts the wrapper needs on every call. The CSRF token comes from the
 * login/me response and lives only in memory (the session cookie itself is httpOnly).
 */
const session: { csrfToken: string | undefined; devActor: string | undefined } = {
  csrfToken: undefined,
  devActor: undefined,
};
let unauthorizedListener: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  session.csrfToken = token;
}

/** Development-only (server without accounts): names the actor recorded on events. */
export function setDevActor(actor: string | undefined): void {
  session.devActor = actor;
}

/** Called when any request (other than the auth calls themselves) answers 401. */
export function onUnauthorized(listener: (() => void) | undefined): void {
  unauthorizedListener = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** A text body sent as is (e.g. a JSON Lines import) with this content type, instead of JSON. */
  rawBody?: { text: string; contentType: string };
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Auth calls handle 401 themselves (wrong password is not an expired session). */
  skipUnauthorizedHandler?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/** The headers every request carries for the session: the CSRF token on changes, the development actor. */
export function sessionHeaders(method: NonNullable<RequestOptions['method']>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (method !== 'GET' && session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  if (session.devActor) headers['X-MotCua-Actor'] = session.devActor;
  return headers;
}

/**
 * The ApiError of a failed response from its text: the server's error body when it is one,
 * else a generic INTERNAL / HTTP_<status>. A 401 also tells the listener (session expired).
 */
export function responseError(status: number, text: string, skipUnauthorizedHandler = false): ApiError {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const body: ErrorBody = isErrorBody(parsed) ? parsed : { code: status >= 500 ? 'INTERNAL' : `HTTP_${status}`, message: text.slice(0, 200) };
  if (status === 401 && !skipUnauthorizedHandler) unauthorizedListener?.();
  return new ApiError(status, body);
}

export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...sessionHeaders(method) };
  // A FormData body (file upload) gets its multipart boundary from the browser: no Content-Type here.
  const isForm = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  if (opts.rawBody) headers['Content-Type'] = opts.rawBody.contentType;
  else if (opts.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'include',
      body: opts.rawBody ? opts.rawBody.text : opts.body === undefined ? null : isForm ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'NETWORK', message: e instanceof Error ? e.message : 'network error' });
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!response.ok) throw responseError(response.status, text, opts.skipUnauthorizedHandler);
  try {
    return (text ? JSON.parse(text) : undefined) as T;
  } catch {
    return undefined as T;
  }
}
