// @vitest-environment jsdom
import '../../test/setup-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { DownloadButton } from './Download';

describe('DownloadButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the file URL as its link, fetches on click, and shows the server’s reason in Vietnamese on failure', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      new Response(JSON.stringify({ code: 'VALIDATION', message: 'Invalid input', issues: [{ field: 'querystring.period', reason: 'must be a named period like 2023-H1, 2023-Q2, 2023-M05, 2023-9M or 2023' }] }), {
        status: 400,
        headers: { 'content-type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await i18n.changeLanguage('vi');
    render(
      <I18nextProvider i18n={i18n}>
        <App>
          <DownloadButton url="/api/stats/bieu06.xlsx?unit=440&period=x">Tải Biểu 06 (XLSX)</DownloadButton>
        </App>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name: /Tải Biểu 06/ });
    expect(link.getAttribute('href')).toBe('/api/stats/bieu06.xlsx?unit=440&period=x');
    fireEvent.click(link);
    expect(fetchMock).toHaveBeenCalledWith('/api/stats/bieu06.xlsx?unit=440&period=x', expect.objectContaining({ credentials: 'include' }));
    await waitFor(() => expect(screen.getByText('Không tải được tệp')).toBeTruthy());
    expect(screen.getByText('Thông tin chưa hợp lệ:')).toBeTruthy();
    expect(screen.getByText(/phải là kỳ dạng 2023-H1/)).toBeTruthy();
  });
});
