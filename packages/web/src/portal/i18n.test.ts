import { DOSSIER_STATUSES, EVENT_LABELS_VI, EVENT_TYPES, RATING_LEVELS, RETURN_VIAS, STATUS_LABELS_VI } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import en from '../i18n/portal.en.json';
import vi from '../i18n/portal.vi.json';

type Tree = { [key: string]: string | Tree };

/** [path, text] of every string; paths join with "›" because some keys contain dots. */
function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[prefix + k, v]] : entries(v, `${prefix}${k}›`)));
}
const leaves = (tree: Tree) => entries(tree).map(([k]) => k);

function section(tree: Tree, name: string): Record<string, string> {
  const s = tree[name];
  return typeof s === 'object' ? (s as Record<string, string>) : {};
}

describe('portal translations', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(leaves(en as Tree).sort()).toEqual(leaves(vi as Tree).sort());
  });

  it('no text is empty, and placeholders match between the languages', () => {
    const viMap = new Map(entries(vi as Tree));
    const enMap = new Map(entries(en as Tree));
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of viMap) {
      expect(text.trim(), key).not.toBe('');
      expect(enMap.get(key)?.trim(), key).toBeTruthy();
      expect(vars(enMap.get(key) ?? ''), key).toEqual(vars(text));
    }
  });

  it('labels every status, event, rating level and return method, in both languages', () => {
    for (const tree of [vi as Tree, en as Tree]) {
      expect(Object.keys(section(tree, 'status')).sort()).toEqual([...DOSSIER_STATUSES].sort());
      expect(Object.keys(section(tree, 'event')).sort()).toEqual([...EVENT_TYPES].sort());
      for (const level of RATING_LEVELS) expect(section(tree, 'rating')[level]).toBeTruthy();
      expect(Object.keys(section(tree, 'via')).sort()).toEqual([...RETURN_VIAS].sort());
    }
  });

  it('the Vietnamese status and event labels are the plain-Vietnamese ones the server sends', () => {
    expect(section(vi as Tree, 'status')).toEqual(STATUS_LABELS_VI);
    expect(section(vi as Tree, 'event')).toEqual(EVENT_LABELS_VI);
  });
});
