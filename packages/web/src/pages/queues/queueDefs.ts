import type { DossierListQuery } from '../../api/endpoints';

export const QUEUE_TABS = ['to_receive', 'in_progress', 'paused', 'due_soon', 'overdue', 'to_return'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export function isQueueTab(value: string | undefined): value is QueueTab {
  return (QUEUE_TABS as readonly string[]).includes(value ?? '');
}

/**
 * The list filter of each queue. `due_soon` has no list filter: it comes from the overdue
 * report (which knows working hours left), so it is null here.
 */
export const QUEUE_FILTER: Record<QueueTab, Pick<DossierListQuery, 'status' | 'overdue'> | null> = {
  to_receive: { status: 'submitted,pre_supplement' },
  in_progress: { status: 'in_progress' },
  paused: { status: 'awaiting_supplement,awaiting_obligation' },
  due_soon: null,
  overdue: { overdue: true },
  to_return: { status: 'resolved' },
};
