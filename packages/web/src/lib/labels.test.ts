import { DOSSIER_STATUSES, EVENT_TYPES, RATING_LEVELS, RETURN_VIAS, ROLES, CHANNELS } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import vi from '../i18n/vi.json';
import { STATUS_COLOR } from './labels';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));
}

function lookup(tree: Tree, section: string, key: string): string | undefined {
  const s = tree[section];
  if (typeof s !== 'object') return undefined;
  const v = s[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

// A new status, event type, role… added to @motcua/core without a label fails here.
const CASES: [string, readonly string[]][] = [
  ['status', DOSSIER_STATUSES],
  ['event', EVENT_TYPES],
  ['action', EVENT_TYPES],
  ['role', ROLES],
  ['channel', CHANNELS],
  ['via', RETURN_VIAS],
  ['rating', RATING_LEVELS],
];

describe.each([
  ['vi', vi as Tree],
  ['en', en as Tree],
])('labels (%s)', (_lang, tree) => {
  it.each(CASES)('every %s has a label', (section, values) => {
    const missing = values.filter((v) => lookup(tree, section, v) === undefined);
    expect(missing).toEqual([]);
  });
});

describe('translations', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(leaves(en as Tree).sort()).toEqual(leaves(vi as Tree).sort());
  });

  it('Vietnamese labels are the glossary terms', () => {
    expect(vi.status.submitted).toBe('Chờ tiếp nhận');
    expect(vi.event.forwarded).toBe('Chuyển xử lý');
    expect(vi.role.reception).toBe('Cán bộ một cửa');
  });

  it('every status has a tag colour', () => {
    expect(Object.keys(STATUS_COLOR).sort()).toEqual([...DOSSIER_STATUSES].sort());
  });
});
