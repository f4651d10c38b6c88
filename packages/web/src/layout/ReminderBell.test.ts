// @vitest-environment jsdom
import '../../test/setup-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssignmentReminders, SessionUser } from '../api/types';
import i18n from '../i18n';
import { ReminderBell } from './ReminderBell';

/** The signed-in user of each test (the bell reads it through useSignedIn). */
let user: SessionUser;
vi.mock('../auth/AuthContext', () => ({ useSignedIn: () => ({ user, mode: 'server' }) }));

beforeAll(() => i18n.changeLanguage('vi'));
afterEach(() => vi.unstubAllGlobals());

const REMINDERS: AssignmentReminders = {
  unit: { code: '440', name: 'Huyện Đức Thọ' },
  at: '2023-04-27',
  horizon: '2023-05-04',
  items: [
    {
      id: 1,
      content: 'Kiểm tra vi phạm đất đai',
      source: 'Văn bản số 215/UBND-NC1 ngày 03/04/2023 của UBND tỉnh',
      leadUnit: { code: '440-TNMT', name: 'Phòng Tài nguyên và Môi trường' },
      assignee: null,
      deadline: '2023-04-26',
      state: 'overdue',
      workingDaysLeft: -1,
      notify: ['Phòng Tài nguyên và Môi trường'],
      escalate: true,
      escalateTo: [{ username: 'lanhdao.ductho', fullName: 'Võ Minh Đức' }],
    },
    {
      id: 2,
      content: 'Rà soát quy hoạch sử dụng đất',
      source: 'Văn bản số 216/UBND-NC1 ngày 03/04/2023 của UBND tỉnh',
      leadUnit: { code: '440-NV', name: 'Phòng Nội vụ' },
      assignee: 'Hoàng Thị Thu',
      deadline: '2023-05-04',
      state: 'due_soon',
      workingDaysLeft: 2,
      notify: ['Hoàng Thị Thu', 'Phòng Nội vụ'],
      escalate: false,
      escalateTo: [],
    },
  ],
};
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function show(who: Partial<SessionUser>, answer: () => Response = () => json(REMINDERS)) {
  user = { username: 'noivu.ductho', fullName: 'Cán bộ CCHC', role: 'reform_officer', unit: { code: '440', name: 'Huyện Đức Thọ', level: 'district' }, ...who };
  const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(answer()));
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    createElement(
      QueryClientProvider,
      { client },
      createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, createElement(App, null, createElement(ReminderBell)))),
    ),
  );
  return { fetchMock, view };
}

describe('the reminder bell in the staff header', () => {
  it("shows the count of the unit's due-soon and overdue tasks, and lists them when opened", async () => {
    const { fetchMock } = show({});
    const bell = await screen.findByRole('button', { name: 'Nhắc việc: 2 nhiệm vụ' });
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/assignments/reminders?unit=440&withinDays=3');
    fireEvent.click(bell);
    const popup = await screen.findByText('Nhắc việc (2)');
    const list = popup.closest('.ant-popover') as HTMLElement;
    const overdue = within(list).getByText('Kiểm tra vi phạm đất đai').closest('li') as HTMLElement;
    expect(within(overdue).getByText('Quá hạn')).toBeTruthy();
    expect(within(overdue).getByText(/26\/04\/2023/)).toBeTruthy();
    // Escalated to the unit's leaders: the tag names them on hover.
    expect(within(overdue).getByText('Đã báo lãnh đạo').getAttribute('title')).toBe('Võ Minh Đức');
    const soon = within(list).getByText('Rà soát quy hoạch sử dụng đất').closest('li') as HTMLElement;
    expect(within(soon).getByText('Sắp đến hạn')).toBeTruthy();
    expect(within(soon).queryByText('Đã báo lãnh đạo')).toBeNull();
    expect(within(list).getByRole('link', { name: 'Xem nhiệm vụ được giao' }).getAttribute('href')).toBe('/cai-cach/nhiem-vu');
  });

  it("a department's staff are reminded of their committee's tasks (the server keeps those the department leads)", async () => {
    const { fetchMock } = show({ username: 'chuyenvien.tuphap', role: 'specialist', unit: { code: '440-TP', name: 'Phòng Tư pháp', level: 'department', parentCode: '440' } });
    await screen.findByRole('button', { name: 'Nhắc việc: 2 nhiệm vụ' });
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/assignments/reminders?unit=440&withinDays=3');
  });

  it('with nothing due, the bell shows no count and says so', async () => {
    show({ role: 'leader', username: 'lanhdao.ductho' }, () => json({ ...REMINDERS, items: [] }));
    const bell = await screen.findByRole('button', { name: 'Nhắc việc: 0 nhiệm vụ' });
    expect(document.querySelector('.ant-badge-count')).toBeNull();
    fireEvent.click(bell);
    expect(await screen.findByText('Không có nhiệm vụ đến hạn hoặc quá hạn')).toBeTruthy();
  });

  it('is absent for roles without reminders, and hidden (no sign-out) when the request fails', async () => {
    const desk = show({ role: 'reception', username: 'motcua.ductho' });
    await new Promise((r) => setTimeout(r, 20));
    expect(desk.fetchMock).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /Nhắc việc/ })).toBeNull();
    desk.view.unmount();

    const failing = show({}, () => json({ code: 'INTERNAL', message: 'boom' }, 500));
    await waitFor(() => expect(failing.fetchMock).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: /Nhắc việc/ })).toBeNull();
  });
});
