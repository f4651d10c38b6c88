// @vitest-environment jsdom
import '../../../test/setup-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import i18n from '../../i18n';
import { uploadCitizenScan } from '../api';
import { describePortalError } from '../errors';
import SubmitPage from '../submit/SubmitPage';
import type { Procedure, PublicAttachment, PublicDossier, Unit } from '../types';
import { ScanPicker } from './ScanPicker';
import { useCitizenScans, type ScanUploadFn } from './useCitizenScans';

beforeAll(() => i18n.changeLanguage('vi'));
afterEach(() => vi.unstubAllGlobals());

const MB = 1024 * 1024;
const CODE = '000.01.42.H25-261126-0001';

function fileOf(name: string, type: string, size?: number): File {
  const f = new File(['%PDF-1.4\n'], name, { type });
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  return f;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const attachment = (filename: string, id = 1): PublicAttachment => ({
  id,
  kind: 'document',
  label: null,
  filename,
  mime: 'application/pdf',
  size: 9,
  sha256: 'ab',
  uploadedBy: 'Công dân',
  uploadedAt: '2026-11-26T08:01:00+07:00',
});

const headerOf = (init: RequestInit | undefined, name: string) => (init?.headers as Record<string, string> | undefined)?.[name];

describe('uploadCitizenScan', () => {
  it('sends multipart with the proof BEFORE the file, no cookie, no JSON content type, its own Idempotency-Key', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => json(201, attachment('to-khai.pdf')));
    vi.stubGlobal('fetch', fetchMock);
    const file = fileOf('to-khai.pdf', 'application/pdf');
    await expect(uploadCitizenScan(` ${CODE} `, { phone: '0912345678' }, file, 'key-1')).resolves.toMatchObject({ filename: 'to-khai.pdf' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/public/dossiers/${encodeURIComponent(CODE)}/attachments`);
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    expect(headerOf(init, 'Idempotency-Key')).toBe('key-1');
    expect(headerOf(init, 'Content-Type')).toBeUndefined(); // the browser adds multipart/form-data; boundary=…
    const body = init?.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect([...body.keys()]).toEqual(['phone', 'file']);
    expect(body.get('phone')).toBe('0912345678');
    expect((body.get('file') as File).name).toBe('to-khai.pdf');

    await uploadCitizenScan(CODE, { idNumber: '042190012345' }, file, 'key-2');
    const second = fetchMock.mock.calls[1]![1]?.body as FormData;
    expect([...second.keys()]).toEqual(['idNumber', 'file']);
    expect(second.get('idNumber')).toBe('042190012345');
  });

  it('turns the server answers into plain Vietnamese for one file', () => {
    const t = i18n.getFixedT('vi', 'portal');
    const text = (e: ApiError) => {
      const d = describePortalError(e, t, 'attachment');
      return [d.title, ...d.details].join(' ');
    };
    expect(text(new ApiError(400, { code: 'VALIDATION', message: 'x', issues: [{ field: 'file', reason: 'must be a PDF, JPEG or PNG file' }] }))).toBe(
      'Máy chủ không nhận tệp này: nội dung không phải PDF, JPEG hoặc PNG',
    );
    expect(text(new ApiError(400, { code: 'VALIDATION', message: 'x', issues: [{ field: 'file', reason: 'a dossier holds at most 30 files' }] }))).toBe(
      'Máy chủ không nhận tệp này: hồ sơ đã có đủ 30 tệp',
    );
    expect(text(new ApiError(404, { code: 'NOT_FOUND', message: 'x' }))).toBe('Mã hồ sơ và số điện thoại/CCCD không khớp nên không gửi được tệp.');
    expect(text(new ApiError(409, { code: 'ACTION_NOT_ALLOWED', message: 'x' }))).toMatch(/không còn nhận thêm tài liệu/);
    expect(text(new ApiError(429, { code: 'RATE_LIMITED', message: 'x' }))).toBe('Thao tác quá nhanh, vui lòng thử lại sau một phút.');
  });
});

function Picker() {
  const scans = useCitizenScans();
  return createElement(ScanPicker, { scans });
}

function renderPicker() {
  const { container } = render(
    createElement(I18nextProvider, { i18n }, createElement(ConfigProvider, { locale: viVN }, createElement(App, null, createElement(Picker)))),
  );
  return container.querySelector('input[type="file"]') as HTMLInputElement;
}

describe('ScanPicker', () => {
  it('keeps good files in the browser and names each refused one with the reason, in Vietnamese', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    const input = renderPicker();
    fireEvent.change(input, {
      target: {
        files: [
          fileOf('to-khai.pdf', 'application/pdf', 20_000),
          fileOf('to-khai.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 100),
          fileOf('ban-scan.pdf', 'application/pdf', 12.34 * MB),
          fileOf('rong.png', 'image/png', 0),
          fileOf('anh.jpg', 'image/jpeg', 300 * 1024),
        ],
      },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không nhận 3 tệp'));
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Tệp “to-khai.docx” không đúng định dạng: chỉ nhận bản scan PDF, JPEG hoặc PNG.');
    expect(text).toContain('Tệp “ban-scan.pdf” có dung lượng 12,3 MB, vượt quá giới hạn 10 MB.');
    expect(text).toContain('Tệp “rong.png” rỗng (0 byte)');
    const list = await screen.findByRole('list', { name: 'Các tệp đã chọn' });
    expect(list.textContent).toContain('to-khai.pdf (20 KB)');
    expect(list.textContent).toContain('anh.jpg (300 KB)');
    expect(list.textContent).toContain('chưa gửi');
    expect(list.textContent).not.toContain('docx');
    expect(fetchMock).not.toHaveBeenCalled(); // nothing leaves the browser before the dossier exists

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp anh.jpg' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Các tệp đã chọn' }).textContent).not.toContain('anh.jpg'));
  });

  it('stops at 30 files per dossier', async () => {
    const input = renderPicker();
    const many = Array.from({ length: 31 }, (_, i) => fileOf(`trang-${i + 1}.png`, 'image/png', 10));
    fireEvent.change(input, { target: { files: many } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Tệp “trang-31.png” chưa được thêm: mỗi hồ sơ gửi tối đa 30 tệp.'));
    expect(screen.getByRole('list', { name: 'Các tệp đã chọn' }).querySelectorAll('li')).toHaveLength(30);
  });
});

describe('useCitizenScans', () => {
  it('sends one file at a time; a retry sends only the failed one, with the same Idempotency-Key', async () => {
    let active = 0;
    let maxActive = 0;
    const calls: { name: string; key: string; proof: unknown }[] = [];
    let offline = true;
    const upload = vi.fn<ScanUploadFn>(async (_code, proof, file, key) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      calls.push({ name: file.name, key, proof });
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      if (file.name === 'b.pdf' && offline) throw new ApiError(0, { code: 'NETWORK', message: 'offline' });
      return attachment(file.name, calls.length);
    });
    const { result } = renderHook(() => useCitizenScans(upload));
    act(() => ['a.pdf', 'b.pdf', 'c.pdf'].forEach((n) => result.current.add(fileOf(n, 'application/pdf'))));
    let outcome: Awaited<ReturnType<typeof result.current.uploadAll>> | undefined;
    await act(async () => {
      outcome = await result.current.uploadAll(CODE, { phone: '0912345678' });
    });
    expect(outcome).toEqual({ attached: 2, notAttached: 1 });
    expect(maxActive).toBe(1);
    expect(result.current.items.map((i) => i.status)).toEqual(['done', 'failed', 'done']);
    expect(new Set(calls.map((c) => c.key)).size).toBe(3); // one key per file

    offline = false;
    await act(async () => {
      outcome = await result.current.retry();
    });
    expect(outcome).toEqual({ attached: 3, notAttached: 0 });
    expect(calls.map((c) => c.name)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'b.pdf']);
    expect(calls[3]!.key).toBe(calls[1]!.key);
    expect(calls[3]!.proof).toEqual({ phone: '0912345678' });
  });

  it('stops the batch when the dossier takes no more files (409), and does not offer to resend it', async () => {
    const upload = vi.fn<ScanUploadFn>().mockRejectedValue(new ApiError(409, { code: 'ACTION_NOT_ALLOWED', message: 'closed' }));
    const { result } = renderHook(() => useCitizenScans(upload));
    act(() => ['a.pdf', 'b.pdf'].forEach((n) => result.current.add(fileOf(n, 'application/pdf'))));
    await act(async () => {
      await result.current.uploadAll(CODE, { idNumber: '042190012345' });
    });
    expect(upload).toHaveBeenCalledTimes(1);
    expect(result.current.items.map((i) => i.status)).toEqual(['failed', 'failed']);
    await act(async () => {
      await result.current.retry();
    });
    expect(upload).toHaveBeenCalledTimes(1);
  });
});

const PROCEDURE: Procedure = {
  code: 'DEMO.X.021',
  version: 1,
  name: 'Trợ giúp xã hội khẩn cấp',
  field: 'Bảo trợ xã hội',
  level: 'commune',
  workingDays: 10,
  onlineLevel: 'full',
  fee: null,
  requiredDocuments: ['Tờ khai'],
  steps: [],
  demo: true,
};
const UNIT: Unit = { code: '18229', name: 'Xã Đức Thọ', level: 'commune', kind: 'Xã', parentCode: '42', validFrom: '2025-07-01', validTo: null, agencyCode: null };
const DOSSIER: PublicDossier = {
  code: CODE,
  procedure: { code: PROCEDURE.code, name: PROCEDURE.name },
  unit: { code: UNIT.code, name: UNIT.name },
  status: 'submitted',
  statusLabel: 'Đã nộp, chờ tiếp nhận',
  submittedAt: '2026-11-26T08:00:00+07:00',
  receivedAt: null,
  dueAt: null,
  newAppointment: null,
  resultReturned: null,
  rating: null,
  supplementReason: null,
  canSupplement: false,
  canRate: false,
  timeline: [],
};

describe('online submission with scans', () => {
  it('submits, then attaches each scan with the phone typed; the success page lists them and retries a failure', async () => {
    let uploads = 0;
    const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      const url = String(input);
      if (url.startsWith('/api/procedures/')) return json(200, PROCEDURE);
      if (url.startsWith('/api/units')) return json(200, [UNIT]);
      if (url === '/api/public/dossiers') return json(201, DOSSIER);
      if (url.endsWith('/attachments')) {
        uploads += 1;
        const file = (init?.body as FormData).get('file') as File;
        if (uploads === 2) throw new TypeError('Failed to fetch'); // the second file's first try
        return json(201, attachment(file.name, uploads));
      }
      return json(404, { code: 'NOT_FOUND', message: url });
    });
    vi.stubGlobal('fetch', fetchMock);
    const router = createMemoryRouter([{ path: '/cong-dan/nop/:code', Component: SubmitPage }], { initialEntries: ['/cong-dan/nop/DEMO.X.021'] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { container } = render(
      createElement(
        QueryClientProvider,
        { client },
        createElement(I18nextProvider, { i18n }, createElement(ConfigProvider, { locale: viVN }, createElement(App, null, createElement(RouterProvider, { router })))),
      ),
    );
    await screen.findByText('Bản scan giấy tờ (không bắt buộc)');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [fileOf('to-khai.pdf', 'application/pdf', 9), fileOf('cccd.png', 'image/png', 9)] } });
    await waitFor(() => expect(screen.getByRole('list', { name: 'Các tệp đã chọn' }).querySelectorAll('li')).toHaveLength(2));

    const box = screen.getByLabelText('Ủy ban nhân dân xã, phường tiếp nhận');
    fireEvent.mouseDown(box);
    fireEvent.click(await screen.findByTitle('Xã Đức Thọ'));
    const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type('Họ và tên', 'Nguyễn Thị Lan');
    type('Số CCCD', '042190012345');
    type('Số điện thoại', '0912 345.678');
    type('Địa chỉ liên hệ', 'Thôn Trung Tiến');
    fireEvent.click(screen.getByRole('checkbox', { name: /Tờ khai/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));

    expect(await screen.findByText('Đã nộp hồ sơ thành công')).toBeTruthy();
    expect(await screen.findByText('Chưa đính kèm được 1/2 tệp vào hồ sơ.')).toBeTruthy();
    const uploadCalls = () => fetchMock.mock.calls.filter(([u]) => String(u).endsWith('/attachments'));
    const submitIndex = fetchMock.mock.calls.findIndex(([u]) => u === '/api/public/dossiers');
    const firstUpload = fetchMock.mock.calls.findIndex(([u]) => String(u).endsWith('/attachments'));
    expect(firstUpload).toBeGreaterThan(submitIndex);
    for (const [url, init] of uploadCalls()) {
      expect(url).toBe(`/api/public/dossiers/${encodeURIComponent(CODE)}/attachments`);
      expect([...(init?.body as FormData).keys()]).toEqual(['phone', 'file']);
      expect((init?.body as FormData).get('phone')).toBe('0912345678');
      expect(init?.credentials).toBe('omit');
    }
    const list = screen.getByRole('list', { name: 'Các tệp đã chọn' });
    expect(list.textContent).toContain('to-khai.pdf');
    expect(list.textContent).toContain('đã đính kèm');
    expect(list.textContent).toContain('cccd.png');
    expect(list.textContent).toContain('chưa gửi được: Không kết nối được máy chủ.');

    fireEvent.click(screen.getByRole('button', { name: 'Gửi lại các tệp lỗi' }));
    expect(await screen.findByText('Đã đính kèm 2 tệp vào hồ sơ.')).toBeTruthy();
    const [, failed, retried] = uploadCalls();
    expect(uploadCalls()).toHaveLength(3);
    expect(((retried![1]?.body as FormData).get('file') as File).name).toBe('cccd.png');
    expect(headerOf(retried![1], 'Idempotency-Key')).toBe(headerOf(failed![1], 'Idempotency-Key'));
    expect(headerOf(retried![1], 'Idempotency-Key')).not.toBe(headerOf(uploadCalls()[0]![1], 'Idempotency-Key'));
  });
});
