import type { AppraisalAreaDef } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/appraisal.en.json';
import vi from '../../i18n/appraisal.vi.json';
import type { EntryItem, EntryView } from './api';
import { addChild, changedBody, editIssues, liveTotals, patchNode, points, proposals, removeNode, setRows, setTotals, signed } from './logic';

const AREAS: AppraisalAreaDef[] = [
  { code: '1', name: 'Chỉ đạo', maxPoints: 5, criteria: [{ code: '1.1', name: 'Kế hoạch', maxPoints: 2 }, { code: '1.2', name: 'Tiến độ', maxPoints: 3, source: 'plan.task_rate' }] },
  { code: '2', name: 'Thể chế', maxPoints: 65, criteria: [{ code: '2.1', name: 'Văn bản', maxPoints: 65, subCriteria: [{ code: '2.1.a', name: 'a', maxPoints: 60 }, { code: '2.1.b', name: 'b', maxPoints: 5 }] }] },
];

const item = (over: Partial<EntryItem> & Pick<EntryItem, 'code' | 'areaCode' | 'maxPoints'>): EntryItem => ({
  name: over.code,
  parentCode: null,
  depth: 1,
  scored: true,
  guidance: null,
  requiredEvidence: null,
  source: null,
  selfScore: null,
  selfNote: null,
  evidence: null,
  links: [],
  appraisedScore: null,
  comment: null,
  prefill: null,
  savedFigure: null,
  ...over,
});
const ENTRY = {
  areas: [
    { code: '1', name: 'Chỉ đạo', maxPoints: 5, selfTotal: 2, appraisedTotal: 0 },
    { code: '2', name: 'Thể chế', maxPoints: 65, selfTotal: 0, appraisedTotal: 0 },
  ],
  items: [
    item({ code: '1.1', areaCode: '1', maxPoints: 2, selfScore: 2, evidence: 'KH 05' }),
    item({ code: '1.2', areaCode: '1', maxPoints: 3, prefill: { source: 'plan.task_rate', label: 'x', value: 75, display: '75,00% (3/4)', proposedScore: 2.25, period: '', link: '/cai-cach' } }),
    item({ code: '2.1', areaCode: '2', maxPoints: 65, scored: false }),
    item({ code: '2.1.a', areaCode: '2', maxPoints: 60, parentCode: '2.1', depth: 2 }),
  ],
} as unknown as EntryView;

describe('appraisal screen rules', () => {
  it('points in the Vietnamese way; signed changes', () => {
    expect([points(2.25), points(2.5), points(70), points(0), points(null)]).toEqual(['2,25', '2,5', '70', '0', '—']);
    expect([signed(1.25), signed(-0.5), signed(0), signed(null)]).toEqual(['+1,25', '−0,5', '0', '—']);
  });

  it('set editor: rows in tree order, running sums, add / patch / remove', () => {
    expect(setRows(AREAS).map((r) => `${r.kind}:${r.code}`)).toEqual(['area:1', 'criterion:1.1', 'criterion:1.2', 'area:2', 'criterion:2.1', 'sub:2.1.a', 'sub:2.1.b']);
    expect(setTotals(AREAS)).toEqual({ total: 70, mismatched: [] });
    let next = patchNode(AREAS, [0, 0], { maxPoints: 1.5 });
    expect(setTotals(next).mismatched).toEqual(['a0']);
    next = addChild(next, [0]);
    expect(next[0]!.criteria.at(-1)).toEqual({ code: '1.3', name: 'Tiêu chí mới', maxPoints: 0.25 });
    expect(setTotals(next).mismatched).toEqual(['a0']); // 1,5 + 3 + 0,25 = 4,75
    next = patchNode(next, [0, 2], { maxPoints: 0.5 });
    expect(setTotals(next).mismatched).toEqual([]);
    next = addChild(next, [0, 1]);
    expect(next[0]!.criteria[1]).toMatchObject({ subCriteria: [{ code: '1.2.a', maxPoints: 0.25 }] });
    expect(next[0]!.criteria[1]!.source).toBeUndefined(); // a criterion with sub-criteria takes no figure
    next = removeNode(next, [0, 1, 0]);
    expect(next[0]!.criteria[1]!.subCriteria).toBeUndefined();
    expect(patchNode(AREAS, [0, 1], { source: undefined })[0]!.criteria[1]).not.toHaveProperty('source');
    expect(AREAS[0]!.criteria[0]!.maxPoints).toBe(2); // never mutated
  });

  it('scoring form: issues, changed body only, live totals, proposals fill empty scores', () => {
    const edits = { '1.1': { score: 1.1, text: 'KH 05' }, '1.2': { score: 3 } };
    expect([...editIssues(ENTRY, 'self', edits)]).toEqual([['1.1', 'must be a multiple of 0.25']]);
    expect(changedBody(ENTRY, 'self', { '1.1': { score: 2, text: ' KH 05 ' }, '1.2': { score: 3, text: 'BC 12' } })).toEqual({ '1.2': { score: 3, evidence: 'BC 12' } });
    expect(changedBody(ENTRY, 'appraise', { '1.1': { score: 1.75, text: 'Thiếu' } })).toEqual({ '1.1': { score: 1.75, comment: 'Thiếu' } });
    expect(liveTotals(ENTRY, 'self', { '1.2': { score: 2.5 }, '2.1.a': { score: 59.75 } })).toEqual({ byArea: { '1': 4.5, '2': 59.75 }, total: 64.25 });
    expect(proposals(ENTRY, {})).toEqual({ '1.2': { score: 2.25 } });
    expect(proposals(ENTRY, { '1.2': { score: 1 } })).toEqual({ '1.2': { score: 1 } });
  });

  it('i18n namespace appraisal: the same keys in Vietnamese and English', () => {
    const keys = (v: unknown, p = ''): string[] =>
      typeof v === 'object' && v !== null ? Object.entries(v).flatMap(([k, x]) => keys(x, p ? `${p}.${k}` : k)) : [p];
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
});
