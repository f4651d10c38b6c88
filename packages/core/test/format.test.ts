import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercentVi, formatPlaceDateVi } from '../src/format.js';

describe('Vietnamese formats of official documents', () => {
  it('writes the place-and-date line as Nghị định 30/2020 pads it', () => {
    expect(formatPlaceDateVi('Đức Thọ', '2023-01-05')).toBe('Đức Thọ, ngày 05 tháng 01 năm 2023');
    expect(formatPlaceDateVi('Đức Thọ', '2023-06-14')).toBe('Đức Thọ, ngày 14 tháng 6 năm 2023');
    expect(formatPlaceDateVi('Hà Tĩnh', '2023-02-28')).toBe('Hà Tĩnh, ngày 28 tháng 02 năm 2023');
    expect(formatPlaceDateVi('', '2023-12-01')).toBe('ngày 01 tháng 12 năm 2023');
  });
  it('groups thousands with dots and rounds half up', () => {
    expect(formatNumberVi(397346000)).toBe('397.346.000');
    expect(formatNumberVi(54.02, 3)).toBe('54,020');
    expect(formatPercentVi(16, 60)).toBe('26,67%');
    expect(formatPercentVi(54.02, 146.25)).toBe('36,94%');
  });
});

import { plainToRichText, richTextToPlain } from '../src/richtext.js';
describe('rich text of report narratives', () => {
  it('reads dash and plus items and bold/italic marks, and writes them back', () => {
    const doc = plainToRichText('Ưu điểm chung\n- Công tác **CCHC** được *quan tâm*;\n+ Tại cấp huyện: tốt');
    expect(doc.map((b) => b.style)).toEqual(['paragraph', 'dash', 'plus']);
    expect(doc[1]!.runs).toEqual([{ text: 'Công tác ' }, { text: 'CCHC', bold: true }, { text: ' được ' }, { text: 'quan tâm', italic: true }, { text: ';' }]);
    expect(richTextToPlain(doc)).toBe('Ưu điểm chung\n- Công tác CCHC được quan tâm;\n+ Tại cấp huyện: tốt');
  });
});
