import { ROLES } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { defaultTabFor, queueQuery, tabsFor } from './queueDefs';

describe('queues by role', () => {
  it('opens the queue of the role: desk → to receive, departments → mine, leader → approval', () => {
    expect(defaultTabFor('reception')).toBe('to_receive');
    expect(defaultTabFor('specialist')).toBe('mine');
    expect(defaultTabFor('department_head')).toBe('mine');
    expect(defaultTabFor('leader')).toBe('approval');
    expect(defaultTabFor('system_admin')).toBe('to_receive');
    expect(defaultTabFor('reform_officer')).toBe('in_progress');
  });

  it('every role has a default tab that it can see', () => {
    for (const role of ROLES) expect(tabsFor(role)).toContain(defaultTabFor(role));
  });

  it('shows "waiting for approval" to leaders and department heads, "mine" to those handed dossiers', () => {
    expect(tabsFor('leader')).toContain('approval');
    expect(tabsFor('department_head')).toEqual(expect.arrayContaining(['approval', 'mine']));
    expect(tabsFor('reception')).not.toContain('approval');
    expect(tabsFor('leader')).not.toContain('mine');
  });

  it('asks the API for the right list', () => {
    expect(queueQuery('mine', 'H00')).toEqual({ mine: true });
    expect(queueQuery('approval', 'H00')).toEqual({ unit: 'H00', holder: 'Lãnh đạo UBND', status: 'in_progress' });
    expect(queueQuery('to_receive', 'H00')).toEqual({ unit: 'H00', status: 'submitted,pre_supplement' });
    expect(queueQuery('due_soon', 'H00')).toBeUndefined();
  });
});
