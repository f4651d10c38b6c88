// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import type { PublicDossier } from '../types';
import LookupPage from './LookupPage';

beforeAll(() => i18n.changeLanguage('vi'));
afterEach(() => vi.unstubAllGlobals());

const CODE = '000.01.42.H25-261126-0001';

const DOSSIER: PublicDossier = {
  code: CODE,
  procedure: { code: 'DEMO.X.021', name: 'Trợ giúp xã hội khẩn cấp' },
  unit: { code: '18229', name: 'Xã Đức Thọ' },
  status: 'awaiting_supplement',
  statusLabel: 'Chờ bổ sung, hoàn thiện hồ sơ',
  submittedAt: '2026-11-26T08:00:00+07:00',
  receivedAt: '2026-11-26T09:30:00+07:00',
  dueAt: '2026-12-10T09:30:00+07:00',
  newAppointment: null,
  resultReturned: null,
  rating: null,
  supplementReason: 'Thiếu bản sao giấy tờ tùy thân',
  canSupplement: true,
  canRate: false,
  timeline: [
    { at: '2026-11-26T08:00:00+07:00', type: 'submitted', label: 'Nộp hồ sơ', detail: null },
    { at: '2026-11-26T09:30:00+07:00', type: 'received', label: 'Tiếp nhận hồ sơ', detail: null },
    { at: '2026-11-26T10:00:00+07:00', type: 'supplement_requested', label: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', detail: 'Thiếu bản sao giấy tờ tùy thân' },
  ],
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function setup(responses: Response[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const r of responses) fetchMock.mockResolvedValueOnce(r);
  vi.stubGlobal('fetch', fetchMock);
  const router = createMemoryRouter([{ path: '/cong-dan/tra-cuu', Component: LookupPage }], { initialEntries: ['/cong-dan/tra-cuu'] });
  const view = render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ConfigProvider, { locale: viVN }, createElement(App, null, createElement(RouterProvider, { router }))),
    ),
  );
  return { fetchMock, router, container: view.container };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const lookUp = () => fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));

