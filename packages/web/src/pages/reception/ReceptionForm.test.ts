// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Procedure } from '../../api/types';
import i18n from '../../i18n';
import { ReceptionForm, type ReceptionOutcome, type ReceptionValues } from './ReceptionForm';
import { applicantOf } from './submitReception';

const PROCEDURE: Procedure = {
  code: '1.001193',
  version: 1,
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'commune',
  workingDays: 1,
  onlineLevel: 'full',
  fee: null,
  requiredDocuments: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
  steps: [],
  demo: true,
};

function setup() {
  const onSubmit = vi.fn<(v: ReceptionValues, o: ReceptionOutcome) => void>();
  render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ConfigProvider, { locale: viVN }, createElement(App, null, createElement(ReceptionForm, { procedure: PROCEDURE, busy: false, onSubmit }))),
    ),
  );
  return { onSubmit };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('counter desk form', () => {
  it('rejects a CCCD that is not 12 digits with a province code, and does not submit', async () => {
    const { onSubmit } = setup();
    type('Họ và tên', 'Nguyễn Văn An');
    type('Số CCCD', '12345');
    click('Tiếp nhận');
    expect(await screen.findByText('Số CCCD phải gồm 12 chữ số, 3 số đầu là mã tỉnh (001–096)')).toBeTruthy();
    type('Số CCCD', '999123456789'); // 12 digits but province 999 does not exist
    click('Tiếp nhận');
    expect(await screen.findByText('Số CCCD phải gồm 12 chữ số, 3 số đầu là mã tỉnh (001–096)')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('requires every listed document to be ticked before receiving', async () => {
    const { onSubmit } = setup();
    type('Họ và tên', 'Nguyễn Văn An');
    type('Số CCCD', '042090001234');
    fireEvent.click(screen.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ }));
    click('Tiếp nhận');
    expect(await screen.findByText(/Còn 1 giấy tờ chưa đánh dấu/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('checkbox', { name: /Giấy chứng sinh/ }));
    click('Tiếp nhận');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values, outcome] = onSubmit.mock.calls[0]!;
    expect(outcome).toEqual({ kind: 'received' });
    expect(values.documents).toEqual(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh']);
    expect(values.channel).toBe('direct');
    expect(values.returnMethod).toBe('counter');
    expect(applicantOf(values)).toEqual({ name: 'Nguyễn Văn An', idNumber: '042090001234' });
  });

  it('validates the phone number and the e-mail when given', async () => {
    const { onSubmit } = setup();
    type('Họ và tên', 'Nguyễn Văn An');
    type('Số CCCD', '042090001234');
    type('Số điện thoại', '12345');
    type('Thư điện tử', 'an@');
    click('Tiếp nhận');
    expect(await screen.findByText(/Số điện thoại không hợp lệ/)).toBeTruthy();
    expect(await screen.findByText('Thư điện tử không hợp lệ')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a supplement request needs the applicant and a reason, not the checklist', async () => {
    const { onSubmit } = setup();
    type('Họ và tên', 'Trần Thị Bình');
    type('Số CCCD', '042190004321');
    type('Số điện thoại', '0912 345 678');
    click('Yêu cầu bổ sung');
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(dialog).findByText('Nhập lý do')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Thiếu giấy chứng sinh bản chính' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values, outcome] = onSubmit.mock.calls[0]!;
    expect(outcome).toEqual({ kind: 'supplement', reason: 'Thiếu giấy chứng sinh bản chính' });
    expect(values.documents).toEqual([]);
    expect(applicantOf(values)).toEqual({ name: 'Trần Thị Bình', idNumber: '042190004321', phone: '0912 345 678' });
  });
});
