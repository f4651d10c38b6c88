// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { FigureFormView, FigureItem } from '../../api/types';
import i18n from '../../i18n';
import { FiguresEditor } from './FiguresTab';
import { changedValues, clientIssues } from './figuresLogic';

const fig = (f: Partial<FigureItem> & Pick<FigureItem, 'code' | 'name' | 'kind'>): FigureItem => ({
  section: 'II.3 Cải cách tổ chức bộ máy',
  measure: 'người',
  parent: null,
  numerator: null,
  denominator: null,
  department: 'NV',
  value: null,
  display: null,
  previous: null,
  previousDisplay: null,
  ...f,
});

const FORM: FigureFormView = {
  unit: '440',
  unitName: 'Huyện Đức Thọ',
  period: '2023-H1',
  from: '2022-12-15',
  to: '2023-06-14',
  previousPeriod: '2022-H2',
  exists: true,
  catalogueVersion: 1,
  status: 'open',
  lockedAt: null,
  lockedBy: null,
  history: [],
  figures: [
    fig({ code: 'staff.quota', name: 'Biên chế được giao', kind: 'count', value: 10, previous: 9, previousDisplay: '9' }),
    fig({ code: 'staff.present', name: 'Biên chế có mặt', kind: 'count', parent: 'staff.quota', value: 8 }),
    fig({ code: 'invest.plan', name: 'Kế hoạch vốn đầu tư công', kind: 'amount', measure: 'tỷ đồng', section: 'II.5 Tài chính công', department: 'TCKH', value: 146.25 }),
    fig({ code: 'invest.disbursed', name: 'Vốn đã giải ngân', kind: 'amount', measure: 'tỷ đồng', section: 'II.5 Tài chính công', department: 'TCKH', parent: 'invest.plan', value: 54.02 }),
    fig({ code: 'invest.rate', name: 'Tỷ lệ giải ngân', kind: 'rate', measure: '%', section: 'II.5 Tài chính công', numerator: 'invest.disbursed', denominator: 'invest.plan', department: null, value: 36.94, display: '36,94%' }),
  ],
};
const DECIMALS = { 'staff.quota': 0, 'staff.present': 0, 'invest.plan': 3, 'invest.disbursed': 3 };

function renderEditor(opts: { editable?: (f: FigureItem) => boolean; onSave?: (v: unknown) => void; form?: FigureFormView } = {}) {
  void i18n.changeLanguage('vi');
  return render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(
        App,
        null,
        createElement(FiguresEditor, { form: opts.form ?? FORM, decimals: DECIMALS, editable: opts.editable ?? (() => true), saving: false, onSave: opts.onSave ?? (() => undefined) }),
      ),
    ),
  );
}
const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: /Lưu số liệu/ }) as HTMLButtonElement;

describe('figures rules (the server’s, from @motcua/core)', () => {
  it('flags negatives and parts above their total, per figure, and sends only changed values', () => {
    expect(clientIssues(FORM, DECIMALS, {}).size).toBe(0);
    expect(clientIssues(FORM, DECIMALS, { 'staff.present': -1 }).get('staff.present')).toEqual([{ key: 'figures.err.negative' }]);
    const parts = clientIssues(FORM, DECIMALS, { 'staff.present': 12 }).get('staff.quota');
    expect(parts?.[0]?.key).toBe('figures.err.parts');
    expect(parts?.[0]?.params).toEqual({ parts: 'Biên chế có mặt', sum: '12', total: '10' });
    expect(clientIssues(FORM, DECIMALS, { 'invest.plan': 146.2505 }).get('invest.plan')).toEqual([{ key: 'figures.err.decimals', params: { n: '3' } }]);
    expect(changedValues(FORM, { 'staff.quota': 10, 'staff.present': 9, 'invest.plan': null })).toEqual({ 'staff.present': 9, 'invest.plan': null });
  });
});

describe('figures form', () => {
  it('computes rates read-only, shows last period beside each figure, and blocks saving invalid values', () => {
    const onSave = vi.fn();
    renderEditor({ onSave });
    expect(screen.getByTestId('rate-invest.rate').textContent).toBe('36,94%');
    expect(screen.queryByLabelText('Tỷ lệ giải ngân')).toBeNull();
    expect(screen.getAllByText('Kỳ trước (2022-H2)').length).toBeGreaterThan(0);
    expect(within(screen.getByText('Biên chế được giao').closest('tr') as HTMLElement).getByText('9')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);

    fireEvent.change(input('Biên chế có mặt'), { target: { value: '-3' } });
    expect(screen.getByText('Không được âm')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);

    fireEvent.change(input('Biên chế có mặt'), { target: { value: '12' } });
    expect(screen.queryByText('Không được âm')).toBeNull();
    expect(screen.getByText('Tổng các thành phần (Biên chế có mặt = 12) vượt quá tổng số 10')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);

    fireEvent.change(input('Biên chế được giao'), { target: { value: '12' } });
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    // The rate follows the operands as they are typed.
    fireEvent.change(input('Kế hoạch vốn đầu tư công'), { target: { value: '108,04' } });
    expect(screen.getByTestId('rate-invest.rate').textContent).toBe('50,00%');
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());
    expect(onSave).toHaveBeenCalledWith({ 'staff.quota': 12, 'staff.present': 12, 'invest.plan': 108.04 });
  });

  it('shows values without inputs when the figure is not the user’s to enter or the period is locked', () => {
    renderEditor({ editable: (f) => f.department === 'NV' });
    expect(screen.getByLabelText('Biên chế được giao')).toBeTruthy();
    expect(screen.queryByLabelText('Kế hoạch vốn đầu tư công')).toBeNull();
    expect(screen.getByTestId('value-invest.plan').textContent).toBe('146,250');
  });
});
