import { describe, expect, it } from 'vitest';
import en from '../../i18n/feedback.en.json';
import vi from '../../i18n/feedback.vi.json';
import { FEEDBACK_ACTIONS, FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_RATINGS, FEEDBACK_STATUSES, REJECT_REASONS } from './types';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}›${k}` : k));
  return [];
}
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
const section = (tree: unknown, name: string) => Object.keys((tree as Record<string, Record<string, string>>)[name] ?? {}).sort();

describe('i18n namespace feedback', () => {
  it('has the same keys in Vietnamese and English, no empty text, the same placeholders', () => {
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(vi).map(([k]) => k).sort());
    const enMap = new Map(leaves(en));
    for (const [k, v] of leaves(vi)) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(enMap.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });
  it('labels every kind, channel, status, action, reason and rating the API sends', () => {
    for (const tree of [vi, en]) {
      expect(section(tree, 'kind')).toEqual([...FEEDBACK_KINDS].sort());
      expect(section(tree, 'kindShort')).toEqual([...FEEDBACK_KINDS].sort());
      expect(section(tree, 'channel')).toEqual([...FEEDBACK_CHANNELS].sort());
      expect(section(tree, 'status')).toEqual([...FEEDBACK_STATUSES].sort());
      expect(section(tree, 'action')).toEqual([...FEEDBACK_ACTIONS].sort());
      expect(section(tree, 'rejectReason')).toEqual([...REJECT_REASONS].sort());
      expect(section(tree, 'rating')).toEqual([...FEEDBACK_RATINGS].sort());
    }
  });
});
