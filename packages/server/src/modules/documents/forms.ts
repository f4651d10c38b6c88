/**
 * The one-stop forms of Thông tư 01/2018/TT-VPCP (Mẫu 01–05) as a content model that does not
 * know its output format: docx.ts and pdf.ts render the same model, so a DOCX and a PDF of one
 * form always say the same thing. Fields follow regulations-research.md §1.4.
 */
import { formatDateVi, formatInstant, parseInstant, type Timeliness } from '@motcua/core';
import { AppError } from '../../errors.js';
import type { HeaderLayout, HeaderOptions, Issuer, RecipientsOptions, SignatureOptions } from '../../lib/documents/nd30.js';
import { committeeShort, inSentence, placeOf, type NamedUnit } from '../../lib/documents/naming.js';
import type { DossierView } from '../dossiers/schema.js';

// ---------------------------------------------------------------- the model

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  /** May contain "\n" (a line break inside the run). */
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Points; the document's body size when absent. */
  size?: number;
}

export interface Cell {
  runs: Run[];
  align?: Align;
  colSpan?: number;
  rowSpan?: number;
}

export type Block =
  /** Centred bold capitals, with an optional bold line (e.g. the dossier code) under it. */
  | { kind: 'title'; text: string; sub?: Run[] }
  | { kind: 'para'; runs: Run[]; align?: Align; indent?: boolean; spaceBefore?: number }
  /**
   * A table: `widths` are relative; `header` rows repeat on every page. Cells are listed in
   * reading order without the positions covered by a span (as in Word).
   */
  | { kind: 'table'; widths: number[]; header: Cell[][]; body: Cell[][]; size?: number; compact?: boolean }
  /** Signature columns side by side: title (bold caps), hint (italic), space, name. */
  | { kind: 'signatures'; columns: Array<{ title: string; hint?: string; name?: string }> }
  /** Nghị định 30 "Nơi nhận" beside the signature block (letters such as Mẫu 04). */
  | { kind: 'signoff'; signature: SignatureOptions; recipients: RecipientsOptions }
  /** A QR code (PNG) with text beside it. */
  | { kind: 'qr'; png: Buffer; sizeMm: number; runs: Run[] };

/** One printed copy (Mẫu 01 has two "liên"; the others one). */
export interface FormCopy {
  blocks: Block[];
}

export interface FormDocument {
  /** File name without extension, e.g. "mau-01-000.00.40.H25-230613-0001". */
  fileName: string;
  /** Document title (file metadata). */
  title: string;
  /** Margins default to Nghị định 30 (A4) or the narrow A5 ones; registers print wider tables. */
  page: { format: 'A4' | 'A5'; landscape: boolean; marginsMm?: { top: number; bottom: number; left: number; right: number } };
  /** Body text size in points. */
  sizePt: number;
  header: HeaderOptions;
  headerLayout: HeaderLayout;
  /** Lines printed under "Số" on the left of the header (e.g. the dossier code). */
  copies: FormCopy[];
}

