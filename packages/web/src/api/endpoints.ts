import { apiRequest } from './client';
import type {
  ActionBody,
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
