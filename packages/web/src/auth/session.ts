import { roleMayPerform, type EventType, type Role } from '@motcua/core';
import type { SessionUser } from '../api/types';

/** `server`: real accounts; `dev`: the server has no /api/auth yet (development only). */
export type AuthMode = 'server' | 'dev';

export type AuthState =
  | { kind: 'loading' }
  | { kind: 'anonymous'; mode: AuthMode; notice?: 'sessionExpired' | 'network'; loggedOut?: true }
  | { kind: 'signedIn'; mode: AuthMode; user: SessionUser };

/**
 * The unit whose desk the user works for: a committee's own code, or for department staff the
 * committee above (they process the dossiers that committee's desk received).
 */
export function deskUnitOf(user: SessionUser): string | undefined {
  return user.unit.level === 'department' ? (user.unit.parentCode ?? undefined) : user.unit.code;
}

export type MenuKey = 'reception' | 'queues' | 'dashboard' | 'reform' | 'appraisal' | 'reports' | 'feedback' | 'admin';

/** Roles that open the live dashboard (issue #3) and the catalogue/system administration. */
const DASHBOARD_ROLES: readonly Role[] = ['leader', 'reform_officer', 'unit_admin', 'system_admin', 'department_head'];
const ADMIN_MENU_ROLES: readonly Role[] = ['unit_admin', 'system_admin'];
/** Roles that open the administrative-reform screens (issue #4). */
export const REFORM_ROLES: readonly Role[] = ['reform_officer', 'leader', 'department_head', 'specialist', 'unit_admin', 'system_admin'];
/** Roles that open the commune reform index (issue #6): the district's, and the communes' self-assessors. */
export const APPRAISAL_MENU_ROLES: readonly Role[] = ['reform_officer', 'leader', 'unit_admin', 'system_admin'];
/** Roles that open the periodic CCHC reports (issue #5); unit admins too, for the report templates. */
export const REPORT_MENU_ROLES: readonly Role[] = ['reform_officer', 'leader', 'system_admin', 'unit_admin'];

/** Roles that open the citizen feedback screen (issue #6: phản ánh, kiến nghị). */
export const FEEDBACK_MENU_ROLES: readonly Role[] = ['reception', 'specialist', 'department_head', 'leader', 'reform_officer', 'system_admin'];

/** Left menu by role: only reception staff (and system admins) receive at the counter. */
export function menuFor(role: Role, unitLevel: string): MenuKey[] {
  const receives = (role === 'reception' || role === 'system_admin') && unitLevel !== 'department';
  const keys: MenuKey[] = receives ? ['reception', 'queues'] : ['queues'];
  if (DASHBOARD_ROLES.includes(role)) keys.push('dashboard');
  if (REFORM_ROLES.includes(role)) keys.push('reform');
  if (APPRAISAL_MENU_ROLES.includes(role)) keys.push('appraisal');
  if (REPORT_MENU_ROLES.includes(role)) keys.push('reports');
  if (FEEDBACK_MENU_ROLES.includes(role)) keys.push('feedback');
  if (ADMIN_MENU_ROLES.includes(role)) keys.push('admin');
  return keys;
}

/**
 * The actions to offer. With real accounts the server already filtered them for this user;
 * in development mode it did not, so apply the same role table the server will use.
 */
export function visibleActions(allowed: readonly EventType[], mode: AuthMode, role: Role): EventType[] {
  return mode === 'server' ? [...allowed] : allowed.filter((a) => roleMayPerform(role, a));
}