describe('dossier lookup', () => {
  it('never looks up by the code alone', async () => {
    const { fetchMock } = setup([]);
    type('Mã hồ sơ', CODE);
    lookUp();
    expect(await screen.findByText('Nhập số điện thoại đã khai khi nộp hồ sơ')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Số CCCD' }));
    await screen.findByLabelText('Số CCCD đã khai khi nộp');
    lookUp();
    expect(await screen.findByText('Nhập số CCCD đã khai khi nộp hồ sơ')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a 404 gives one message that does not say which part was wrong; the proof stays out of the page URL', async () => {
    const { fetchMock, router } = setup([json(404, { code: 'NOT_FOUND', message: 'Dossier not found', resource: 'Dossier', key: CODE })]);
    type('Mã hồ sơ', ` ${CODE} `);
    type('Số điện thoại đã khai khi nộp', '0912 345 678');
    lookUp();
    expect(await screen.findByText('Không tìm thấy hồ sơ với mã và số điện thoại/CCCD đã nhập.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/public/dossiers/${encodeURIComponent(CODE)}/lookup`);
    expect(JSON.parse(String(init?.body))).toEqual({ phone: '0912345678' });
    expect(init?.credentials).toBe('omit');
    expect(router.state.location.pathname + router.state.location.search).toBe('/cong-dan/tra-cuu');
    expect(window.location.href).not.toContain('0912');
  });

  it('shows the dossier by CCCD, then sends the requested supplement with the same proof', async () => {
    const { fetchMock } = setup([json(200, DOSSIER), json(200, { ...DOSSIER, status: 'in_progress', canSupplement: false, supplementReason: null })]);
    type('Mã hồ sơ', CODE);
    fireEvent.click(screen.getByRole('radio', { name: 'Số CCCD' }));
    await screen.findByLabelText('Số CCCD đã khai khi nộp');
    type('Số CCCD đã khai khi nộp', '042190012345');
    lookUp();
    expect(await screen.findByText(`Hồ sơ ${CODE}`)).toBeTruthy();
    expect(fetchMock.mock.calls[0]![0]).toBe(`/api/public/dossiers/${encodeURIComponent(CODE)}/lookup`);
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ idNumber: '042190012345' });
    expect(screen.getAllByText('Chờ bổ sung, hoàn thiện hồ sơ').length).toBeGreaterThan(0);
    expect(screen.getByText('10/12/2026 09:30')).toBeTruthy();
    expect(screen.getAllByText('Thiếu bản sao giấy tờ tùy thân').length).toBeGreaterThan(0);

    type('Nội dung bổ sung của bạn', 'Đã gửi bản sao CCCD');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    expect(await screen.findByText('Đã gửi nội dung bổ sung.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[1]!;
    expect(url).toBe(`/api/public/dossiers/${encodeURIComponent(CODE)}/supplement`);
    expect(JSON.parse(String(init?.body))).toEqual({ idNumber: '042190012345', note: 'Đã gửi bản sao CCCD' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Gửi bổ sung' })).toBeNull());
    expect(screen.getByText('Đang giải quyết')).toBeTruthy();
  });

  it('uploads the chosen scans first (proof = the lookup phone, before the file), then the supplement; a failed scan holds the note back', async () => {
    const scan = (name: string, id: number) => json(201, { id, kind: 'supplement', label: null, filename: name, mime: 'application/pdf', size: 9, sha256: 'ab', uploadedBy: 'Công dân', uploadedAt: '2026-11-26T10:05:00+07:00' });
    const { fetchMock, container } = setup([
      json(200, DOSSIER),
      scan('cccd.pdf', 1),
      json(500, { code: 'INTERNAL', message: 'boom' }),
      scan('so-ho-khau.jpg', 2),
      json(200, { ...DOSSIER, status: 'in_progress', canSupplement: false, supplementReason: null }),
    ]);
    type('Mã hồ sơ', CODE);
    type('Số điện thoại đã khai khi nộp', '0912 345 678');
    lookUp();
    expect(await screen.findByText(`Hồ sơ ${CODE}`)).toBeTruthy();
    const input = container.querySelector('.portal-scans input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['%PDF-1.4'], 'cccd.pdf', { type: 'application/pdf' }), new File(['x'], 'so-ho-khau.jpg', { type: 'image/jpeg' }), new File(['x'], 'ghi-chu.txt', { type: 'text/plain' })] },
    });
    expect(await screen.findByText('Tệp “ghi-chu.txt” không đúng định dạng: chỉ nhận bản scan PDF, JPEG hoặc PNG.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('list', { name: 'Các tệp đã chọn' }).querySelectorAll('li')).toHaveLength(2));

    type('Nội dung bổ sung của bạn', 'Gửi bản sao CCCD và sổ hộ khẩu');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    expect(await screen.findByText('Chưa gửi được 1 tệp nên nội dung bổ sung chưa được gửi. Bấm “Gửi bổ sung” để thử lại, hoặc bỏ các tệp lỗi.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(3); // lookup + 2 uploads, no supplement yet
    const attachmentsUrl = `/api/public/dossiers/${encodeURIComponent(CODE)}/attachments`;
    for (const [url, init] of fetchMock.mock.calls.slice(1, 3)) {
      expect(url).toBe(attachmentsUrl);
      expect([...(init?.body as FormData).keys()]).toEqual(['phone', 'file']);
      expect((init?.body as FormData).get('phone')).toBe('0912345678');
    }

    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    expect(await screen.findByText('Đã gửi nội dung bổ sung kèm 2 tệp.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(5); // only the failed scan again, then the note
    const key = (i: number) => (fetchMock.mock.calls[i]![1]?.headers as Record<string, string>)['Idempotency-Key'];
    expect(fetchMock.mock.calls[3]![0]).toBe(attachmentsUrl);
    expect(((fetchMock.mock.calls[3]![1]?.body as FormData).get('file') as File).name).toBe('so-ho-khau.jpg');
    expect(key(3)).toBe(key(2));
    expect(key(2)).not.toBe(key(1));
    expect(fetchMock.mock.calls[4]![0]).toBe(`/api/public/dossiers/${encodeURIComponent(CODE)}/supplement`);
    expect(JSON.parse(String(fetchMock.mock.calls[4]![1]?.body))).toEqual({ phone: '0912345678', note: 'Gửi bản sao CCCD và sổ hộ khẩu' });
  });
});
