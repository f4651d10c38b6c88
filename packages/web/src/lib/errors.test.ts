import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { describeError } from './errors';

const t = i18n.getFixedT('vi');

describe('API error → Vietnamese message', () => {
  it('VALIDATION lists each field with its reason, field names and known reasons in Vietnamese', () => {
    const e = new ApiError(400, {
      code: 'VALIDATION',
      message: 'Invalid input',
      issues: [
        { field: 'body.applicant.idNumber', reason: 'must be a 12-digit CCCD (or a 9-digit CMND)' },
        { field: 'body.applicant.name', reason: 'is required' },
        { field: 'body.mystery', reason: 'too odd' },
      ],
    });
    const d = describeError(e, t);
    expect(d.title).toBe('Thông tin chưa hợp lệ:');
    expect(d.details).toEqual([
      'Số CCCD: phải là CCCD 12 chữ số (hoặc CMND 9 chữ số)',
      'Họ và tên người nộp: bắt buộc nhập',
      'mystery: too odd',
    ]);
  });

  it('the reform and report screens\' reasons read in Vietnamese too (evidence files, dates, document numbers)', () => {
    const e = new ApiError(400, {
      code: 'VALIDATION',
      message: 'Invalid input',
      issues: [
        { field: 'file', reason: 'must be a PDF, JPEG, PNG, DOCX or XLSX file' },
        { field: 'body.completedOn', reason: 'must not be in the future' },
        { field: 'body.number', reason: 'must be like 15/BC-UBND' },
      ],
    });
    expect(describeError(e, t).details).toEqual(['Tệp: chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX', 'Ngày hoàn thành: không được sau ngày hôm nay', 'Số văn bản: phải có dạng 15/BC-UBND']);
  });

  it('NOT_FOUND names the resource', () => {
    const e = new ApiError(404, { code: 'NOT_FOUND', message: 'Dossier X not found', resource: 'Dossier', key: '000.00.40.H25-230105-0001' });
    expect(describeError(e, t).title).toBe('Không tìm thấy hồ sơ 000.00.40.H25-230105-0001.');
  });

  it('ACTION_NOT_ALLOWED (409) gives the fixed sentence, the status and the allowed actions', () => {
    const e = new ApiError(409, {
      code: 'ACTION_NOT_ALLOWED',
      message: 'Action resolved is not allowed when the dossier is resolved',
      status: 'resolved',
      allowedActions: ['result_returned'],
    });
    const d = describeError(e, t);
    expect(d.title).toBe('Thao tác không hợp lệ ở trạng thái hiện tại');
    expect(d.details).toEqual(['Trạng thái hiện tại: Có kết quả, chờ trả', 'Thao tác được phép: Trả kết quả']);
  });

  it('ACTION_NOT_ALLOWED with nothing allowed says so', () => {
    const e = new ApiError(409, { code: 'ACTION_NOT_ALLOWED', message: 'x', status: 'rejected', allowedActions: [] });
    expect(describeError(e, t).details).toContain('Không còn thao tác nào được phép.');
  });

  it('UNAUTHORIZED asks to log in again', () => {
    const d = describeError(new ApiError(401, { code: 'UNAUTHORIZED', message: 'no' }), t);
    expect(d.relogin).toBe(true);
    expect(d.title).toMatch(/đăng nhập lại/);
  });

  it('LOCKED shows the unlock time in Vietnam time', () => {
    const d = describeError(new ApiError(423, { code: 'LOCKED', message: 'locked', lockedUntil: '2026-11-26T03:15:00Z' }), t);
    expect(d.title).toBe('Tài khoản tạm khoá do đăng nhập sai nhiều lần. Thử lại sau 26/11/2026 10:15.');
    const noTime = describeError(new ApiError(423, { code: 'LOCKED', message: 'locked' }), t);
    expect(noTime.title).toMatch(/^Tài khoản tạm khoá/);
  });

  it('network failures and unknown codes are explained, never blank', () => {
    expect(describeError(new ApiError(0, { code: 'NETWORK', message: 'fetch failed' }), t).title).toMatch(/Không kết nối được máy chủ/);
    expect(describeError(new ApiError(418, { code: 'TEAPOT', message: 'short and stout' }), t)).toEqual({
      title: 'Đã có lỗi (mã TEAPOT).',
      details: ['short and stout'],
      relogin: false,
    });
    expect(describeError(new Error('boom'), t).title).toMatch(/Lỗi hệ thống/);
  });
});
