// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form } from 'antd';
import { createElement, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { MonthGrid } from './CalendarTab';
import { toggleDay, type CalendarDays } from './calendarGrid';
import { ProcedureFields } from './ProcedureEditor';

const wrap = (child: ReturnType<typeof createElement>) => createElement(I18nextProvider, { i18n }, createElement(App, null, child));

function CalendarHarness({ initial }: { initial: CalendarDays }) {
  const [days, setDays] = useState(initial);
  return createElement(
    'div',
    null,
    createElement(MonthGrid, {
      year: 2023,
      month: 1,
      days,
      disabled: false,
      onToggle: (d: string) => setDays((x) => toggleDay(d, x)),
    }),
    createElement('output', { 'data-testid': 'state' }, JSON.stringify(days)),
  );
}
const day = (date: string) => document.querySelector(`button[data-date="${date}"]`) as HTMLButtonElement;

describe('calendar month grid', () => {
  it('shows days off and extra working days and toggles them on click', () => {
    void i18n.changeLanguage('vi');
    render(wrap(createElement(CalendarHarness, { initial: { daysOff: ['2023-01-02'], extraWorkingDays: [] } })));
    expect(screen.getByText('Tháng 1')).toBeTruthy();
    expect(day('2023-01-02').className).toContain('off');
    expect(day('2023-01-03').className).toContain('working');
    expect(day('2023-01-07').className).toContain('weekend');
    fireEvent.click(day('2023-01-02'));
    expect(day('2023-01-02').className).toContain('working');
    fireEvent.click(day('2023-01-07'));
    expect(day('2023-01-07').className).toContain('extra');
    expect(day('2023-01-07').getAttribute('aria-pressed')).toBe('false');
    expect(JSON.parse(screen.getByTestId('state').textContent ?? '')).toEqual({ daysOff: [], extraWorkingDays: ['2023-01-07'] });
  });
});

function ProcedureHarness({ onValid }: { onValid: (v: unknown) => void }) {
  const [form] = Form.useForm();
  return createElement(
    Form,
    { form, layout: 'vertical', initialValues: { name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: 'commune', onlineLevel: 'full', workingDays: 3, steps: [{ name: 'Tiếp nhận', workingDays: 0.5 }, { name: 'Thẩm định', workingDays: 1 }] } },
    createElement(ProcedureFields),
    createElement('button', { type: 'button', onClick: () => void form.validateFields().then(onValid, () => undefined) }, 'submit'),
  );
}

describe('procedure steps editor', () => {
  it('shows the running sum and refuses to submit until the steps add up to the procedure time', async () => {
    let submitted: unknown;
    render(wrap(createElement(ProcedureHarness, { onValid: (v: unknown) => (submitted = v) })));
    expect(screen.getByTestId('steps-sum').textContent).toBe('Tổng thời gian các bước: 1,5 / 3 ngày làm việc');
    fireEvent.click(screen.getByText('submit'));
    expect(await screen.findByText('Tổng số ngày của các bước (1,5) phải bằng thời hạn giải quyết của thủ tục (3)')).toBeTruthy();
    expect(submitted).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Số ngày 2'), { target: { value: '2,5' } });
    await waitFor(() => expect(screen.getByTestId('steps-sum').textContent).toBe('Tổng thời gian các bước: 3 / 3 ngày làm việc'));
    fireEvent.click(screen.getByText('submit'));
    await waitFor(() => expect(submitted).toBeDefined());
    expect((submitted as { steps: unknown[] }).steps).toEqual([
      { name: 'Tiếp nhận', workingDays: 0.5 },
      { name: 'Thẩm định', workingDays: 2.5 },
    ]);
  });
});
