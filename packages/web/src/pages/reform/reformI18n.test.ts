import { describe, expect, it } from 'vitest';
import en from '../../i18n/reform.en.json';
import vi from '../../i18n/reform.vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

describe('i18n namespace reform', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
  it('uses the same placeholders in both languages, and no empty text', () => {
    const enMap = new Map(leaves(en));
    for (const [k, v] of leaves(vi)) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(enMap.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });
});
