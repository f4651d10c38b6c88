// @vitest-environment jsdom
import type { RichText } from '@motcua/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domToRichText, normalizeRichText, richTextEqual, richTextToHtml, type NodeLike } from './richTextDom';

/** The editor's DOM for some HTML, as the browser would build it. */
function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('richTextToHtml', () => {
  it('writes one <p> per block with its style, marks nested, text escaped', () => {
    const doc: RichText = [
      { style: 'paragraph', runs: [{ text: 'Tổng số ' }, { text: '3.622', bold: true }, { text: ' hồ sơ <a>' }] },
      { style: 'dash', runs: [{ text: 'nghiêng gạch', italic: true, underline: true }] },
      { style: 'plus', runs: [{ text: 'tất cả', bold: true, italic: true, underline: true }] },
    ];
    expect(richTextToHtml(doc)).toBe(
      '<p data-style="paragraph">Tổng số <strong>3.622</strong> hồ sơ &lt;a&gt;</p>' +
        '<p data-style="dash"><em><u>nghiêng gạch</u></em></p>' +
        '<p data-style="plus"><strong><em><u>tất cả</u></em></strong></p>',
    );
  });

  it('gives an empty document one empty paragraph the caret can enter', () => {
    expect(richTextToHtml([])).toBe('<p data-style="paragraph"><br></p>');
  });
});

describe('domToRichText', () => {
  it('reads blocks, styles and marks back', () => {
    expect(domToRichText(dom('<p data-style="dash">Đã <b>thực hiện</b> <i>đúng</i> <u>hạn</u></p><p data-style="plus">ý nhỏ</p>'))).toEqual([
      { style: 'dash', runs: [{ text: 'Đã ' }, { text: 'thực hiện', bold: true }, { text: ' ' }, { text: 'đúng', italic: true }, { text: ' ' }, { text: 'hạn', underline: true }] },
      { style: 'plus', runs: [{ text: 'ý nhỏ' }] },
    ]);
  });

  it('reads the marks the browser writes as inline CSS', () => {
    const doc = domToRichText(dom('<p><span style="font-weight: 700">a</span><span style="font-style: italic; text-decoration: underline">b</span><span style="font-weight: normal">c</span></p>'));
    expect(doc).toEqual([{ style: 'paragraph', runs: [{ text: 'a', bold: true }, { text: 'b', italic: true, underline: true }, { text: 'c' }] }]);
  });

  it('turns a typed "- " or "+ " at the start of a paragraph into an item', () => {
    expect(domToRichText(dom('<p>- Tồn tại thứ nhất</p><p>+&nbsp;ý phụ</p><p>-không phải</p>'))).toEqual([
      { style: 'dash', runs: [{ text: 'Tồn tại thứ nhất' }] },
      { style: 'plus', runs: [{ text: 'ý phụ' }] },
      { style: 'paragraph', runs: [{ text: '-không phải' }] },
    ]);
  });

  it('wraps loose text, splits at <br>, drops empty paragraphs and no-break spaces', () => {
    expect(domToRichText(dom('Dòng một<br>Dòng&nbsp;hai<p><br></p><div>Dòng ba</div>'))).toEqual([
      { style: 'paragraph', runs: [{ text: 'Dòng một' }] },
      { style: 'paragraph', runs: [{ text: 'Dòng hai' }] },
      { style: 'paragraph', runs: [{ text: 'Dòng ba' }] },
    ]);
  });

  it('keeps headings and reads pasted list items as dash items', () => {
    expect(domToRichText(dom('<h3>Ưu điểm</h3><ul><li>một</li><li>hai</li></ul>'))).toEqual([
      { style: 'heading', runs: [{ text: 'Ưu điểm' }] },
      { style: 'dash', runs: [{ text: 'một' }] },
      { style: 'dash', runs: [{ text: 'hai' }] },
    ]);
  });

  it('ignores scripts and styles', () => {
    expect(domToRichText(dom('<p>a<script>alert(1)</script><style>p{}</style></p>'))).toEqual([{ style: 'paragraph', runs: [{ text: 'a' }] }]);
  });

  it('works on any node-like tree (no DOM needed)', () => {
    const text = (v: string): NodeLike => ({ nodeType: 3, nodeName: '#text', nodeValue: v, childNodes: [] });
    const el = (name: string, children: NodeLike[], attrs: Record<string, string> = {}): NodeLike => ({
      nodeType: 1,
      nodeName: name,
      nodeValue: null,
      childNodes: children,
      getAttribute: (n) => attrs[n] ?? null,
    });
    const root = el('DIV', [el('P', [text('x '), el('STRONG', [text('y')])], { 'data-style': 'plus' })]);
    expect(domToRichText(root)).toEqual([{ style: 'plus', runs: [{ text: 'x ' }, { text: 'y', bold: true }] }]);
  });
});

describe('round trip', () => {
  const run = fc.record(
    {
      // Printable text without edge spaces issues: the model trims block edges anyway.
      text: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n\u00a0]/.test(s)),
      bold: fc.boolean(),
      italic: fc.boolean(),
      underline: fc.boolean(),
    },
    { requiredKeys: ['text'] },
  );
  const block = fc.record({ style: fc.constantFrom('paragraph' as const, 'dash' as const, 'plus' as const, 'heading' as const), runs: fc.array(run, { minLength: 1, maxLength: 5 }) });

  it('HTML → DOM → RichText gives back the normalized document', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (doc) => {
        const expected = normalizeRichText(doc);
        // A paragraph typed as "- x" reads back as an item (by design), so leave those out here.
        fc.pre(expected.every((b) => b.style !== 'paragraph' || !/^[-+]\s/.test(b.runs[0]?.text ?? '')));
        expect(domToRichText(dom(richTextToHtml(doc)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('normalization merges runs with the same marks and is idempotent', () => {
    const doc: RichText = [{ style: 'paragraph', runs: [{ text: ' a', bold: true }, { text: 'b', bold: true }, { text: '' }, { text: 'c ', bold: false }] }];
    expect(normalizeRichText(doc)).toEqual([{ style: 'paragraph', runs: [{ text: 'ab', bold: true }, { text: 'c' }] }]);
    expect(normalizeRichText(normalizeRichText(doc))).toEqual(normalizeRichText(doc));
    expect(richTextEqual(doc, [{ style: 'paragraph', runs: [{ text: 'ab', bold: true }, { text: 'c' }] }])).toBe(true);
    expect(richTextEqual(doc, [{ style: 'dash', runs: [{ text: 'ab', bold: true }, { text: 'c' }] }])).toBe(false);
  });
});
