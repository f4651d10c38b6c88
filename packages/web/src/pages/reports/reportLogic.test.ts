import { describe, expect, it } from 'vitest';
import en from '../../i18n/reports.en.json';
import vi from '../../i18n/reports.vi.json';
import type { ReportView } from './api';
import {
  actionButtons,
  buildPatch,
  freshId,
  insertPlaceholder,
  isEditable,
  issuePosition,
  kindOfPeriod,
  moveItem,
  parsePlaceholders,
  placeholderFor,
  NO_EDITS,
  periodFields,
  periodLabel,
  placeholderKeys,
  REPORT_NUMBER,
  segmentSentence,
  sentenceProblems,
  templateSegments,
  unknownKeys,
} from './reportLogic';
import { existingReport, templatesFor } from './CreateReportModal';
import { draftReport } from './reportFixture';

const VIEW = draftReport({
  id: 7,
  sections: [
    {
      id: 'I',
      heading: 'I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
      blocks: [
        { type: 'narrative', key: 'I.1', label: 'Tổ chức chỉ đạo', content: [{ style: 'paragraph', runs: [{ text: 'Căn cứ Quyết định…' }] }] },
        {
          type: 'text',
          id: 'I.5.a',
          style: 'dash',
          text: 'Đã thực hiện đúng hạn: 44 nhiệm vụ, đạt tỷ lệ 97,78%;',
          bindings: [
            { key: 'assignments.onTime', value: 44, display: '44' },
            { key: 'assignments.onTimeRate', value: 97.78, display: '97,78%' },
          ],
        },
      ],
    },
    { id: 'III', heading: 'III. TỒN TẠI, HẠN CHẾ', blocks: [{ type: 'observations', items: [{ id: 'o1', text: 'Lĩnh vực Đất đai có 3 hồ sơ quá hạn', kept: true, source: 'stats' }] }] },
  ],
  recipients: ['UBND tỉnh', 'Sở Nội vụ', 'Lưu: VT, NV.'],
  allowedActions: ['edit', 'refresh', 'submit'],
});

describe('periodFields', () => {
  it('names the period as core periods.ts does, or sends the custom dates', () => {
    expect(periodFields({ kind: 'half', year: 2023, half: 1 })).toEqual({ period: '2023-H1' });
    expect(periodFields({ kind: 'quarter', year: 2023, quarter: 2 })).toEqual({ period: '2023-Q2' });
    expect(periodFields({ kind: 'nine_months', year: 2023 })).toEqual({ period: '2023-9M' });
    expect(periodFields({ kind: 'year', year: 2023 })).toEqual({ period: '2023' });
    expect(periodFields({ kind: 'custom', from: '2023-01-01', to: '2023-03-31' })).toEqual({ from: '2023-01-01', to: '2023-03-31' });
  });
  it('is undefined while the choice is incomplete or backwards', () => {
    expect(periodFields({ kind: 'quarter', year: 2023 })).toBeUndefined();
    expect(periodFields({ kind: 'year' })).toBeUndefined();
    expect(periodFields({ kind: 'custom', from: '2023-04-01', to: '2023-03-31' })).toBeUndefined();
  });
  it('kindOfPeriod inverts the names', () => {
    expect(['2023', '2023-H2', '2023-9M', '2023-Q4', '2023-M05'].map(kindOfPeriod)).toEqual(['year', 'half', 'nine_months', 'quarter', undefined]);
  });
});

describe('periodLabel', () => {
  const t = (key: string, o: Record<string, string>) => `${key}|${Object.values(o).join(',')}`;
  it('picks the label and its values', () => {
    expect(periodLabel(VIEW, t)).toBe('periodName.H1|2023');
    expect(periodLabel({ ...VIEW, kind: 'quarter', period: '2023-Q2' }, t)).toBe('periodName.quarter|II,2023');
    expect(periodLabel({ ...VIEW, kind: 'year', period: '2023' }, t)).toBe('periodName.year|2023');
    expect(periodLabel({ ...VIEW, kind: 'custom', period: '', from: '2023-01-01', to: '2023-03-31' }, t)).toBe('periodName.custom|01/01/2023,31/03/2023');
  });
});

