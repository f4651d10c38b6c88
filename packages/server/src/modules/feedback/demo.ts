/**
 * Demo feedback (issue #6). The seed report says "Kiến nghị của người dân, tổ chức liên quan đến
 * các quy định về TTHC: 6 tháng đầu năm 2023, không có phản ánh": huyện Đức Thọ has no feedback
 * in H1 2023 (15/12/2022–14/06/2023). The items below are illustrative only (so the screens are
 * not empty), all received after 14/06/2023: three at the district in H2 2023 and three at
 * today's Xã Đức Thọ (18229 since 01/07/2025) in 2026. Idempotent: skipped when demo feedback exists.
 */
import { parseInstant } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { SYSTEM } from '../auth/policy.js';
import { act, rate, registerFeedback, submitPublic } from './service.js';
import type { FeedbackChannel, FeedbackKind, FeedbackRating, RejectReason } from './lifecycle.js';

const ACTOR = { ...SYSTEM, name: 'demo' };
const ILLUSTRATIVE = ' [Dữ liệu minh họa — không có trong báo cáo]';

type Step =
  | { at: string; action: 'assign'; unit: string; user?: string; note?: string }
  | { at: string; action: 'reply'; text: string; publish: boolean }
  | { at: string; action: 'reject'; reason: RejectReason; note: string }
  | { at: string; action: 'rate'; rating: FeedbackRating; comment?: string };

interface DemoFeedback {
  receivedAt: string;
  channel: FeedbackChannel;
  kind: FeedbackKind;
  unit: string;
  procedure?: string;
  name: string;
  phone: string;
  title: string;
  content: string;
  consentPublish: boolean;
  steps: Step[];
}

export const DEMO_FEEDBACK: DemoFeedback[] = [
  {
    receivedAt: '2023-07-10T09:15:00+07:00',
    channel: 'portal',
    kind: 'regulation',
    unit: '440',
    name: 'Nguyễn Văn Hùng',
    phone: '0912000101',
    title: 'Đề nghị hướng dẫn thành phần hồ sơ chứng thực bản sao điện tử',
    content: 'Tôi đề nghị niêm yết rõ thành phần hồ sơ và lệ phí khi chứng thực bản sao điện tử từ bản chính tại Bộ phận Một cửa.',
    consentPublish: true,
    steps: [
      { at: '2023-07-11T08:30:00+07:00', action: 'assign', unit: '440-TP', note: 'Phòng Tư pháp kiểm tra, trả lời' },
      { at: '2023-07-18T15:00:00+07:00', action: 'reply', text: 'Thành phần hồ sơ và lệ phí chứng thực bản sao điện tử đã được niêm yết tại Bộ phận Một cửa và trên Cổng dịch vụ công.', publish: true },
      { at: '2023-07-20T10:00:00+07:00', action: 'rate', rating: 'very_satisfied' },
    ],
  },
  {
    receivedAt: '2023-08-21T14:00:00+07:00',
    channel: 'phone',
    kind: 'conduct',
    unit: '440',
    name: 'Trần Thị Lý',
    phone: '0912000102',
    title: 'Phản ánh thái độ hướng dẫn tại quầy',
    content: 'Công chức tại quầy hướng dẫn chưa đầy đủ, tôi phải đi lại nhiều lần để bổ sung hồ sơ.',
    consentPublish: false,
    steps: [
      { at: '2023-08-22T08:00:00+07:00', action: 'assign', unit: '440', note: 'Văn phòng HĐND và UBND huyện xác minh' },
      { at: '2023-09-20T16:00:00+07:00', action: 'reply', text: 'UBND huyện đã xác minh, nhắc nhở công chức và hướng dẫn lại thành phần hồ sơ cho bà.', publish: false },
      { at: '2023-09-22T09:00:00+07:00', action: 'rate', rating: 'satisfied' },
    ],
  },
  {
    receivedAt: '2023-10-02T10:00:00+07:00',
    channel: 'paper',
    kind: 'other',
    unit: '440',
    name: 'Lê Văn Bình',
    phone: '0912000103',
    title: 'Kiến nghị về tuyến đường tỉnh lộ',
    content: 'Đề nghị sửa chữa mặt đường tỉnh lộ qua địa bàn xã.',
    consentPublish: false,
    steps: [{ at: '2023-10-03T09:00:00+07:00', action: 'reject', reason: 'out_of_competence', note: 'Thuộc thẩm quyền Sở Giao thông vận tải; đã hướng dẫn công dân gửi đến Sở' }],
  },
  {
    receivedAt: '2026-10-05T08:45:00+07:00',
    channel: 'portal',
    kind: 'regulation',
    unit: '18229',
    name: 'Phạm Thị Hoa',
    phone: '0912000104',
    title: 'Hỏi về thời hạn đăng ký khai sinh trực tuyến',
    content: 'Đăng ký khai sinh trực tuyến mất bao nhiêu ngày làm việc và nhận kết quả ở đâu?',
    consentPublish: true,
    steps: [
      { at: '2026-10-05T10:00:00+07:00', action: 'assign', unit: '18229', user: 'chuyenvien.xaductho' },
      { at: '2026-10-12T14:30:00+07:00', action: 'reply', text: 'Thời hạn giải quyết là trong ngày làm việc; kết quả điện tử được gửi vào tài khoản của bà trên Cổng dịch vụ công.', publish: true },
    ],
  },
  {
    receivedAt: '2026-11-02T15:20:00+07:00',
    channel: 'hotline',
    kind: 'other',
    unit: '18229',
    name: 'Hồ Văn Tài',
    phone: '0912000105',
    title: 'Đề nghị kéo dài giờ tiếp nhận hồ sơ chiều thứ Sáu',
    content: 'Đề nghị Bộ phận Một cửa tiếp nhận hồ sơ đến 17 giờ chiều thứ Sáu.',
    consentPublish: false,
    steps: [{ at: '2026-11-03T08:00:00+07:00', action: 'assign', unit: '18229', note: 'Văn phòng UBND xã đề xuất' }],
  },
  {
    receivedAt: '2026-11-24T09:00:00+07:00',
    channel: 'direct',
    kind: 'conduct',
    unit: '18229',
    name: 'Nguyễn Thị Mai',
    phone: '0912000106',
    title: 'Khen ngợi công chức một cửa',
    content: 'Tôi được hướng dẫn tận tình khi làm thủ tục chứng thực.',
    consentPublish: false,
    steps: [],
  },
];

