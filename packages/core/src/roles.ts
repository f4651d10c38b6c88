import { EVENT_TYPES, type EventType } from './lifecycle.js';

/** Staff roles (issue #3). Citizens have no account: they use the public endpoints. */
export const ROLES = [
  'reception',
  'specialist',
  'department_head',
  'leader',
  'reform_officer',
  'unit_admin',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_VI: Record<Role, string> = {
  reception: 'Cán bộ một cửa',
  specialist: 'Chuyên viên',
  department_head: 'Lãnh đạo phòng',
  leader: 'Lãnh đạo UBND',
  reform_officer: 'Cán bộ CCHC (Phòng Nội vụ)',
  unit_admin: 'Quản trị đơn vị',
  system_admin: 'Quản trị hệ thống',
};

/**
 * Which dossier actions each role may take (besides what the lifecycle allows). The desk
 * receives, refuses, asks for supplements, hands over and returns results; specialists appraise
 * and hand over (to their head or the leader for approval); heads and leaders decide (resolve,
 * reject). Reform officers only read. `submitted` is the citizen's (public endpoint) or the desk's.
 */
export const ACTIONS_BY_ROLE = {
  reception: [
    'submitted',
    'received',
    'refused',
    'supplement_requested',
    'supplement_received',
    'obligation_requested',
    'obligation_fulfilled',
    'forwarded',
    'apology',
    'withdrawn',
    'result_returned',
    'rated',
  ],
  specialist: ['forwarded', 'supplement_requested', 'supplement_received', 'obligation_requested', 'obligation_fulfilled', 'apology'],
  department_head: [
    'forwarded',
    'supplement_requested',
    'supplement_received',
    'obligation_requested',
    'obligation_fulfilled',
    'apology',
    'resolved',
    'rejected',
  ],
  leader: ['forwarded', 'apology', 'resolved', 'rejected'],
  reform_officer: [],
  unit_admin: [],
  system_admin: EVENT_TYPES,
} as const satisfies Record<Role, readonly EventType[]>;

export function roleMayPerform(role: Role, action: EventType): boolean {
  return (ACTIONS_BY_ROLE[role] as readonly EventType[]).includes(action);
}

/** Roles that may change the catalogue, the calendar and units' set-up. */
export const ADMIN_ROLES: readonly Role[] = ['unit_admin', 'system_admin'];
