import type { Role } from '@motcua/core';
import type { DossierListQuery } from '../../api/endpoints';
import { FIXED_RECIPIENTS } from '../../lib/recipients';

export const QUEUE_TABS = ['to_receive', 'mine', 'approval', 'in_progress', 'paused', 'due_soon', 'overdue', 'to_return'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export function isQueueTab(value: string | undefined): value is QueueTab {
  return (QUEUE_TABS as readonly string[]).includes(value ?? '');
}

/** The holder of a dossier waiting for the committee leader's signature (recorded verbatim). */
export const LEADER_HOLDER: string = FIXED_RECIPIENTS[0];

/**
 * The list filter of each queue. `due_soon` has no list filter: it comes from the overdue
 * report (which knows working hours left), so it is null here. `unitScoped: false` queues are
 * about who holds the dossier (me, my department), not which desk received it.
 */
export const QUEUE_FILTER: Record<QueueTab, (Pick<DossierListQuery, 'status' | 'overdue' | 'holder' | 'mine'> & { unitScoped?: false }) | null> = {
  to_receive: { status: 'submitted,pre_supplement' },
  mine: { mine: true, unitScoped: false },
  approval: { holder: LEADER_HOLDER, status: 'in_progress' },
  in_progress: { status: 'in_progress' },
  paused: { status: 'awaiting_supplement,awaiting_obligation' },
  due_soon: null,
  overdue: { overdue: true },
  to_return: { status: 'resolved' },
};

/** The list query of a tab for a desk unit (undefined for the overdue-report tab). */
export function queueQuery(tab: QueueTab, unit: string | undefined): Pick<DossierListQuery, 'unit' | 'status' | 'overdue' | 'holder' | 'mine'> | undefined {
  const f = QUEUE_FILTER[tab];
  if (!f) return undefined;
  const { unitScoped, ...filter } = f;
  return unitScoped === false ? filter : { unit, ...filter };
}

/** Who is handed dossiers (by name or department) and so has a "mine" queue. */
const HOLDING_ROLES: readonly Role[] = ['reception', 'specialist', 'department_head', 'system_admin'];
/** Who signs, or prepares what the committee leader signs. */
const APPROVAL_ROLES: readonly Role[] = ['leader', 'department_head', 'system_admin'];

/** The tabs a role sees, in display order. */
export function tabsFor(role: Role): QueueTab[] {
  return QUEUE_TABS.filter((tab) => (tab === 'mine' ? HOLDING_ROLES.includes(role) : tab === 'approval' ? APPROVAL_ROLES.includes(role) : true));
}

/** The queue a role opens first: the desk receives, the departments process, the leader signs. */
export function defaultTabFor(role: Role): QueueTab {
  switch (role) {
    case 'reception':
    case 'system_admin':
      return 'to_receive';
    case 'specialist':
    case 'department_head':
      return 'mine';
    case 'leader':
      return 'approval';
    case 'reform_officer':
    case 'unit_admin':
      return 'in_progress';
  }
}
