// @vitest-environment jsdom
import '../../../test/setup-dom';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { AttachmentView, SessionUser } from '../../api/types';
import i18n from '../../i18n';
import { ScanDropzone } from './ScanDropzone';
import { checkScanFile, formatFileSize, MAX_SCAN_BYTES, mayDigitise } from './scanRules';
import { pendingScan, useScanUploads, type PendingScan } from './useScanUploads';

const MB = 1024 * 1024;

describe('scan checks before upload', () => {
  it('accepts PDF, JPEG and PNG by extension and MIME type', () => {
    expect(checkScanFile({ name: 'to-khai.PDF', type: 'application/pdf', size: 120_000 })).toBeUndefined();
    expect(checkScanFile({ name: 'cccd.jpg', type: 'image/jpeg', size: 1 })).toBeUndefined();
    expect(checkScanFile({ name: 'cccd.jpeg', type: '', size: 1 })).toBeUndefined(); // the browser did not know the type
    expect(checkScanFile({ name: 'giay-chung-sinh.png', type: 'image/png', size: MAX_SCAN_BYTES })).toBeUndefined();
  });

  it('refuses other types, even when only the name or only the MIME type is wrong', () => {
    expect(checkScanFile({ name: 'to-khai.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10 })).toEqual({ kind: 'type' });
    expect(checkScanFile({ name: 'anh.pdf', type: 'image/gif', size: 10 })).toEqual({ kind: 'type' });
    expect(checkScanFile({ name: 'scan', type: 'application/pdf', size: 10 })).toEqual({ kind: 'type' });
  });

  it('refuses empty files and files over 10 MB, giving the size the Vietnamese way', () => {
    expect(checkScanFile({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toEqual({ kind: 'empty' });
    expect(checkScanFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_SCAN_BYTES + 1 })).toEqual({ kind: 'size', size: '10 MB' });
    expect(checkScanFile({ name: 'a.pdf', type: 'application/pdf', size: 12.34 * MB })).toEqual({ kind: 'size', size: '12,3 MB' });
  });

  it('writes sizes in B, KB and MB with a decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(350 * 1024)).toBe('350 KB');
    expect(formatFileSize(1000 * 1024)).toBe('1.000 KB');
    expect(formatFileSize(2.3 * MB)).toBe('2,3 MB');
  });

  it('offers the upload box only to roles that digitise, departments only while they hold the dossier', () => {
    const user = (role: SessionUser['role'], level = 'commune'): SessionUser => ({
      username: 'u1',
      fullName: 'U',
      role,
      unit: { code: 'D1', name: 'Phòng Tư pháp', level },
    });
    expect(mayDigitise(user('reception'), null)).toBe(true);
    expect(mayDigitise(user('leader'), 'Lãnh đạo UBND')).toBe(false);
    expect(mayDigitise(user('reform_officer'), null)).toBe(false);
    expect(mayDigitise(user('specialist', 'department'), 'Phòng Tư pháp')).toBe(true);
    expect(mayDigitise(user('department_head', 'department'), 'D1')).toBe(true);
    expect(mayDigitise(user('specialist', 'department'), 'Lãnh đạo UBND')).toBe(false);
  });
});

function renderDropzone(room = 30) {
  const onFile = vi.fn<(f: File) => void>();
  const { container } = render(
    createElement(I18nextProvider, { i18n }, createElement(ConfigProvider, { locale: viVN }, createElement(App, null, createElement(ScanDropzone, { onFile, room })))),
  );
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  return { onFile, input };
}

function fileOf(name: string, type: string, size: number): File {
  const f = new File(['%PDF-1.4'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

describe('ScanDropzone', () => {
  it('passes good files on and names each refused one with the reason, in Vietnamese', async () => {
    const { onFile, input } = renderDropzone();
    const good = fileOf('to-khai.pdf', 'application/pdf', 20_000);
    fireEvent.change(input, { target: { files: [good, fileOf('to-khai.docx', 'application/msword', 100), fileOf('ban-scan.pdf', 'application/pdf', 11 * MB)] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không nhận 2 tệp'));
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Tệp “to-khai.docx” không đúng định dạng: chỉ nhận bản scan PDF, JPEG hoặc PNG.');
    expect(text).toContain('Tệp “ban-scan.pdf” có dung lượng 11 MB, vượt quá giới hạn 10 MB.');
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile.mock.calls[0]?.[0].name).toBe('to-khai.pdf');
  });

  it('stops at the 30-file limit of a dossier', async () => {
    const { onFile, input } = renderDropzone(1);
    fireEvent.change(input, { target: { files: [fileOf('a.pdf', 'application/pdf', 10), fileOf('b.png', 'image/png', 10)] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Tệp “b.png” chưa được thêm: mỗi hồ sơ có tối đa 30 tệp.'));
    expect(onFile).toHaveBeenCalledTimes(1);
  });
});

describe('useScanUploads', () => {
  const attachment = (s: PendingScan, id: number): AttachmentView => ({
    id,
    kind: s.kind,
    label: s.label || null,
    filename: s.file.name,
    mime: 'application/pdf',
    size: s.file.size,
    sha256: 'x',
    uploadedBy: 'u',
    uploadedAt: '2025-01-02T08:00:00+07:00',
  });

  it('uploads one file at a time, keeps failures for a retry with the same Idempotency-Key', async () => {
    let active = 0;
    let maxActive = 0;
    const keys: string[] = [];
    let failB = true;
    const upload = vi.fn(async (_code: string, s: PendingScan) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      keys.push(s.key);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      if (s.file.name === 'b.pdf' && failB) throw new Error('offline');
      return attachment(s, keys.length);
    });
    const scans = ['a.pdf', 'b.pdf', 'c.pdf'].map((n) => pendingScan(new File(['%PDF-'], n, { type: 'application/pdf' })));
    const { result } = renderHook(() => useScanUploads('000.00.00.H00-250102-0001', { upload }));
    act(() => result.current.enqueue(scans));
    await waitFor(() => expect(result.current.items.every((i) => i.status === 'done' || i.status === 'failed')).toBe(true));
    expect(maxActive).toBe(1);
    expect(result.current.items.map((i) => i.status)).toEqual(['done', 'failed', 'done']);
    failB = false;
    act(() => result.current.retryFailed());
    await waitFor(() => expect(result.current.items.map((i) => i.status)).toEqual(['done', 'done', 'done']));
    expect(keys.filter((k) => k === scans[1]?.key)).toHaveLength(2);
  });

  it('waits for the dossier code before sending anything', () => {
    const upload = vi.fn<(code: string, s: PendingScan) => Promise<AttachmentView>>();
    const { result } = renderHook(() => useScanUploads(undefined, { upload }));
    act(() => result.current.enqueue([pendingScan(new File(['%PDF-'], 'a.pdf'))]));
    expect(upload).not.toHaveBeenCalled();
    expect(result.current.items[0]?.status).toBe('waiting');
  });
});
