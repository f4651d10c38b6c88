// @vitest-environment jsdom
import '../../../test/setup-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { useCitizenScans } from '../attachments/useCitizenScans';
import type { Procedure, SubmitBody, Unit } from '../types';
import { SubmitForm } from './SubmitForm';

const PROCEDURE: Procedure = {
  code: 'DEMO.X.021',
  version: 1,
  name: 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở',
  field: 'Bảo trợ xã hội',
  level: 'commune',
  workingDays: 10,
  onlineLevel: 'full',
  fee: null,
  requiredDocuments: ['Tờ khai đề nghị trợ giúp xã hội', 'Bản sao giấy tờ tùy thân'],
  steps: [],
  demo: true,
};

const unit = (code: string, name: string): Unit => ({
  code,
  name,
  level: 'commune',
  kind: 'Xã',
  parentCode: '42',
  validFrom: '2025-07-01',
  validTo: null,
  agencyCode: null,
});
const UNITS = [unit('18229', 'Xã Đức Thọ'), unit('18244', 'Xã Đức Minh')];

beforeAll(() => i18n.changeLanguage('vi'));

function FormWithScans({ onSubmit }: { onSubmit: (body: SubmitBody) => void }) {
  const scans = useCitizenScans();
  return createElement(SubmitForm, { procedure: PROCEDURE, units: UNITS, unitsLoading: false, busy: false, error: undefined, scans, onSubmit });
}

function setup() {
  const onSubmit = vi.fn<(body: SubmitBody) => void>();
  render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(
        ConfigProvider,
        { locale: viVN },
        createElement(App, null, createElement(FormWithScans, { onSubmit })),
      ),
    ),
  );
  return { onSubmit };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));

async function chooseUnit(search: string, name: string) {
  const box = screen.getByLabelText('Ủy ban nhân dân xã, phường tiếp nhận');
  fireEvent.mouseDown(box);
  fireEvent.change(box, { target: { value: search } });
  fireEvent.click(await screen.findByTitle(name));
}

describe('online submission form', () => {
  it('requires the office, the applicant, and every document, and does not submit', async () => {
    const { onSubmit } = setup();
    submit();
    expect(await screen.findByText('Chọn nơi tiếp nhận hồ sơ')).toBeTruthy();
    expect(screen.getByText('Nhập họ và tên')).toBeTruthy();
    expect(screen.getByText('Nhập số CCCD')).toBeTruthy();
    expect(screen.getByText('Nhập số điện thoại')).toBeTruthy();
    expect(screen.getByText('Nhập địa chỉ liên hệ')).toBeTruthy();
    expect(screen.getByText('Còn 2 giấy tờ chưa được xác nhận.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('checks the CCCD (12 digits, province code), the phone and the e-mail with the core rules', async () => {
    const { onSubmit } = setup();
    type('Số CCCD', '12345');
    type('Số điện thoại', '12345');
    type('Thư điện tử (không bắt buộc)', 'lan@');
    submit();
    expect(await screen.findByText('Số CCCD phải gồm 12 chữ số, 3 số đầu là mã tỉnh (001–096)')).toBeTruthy();
    expect(screen.getByText('Số điện thoại chưa đúng (ví dụ: 0912 345 678)')).toBeTruthy();
    expect(screen.getByText('Địa chỉ thư điện tử chưa đúng')).toBeTruthy();
    type('Số CCCD', '999123456789'); // 12 digits, but no province 999
    submit();
    await waitFor(() => expect(screen.getByText('Số CCCD phải gồm 12 chữ số, 3 số đầu là mã tỉnh (001–096)')).toBeTruthy());
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the API body: office found without diacritics, phone as digits, empty e-mail left out', async () => {
    const { onSubmit } = setup();
    await chooseUnit('duc tho', 'Xã Đức Thọ');
    type('Họ và tên', '  Nguyễn   Thị Lan ');
    type('Số CCCD', '042190012345');
    type('Số điện thoại', '0912 345.678');
    type('Địa chỉ liên hệ', 'Thôn Trung Tiến, xã Đức Thọ');
    fireEvent.click(screen.getByRole('checkbox', { name: /Tờ khai đề nghị trợ giúp xã hội/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Bản sao giấy tờ tùy thân/ }));
    type('Ghi chú gửi cán bộ (không bắt buộc)', 'Gọi trước khi đến');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      unit: '18229',
      procedure: 'DEMO.X.021',
      applicant: { name: 'Nguyễn Thị Lan', idNumber: '042190012345', phone: '0912345678', address: 'Thôn Trung Tiến, xã Đức Thọ' },
      note: 'Gọi trước khi đến',
      returnMethod: 'counter',
    });
  });
});
