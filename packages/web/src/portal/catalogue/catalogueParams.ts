import type { CatalogueQuery } from '../api';
import type { OnlineLevel, ProcedureLevel } from '../types';

export const PAGE_SIZE = 10;

const LEVELS: readonly ProcedureLevel[] = ['commune', 'district', 'province'];
const ONLINE: readonly OnlineLevel[] = ['full', 'partial', 'none'];

/** The catalogue's state lives in the URL (shareable, back button works); nothing personal goes there. */
export interface CatalogueState {
  q: string;
  level: ProcedureLevel | undefined;
  online: OnlineLevel | undefined;
  field: string | undefined;
  page: number;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw);
}

export function readCatalogueState(params: URLSearchParams): CatalogueState {
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() ?? '',
    level: oneOf(LEVELS, params.get('level')),
    online: oneOf(ONLINE, params.get('online')),
    field: params.get('field')?.trim() || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeCatalogueState(s: CatalogueState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.level) p.set('level', s.level);
  if (s.online) p.set('online', s.online);
  if (s.field) p.set('field', s.field);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

export function toQuery(s: CatalogueState): CatalogueQuery {
  return {
    q: s.q || undefined,
    level: s.level,
    onlineLevel: s.online,
    field: s.field,
    limit: PAGE_SIZE,
    offset: (s.page - 1) * PAGE_SIZE,
  };
}

export { LEVELS, ONLINE };
