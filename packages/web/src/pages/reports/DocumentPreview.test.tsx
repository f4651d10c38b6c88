// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { DocumentPreview } from './DocumentPreview';
import { draftReport } from './reportFixture';
import { buildPatch, NO_EDITS, type DraftEdits } from './reportLogic';

const VIEW = draftReport({
  id: 1,
  sections: [
    {
      id: 'II',
      heading: 'II. KẾT QUẢ',
      blocks: [
        { type: 'heading', level: 2, text: '4. Cải cách thủ tục hành chính' },
        {
          type: 'text',
          id: 'II.4.a',
          style: 'paragraph',
          text: 'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo 3.622 hồ sơ;',
          bindings: [{ key: 'dossiers.receivedTotal', value: 3622, display: '3.622' }],
        },
        { type: 'narrative', key: 'II.4.note', label: 'Đánh giá chung', content: [{ style: 'paragraph', runs: [{ text: 'Giải quyết đúng hạn.' }] }] },
        { type: 'observations', items: [{ id: 'o1', text: 'Xã Tùng Ảnh có tỷ lệ hồ sơ trực tuyến thấp', kept: true, source: 'stats' }] },
      ],
    },
  ],
  recipients: ['UBND tỉnh'],
  allowedActions: ['edit', 'submit'],
});

/** The preview with its edits state, exposing the PUT body the page would send. */
function Harness({ editable, onPatch }: { editable: boolean; onPatch: (p: unknown) => void }) {
  const [edits, setEdits] = useState<DraftEdits>(NO_EDITS);
  onPatch(buildPatch(VIEW, edits));
  return (
    <I18nextProvider i18n={i18n}>
      <DocumentPreview view={VIEW} edits={edits} editable={editable} catalogue={new Map([['dossiers.receivedTotal', { key: 'dossiers.receivedTotal', label: 'Tổng số hồ sơ tiếp nhận' }]])} onEdit={(f) => setEdits(f)} />
    </I18nextProvider>
  );
}

describe('DocumentPreview', () => {
  it('highlights bound values with their key, and prints the header and signature blocks', () => {
    void i18n.changeLanguage('vi');
    render(<Harness editable={false} onPatch={() => undefined} />);
    const mark = screen.getByText('3.622');
    expect(mark.tagName).toBe('MARK');
    expect(mark.getAttribute('data-key')).toBe('dossiers.receivedTotal');
    expect(screen.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeTruthy();
    expect(screen.getByText(/^Số:\s+\/BC-UBND$/)).toBeTruthy();
    expect(screen.getByText('PHÓ CHỦ TỊCH')).toBeTruthy();
    // Read-only: no editor, no keep/delete buttons.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Xóa nhận xét/ })).toBeNull();
  });

  it('in a draft: typing in a narrative and deleting an observation make the PUT body', () => {
    let patch: unknown;
    render(<Harness editable onPatch={(p) => (patch = p)} />);
    expect(patch).toBeUndefined();
    const editor = screen.getByRole('textbox', { name: 'Đánh giá chung' });
    expect(editor.innerHTML).toBe('<p data-style="paragraph">Giải quyết đúng hạn.</p>');
    // What the browser does when the user types and makes a word bold.
    editor.innerHTML = '<p data-style="paragraph">Giải quyết <b>đúng hạn</b> 100%.</p>';
    fireEvent.input(editor);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa nhận xét: Xã Tùng Ảnh có tỷ lệ hồ sơ trực tuyến thấp' }));
    expect(patch).toEqual({
      narratives: { 'II.4.note': [{ style: 'paragraph', runs: [{ text: 'Giải quyết ' }, { text: 'đúng hạn', bold: true }, { text: ' 100%.' }] }] },
      observations: { o1: false },
    });
    // The editor's DOM was not rewritten under the caret.
    expect(editor.innerHTML).toBe('<p data-style="paragraph">Giải quyết <b>đúng hạn</b> 100%.</p>');
    // Kept again: the observation change disappears from the body.
    fireEvent.click(screen.getByRole('button', { name: 'Giữ lại nhận xét: Xã Tùng Ảnh có tỷ lệ hồ sơ trực tuyến thấp' }));
    expect(patch).toEqual({ narratives: { 'II.4.note': [{ style: 'paragraph', runs: [{ text: 'Giải quyết ' }, { text: 'đúng hạn', bold: true }, { text: ' 100%.' }] }] } });
  });

  it('edits the recipients and the signer in place', () => {
    let patch: unknown;
    render(<Harness editable onPatch={(p) => (patch = p)} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Nơi nhận (mỗi dòng một nơi)' }), { target: { value: 'UBND tỉnh\nSở Nội vụ\n' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Họ và tên người ký' }), { target: { value: 'Nguyễn Văn A' } });
    expect(patch).toEqual({ recipients: ['UBND tỉnh', 'Sở Nội vụ'], signer: { capacity: VIEW.signer.capacity, name: 'Nguyễn Văn A' } });
  });
});