describe('segmentSentence', () => {
  it('marks each bound value where it was written, in order', () => {
    const block = VIEW.sections[0]!.blocks[1]!;
    if (block.type !== 'text') throw new Error('fixture');
    expect(segmentSentence(block.text, block.bindings)).toEqual([
      { text: 'Đã thực hiện đúng hạn: ' },
      { text: '44', binding: block.bindings[0] },
      { text: ' nhiệm vụ, đạt tỷ lệ ' },
      { text: '97,78%', binding: block.bindings[1] },
      { text: ';' },
    ]);
  });
  it('searches after the previous value (the same digits twice) and skips values it cannot find', () => {
    const b = [
      { key: 'a', value: 1, display: '16' },
      { key: 'b', value: 2, display: '16' },
      { key: 'c', value: 3, display: 'không có' },
      { key: 'd', value: 4, display: '' },
    ];
    const segs = segmentSentence('hoàn thành 16/60 nhiệm vụ; 16 xã', b);
    expect(segs.map((s) => [s.text, s.binding?.key])).toEqual([
      ['hoàn thành ', undefined],
      ['16', 'a'],
      ['/60 nhiệm vụ; ', undefined],
      ['16', 'b'],
      [' xã', undefined],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('hoàn thành 16/60 nhiệm vụ; 16 xã');
  });
});

describe('template sentences', () => {
  it('lists placeholders and the unknown ones', () => {
    const text = 'Tiếp nhận {{dossiers.receivedTotal}} hồ sơ; {{ dossiers.online }} trực tuyến; {{typo.key}}';
    expect(placeholderKeys(text)).toEqual(['dossiers.receivedTotal', 'dossiers.online', 'typo.key']);
    expect(unknownKeys(text, new Set(['dossiers.receivedTotal', 'dossiers.online']))).toEqual(['typo.key']);
    expect(templateSegments('a {{x}} b {{y.z|pct}}')).toEqual([{ text: 'a ' }, { text: '{{x}}', key: 'x', filters: [] }, { text: ' b ' }, { text: '{{y.z|pct}}', key: 'y.z', filters: ['pct'] }]);
  });
  it('reports what the server would refuse: unknown keys and filters, stray braces', () => {
    const known = new Set(['a.b']);
    expect(sentenceProblems('Số {{a.b|pad2}} và {{a.b|pct|upper}}', known)).toBeUndefined();
    expect(sentenceProblems('{{a.c}} {{a.b|pcnt}} {{a.b}', known)).toEqual({ keys: ['a.c'], filters: ['pcnt'], malformed: true });
    expect(parsePlaceholders('{{ a.b|dec2 }}')).toEqual([{ key: 'a.b', filters: ['dec2'] }]);
    expect(placeholderFor({ key: 'x.rate', type: 'percent' })).toBe('{{x.rate|pct}}');
    expect(placeholderFor({ key: 'x.n', type: 'count' })).toBe('{{x.n}}');
  });
  it('inserts a placeholder at the caret or over the selection', () => {
    expect(insertPlaceholder('Tổng số  hồ sơ', '{{dossiers.receivedTotal}}', 8)).toEqual({ text: 'Tổng số {{dossiers.receivedTotal}} hồ sơ', caret: 34 });
    expect(insertPlaceholder('Tổng số XX hồ sơ', '{{k}}', 8, 10)).toEqual({ text: 'Tổng số {{k}} hồ sơ', caret: 13 });
    expect(insertPlaceholder('ab', '{{k}}', 99)).toEqual({ text: 'ab{{k}}', caret: 7 });
  });
  it('fresh ids, moves and issue positions', () => {
    expect(freshId(new Set(['II.t1', 'II.t2']), 'II.t')).toBe('II.t3');
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
    expect(issuePosition('body.sections.3.blocks.2.text')).toEqual({ section: 3, block: 2, rest: 'text' });
    expect(issuePosition('sections.1.heading')).toEqual({ section: 1, rest: 'heading' });
    expect(issuePosition('title')).toEqual({ rest: 'title' });
  });
});

describe('draft edits → PUT body', () => {
  it('is undefined when nothing differs (not dirty)', () => {
    expect(buildPatch(VIEW, NO_EDITS)).toBeUndefined();
    // The same content typed again, with the editor's stray spaces, is not a change.
    expect(
      buildPatch(VIEW, {
        ...NO_EDITS,
        narratives: { 'I.1': [{ style: 'paragraph', runs: [{ text: 'Căn cứ ' }, { text: 'Quyết định… ' }] }] },
        observations: { o1: true },
        recipients: ['UBND tỉnh', ' Sở Nội vụ', '', 'Lưu: VT, NV.'],
        signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', ''], name: 'Võ Minh Đức ' },
        title: VIEW.title,
      }),
    ).toBeUndefined();
  });
  it('carries only what changed', () => {
    expect(
      buildPatch(VIEW, {
        narratives: { 'I.1': [{ style: 'paragraph', runs: [{ text: 'Căn cứ ' }, { text: 'Kế hoạch', bold: true }] }] },
        observations: { o1: false },
        recipients: ['UBND tỉnh', 'Lưu: VT, NV.'],
      }),
    ).toEqual({
      narratives: { 'I.1': [{ style: 'paragraph', runs: [{ text: 'Căn cứ ' }, { text: 'Kế hoạch', bold: true }] }] },
      observations: { o1: false },
      recipients: ['UBND tỉnh', 'Lưu: VT, NV.'],
    });
    expect(buildPatch(VIEW, { ...NO_EDITS, signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Võ Minh Đức' }, title: ' Báo cáo mới ' })).toEqual({
      signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Võ Minh Đức' },
      title: 'Báo cáo mới',
    });
  });
});

describe('workflow', () => {
  it('shows exactly the allowed actions, in a fixed order, without edit', () => {
    expect(actionButtons(['submit', 'edit', 'refresh'])).toEqual(['refresh', 'submit']);
    expect(actionButtons(['issue', 'return', 'approve'])).toEqual(['approve', 'return', 'issue']);
    expect(actionButtons(['supersede', 'unknown'])).toEqual(['supersede']);
    expect(actionButtons([])).toEqual([]);
  });
  it('edits only a draft the server lets the user edit', () => {
    expect(isEditable(VIEW)).toBe(true);
    expect(isEditable({ ...VIEW, allowedActions: ['refresh'] })).toBe(false);
    expect(isEditable({ ...VIEW, status: 'submitted' })).toBe(false);
  });
  it('checks report numbers as "15/BC-UBND"', () => {
    expect(REPORT_NUMBER.test('15/BC-UBND')).toBe(true);
    expect(REPORT_NUMBER.test('123/BC-UBND-NV')).toBe(true);
    expect(REPORT_NUMBER.test('BC-UBND')).toBe(false);
    expect(REPORT_NUMBER.test('15/')).toBe(false);
  });
});

describe('templatesFor', () => {
  it('keeps the templates of the unit level, current ones and newer versions first', () => {
    const tpl = (id: number, unitScope: 'district' | 'commune' | 'any', version: number, validTo: string | null = null) => ({ id, code: 'c', name: 'n', version, validFrom: '2023-01-01', validTo, unitScope });
    const all = [tpl(1, 'district', 1, '2023-12-31'), tpl(2, 'district', 2), tpl(3, 'commune', 1), tpl(4, 'any', 1)];
    expect(templatesFor(all, 'district').map((x) => x.id)).toEqual([2, 4, 1]);
    expect(templatesFor(all, 'commune').map((x) => x.id)).toEqual([3, 4]);
  });
});

describe('existingReport', () => {
  it('finds the latest version of the same unit, kind and period', () => {
    const r = (id: number, kind: ReportView['kind'], period: string | null, version: number, from = '2022-12-15', to = '2023-06-14') => ({ ...VIEW, id, kind, period, version, from, to });
    const all = [r(1, 'half', '2023-H1', 1), r(2, 'half', '2023-H1', 2), r(3, 'year', '2023', 1), r(4, 'custom', null, 1, '2023-01-01', '2023-03-31')];
    expect(existingReport(all, { unit: '440', kind: 'half', period: '2023-H1' })?.id).toBe(2);
    expect(existingReport(all, { unit: '440', kind: 'custom', from: '2023-01-01', to: '2023-03-31' })?.id).toBe(4);
    expect(existingReport(all, { unit: '440', kind: 'quarter', period: '2023-Q1' })).toBeUndefined();
  });
});

describe('i18n namespace reports', () => {
  function leaves(value: unknown, prefix = ''): [string, string][] {
    if (typeof value === 'string') return [[prefix, value]];
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
    return [];
  }
  const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
  it('has the same keys and placeholders in Vietnamese and English, and no empty text', () => {
    const enMap = new Map(leaves(en));
    const viLeaves = leaves(vi);
    expect(viLeaves.map(([k]) => k).sort()).toEqual([...enMap.keys()].sort());
    for (const [k, v] of viLeaves) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(enMap.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });
  it('names the statuses as the issue asks', () => {
    expect(Object.values(vi.status)).toEqual(['Dự thảo', 'Chờ duyệt', 'Đã duyệt', 'Đã ban hành', 'Đã thay thế']);
    expect(Object.values(vi.kind)).toEqual(['Quý', '6 tháng', '9 tháng', 'Năm', 'Tùy chọn']);
  });
});
