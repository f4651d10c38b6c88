// @vitest-environment jsdom
import '../../../test/setup-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssignmentView, ReformDocumentList, ReformDocumentView } from '../../api/types';
import i18n from '../../i18n';
import { AssignmentTable } from './AssignmentsTab';
import { EvidenceCell, fileSize } from './PlanEvidence';
import { DocumentsPane } from './RecordsTab';
import type { EvidenceFile } from './reformApi';

beforeAll(() => i18n.changeLanguage('vi'));
afterEach(() => vi.unstubAllGlobals());

const doc: ReformDocumentView = {
  id: 5,
  unit: '440',
  unitName: 'UBND huyện Đức Thọ',
  number: '111/KH-UBND',
  issuedOn: '2023-01-17',
  type: 'plan',
  typeLabel: 'Kế hoạch',
  excerpt: 'Kế hoạch cải cách hành chính năm 2023',
  link: null,
  note: null,
  display: '111/KH-UBND ngày 17/01/2023',
  createdBy: 'noivu.ductho',
  createdAt: '2023-01-18T08:00:00+07:00',
  updatedBy: 'noivu.ductho',
  updatedAt: '2023-01-18T08:00:00+07:00',
};
const LIST: ReformDocumentList = { unit: '440', from: '2022-12-15', to: '2023-06-14', period: '2023-H1', total: 1, items: [doc] };
const COUNTS = { unit: '440', from: '2022-12-15', to: '2023-06-14', self: { total: 1, byType: { plan: 1 } }, children: { total: 0, byType: {} }, byUnit: {} };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function showDocuments(onDelete: () => Response) {
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    if (init?.method === 'DELETE') return Promise.resolve(onDelete());
    return Promise.resolve(json(String(input).startsWith('/api/reform/documents/counts') ? COUNTS : LIST));
  });
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    createElement(
      QueryClientProvider,
      { client },
      createElement(I18nextProvider, { i18n }, createElement(App, null, createElement(DocumentsPane, { query: { unit: '440', period: '2023-H1' }, role: 'reform_officer' }))),
    ),
  );
  return fetchMock;
}

/** Clicks "Xóa" on a row, checks the Vietnamese question, and confirms it. */
async function confirmDelete(buttonName: string, question: string) {
  fireEvent.click(await screen.findByRole('button', { name: buttonName }));
  const popup = (await screen.findByText(question)).closest('.ant-popover') as HTMLElement;
  fireEvent.click(within(popup).getByRole('button', { name: 'Xóa' }));
}

describe('deleting reform records', () => {
  it('asks in Vietnamese, sends DELETE with an Idempotency-Key, then reloads the list', async () => {
    const fetchMock = showDocuments(() => json({ deleted: 5 }));
    await confirmDelete('Xóa: 111/KH-UBND', 'Xóa văn bản 111/KH-UBND ngày 17/01/2023?');
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true));
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'DELETE')!;
    expect(url).toBe('/api/reform/documents/5');
    expect((init!.headers as Record<string, string>)['Idempotency-Key']).toMatch(/.{8,}/);
    expect(await screen.findByText('Đã xóa')).toBeTruthy();
    await waitFor(() => expect(fetchMock.mock.calls.filter(([u, i]) => String(u).startsWith('/api/reform/documents?') && i?.method !== 'DELETE').length).toBeGreaterThan(1));
  });

  it("explains a refusal with the server's Vietnamese message", async () => {
    showDocuments(() => json({ code: 'CONFLICT', message: 'Kế hoạch 730/KH-UBND ngày 31/03/2023 đã có kết quả kiểm tra tại Xã Đức Lạng: xóa kết quả trước khi xóa kế hoạch' }, 409));
    await confirmDelete('Xóa: 111/KH-UBND', 'Xóa văn bản 111/KH-UBND ngày 17/01/2023?');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Không xóa được').length).toBeGreaterThan(0);
    expect(within(dialog).getByText(/xóa kết quả trước khi xóa kế hoạch/)).toBeTruthy();
  });

  it('assigned tasks: writers get a confirmed delete; leaders none', async () => {
    const task = {
      id: 9,
      unit: { code: '440', name: 'Huyện Đức Thọ' },
      sourceNumber: '215/UBND-NC1',
      sourceDate: '2023-01-10',
      issuer: 'province_committee',
      issuerName: null,
      source: 'Văn bản số 215/UBND-NC1 ngày 10/01/2023 của UBND tỉnh',
      content: 'Rà soát hướng tuyến',
      deadline: null,
      deadlineLabel: 'Thường xuyên',
      leadUnit: { code: '440-NV', name: 'Phòng Nội vụ' },
      assignee: null,
      status: 'in_progress',
      completedOn: null,
      reportNumber: null,
      reportDate: null,
      outcome: 'no_deadline',
      notes: [],
    } satisfies AssignmentView;
    const onDelete = vi.fn(() => Promise.resolve());
    const table = (role: 'reform_officer' | 'leader') =>
      render(createElement(I18nextProvider, { i18n }, createElement(App, null, createElement(AssignmentTable, { rows: [task], loading: false, role, onEdit: vi.fn(), onProgress: vi.fn(), onDelete }))));
    const view = table('reform_officer');
    await confirmDelete('Xóa: Rà soát hướng tuyến', 'Xóa nhiệm vụ này? Các ghi chú tiến độ của nhiệm vụ cũng bị xóa.');
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(1));
    expect(onDelete.mock.calls[0]).toEqual([task, expect.any(String)]);
    view.unmount();
    table('leader');
    expect(screen.queryByRole('button', { name: /Xóa/ })).toBeNull();
  });
});

describe('plan evidence cell', () => {
  const file = (over: Partial<EvidenceFile>): EvidenceFile => ({
    id: 3,
    planId: 7,
    taskId: 11,
    taskCode: '1',
    activityId: null,
    activityCode: null,
    label: null,
    filename: 'bien-ban.pdf',
    mime: 'application/pdf',
    size: 2048,
    sha256: 'x',
    uploadedBy: 'noivu.ductho',
    uploadedAt: '2024-02-01T09:00:00+07:00',
    ...over,
  });

  it('shows the text evidence and a download link per file (its label when it has one)', () => {
    render(createElement(EvidenceCell, { text: '12/BC-UBND', files: [file({}), file({ id: 4, label: 'Báo cáo kết quả', filename: 'bao-cao.docx' })] }));
    expect(screen.getByText('12/BC-UBND')).toBeTruthy();
    expect(screen.getByRole('link', { name: /bien-ban\.pdf/ }).getAttribute('href')).toBe('/api/plans/7/evidence/3');
    expect(screen.getByRole('link', { name: /Báo cáo kết quả/ }).getAttribute('href')).toBe('/api/plans/7/evidence/4');
  });

  it('writes sizes the Vietnamese way', () => {
    expect(fileSize(2048)).toBe('2 KB');
    expect(fileSize(1536)).toBe('1,5 KB');
    expect(fileSize(3 * 1024 * 1024 + 200 * 1024)).toBe('3,2 MB');
  });
});