/** Seeds the illustrative feedback (none in H1 2023); items whose dates are still ahead are skipped. */
export async function seedFeedbackDemo(db: Db, log: (msg: string) => void = () => {}, now = Date.now()): Promise<number> {
  const existing = await db.selectFrom('feedback').select('id').where('createdBy', '=', 'demo').limit(1).executeTakeFirst();
  if (existing) return 0;
  const users = new Set((await db.selectFrom('users').select('username').execute()).map((u) => u.username));
  let created = 0;
  for (const f of DEMO_FEEDBACK) {
    const last = [f.receivedAt, ...f.steps.map((s) => s.at)].map((t) => parseInstant(t)!);
    if (Math.max(...last) > now) continue;
    await db.transaction().execute(async (tx) => {
      const body = {
        kind: f.kind,
        unit: f.unit,
        name: f.name,
        phone: f.phone,
        title: f.title,
        content: f.content + ILLUSTRATIVE,
        consentPublish: f.consentPublish,
        dossier: undefined,
        email: undefined,
        address: undefined,
        procedure: f.procedure,
      };
      const code =
        f.channel === 'portal'
          ? (await submitPublic(tx, body, parseInstant(f.receivedAt)!)).code
          : (await registerFeedback(tx, ACTOR, { ...body, channel: f.channel, receivedAt: f.receivedAt }, now)).code;
      if (f.channel === 'portal') await tx.updateTable('feedback').set({ createdBy: 'demo' }).where('code', '=', code).execute();
      for (const s of f.steps) {
        if (s.action === 'rate') await rate(tx, code, { phone: f.phone, email: undefined, rating: s.rating, comment: s.comment }, parseInstant(s.at)!);
        else if (s.action === 'assign') {
          const user = s.user && users.has(s.user) ? s.user : undefined;
          await act(tx, ACTOR, code, { action: 'assign', body: { unit: s.unit, user, note: s.note, at: s.at } }, now);
        } else if (s.action === 'reply') await act(tx, ACTOR, code, { action: 'reply', body: { text: s.text, publish: s.publish, at: s.at } }, now);
        else await act(tx, ACTOR, code, { action: 'reject', body: { reason: s.reason, note: s.note, at: s.at } }, now);
      }
    });
    created++;
  }
  if (created) log(`phản ánh, kiến nghị (minh họa, sau 14/06/2023): ${created}`);
  return created;
}
