import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';

type Tree = { [key: string]: string | Tree };

function get(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));
}

const NEW_KEYS = [
  'attachments.title',
  'attachments.badType',
  'attachments.tooLarge',
  'attachments.kind.document',
  'attachments.kind.supplement',
  'attachments.kind.result',
  'attachments.someFailed',
  'attachments.retry',
  'slip.unit',
  'slip.attachments',
  'queues.tab.mine',
  'queues.tab.approval',
  'queues.hint.mine',
  'queues.hint.approval',
  'dossier.form.newAppointmentSuggested',
  'field.file',
  'resource.Attachment',
];

describe('staff workspace texts (scans, queues, apology)', () => {
  it('every new key has a Vietnamese and an English text', () => {
    for (const key of NEW_KEYS) {
      expect(get(vi as Tree, key), `vi ${key}`).toBeTruthy();
      expect(get(en as Tree, key), `en ${key}`).toBeTruthy();
    }
  });

  it('the attachments section has the same keys and placeholders in both languages', () => {
    const viKeys = leaves((vi as Tree)['attachments'] as Tree).sort();
    expect(leaves((en as Tree)['attachments'] as Tree).sort()).toEqual(viKeys);
    const vars = (s: string | undefined) => [...(s ?? '').matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of viKeys) expect(vars(get(en as Tree, `attachments.${key}`)), key).toEqual(vars(get(vi as Tree, `attachments.${key}`)));
  });

  it('uses the glossary terms in Vietnamese', () => {
    expect(vi.attachments.title).toBe('Thành phần hồ sơ đã số hóa');
    expect(vi.queues.tab.mine).toBe('Của tôi / phòng tôi');
    expect(vi.queues.tab.approval).toBe('Chờ phê duyệt');
  });
});
