import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { describePortalError } from './errors';
import { eventLabel, feeText, humaniseInstants, normalisePhone } from './format';

const t = i18n.getFixedT('vi', 'portal');
const tEn = i18n.getFixedT('en', 'portal');

describe('portal error messages', () => {
  it('a lookup 404 never says which part was wrong', () => {
    const e = new ApiError(404, { code: 'NOT_FOUND', message: 'Dossier X not found', resource: 'Dossier', key: 'X' });
    expect(describePortalError(e, t, 'lookup').title).toBe('Không tìm thấy hồ sơ với mã và số điện thoại/CCCD đã nhập.');
  });

  it('429 asks to wait a minute, whatever the body says', () => {
    const e = new ApiError(429, { code: 'VALIDATION', message: 'Rate limit exceeded, retry in 1 minute', issues: [] });
    expect(describePortalError(e, t, 'submit').title).toBe('Thao tác quá nhanh, vui lòng thử lại sau một phút.');
  });

  it('400 lists the fields in Vietnamese; 422 on the procedure says there is no online service', () => {
    const v = new ApiError(400, {
      code: 'VALIDATION',
      message: 'Invalid input',
      issues: [
        { field: 'body.applicant.phone', reason: 'must be a Vietnamese phone number' },
        { field: 'body.applicant.idNumber', reason: 'must be a 12-digit CCCD' },
      ],
    });
    expect(describePortalError(v, t, 'submit')).toEqual({
      title: 'Thông tin chưa hợp lệ:',
      details: ['Số điện thoại: chưa đúng định dạng số điện thoại Việt Nam', 'Số CCCD: phải gồm 12 chữ số'],
    });
    const u = new ApiError(422, { code: 'UNPROCESSABLE', message: 'x', issues: [{ field: 'procedure', reason: 'has no online service: submit at the counter' }] });
    expect(describePortalError(u, t, 'submit').title).toMatch(/chưa cung cấp dịch vụ công trực tuyến/);
    expect(describePortalError(new ApiError(0, { code: 'NETWORK', message: 'x' }), t, 'lookup').title).toMatch(/Không kết nối được/);
  });
});

describe('portal formats', () => {
  it('fees in đồng with Vietnamese thousands, free when null or 0', () => {
    expect(feeText(50000, t)).toBe('50.000 đồng');
    expect(feeText(null, t)).toBe('Không thu phí');
    expect(feeText(0, t)).toBe('Không thu phí');
  });

  it('raw instants in timeline details become dd/MM/yyyy HH:mm Vietnam time', () => {
    expect(humaniseInstants('Hẹn lại: 2026-12-03T09:00+07:00')).toBe('Hẹn lại: 03/12/2026 09:00');
    expect(humaniseInstants('Thiếu bản sao giấy khai sinh')).toBe('Thiếu bản sao giấy khai sinh');
  });

  it('timeline labels are translated through the event type', () => {
    expect(eventLabel({ type: 'received', label: 'Tiếp nhận hồ sơ' }, tEn)).toBe('Dossier received');
    expect(eventLabel({ type: 'received', label: 'Tiếp nhận hồ sơ' }, t)).toBe('Tiếp nhận hồ sơ');
  });

  it('phones are sent as digits', () => {
    expect(normalisePhone(' 0912-345.678 ')).toBe('0912345678');
    expect(normalisePhone('+84 912 345 678')).toBe('+84912345678');
  });
});
