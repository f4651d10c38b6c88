import type { ReportView } from './api';

/** A draft 2023-H1 report of huyện Đức Thọ for the tests: the header and signature of the seed, with the given content. */
export function draftReport(fields: Pick<ReportView, 'id' | 'sections' | 'recipients' | 'allowedActions'>): ReportView {
  return {
    unit: { code: '440', name: 'Huyện Đức Thọ' },
    kind: 'half',
    period: '2023-H1',
    from: '2022-12-15',
    to: '2023-06-14',
    title: 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023',
    status: 'draft',
    version: 1,
    number: null,
    issuedOn: null,
    supersedes: null,
    supersededBy: null,
    updatedAt: '2023-06-15T08:00:00+07:00',
    signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Võ Minh Đức' },
    place: 'Đức Thọ',
    issuer: { parentBody: 'UBND TỈNH HÀ TĨNH', body: 'ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ' },
    data: {},
    history: [],
    ...fields,
  };
}