export const FORM_KINDS = ['receipt', 'supplement', 'refusal', 'apology', 'control'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** The official number of each form (Mẫu 01…05; the register is Mẫu 06). */
export const FORM_NUMBERS: Record<FormKind, string> = { receipt: '01', supplement: '02', refusal: '03', apology: '04', control: '05' };

export const FORM_TITLES: Record<FormKind, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  supplement: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  control: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

// ---------------------------------------------------------------- what a form is made from

export interface FormUnit extends NamedUnit {
  code: string;
  level: string;
}

/** Everything the forms of one dossier need, gathered by service.ts. */
export interface FormContext {
  dossier: DossierView;
  /** The receiving unit (its one-stop desk) and the unit above it. */
  unit: FormUnit;
  parent: FormUnit | null;
  /** Components listed on Mẫu 01: the scanned ones when there are any, else the procedure's list. */
  components: string[];
  /** Username → full name of the officers on the events. */
  officers: Record<string, string>;
  /** Department code → name, for hand-over targets given by code. */
  departments: Record<string, string>;
  /** Position in the unit's Sổ theo dõi hồ sơ (Mẫu 06): book = year of reception. */
  register: { book: string; number: number } | null;
  /** Citizen status page of this dossier and its QR code. */
  lookupUrl: string;
  qrPng: Buffer;
}

// ---------------------------------------------------------------- wording helpers

export const DESK = 'Bộ phận tiếp nhận và trả kết quả';

/** "15 giờ 30 phút, ngày 13/06/2023" — the appointment wording of Mẫu 01 (to the minute). */
export function formatAppointmentVi(instant: number | string | null | undefined): string {
  const ms = typeof instant === 'string' ? parseInstant(instant) : (instant ?? undefined);
  if (ms === undefined) return '…… giờ …… phút, ngày ……/……/………';
  const local = formatInstant(ms); // 2023-06-13T15:30:00+07:00
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} phút, ngày ${formatDateVi(local.slice(0, 10))}`;
}

/** The local date (YYYY-MM-DD) of an ISO instant. */
export const localDate = (iso: string | null | undefined): string | undefined => (iso ? formatInstant(parseInstant(iso)!).slice(0, 10) : undefined);

export const TIMELINESS_VI: Record<Timeliness, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', overdue: 'Quá hạn' };

const DOTS = '……………………';
const r = (text: string, extra: Omit<Run, 'text'> = {}): Run => ({ text, ...extra });
const b = (text: string): Run => ({ text, bold: true });
/** "Label: value" (value bold when asked), dotted when the value is missing. */
const field = (label: string, value: string | undefined | null, bold = false): Block => ({
  kind: 'para',
  runs: [r(`${label}: `), value ? { text: value, bold } : r(DOTS)],
});

/** The officer's full name for a username stored on an event ("" for machine actors). */
export function officerName(ctx: Pick<FormContext, 'officers'>, username: string | undefined): string {
  if (!username) return '';
  if (ctx.officers[username]) return ctx.officers[username];
  return ['system', 'api-token', 'citizen', 'import'].includes(username) ? '' : username;
}

/** The desk header: the committee above, the desk itself in bold, the date of the form. */
export function deskIssuer(unit: FormUnit): Issuer {
  return { parentBody: committeeShort(unit).toUpperCase(), body: DESK.toUpperCase(), place: placeOf(unit) };
}

const A5_LAYOUT: HeaderLayout = { sizePt: 10.5, nationSizePt: 9.5, mottoSizePt: 10.5, leftPct: 42 };

type Event = DossierView['events'][number];
const lastEvent = (d: DossierView, type: Event['type']): Event | undefined => [...d.events].reverse().find((e) => e.type === type);
const payload = (e: Event | undefined, key: string): string | undefined => {
  const v = e?.payload[key];
  return typeof v === 'string' && v ? v : undefined;
};

/** 409 with a Vietnamese reason: the dossier has no event this form records. */
function noSuchEvent(kind: FormKind, reason: string): never {
  throw new AppError('CONFLICT', `Không lập được Mẫu ${FORM_NUMBERS[kind]} (${FORM_TITLES[kind]}): ${reason}`, {
    form: kind,
    issues: [{ field: 'form', reason }],
  });
}

function applicantLines(d: DossierView, lead: string): Block[] {
  const a = d.applicant;
  return [
    field(lead, a.name, true),
    field('Địa chỉ', a.address),
    { kind: 'para', runs: [r('Số điện thoại: '), r(a.phone ?? DOTS), r('          Email: '), r(a.email ?? DOTS)] },
    field('Nội dung yêu cầu giải quyết', d.procedure.name),
  ];
}

const SIGN_HINT = '(Ký và ghi rõ họ tên)';

function base(ctx: FormContext, kind: FormKind, date: string | undefined, format: 'A4' | 'A5' = 'A5'): Omit<FormDocument, 'copies'> {
  return {
    fileName: `mau-${FORM_NUMBERS[kind]}-${ctx.dossier.code}`,
    title: `Mẫu ${FORM_NUMBERS[kind]} – ${FORM_TITLES[kind]} – ${ctx.dossier.code}`,
    page: { format, landscape: false },
    sizePt: format === 'A5' ? 10.5 : 12,
    header: { issuer: deskIssuer(ctx.unit), date },
    headerLayout: format === 'A5' ? A5_LAYOUT : { sizePt: 12, nationSizePt: 11.5, mottoSizePt: 12.5, leftPct: 40 },
  };
}

// ---------------------------------------------------------------- Mẫu 01

export const RECEIPT_COPIES = ['Liên 1: Giao người nộp hồ sơ', 'Liên 2: Lưu tại Bộ phận tiếp nhận và trả kết quả'] as const;

function receipt(ctx: FormContext): FormDocument {
  const d = ctx.dossier;
  const received = lastEvent(d, 'received');
  if (!received || !d.receivedAt) noSuchEvent('receipt', 'hồ sơ chưa được tiếp nhận');
  const components = ctx.components.length ? ctx.components : ['Theo danh mục thành phần hồ sơ của thủ tục hành chính'];
  const returnAt = d.returnMethod === 'postal' ? 'Qua dịch vụ bưu chính công ích (tại địa chỉ của người nộp)' : `${DESK} – ${committeeShort(ctx.unit)}`;
  const copy = (label: string): FormCopy => ({
    blocks: [
      { kind: 'title', text: FORM_TITLES.receipt.toUpperCase(), sub: [b(`Mã hồ sơ: ${d.code}`)] },
      { kind: 'para', align: 'center', runs: [r(`(${label})`, { italics: true })] },
      { kind: 'para', spaceBefore: 4, runs: [r(`${DESK} ${committeeShort(ctx.unit)}`)] },
      ...applicantLines(d, 'Tiếp nhận hồ sơ của'),
      { kind: 'para', runs: [r('1. Thành phần hồ sơ nộp gồm:')] },
      ...components.map((c, i): Block => ({ kind: 'para', indent: true, runs: [r(`${i + 1}. ${c}`)] })),
      { kind: 'para', runs: [r('2. Số lượng hồ sơ: '), b('01'), r(' (bộ)')] },
      { kind: 'para', runs: [r('3. Thời gian giải quyết hồ sơ theo quy định là: '), b(`${String(d.workingDays).replace('.', ',')} ngày làm việc`)] },
      { kind: 'para', runs: [r('4. Thời gian nhận hồ sơ: '), r(formatAppointmentVi(d.receivedAt))] },
      { kind: 'para', runs: [r('5. Thời gian trả kết quả giải quyết hồ sơ: '), b(formatAppointmentVi(d.dueAt))] },
      { kind: 'para', runs: [r('6. Đăng ký nhận kết quả tại: '), r(returnAt)] },
      {
        kind: 'para',
        runs: [r('Vào Sổ theo dõi hồ sơ, Quyển số: '), r(ctx.register?.book ?? DOTS), r(', Số thứ tự: '), r(ctx.register ? String(ctx.register.number) : DOTS)],
      },
      {
        kind: 'qr',
        png: ctx.qrPng,
        sizeMm: 20,
        runs: [r('Tra cứu tình trạng giải quyết hồ sơ: quét mã QR hoặc truy cập ', { size: 9 }), r(ctx.lookupUrl, { size: 9, italics: true }), r(' (nhập mã hồ sơ và số điện thoại hoặc số CCCD).', { size: 9 })],
      },
      {
        kind: 'signatures',
        columns: [
          { title: 'NGƯỜI NỘP HỒ SƠ', hint: SIGN_HINT, name: d.applicant.name },
          { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: officerName(ctx, received?.actor) },
        ],
      },
    ],
  });
  const doc = base(ctx, 'receipt', localDate(d.receivedAt));
  // "Số" of the receipt = its number in the register (Sổ theo dõi hồ sơ), zero-padded below 10.
  const number = ctx.register ? String(ctx.register.number).padStart(2, '0') : undefined;
  return { ...doc, header: { ...doc.header, number }, copies: RECEIPT_COPIES.map(copy) };
}

// ---------------------------------------------------------------- Mẫu 02

function supplement(ctx: FormContext): FormDocument {
  const d = ctx.dossier;
  const e = lastEvent(d, 'supplement_requested');
  if (!e) noSuchEvent('supplement', 'hồ sơ không có yêu cầu bổ sung, hoàn thiện');
  const reason = payload(e, 'reason') ?? '';
  const officer = officerName(ctx, e.actor);
  return {
    ...base(ctx, 'supplement', localDate(e.at)),
    copies: [
      {
        blocks: [
          { kind: 'title', text: FORM_TITLES.supplement.toUpperCase(), sub: [b(`Mã hồ sơ: ${d.code}`)] },
          ...applicantLines(d, 'Hồ sơ của'),
          ...(d.receivedAt
            ? [
                field('Thời gian nhận hồ sơ', formatAppointmentVi(d.receivedAt)),
                // While the applicant supplements, the clock stops; the due instant is known again once the papers are in.
                {
                  kind: 'para',
                  runs: d.dueAt
                    ? [r('Thời gian hẹn trả kết quả: '), b(formatAppointmentVi(d.dueAt)), r(' (tính đến ngày in phiếu)', { italics: true })]
                    : [r('Thời gian hẹn trả kết quả: được tính lại khi nhận đủ hồ sơ bổ sung')],
                } satisfies Block,
              ]
            : []),
          { kind: 'para', spaceBefore: 4, runs: [r('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:')] },
          {
            kind: 'table',
            widths: [1, 9],
            header: [[{ runs: [b('TT')], align: 'center' }, { runs: [b('Nội dung cần bổ sung, hoàn thiện')], align: 'center' }]],
            body: [[{ runs: [r('1')], align: 'center' }, { runs: [r(reason)] }]],
          },
          { kind: 'para', spaceBefore: 4, runs: [r('Lý do: '), r(reason)] },
          {
            kind: 'para',
            runs: [
              r(
                `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${officer ? `${officer}, ` : ''}${DESK} ${committeeShort(ctx.unit)} để được hướng dẫn.`,
              ),
            ],
          },
          ...(d.receivedAt ? [{ kind: 'para', runs: [r('Thời gian chờ bổ sung không tính vào thời hạn giải quyết hồ sơ.', { italics: true })] } satisfies Block] : []),
          { kind: 'signatures', columns: [{ title: '' }, { title: 'NGƯỜI HƯỚNG DẪN', hint: SIGN_HINT, name: officer }] },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- Mẫu 03

function refusal(ctx: FormContext): FormDocument {
  const d = ctx.dossier;
  const e = lastEvent(d, 'refused');
  if (!e) noSuchEvent('refusal', 'hồ sơ không bị từ chối tiếp nhận');
  return {
    ...base(ctx, 'refusal', localDate(e.at)),
    copies: [
      {
        blocks: [
          { kind: 'title', text: FORM_TITLES.refusal.toUpperCase(), sub: [b(`Mã hồ sơ: ${d.code}`)] },
          { kind: 'para', spaceBefore: 4, runs: [r(`${DESK} ${committeeShort(ctx.unit)}`)] },
          ...applicantLines(d, 'Tiếp nhận hồ sơ của'),
          { kind: 'para', runs: [r('Thời gian nộp hồ sơ: '), r(formatAppointmentVi(d.submittedAt ?? e.at))] },
          {
            kind: 'para',
            align: 'justify',
            indent: true,
            runs: [r('Sau khi xem xét hồ sơ, căn cứ quy định hiện hành, cơ quan thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: '), b(payload(e, 'reason') ?? DOTS)],
          },
          { kind: 'para', indent: true, runs: [r('Xin thông báo cho Ông/Bà được biết và thực hiện./.')] },
          {
            kind: 'signatures',
            columns: [
              { title: 'NGƯỜI NỘP HỒ SƠ', hint: SIGN_HINT, name: d.applicant.name },
              { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: officerName(ctx, e.actor) },
            ],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- Mẫu 04

/**
 * The office resolving the dossier (as of an event, e.g. the apology): the last department it was
 * handed to before then, else the committee.
 */
function resolvingOffice(ctx: FormContext, untilSeq = Infinity): { name: string; department: boolean } {
  const to = [...ctx.dossier.events]
    .filter((e) => e.seq <= untilSeq)
    .reverse()
    .map((e) => (e.type === 'forwarded' ? payload(e, 'to') : undefined))
    .find((x) => x !== undefined);
  const name = to ? (ctx.departments[to] ?? to) : undefined;
  if (name && /^phòng\s/i.test(name)) return { name, department: true };
  return { name: committeeShort(ctx.unit), department: false };
}

function apology(ctx: FormContext): FormDocument {
  const d = ctx.dossier;
  const e = lastEvent(d, 'apology');
  if (!e) noSuchEvent('apology', 'hồ sơ không có phiếu xin lỗi và hẹn lại ngày trả kết quả');
  const office = resolvingOffice(ctx, e.seq);
  const issuer: Issuer = office.department
    ? { parentBody: committeeShort(ctx.unit).toUpperCase(), body: office.name.toUpperCase(), place: placeOf(ctx.unit) }
    : { parentBody: ctx.parent ? committeeShort(ctx.parent).toUpperCase() : '', body: `Ủy ban nhân dân ${inSentence(ctx.unit)}`.toUpperCase(), place: placeOf(ctx.unit) };
  const reason = payload(e, 'reason') ?? DOTS;
  const newAppointment = payload(e, 'newAppointment') ?? d.apology?.newAppointment ?? null;
  const who = office.department ? office.name : committeeShort(ctx.unit);
  const signature: SignatureOptions = office.department ? { capacity: ['TRƯỞNG PHÒNG'] } : { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] };
  return {
    ...base(ctx, 'apology', localDate(e.at), 'A5'),
    header: { issuer, date: localDate(e.at), number: undefined, excerpt: 'V/v xin lỗi và hẹn lại ngày trả kết quả' },
    copies: [
      {
        blocks: [
          { kind: 'title', text: FORM_TITLES.apology.toUpperCase() },
          { kind: 'para', align: 'center', spaceBefore: 2, runs: [r('Kính gửi: '), b(d.applicant.name)] },
          {
            kind: 'para',
            align: 'justify',
            indent: true,
            spaceBefore: 4,
            runs: [
              r(`Ngày ${formatDateVi(localDate(d.receivedAt) ?? '')}, ${DESK} ${committeeShort(ctx.unit)} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục `),
              b(d.procedure.name),
              r('; mã hồ sơ: '),
              b(d.code),
              r('. Thời gian hẹn trả kết quả giải quyết hồ sơ: '),
              b(formatAppointmentVi(d.dueAt)),
              r('.'),
            ],
          },
          {
            kind: 'para',
            align: 'justify',
            indent: true,
            runs: [r(`Tuy nhiên, đến nay ${who} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn như đã ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: `), r(reason), r('.')],
          },
          {
            kind: 'para',
            align: 'justify',
            indent: true,
            runs: [
              r(`Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà. ${who} xin lỗi Ông/Bà và trân trọng hẹn trả kết quả giải quyết hồ sơ vào lúc `),
              b(formatAppointmentVi(newAppointment)),
              r('.'),
            ],
          },
          { kind: 'para', indent: true, runs: [r('Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.')] },
          { kind: 'signoff', signature, recipients: { recipients: ['Như trên', `${DESK} ${committeeShort(ctx.unit)}`, 'Lưu: VT'] } },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- Mẫu 05

export interface HandOver {
  from: string;
  to: string;
  at: string;
  /** Trước hạn / Đúng hạn / Quá hạn of the giving side's work, when it has a due instant. */
  result: Timeliness | null;
  note: string;
}

/**
 * The hand-overs of a dossier from its events: desk → department (each `forwarded`), back to the
 * desk with the result (resolved/rejected/withdrawn), and the result returned to the applicant.
 * The result column judges the giving side: its step's due instant (procedure steps) or, for the
 * desk and the final return, the dossier's due instant.
 */
export function handOvers(ctx: Pick<FormContext, 'dossier' | 'departments'>): HandOver[] {
  const d = ctx.dossier;
  const due = d.dueAt ? parseInstant(d.dueAt) : undefined;
  const judge = (at: string, dueAt: number | undefined): Timeliness | null => {
    if (dueAt === undefined) return null;
    const t = parseInstant(at)!;
    if (t > dueAt) return 'overdue';
    return formatInstant(t).slice(0, 10) < formatInstant(dueAt).slice(0, 10) ? 'early' : 'on_time';
  };
  const name = (to: string) => ctx.departments[to] ?? to;
  const out: HandOver[] = [];
  let holder = DESK;
  let holderDue: number | undefined = due;
  let stepIndex = 0;
  for (const e of d.events) {
    if (e.type === 'forwarded') {
      const to = name(payload(e, 'to') ?? '');
      out.push({ from: holder, to, at: e.at, result: judge(e.at, holderDue), note: payload(e, 'step') ?? '' });
      const step = d.steps[stepIndex++];
      holder = to;
      holderDue = step?.dueAt ? parseInstant(step.dueAt) : due;
    } else if (e.type === 'supplement_requested' && d.receivedAt) {
      out.push({ from: holder, to: 'Người nộp hồ sơ', at: e.at, result: null, note: `Yêu cầu bổ sung, hoàn thiện hồ sơ: ${payload(e, 'reason') ?? ''}`.trim() });
    } else if (e.type === 'supplement_received' && d.receivedAt) {
      out.push({ from: 'Người nộp hồ sơ', to: holder, at: e.at, result: null, note: 'Đã bổ sung hồ sơ' });
    } else if (e.type === 'resolved' || e.type === 'rejected' || e.type === 'withdrawn') {
      const note = e.type === 'resolved' ? 'Có kết quả giải quyết' : e.type === 'rejected' ? `Không giải quyết: ${payload(e, 'reason') ?? ''}` : 'Người nộp rút hồ sơ';
      if (holder !== DESK) out.push({ from: holder, to: DESK, at: e.at, result: e.type === 'resolved' ? judge(e.at, due) : null, note: note.trim() });
      else out.push({ from: DESK, to: DESK, at: e.at, result: e.type === 'resolved' ? judge(e.at, due) : null, note: note.trim() });
      holder = DESK;
    } else if (e.type === 'result_returned') {
      out.push({ from: DESK, to: payload(e, 'via') === 'postal' ? 'Người nộp hồ sơ (qua bưu chính công ích)' : 'Người nộp hồ sơ', at: e.at, result: null, note: 'Trả kết quả' });
    } else if (e.type === 'apology') {
      out.push({ from: holder, to: 'Người nộp hồ sơ', at: e.at, result: null, note: `Phiếu xin lỗi, hẹn lại ngày trả: ${formatAppointmentVi(payload(e, 'newAppointment'))}` });
    }
  }
  return out;
}

/** Mẫu 05 has the dossier code instead of a number. */
function controlBase(ctx: FormContext): Omit<FormDocument, 'copies'> {
  const doc = base(ctx, 'control', localDate(ctx.dossier.receivedAt));
  return { ...doc, header: { ...doc.header, noNumber: true } };
}

function control(ctx: FormContext): FormDocument {
  const d = ctx.dossier;
  if (!d.receivedAt) noSuchEvent('control', 'hồ sơ chưa được tiếp nhận');
  const rows = handOvers(ctx);
  const c = (text: string, extra: Partial<Cell> = {}, run: Omit<Run, 'text'> = {}): Cell => ({ runs: [{ text, ...run }], ...extra });
  // One row per hand-over (no row spans: a row must never split across pages).
  const body: Cell[][] = rows.length
    ? rows.map((h, i) => [
        { runs: [r(`${i + 1}. Giao: ${h.from}`), r(`\nNhận: ${h.to}`)] },
        c(formatAppointmentVi(h.at)),
        c(h.result ? TIMELINESS_VI[h.result] : '', { align: 'center' }, { bold: true }),
        c('Người giao\n\n\nNgười nhận\n\n', { align: 'center' }, { italics: true, size: 8 }),
        c(h.note),
      ])
    : [[c('Chưa có lần giao, nhận nào', { colSpan: 5, align: 'center' }, { italics: true })]];
  // The department that appraised the dossier (the first one it went to), else the committee.
  const firstDepartment = d.events.find((e) => e.type === 'forwarded' && /^phòng\s/i.test(ctx.departments[payload(e, 'to') ?? ''] ?? payload(e, 'to') ?? ''));
  const holder = resolvingOffice(ctx, firstDepartment?.seq ?? Infinity);
  return {
    ...controlBase(ctx),
    copies: [
      {
        blocks: [
          { kind: 'title', text: FORM_TITLES.control.toUpperCase(), sub: [b(`Mã hồ sơ: ${d.code}`)] },
          { kind: 'para', align: 'center', runs: [r(`(Kèm theo hồ sơ của: ${d.applicant.name})`, { italics: true })] },
          { kind: 'para', spaceBefore: 4, runs: [r('Nội dung yêu cầu giải quyết: '), r(d.procedure.name)] },
          { kind: 'para', runs: [r('Ngày, giờ nhận hồ sơ: '), r(formatAppointmentVi(d.receivedAt))] },
          { kind: 'para', runs: [r('Ngày, giờ hẹn trả kết quả: '), b(formatAppointmentVi(d.dueAt))] },
          ...(d.apology?.newAppointment ? [{ kind: 'para', runs: [r('Ngày, giờ hẹn lại (Phiếu xin lỗi): '), b(formatAppointmentVi(d.apology.newAppointment))] } satisfies Block] : []),
          { kind: 'para', runs: [r('Cơ quan (bộ phận) giải quyết hồ sơ: '), r(holder.name)] },
          { kind: 'para', runs: [r('Cơ quan phối hợp giải quyết hồ sơ: '), r(DOTS)] },
          {
            kind: 'table',
            widths: [30, 20, 16, 13, 21],
            size: 9,
            compact: true,
            header: [
              [
                c('TÊN CƠ QUAN', { align: 'center' }, { bold: true }),
                c('THỜI GIAN GIAO, NHẬN HỒ SƠ', { align: 'center' }, { bold: true }),
                c('KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)', { align: 'center' }, { bold: true }),
                c('KÝ TÊN', { align: 'center' }, { bold: true }),
                c('GHI CHÚ', { align: 'center' }, { bold: true }),
              ],
            ],
            body,
          },
          {
            kind: 'para',
            spaceBefore: 6,
            runs: [
              r(
                'Ghi chú: Kết quả giải quyết hồ sơ do bên nhận hồ sơ ghi khi nhận bàn giao. Phiếu được lập từ nhật ký xử lý trên Hệ thống thông tin một cửa điện tử: thời gian giao, nhận là thời điểm ghi nhận trên hệ thống.',
                { italics: true, size: 9.5 },
              ),
            ],
          },
        ],
      },
    ],
  };
}

const BUILDERS: Record<FormKind, (ctx: FormContext) => FormDocument> = { receipt, supplement, refusal, apology, control };

/** The content of one form of a dossier; 409 when the dossier has no event the form records. */
export function buildForm(kind: FormKind, ctx: FormContext): FormDocument {
  return BUILDERS[kind](ctx);
}

/** Which forms a dossier has (for the "In biểu mẫu" menu). */
export function availableForms(d: Pick<DossierView, 'events' | 'receivedAt'>): FormKind[] {
  const has = (t: Event['type']) => d.events.some((e) => e.type === t);
  return FORM_KINDS.filter((k) =>
    k === 'receipt' || k === 'control' ? d.receivedAt !== null && has('received') : k === 'supplement' ? has('supplement_requested') : k === 'refusal' ? has('refused') : has('apology'),
  );
}
