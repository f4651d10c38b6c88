import { allowedActions, roleMayPerform, type DossierState, type EventType, type Role } from '@motcua/core';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { UserWithUnit } from './repo.js';

/**
 * Who is making a request. `system` is a script holding the deployment's API token; `user` a
 * staff member with a session. Citizens are anonymous (public endpoints only).
 */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system'; name: string }
  | { kind: 'user'; user: UserWithUnit; role: Role; csrfToken: string; scope: number[] | null };

export const ANONYMOUS: Actor = { kind: 'anonymous' };
/** In-process callers (CLI, seeding, tests of services). */
export const SYSTEM: Actor = { kind: 'system', name: 'system' };

export function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.user.username : actor.kind === 'system' ? actor.name : 'citizen';
}

/**
 * The receiving units whose dossiers a user may see: their unit, every unit below it, and the
 * units these were formed from by mergers (a successor keeps its predecessors' records); a
 * department's staff work on the dossiers of their People's Committee's own desk. null = all.
 */
export async function computeScope(db: Db | Tx, user: UserWithUnit): Promise<number[] | null> {
  if (user.role === 'system_admin') return null;
  if (user.unitLevel === 'department') return user.unitParentId === null ? [] : [user.unitParentId];
  const rows = await sql<{ id: number }>`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM units WHERE id = ${user.unitId}
      UNION
      SELECT x.id FROM tree t JOIN (
        SELECT id, parent_id AS link FROM units           -- units below
        UNION ALL
        SELECT predecessor_id, successor_id FROM unit_successions  -- units merged into it
      ) x ON x.link = t.id
    ) SELECT id FROM tree`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** The unit ids a request may read dossiers of; null = everything (system). */
export function scopeOf(actor: Actor): number[] | null {
  if (actor.kind === 'system') return null;
  if (actor.kind === 'user') return actor.scope;
  return [];
}

export function requireStaff(actor: Actor): void {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHORIZED', 'Cần đăng nhập');
}

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  requireStaff(actor);
  if (actor.kind === 'user' && !roles.includes(actor.role)) {
    throw new AppError('FORBIDDEN', 'Vai trò của bạn không được thực hiện thao tác này', { role: actor.role });
  }
}

export function canSeeUnit(actor: Actor, unitId: number): boolean {
  const scope = scopeOf(actor);
  return scope === null || scope.includes(unitId);
}

/**
 * Department staff act on a dossier only while it is handed to their department (by code or
 * name) or to them; committee staff act on any dossier in their scope.
 */
function holdsDossier(actor: Extract<Actor, { kind: 'user' }>, holder: string | undefined): boolean {
  if (actor.user.unitLevel !== 'department') return true;
  return holder !== undefined && [actor.user.unitCode, actor.user.unitName, actor.user.username].includes(holder);
}

/** The lifecycle's allowed actions narrowed to what this actor may do. */
export function actionsFor(actor: Actor, state: DossierState): EventType[] {
  const lifecycle = allowedActions(state);
  if (actor.kind === 'system') return lifecycle;
  if (actor.kind !== 'user') return [];
  if (!holdsDossier(actor, state.holder) && state.status !== 'submitted') return [];
  return lifecycle.filter((a) => roleMayPerform(actor.role, a));
}

export function assertMayPerform(actor: Actor, action: EventType, state: DossierState): void {
  requireStaff(actor);
  if (actor.kind !== 'user') return;
  if (!roleMayPerform(actor.role, action)) {
    throw new AppError('FORBIDDEN', `Vai trò ${actor.role} không được thực hiện "${action}"`, { role: actor.role, action });
  }
  if (!holdsDossier(actor, state.holder)) {
    throw new AppError('FORBIDDEN', 'Hồ sơ không được chuyển đến đơn vị/người của bạn', { holder: state.holder ?? null });
  }
}

/** Who may add scans to a dossier: the desk and the staff handling it (not leaders or reform officers). */
export function assertMayDigitise(actor: Actor, holder: string | null): void {
  requireStaff(actor);
  if (actor.kind !== 'user') return;
  if (!(['reception', 'specialist', 'department_head', 'system_admin'] as Role[]).includes(actor.role)) {
    throw new AppError('FORBIDDEN', 'Vai trò của bạn không tải tài liệu lên hồ sơ', { role: actor.role });
  }
  if (!holdsDossier(actor, holder ?? undefined)) {
    throw new AppError('FORBIDDEN', 'Hồ sơ không được chuyển đến đơn vị/người của bạn', { holder });
  }
}
