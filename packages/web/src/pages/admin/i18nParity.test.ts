import { describe, expect, it } from 'vitest';
import adminEn from '../../i18n/admin.en.json';
import adminVi from '../../i18n/admin.vi.json';
import dashboardEn from '../../i18n/dashboard.en.json';
import dashboardVi from '../../i18n/dashboard.vi.json';

/** Every key path of a translation table (arrays count as one leaf with their length). */
function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  return [];
}

describe.each([
  ['dashboard', dashboardVi, dashboardEn],
  ['admin', adminVi, adminEn],
])('i18n namespace %s', (_ns, vi, en) => {
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
