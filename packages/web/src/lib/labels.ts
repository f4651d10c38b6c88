import type { DossierStatus } from '@motcua/core';
import type { Timeliness } from '../api/types';

/** Tag colours: waiting = blue/gold, paused = orange, done = green, stopped = default/red. */
export const STATUS_COLOR: Record<DossierStatus, string> = {
  new: 'default',
  submitted: 'blue',
  pre_supplement: 'orange',
  refused: 'red',
  in_progress: 'processing',
  awaiting_supplement: 'orange',
  awaiting_obligation: 'orange',
  resolved: 'gold',
  result_returned: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export const TIMELINESS_COLOR: Record<Timeliness, string> = {
  early: 'green',
  on_time: 'cyan',
  overdue: 'red',
};
