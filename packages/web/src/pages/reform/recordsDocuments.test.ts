// @vitest-environment jsdom
import '../../../test/setup-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReformDocumentCounts, ReformDocumentList, ReformDocumentView } from '../../api/types';
import i18n from '../../i18n';
import { DocumentsPane } from './RecordsTab';

beforeAll(() => i18n.changeLanguage('vi'));
afterEach(() => vi.unstubAllGlobals());

const doc = (over: Partial<ReformDocumentView>): ReformDocumentView => ({
  id: 1,
  unit: '440',
  unitName: 'UBND huyện Đức Thọ',
  number: '111/KH-UBND',
  issuedOn: '2023-01-17',
  type: 'plan',
  typeLabel: 'Kế hoạch',
  excerpt: 'Kế hoạch cải cách hành chính năm 2023',
  link: 'https://ductho.hatinh.gov.vn/111.pdf',
  note: null,
  display: '111/KH-UBND ngày 17/01/2023',
  createdBy: 'cchc.440',
  createdAt: '2023-01-18T08:00:00+07:00',
  updatedBy: 'cchc.440',
  updatedAt: '2023-01-18T08:00:00+07:00',
  ...over,
});
const LIST: ReformDocumentList = {
  unit: '440',
  from: '2022-12-15',
  to: '2023-06-14',
  period: '2023-H1',
  total: 2,
  items: [doc({}), doc({ id: 2, number: '354/UBND-VH', issuedOn: '2023-03-02', type: 'official_letter', typeLabel: 'Công văn', excerpt: 'Tăng cường tuyên truyền CCHC', link: null, display: '354/UBND-VH ngày 02/03/2023' })],
};
const COUNTS: ReformDocumentCounts = {
  unit: '440',
  from: '2022-12-15',
  to: '2023-06-14',
  period: '2023-H1',
  self: { total: 2, byType: { plan: 1, official_letter: 1 } },
  children: { total: 1234, byType: { report: 1234 } },
  byUnit: {},
};
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

function show(role: 'reform_officer' | 'leader') {
  const fetchMock = vi.fn<typeof fetch>((input) => Promise.resolve(json(String(input).startsWith('/api/reform/documents/counts') ? COUNTS : LIST)));
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    createElement(
      QueryClientProvider,
      { client },
      createElement(I18nextProvider, { i18n }, createElement(App, null, createElement(DocumentsPane, { query: { unit: '440', period: '2023-H1' }, role }))),
    ),
  );
  return fetchMock;
}

describe('directing documents list', () => {
  it('lists the documents of the unit and period with number, date, type and link, and counts by type', async () => {
    const fetchMock = show('reform_officer');
    const row = (await screen.findByText('111/KH-UBND ngày 17/01/2023')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Kế hoạch cải cách hành chính năm 2023')).toBeTruthy();
    expect(within(row).getByText('Kế hoạch')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Xem' }).getAttribute('href')).toBe('https://ductho.hatinh.gov.vn/111.pdf');
    const letter = screen.getByText('354/UBND-VH ngày 02/03/2023').closest('tr') as HTMLElement;
    expect(within(letter).getByText('Công văn')).toBeTruthy();
    expect(within(letter).queryByRole('link')).toBeNull();
    const counts = await screen.findByTestId('document-counts');
    expect(within(counts).getByText('1.234')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sửa: 111/KH-UBND' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thêm văn bản' })).toBeTruthy();
    const urls = fetchMock.mock.calls.map((c) => String(c[0]));
    expect(urls).toContain('/api/reform/documents?unit=440&period=2023-H1&limit=1000');
    expect(urls).toContain('/api/reform/documents/counts?unit=440&period=2023-H1');
  });

  it('is read-only for a leader', async () => {
    show('leader');
    await screen.findByText('111/KH-UBND ngày 17/01/2023');
    expect(screen.queryByRole('button', { name: /Sửa|Thêm văn bản/ })).toBeNull();
  });
});
