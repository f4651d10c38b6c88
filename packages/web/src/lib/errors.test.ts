import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import en from '../i18n/en.json';
import vi from '../i18n/vi.json';
import { describeError, REASON_PATTERNS, translateReason } from './errors';

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

describe('server reasons with values in them → Vietnamese', () => {
  const cases: Array<[string, string]> = [
    // plans
    ['duplicate task code NV-03', 'trùng mã nhiệm vụ NV-03'],
    ['duplicate activity code 2', 'trùng mã hoạt động 2'],
    ['no unit "Phòng Y tế" in this plan\'s unit or below it', 'không có đơn vị “Phòng Y tế” thuộc đơn vị của kế hoạch hoặc cấp dưới'],
    ['must be done by 2023-06-14, when the task is done', 'phải hoàn thành chậm nhất ngày 14/06/2023, vì nhiệm vụ đã hoàn thành'],
    ['activities 1, 3 are not done by 2023-05-02', 'các hoạt động 1, 3 chưa hoàn thành đến ngày 02/05/2023'],
    ["must not be after the plan's year 2023", 'không được sau năm của kế hoạch (2023)'],
    // assignments, reform records
    ['no unit "Xã Lạ" in Huyện Đức Thọ or below it', 'không có đơn vị “Xã Lạ” thuộc Huyện Đức Thọ hoặc cấp dưới'],
    ['18244 is not 18229 or a unit below it on 2023-03-01', '18244 không phải 18229 hoặc đơn vị cấp dưới vào ngày 01/03/2023'],
    ['is required when the status is replicated', 'bắt buộc khi trạng thái là “Đã nhân rộng”'],
    // figures
    ['at most 1 decimal place(s)', 'tối đa 1 chữ số thập phân'],
    ['parts (a + b = 12.5) exceed the total 10', 'tổng các thành phần (a + b = 12,5) vượt quá tổng số 10'],
    ['entered by the reform officer', 'do cán bộ CCHC nhập'],
    ['entered by Phòng Tư pháp', 'do Phòng Tư pháp nhập'],
    ['duplicate code 1.1 (also 1.1 of area 1)', 'trùng mã 1.1 (đã dùng ở 1.1 of area 1)'],
    // reports
    ['unknown data key dossiers.foo', 'không có khóa dữ liệu dossiers.foo'],
    ['is required for kind nine_months, e.g. 2023-9M', 'bắt buộc với báo cáo 9 tháng, ví dụ 2023-9M'],
    ['template BC-XA is for commune reports, not a district', 'mẫu BC-XA dành cho báo cáo cấp xã, không dùng cho cấp huyện'],
    ['is before the period starts (2022-12-15)', 'trước ngày bắt đầu kỳ báo cáo (15/12/2022)'],
    // feedback
    ["is before the feedback's last event (2023-03-01T02:00:00Z)", 'trước thao tác gần nhất của phản ánh (01/03/2023 09:00)'],
    ['a feedback holds at most 10 files', 'mỗi phản ánh, kiến nghị có tối đa 10 tệp'],
    ['must be 440 or a unit below it', 'phải là 440 hoặc đơn vị cấp dưới'],
    // appraisal
    ['must not exceed the maximum 30', 'không được vượt quá điểm tối đa 30'],
    ['must be a multiple of 0.25', 'phải là bội số của 0,25'],
    ['Thị trấn Đức Thọ: no survey score', 'Thị trấn Đức Thọ: chưa có điểm điều tra xã hội học'],
    ['Xã Trường Sơn: đang tự chấm, not appraised', 'Xã Trường Sơn: đang tự chấm, chưa thẩm định xong'],
    ['1.2: a score of 2.5 is already given to Tiêu chí 1.2, above its new maximum 2', '1.2: Tiêu chí 1.2 đã được chấm 2,5 điểm, cao hơn điểm tối đa mới 2'],
    ['area maxima sum to 69.5, not 70', 'điểm tối đa của các lĩnh vực cộng lại là 69,5, không phải 70'],
  ];
  it.each(cases)('%s', (reason, expected) => {
    expect(translateReason(reason, t)).toBe(expected);
  });

  it('in a validation error, with the field label; exact reasons still win; the unknown stays verbatim', () => {
    const e = new ApiError(400, {
      code: 'VALIDATION',
      message: 'Invalid input',
      issues: [
        { field: 'body.completedOn', reason: 'must not be in the future' },
        { field: 'body.tasks.0.code', reason: 'duplicate task code NV-01' },
        { field: 'body.x', reason: 'something new 42' },
      ],
    });
    expect(describeError(e, t).details).toEqual(['Ngày hoàn thành: không được sau ngày hôm nay', 'tasks.0.code: trùng mã nhiệm vụ NV-01', 'x: something new 42']);
  });

  it('English keeps the values and a decimal point', () => {
    const tEn = i18n.getFixedT('en');
    expect(translateReason('parts (a + b = 12.5) exceed the total 10', tEn)).toBe('the parts (a + b = 12.5) exceed the total 10');
    expect(translateReason('must be done by 2023-06-14, when the task is done', tEn)).toBe('must be done by 14/06/2023, when the task is done');
  });

  it('every pattern has its template in both languages, with the same placeholders as its groups', () => {
    const groups = (r: RegExp) => [...r.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]!).sort();
    const placeholders = (s: string) => [...new Set([...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]!))].sort();
    const tables = [vi.errors.reasonPattern, en.errors.reasonPattern] as Array<Record<string, string>>;
    for (const [key, pattern] of REASON_PATTERNS) {
      for (const table of tables) {
        expect(table[key], key).toBeDefined();
        expect(placeholders(table[key]!), key).toEqual(groups(pattern));
      }
    }
    expect(Object.keys(vi.errors.reasonPattern).sort()).toEqual(REASON_PATTERNS.map(([k]) => k).sort());
    expect(Object.keys(en.errors.reason).sort()).toEqual(Object.keys(vi.errors.reason).sort());
  });
});
