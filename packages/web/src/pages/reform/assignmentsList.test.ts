// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { AssignmentView } from '../../api/types';
import i18n from '../../i18n';
import { AssignmentTable } from './AssignmentsTab';

const task = (over: Partial<AssignmentView>): AssignmentView => ({
  id: 1,
  unit: { code: '440', name: 'Huyện Đức Thọ' },
  sourceNumber: '215/UBND-NC1',
  sourceDate: '2023-01-10',
  issuer: 'province_committee',
  issuerName: null,
  source: 'Văn bản số 215/UBND-NC1 ngày 10/01/2023 của UBND tỉnh',
  content: 'Rà soát hướng tuyến',
  deadline: '2023-03-10',
  deadlineLabel: '10/03/2023',
  leadUnit: { code: '440-NV', name: 'Phòng Nội vụ' },
  assignee: null,
  status: 'done',
  completedOn: '2023-03-20',
  reportNumber: null,
  reportDate: null,
  outcome: 'late',
  notes: [],
  ...over,
});

const ROWS = [
  task({}),
  task({ id: 2, content: 'Tuyên truyền CCHC', deadline: null, deadlineLabel: 'Thường xuyên', status: 'in_progress', completedOn: null, outcome: 'no_deadline', issuer: 'other', issuerName: 'Sở Nội vụ' }),
];

function show(role: 'reform_officer' | 'leader' | 'specialist', onProgress = vi.fn(), onEdit = vi.fn()) {
  void i18n.changeLanguage('vi');
  render(createElement(I18nextProvider, { i18n }, createElement(App, null, createElement(AssignmentTable, { rows: ROWS, loading: false, role, onEdit, onProgress }))));
  return { onProgress, onEdit };
}
const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

describe('assigned tasks list', () => {
  it('shows each task with its source, deadline (or "Thường xuyên"), status and outcome', () => {
    show('reform_officer');
    const late = within(rowOf('Rà soát hướng tuyến'));
    expect(late.getByText('10/03/2023')).toBeTruthy();
    expect(late.getByText('Trễ hạn')).toBeTruthy();
    expect(late.getByText('20/03/2023')).toBeTruthy();
    expect(late.getByText(/UBND tỉnh/)).toBeTruthy();
    const regular = within(rowOf('Tuyên truyền CCHC'));
    expect(regular.getAllByText('Thường xuyên').length).toBeGreaterThan(0);
    expect(regular.getByText(/Sở Nội vụ/)).toBeTruthy();
  });

  it('offers progress reports and edits by role', () => {
    const { onProgress, onEdit } = show('reform_officer');
    fireEvent.click(screen.getByRole('button', { name: 'Báo cáo tiến độ: Rà soát hướng tuyến' }));
    expect(onProgress).toHaveBeenCalledWith(ROWS[0]);
    fireEvent.click(within(rowOf('Tuyên truyền CCHC')).getByRole('button', { name: 'Sửa' }));
    expect(onEdit).toHaveBeenCalledWith(ROWS[1]);
  });

  it('is read-only for a leader; a specialist reports but does not edit', () => {
    show('leader');
    expect(screen.queryAllByRole('button', { name: /Báo cáo tiến độ|Sửa/ })).toHaveLength(0);
  });

  it('lets a specialist report progress without editing', () => {
    show('specialist');
    expect(screen.getAllByRole('button', { name: /Báo cáo tiến độ/ })).toHaveLength(2);
    expect(screen.queryAllByRole('button', { name: 'Sửa' })).toHaveLength(0);
  });
});
