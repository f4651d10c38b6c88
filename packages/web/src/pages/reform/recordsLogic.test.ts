import { describe, expect, it } from 'vitest';
import { clean, diffPatch, DOCUMENT_NUMBER } from './recordsLogic';

describe('reform records helpers', () => {
  it('accepts document numbers the server accepts', () => {
    expect(DOCUMENT_NUMBER.test('111/KH-UBND')).toBe(true);
    expect(DOCUMENT_NUMBER.test('239/QĐ-UBND')).toBe(true);
    expect(DOCUMENT_NUMBER.test('KH-UBND')).toBe(false);
    expect(DOCUMENT_NUMBER.test('111/kh-ubnd')).toBe(false);
  });
  it('builds a patch of the changed fields only', () => {
    expect(diffPatch({ number: '1/KH', link: null, note: 'a' }, { number: '1/KH', link: null, note: null })).toEqual({ note: null });
    expect(diffPatch({ number: '1/KH' }, { number: '2/KH' })).toEqual({ number: '2/KH' });
    expect(clean('  ')).toBeUndefined();
    expect(clean(' x ')).toBe('x');
  });
});
