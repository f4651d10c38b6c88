// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { downloadFile, fetchFile, filenameFromDisposition, filenameFromUrl, openFile } from './download';
import { describeError } from './errors';

const t = i18n.getFixedT('vi');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fileResponse(body: string, headers: Record<string, string>): Response {
  return new Response(body, { status: 200, headers });
}
function errorResponse(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('file name from Content-Disposition', () => {
  it('prefers the UTF-8 filename* over the ASCII fallback (the server sends both)', () => {
    const name = 'Báo cáo CCHC 6 tháng 2023.docx';
    const header = `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
    expect(filenameFromDisposition(header)).toBe(name);
    expect(filenameFromDisposition(`inline; filename="mau-01-000.00.40.H25-230105-0001.pdf"; filename*=UTF-8''mau-01-000.00.40.H25-230105-0001.pdf`)).toBe(
      'mau-01-000.00.40.H25-230105-0001.pdf',
    );
  });

  it('reads a lone filename, quoted or not, and ignores case and spacing', () => {
    expect(filenameFromDisposition('attachment; filename="bieu-06-440-2023-H1.xlsx"')).toBe('bieu-06-440-2023-H1.xlsx');
    expect(filenameFromDisposition('attachment;FILENAME = so-theo-doi.xlsx')).toBe('so-theo-doi.xlsx');
    expect(filenameFromDisposition('attachment; filename="a \\"b\\".pdf"')).toBe('a "b".pdf');
    expect(filenameFromDisposition("inline; filename*=utf-8'vi'%E1%BA%A3nh.png")).toBe('ảnh.png');
  });

  it('keeps only the last path segment; nothing usable gives undefined', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment; filename*=UTF-8\'\'%E0%A4%A')).toBeUndefined(); // broken escape, no fallback
    expect(filenameFromDisposition('attachment; filename*=UTF-8\'\'%E0%A4%A; filename="x.pdf"')).toBe('x.pdf');
    expect(filenameFromDisposition('attachment')).toBeUndefined();
    expect(filenameFromDisposition(null)).toBeUndefined();
  });

  it('the URL gives the name of last resort', () => {
    expect(filenameFromUrl('/api/stats/bieu06.xlsx?unit=440&period=2023-H1')).toBe('bieu06.xlsx');
    expect(filenameFromUrl('/api/reports/7/annex.xlsx')).toBe('annex.xlsx');
  });
});

describe('fetching a file', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test/1'), revokeObjectURL: vi.fn() });
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('sends the session cookie and saves the file under the server’s name', async () => {
    fetchMock.mockResolvedValue(fileResponse('PK', { 'content-type': XLSX, 'content-disposition': `attachment; filename="bieu-06-440-2023-H1.xlsx"; filename*=UTF-8''bieu-06-440-2023-H1.xlsx` }));
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await expect(downloadFile('/api/stats/bieu06.xlsx?unit=440&period=2023-H1')).resolves.toBe('bieu-06-440-2023-H1.xlsx');
    expect(fetchMock).toHaveBeenCalledWith('/api/stats/bieu06.xlsx?unit=440&period=2023-H1', expect.objectContaining({ credentials: 'include', method: 'GET' }));
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'bieu-06-440-2023-H1.xlsx' }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0); // the temporary link is gone
  });

  it('a server error becomes an ApiError with the Vietnamese reason, and nothing is saved', async () => {
    fetchMock.mockResolvedValue(
      errorResponse(400, { code: 'VALIDATION', message: 'Invalid input', issues: [{ field: 'querystring.from', reason: 'must be a date YYYY-MM-DD' }] }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const error = await downloadFile('/api/forms/register.xlsx?unit=440&from=x&to=2023-06-14').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error, t)).toMatchObject({ title: 'Thông tin chưa hợp lệ:', details: ['Từ ngày: phải là ngày dạng YYYY-MM-DD'] });
    expect(click).not.toHaveBeenCalled();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('a 409 (a form the dossier does not have) and a 500 without a JSON body read in Vietnamese too', async () => {
    fetchMock.mockResolvedValueOnce(errorResponse(409, { code: 'ACTION_NOT_ALLOWED', message: 'no apology event', status: 'processing', allowedActions: [] }));
    expect(describeError(await fetchFile('/api/dossiers/X/forms/apology.pdf').catch((e: unknown) => e), t).title).toBe('Thao tác không hợp lệ ở trạng thái hiện tại');
    fetchMock.mockResolvedValueOnce(errorResponse(500, '<html>Bad gateway</html>'));
    const e500 = await fetchFile('/api/reports/1/pdf').catch((e: unknown) => e);
    expect(e500).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(describeError(e500, t).title).toBe('Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị.');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(describeError(await fetchFile('/api/reports/1/pdf').catch((e: unknown) => e), t).title).toBe('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  });

  it('a PDF to print: the tab opened at the click gets the blob; on failure the tab is closed and the error thrown', async () => {
    const tab = { closed: false, opener: {} as unknown, close: vi.fn(), location: { href: '' }, document: document.implementation.createHTMLDocument('') };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    fetchMock.mockResolvedValueOnce(fileResponse('%PDF-', { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="mau-01.pdf"' }));
    await openFile('/api/dossiers/X/forms/receipt.pdf', 'Đang tạo tệp…');
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.document.title).toBe('Đang tạo tệp…');
    expect(tab.location.href).toBe('blob:test/1');
    expect(tab.opener).toBeNull();
    expect(tab.close).not.toHaveBeenCalled();

    const failing = { ...tab, location: { href: '' }, close: vi.fn() };
    open.mockReturnValue(failing as unknown as Window);
    fetchMock.mockResolvedValueOnce(errorResponse(404, { code: 'NOT_FOUND', message: 'x', resource: 'Dossier', key: 'X' }));
    const error = await openFile('/api/dossiers/X/forms/receipt.pdf').catch((e: unknown) => e);
    expect(describeError(error, t).title).toBe('Không tìm thấy hồ sơ X.');
    expect(failing.close).toHaveBeenCalled();
    expect(failing.location.href).toBe('');
  });

  it('pop-ups blocked: the PDF is saved instead', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fetchMock.mockResolvedValueOnce(fileResponse('%PDF-', { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="so-theo-doi.pdf"' }));
    await openFile('/api/forms/register.pdf?unit=440');
    expect(click).toHaveBeenCalledTimes(1);
  });
});
