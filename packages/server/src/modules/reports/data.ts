/**
 * The figures of a periodic CCHC report, collected from the product's modules into one flat
 * snapshot (key → number | text | list): the dossier statistics of the unit's own desk and of the
 * units below it, the procedure catalogue, the reform plan's progress, the tasks assigned from
 * above, directing documents, inspections, communication, initiatives, citizen feedback and the
 * periodic figures form. Every key a template may use is in DATA_KEYS (with its Vietnamese
 * meaning, served with the templates) or is `fig.<code>` of the figure catalogue.
 *
 * Rates are numbers in percent, rounded half-up to two decimals (16/60 → 26,67; 54,020/146,250
 * → 36,94). The seed report truncates some of them (26,66%, 36,93%); ours are the correct values.
 */
import { customPeriod, foldVietnamese, parsePeriodName, periodBounds, roundHalfUp, type DossierStats, type FigureDefinition, type Period } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import type { FieldIssue } from '../../errors.js';
import { committeeName, inSentence, placeOf } from '../../lib/documents/naming.js';
import { appraisalResults } from '../appraisal/service.js';
import { assignmentStats } from '../assignments/service.js';
import { SYSTEM } from '../auth/policy.js';
import { getCatalogue, getForm } from '../figures/service.js';
import * as plansRepo from '../plans/repo.js';
import { planProgress } from '../plans/service.js';
import { countProcedures } from '../procedures/service.js';
import { DOCUMENT_TYPE_LABELS_VI } from '../reform-records/schema.js';
import { countDocuments, listCommunications, listInitiatives, listPlans } from '../reform-records/service.js';
import { dossierIndicators, dossierStats } from '../stats/service.js';
import { findDescendants } from '../units/repo.js';
import * as repo from './repo.js';
import type { ReportData } from './template.js';

export const REPORT_KINDS = ['quarter', 'half', 'nine_months', 'year', 'custom'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type KeyType = 'count' | 'amount' | 'percent' | 'text' | 'list' | 'date' | 'flag';
export interface DataKey {
  key: string;
  label: string;
  type: KeyType;
  group: string;
}

// ---------------------------------------------------------------- periods

/** The named period a kind takes: 2023-Q2, 2023-H1, 2023-9M, 2023. */
const KIND_PATTERN: Record<Exclude<ReportKind, 'custom'>, RegExp> = {
  quarter: /^\d{4}-Q[1-4]$/,
  half: /^\d{4}-H[12]$/,
  nine_months: /^\d{4}-9M$/,
  year: /^\d{4}$/,
};
const KIND_EXAMPLE: Record<Exclude<ReportKind, 'custom'>, string> = { quarter: '2023-Q2', half: '2023-H1', nine_months: '2023-9M', year: '2023' };

/** A report's period: the named period of its kind, or custom dates. */
export function reportPeriod(kind: ReportKind, q: { period?: string | undefined; from?: string | undefined; to?: string | undefined }): { period?: Period; issues: FieldIssue[] } {
  if (kind === 'custom') {
    if (q.period) return { issues: [{ field: 'period', reason: 'a custom report takes from and to, not a named period' }] };
    const p = customPeriod(q.from ?? '', q.to ?? '');
    return p ? { period: p, issues: [] } : { issues: [{ field: 'to', reason: 'from and to must be dates with from ≤ to' }] };
  }
  if (!q.period) return { issues: [{ field: 'period', reason: `is required for kind ${kind}, e.g. ${KIND_EXAMPLE[kind]}` }] };
  if (q.from || q.to) return { issues: [{ field: 'from', reason: 'give either a named period or custom dates, not both' }] };
  const p = KIND_PATTERN[kind].test(q.period) ? parsePeriodName(q.period) : undefined;
  if (!p) return { issues: [{ field: 'period', reason: `must be a ${kind} period like ${KIND_EXAMPLE[kind]}` }] };
  return { period: p, issues: [] };
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** How the report names its period and the next one ("6 tháng đầu năm 2023", "6 tháng cuối năm 2023"). */
export function periodLabels(kind: ReportKind, p: Period): { label: string; short: string; next: string; titlePhrase: string; year: number } {
  const year = Number(p.to.slice(0, 4));
  const name = p.name ?? '';
  const dates = `từ ngày ${formatDay(p.from)} đến ngày ${formatDay(p.to)}`;
  switch (kind) {
    case 'quarter': {
      const q = Number(name.slice(-1));
      const next = q === 4 ? `quý I năm ${year + 1}` : `quý ${ROMAN[q]!} năm ${year}`;
      const label = `quý ${ROMAN[q - 1]!} năm ${year}`;
      return { label, short: label, next, titlePhrase: q === 4 ? `${label}, phương hướng nhiệm vụ ${next}` : `quý ${ROMAN[q - 1]!}, phương hướng nhiệm vụ ${next}`, year };
    }
    case 'half':
      return name.endsWith('H1')
        ? { label: `6 tháng đầu năm ${year}`, short: `6 tháng năm ${year}`, next: `6 tháng cuối năm ${year}`, titlePhrase: `6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm ${year}`, year }
        : { label: `6 tháng cuối năm ${year}`, short: `6 tháng cuối năm ${year}`, next: `6 tháng đầu năm ${year + 1}`, titlePhrase: `6 tháng cuối năm ${year}, phương hướng nhiệm vụ 6 tháng đầu năm ${year + 1}`, year };
    case 'nine_months':
      return { label: `9 tháng đầu năm ${year}`, short: `9 tháng năm ${year}`, next: `quý IV năm ${year}`, titlePhrase: `9 tháng đầu năm, phương hướng nhiệm vụ quý IV năm ${year}`, year };
    case 'year':
      return { label: `năm ${year}`, short: `năm ${year}`, next: `năm ${year + 1}`, titlePhrase: `năm ${year}, phương hướng nhiệm vụ năm ${year + 1}`, year };
    case 'custom':
      return { label: dates, short: dates, next: 'thời gian tới', titlePhrase: `${dates}, phương hướng nhiệm vụ thời gian tới`, year };
  }
}

/** 2022-12-15 → 15/12/2022 (zero-padded, as a period's dates are written). */
const formatDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

// ---------------------------------------------------------------- the catalogue of keys

const STAT_KEYS: Array<[suffix: string, label: string, type: KeyType]> = [
  ['receivedTotal', 'Tổng số hồ sơ tiếp nhận trong kỳ (mới + từ kỳ trước chuyển qua)', 'count'],
  ['receivedNew', 'Hồ sơ mới tiếp nhận trong kỳ (trực tuyến + trực tiếp, bưu chính)', 'count'],
  ['receivedDirect', 'Hồ sơ mới tiếp nhận trực tiếp và qua bưu chính', 'count'],
  ['receivedOnline', 'Hồ sơ tiếp nhận qua mạng (trực tuyến)', 'count'],
  ['carriedOver', 'Hồ sơ từ kỳ trước chuyển qua', 'count'],
  ['resolvedTotal', 'Hồ sơ đã giải quyết', 'count'],
  ['resolvedInTime', 'Hồ sơ giải quyết trước hạn và đúng hạn', 'count'],
  ['resolvedInTimeRate', 'Tỷ lệ giải quyết trước hạn và đúng hạn trên số đã giải quyết (%)', 'percent'],
  ['resolvedOverdue', 'Hồ sơ giải quyết quá hạn', 'count'],
  ['inProgressTotal', 'Hồ sơ đang giải quyết', 'count'],
  ['inProgressOnTime', 'Hồ sơ đang giải quyết trong hạn', 'count'],
  ['inProgressOverdue', 'Hồ sơ đang giải quyết quá hạn', 'count'],
  ['awaitingSupplement', 'Hồ sơ chờ bổ sung, hoàn thiện', 'count'],
  ['awaitingObligation', 'Hồ sơ chờ thực hiện nghĩa vụ tài chính', 'count'],
  ['returnedTotal', 'Hồ sơ trả lại (không giải quyết, rút hồ sơ)', 'count'],
  ['refused', 'Hồ sơ từ chối tiếp nhận (Mẫu 03)', 'count'],
  ['resultsByPost', 'Kết quả trả qua dịch vụ bưu chính công ích', 'count'],
  ['ratedVerySatisfied', 'Lượt đánh giá rất hài lòng', 'count'],
  ['ratedSatisfied', 'Lượt đánh giá hài lòng', 'count'],
  ['ratedDissatisfied', 'Lượt đánh giá không hài lòng', 'count'],
  ['ratingsTotal', 'Tổng số lượt đánh giá', 'count'],
  ['ratingsSatisfiedRate', 'Tỷ lệ hài lòng và rất hài lòng trên tổng số lượt đánh giá (%)', 'percent'],
  ['fullOnlineDossiers', 'Hồ sơ mới của các TTHC có dịch vụ công trực tuyến toàn trình', 'count'],
  ['fullOnlineOnline', 'Trong đó nộp trực tuyến (dịch vụ công toàn trình phát sinh hồ sơ)', 'count'],
  ['fullOnlineRate', 'Tỷ lệ hồ sơ trực tuyến của các TTHC toàn trình (%)', 'percent'],
  ['onlineRate', 'Tỷ lệ hồ sơ mới tiếp nhận qua mạng (%)', 'percent'],
  ['portalSubmitted', 'Hồ sơ nộp qua Cổng dịch vụ công trong kỳ (kể cả bị từ chối hoặc chưa tiếp nhận)', 'count'],
];

/**
 * The directing documents a template cites by topic (the seed's "Văn bản số 445/UBND-NV…" on
 * initiatives, "Thực hiện Văn bản 136/UBND-NV…" on discipline, "Kế hoạch số 340/KH-UBND…" on ISO):
 * the unit's own document (reform-records) issued from the start of the report's year — or of the
 * period, when it starts earlier (15/12) — to the end of the period whose trích yếu contains one
 * of the words (case and accents ignored); the oldest, the one that launched the year's work, when
 * several do. Keys `directives.<topic>.number|date|kind|excerpt`; none when no document matches
 * (the template then says the sentence without the reference).
 */
export const DIRECTIVE_TOPICS = [
  { topic: 'initiatives', subject: 'phát động mô hình, sáng kiến, giải pháp mới CCHC', words: ['sáng kiến'] },
  { topic: 'discipline', subject: 'triển khai ký cam kết thực hiện kỷ luật, kỷ cương hành chính', words: ['cam kết', '52/2017'] },
  { topic: 'iso', subject: 'duy trì, áp dụng hệ thống quản lý chất lượng ISO', words: ['ISO 9001', 'hệ thống quản lý chất lượng'] },
] as const;

/** The kind of document a number's code says: 2629/QĐ-UBND → "Quyết định", 111/KH-UBND → "Kế hoạch", 445/UBND-NV → "Văn bản". */
export function documentKindOf(number: string): string {
  const kinds: Record<string, string> = { QĐ: 'Quyết định', KH: 'Kế hoạch', CT: 'Chỉ thị', NQ: 'Nghị quyết', TB: 'Thông báo', HD: 'Hướng dẫn', BC: 'Báo cáo' };
  const code = /^\s*\d+\/([^/-]+)-/.exec(number)?.[1]?.toLocaleUpperCase('vi');
  return (code && kinds[code]) || 'Văn bản';
}

const STATIC_KEYS: DataKey[] = [
  ...(
    [
      ['period.year', 'Năm của kỳ báo cáo (viết liền: 2023)', 'text'],
      ['period.from', 'Ngày đầu kỳ báo cáo', 'date'],
      ['period.to', 'Ngày cuối kỳ báo cáo (ngày chốt số liệu)', 'date'],
      ['period.label', 'Tên kỳ: "6 tháng đầu năm 2023", "quý II năm 2023"…', 'text'],
      ['period.labelShort', 'Tên kỳ dạng ngắn: "6 tháng năm 2023"', 'text'],
      ['period.nextLabel', 'Kỳ tiếp theo (phương hướng): "6 tháng cuối năm 2023"', 'text'],
      ['period.titlePhrase', 'Cụm từ của trích yếu: "6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023"', 'text'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Kỳ báo cáo' })),
  ...(
    [
      ['unit.code', 'Mã đơn vị hành chính', 'text'],
      ['unit.name', 'Tên đơn vị: "Huyện Đức Thọ"', 'text'],
      ['unit.inSentence', 'Tên đơn vị trong câu: "huyện Đức Thọ"', 'text'],
      ['unit.place', 'Địa danh: "Đức Thọ"', 'text'],
      ['unit.kind', 'Loại đơn vị viết thường: "huyện", "xã", "thị trấn"', 'text'],
      ['unit.committee', 'Tên cơ quan: "Ủy ban nhân dân huyện Đức Thọ"', 'text'],
      ['unit.committeeShort', 'Cơ quan viết tắt trong câu: "UBND huyện", "UBND xã"', 'text'],
      ['unit.isDistrict', '1 nếu là cấp huyện (dùng trong điều kiện when)', 'flag'],
      ['unit.isCommune', '1 nếu là cấp xã (dùng trong điều kiện when)', 'flag'],
      ['units.communes', 'Số xã, thị trấn trực thuộc trong kỳ', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Đơn vị' })),
  ...(
    [
      ['directives.count', 'Văn bản chỉ đạo, điều hành CCHC của đơn vị ban hành trong kỳ', 'count'],
      ['directives.belowCount', 'Văn bản chỉ đạo CCHC của các đơn vị trực thuộc ban hành trong kỳ', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Chỉ đạo, điều hành' })),
  ...DIRECTIVE_TOPICS.flatMap(({ topic, subject, words }) => {
    const which = `văn bản ${subject} (văn bản đầu tiên trong năm của kỳ báo cáo có trích yếu chứa "${words.join('" hoặc "')}")`;
    return (
      [
        ['number', `Số, ký hiệu ${which}`, 'text'],
        ['date', `Ngày ban hành ${which}`, 'date'],
        ['kind', `Loại ${which}: "Kế hoạch", "Công văn", "Quyết định"…`, 'text'],
        ['excerpt', `Trích yếu ${which}`, 'text'],
      ] as const
    ).map(([field, label, type]) => ({ key: `directives.${topic}.${field}`, label, type, group: 'Chỉ đạo, điều hành' }));
  }),
  ...(
    [
      ['plan.number', 'Số văn bản ban hành kế hoạch CCHC năm: "111/KH-UBND"', 'text'],
      ['plan.date', 'Ngày ban hành kế hoạch CCHC năm', 'date'],
      ['plan.tasksTotal', 'Số nhiệm vụ của kế hoạch CCHC năm', 'count'],
      ['plan.tasksDone', 'Nhiệm vụ đã hoàn thành đến ngày cuối kỳ', 'count'],
      ['plan.tasksRate', 'Tỷ lệ nhiệm vụ hoàn thành (%)', 'percent'],
      ['plan.activitiesTotal', 'Số hoạt động của kế hoạch CCHC năm', 'count'],
      ['plan.activitiesDone', 'Hoạt động đã hoàn thành đến ngày cuối kỳ', 'count'],
      ['plan.activitiesRate', 'Tỷ lệ hoạt động hoàn thành (%)', 'percent'],
      ['plan.overdue', 'Nhiệm vụ, hoạt động đã quá hạn mà chưa hoàn thành', 'count'],
      ['parentPlan.number', 'Số văn bản ban hành kế hoạch CCHC năm của cấp trên (của tỉnh đối với huyện, của huyện đối với xã) khi đã nhập vào hệ thống: "2629/QĐ-UBND"', 'text'],
      ['parentPlan.date', 'Ngày ban hành kế hoạch CCHC năm của cấp trên', 'date'],
      ['parentPlan.kind', 'Loại văn bản ban hành kế hoạch của cấp trên, theo ký hiệu: "Quyết định", "Kế hoạch"', 'text'],
      ['parentPlan.title', 'Tên kế hoạch CCHC năm của cấp trên: "Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2023"', 'text'],
      ['parentPlan.committee', 'Cơ quan ban hành kế hoạch của cấp trên: "Ủy ban nhân dân tỉnh Hà Tĩnh"', 'text'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Kế hoạch CCHC năm' })),
  ...(
    [
      ['assignments.total', 'Nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao có hạn trong kỳ', 'count'],
      ['assignments.onTime', 'Đã thực hiện đúng hạn', 'count'],
      ['assignments.onTimeRate', 'Tỷ lệ đúng hạn (%)', 'percent'],
      ['assignments.late', 'Đã thực hiện quá hạn', 'count'],
      ['assignments.lateRate', 'Tỷ lệ thực hiện quá hạn (%)', 'percent'],
      ['assignments.lateItems', 'Nội dung các nhiệm vụ thực hiện quá hạn', 'list'],
      ['assignments.overdue', 'Chưa thực hiện, đã quá hạn', 'count'],
      ['assignments.overdueRate', 'Tỷ lệ chưa thực hiện, đã quá hạn (%)', 'percent'],
      ['assignments.overdueItems', 'Nội dung các nhiệm vụ chưa thực hiện, đã quá hạn', 'list'],
      ['assignments.notDue', 'Đang thực hiện, chưa đến hạn', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Nhiệm vụ cấp trên giao' })),
  ...(
    [
      ['inspection.plans', 'Kế hoạch kiểm tra CCHC ban hành trong kỳ', 'count'],
      ['inspection.number', 'Số kế hoạch kiểm tra (đầu tiên trong kỳ): "730/KH-UBND"', 'text'],
      ['inspection.date', 'Ngày ban hành kế hoạch kiểm tra', 'date'],
      ['inspection.subject', 'Trích yếu kế hoạch kiểm tra', 'text'],
      ['inspection.round', 'Đợt kiểm tra: "Đợt I/2023"', 'text'],
      ['inspection.planned', 'Số đơn vị được kiểm tra theo kế hoạch', 'count'],
      ['inspection.done', 'Số đơn vị đã kiểm tra đến ngày cuối kỳ', 'count'],
      ['inspection.pending', 'Số đơn vị chưa kiểm tra đến ngày cuối kỳ', 'count'],
      ['inspection.units', 'Tên ngắn các đơn vị được kiểm tra: "Đức Lạng", "Thị trấn"…', 'list'],
      ['inspection.expectedEnd', 'Dự kiến hoàn thành: "đầu tháng 7/2023" (theo lịch kiểm tra muộn nhất)', 'text'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Kiểm tra CCHC' })),
  ...(
    [
      ['communications.activities', 'Hoạt động, hình thức tuyên truyền CCHC kết thúc trong kỳ', 'count'],
      ['communications.basis', 'Văn bản làm căn cứ tuyên truyền: "74/KH-UBND ngày 11/01/2023"', 'text'],
      ['communications.channels', 'Các hình thức, kênh tuyên truyền', 'list'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Tuyên truyền' })),
  ...(
    [
      ['initiatives.count', 'Mô hình, sáng kiến, giải pháp mới đăng ký trong kỳ (toàn đơn vị)', 'count'],
      ['initiatives.models', 'Trong đó: mô hình', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Mô hình, sáng kiến' })),
  ...(
    [
      ['feedback.regulation', 'Phản ánh, kiến nghị về quy định hành chính tiếp nhận trong kỳ', 'count'],
      ['feedback.regulationReplied', 'Trong đó đã trả lời, xử lý xong', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Phản ánh, kiến nghị' })),
  ...(
    [
      ['appraisal.year', 'Năm của Chỉ số CCHC cấp xã đã công bố gần nhất (đến cuối kỳ)', 'text'],
      ['appraisal.communes', 'Số xã được thẩm định', 'count'],
      ['appraisal.average', 'Điểm bình quân (thang 100)', 'amount'],
      ['appraisal.top', 'Xã xếp thứ nhất', 'text'],
      ['appraisal.topScore', 'Điểm của xã xếp thứ nhất', 'amount'],
      ['appraisal.bottom', 'Xã xếp cuối', 'text'],
      ['appraisal.bottomScore', 'Điểm của xã xếp cuối', 'amount'],
      ['appraisal.below70', 'Số xã dưới 70 điểm', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Chỉ số CCHC cấp xã' })),
  ...(
    [
      ['procedures.district', 'TTHC thuộc thẩm quyền cấp huyện đang công bố', 'count'],
      ['procedures.districtOnline', 'TTHC cấp huyện có dịch vụ công trực tuyến', 'count'],
      ['procedures.districtFull', 'Trong đó toàn trình', 'count'],
      ['procedures.districtPartial', 'Trong đó một phần', 'count'],
      ['procedures.commune', 'TTHC thuộc thẩm quyền cấp xã đang công bố', 'count'],
      ['procedures.communeOnline', 'TTHC cấp xã có dịch vụ công trực tuyến', 'count'],
      ['procedures.communeFull', 'Trong đó toàn trình', 'count'],
      ['procedures.communePartial', 'Trong đó một phần', 'count'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Thủ tục hành chính' })),
  ...STAT_KEYS.map(([s, label, type]) => ({ key: `desk.${s}`, label: `${label} — tại bộ phận một cửa của đơn vị`, type, group: 'Hồ sơ tại đơn vị (cấp huyện)' })),
  ...STAT_KEYS.map(([s, label, type]) => ({ key: `below.${s}`, label: `${label} — cộng các đơn vị trực thuộc`, type, group: 'Hồ sơ các đơn vị trực thuộc (cấp xã)' })),
  ...(
    [
      ['all.digitised', 'Hồ sơ mới có thành phần được số hóa (đơn vị và trực thuộc)', 'count'],
      ['all.digitisedRate', 'Tỷ lệ hồ sơ mới được số hóa (%)', 'percent'],
    ] as const
  ).map(([key, label, type]) => ({ key, label, type, group: 'Số hóa hồ sơ' })),
  { key: 'figures.locked', label: '1 nếu số liệu định kỳ của kỳ đã khóa', type: 'flag', group: 'Số liệu định kỳ' },
];

/**
 * The key of a periodic figure: `fig.` and its code with snake_case words joined in camelCase
 * (legal.drafts_commented → fig.legal.draftsCommented). Keys never contain "_": the database layer
 * (Kysely's CamelCasePlugin) rewrites snake_case keys inside JSON it reads back.
 */
export const figureKey = (code: string) => `fig.${code.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`;

const FIGURE_KEY_TYPE: Record<FigureDefinition['kind'], KeyType> = { count: 'count', amount: 'amount', percent: 'percent', rate: 'percent' };

/** Every key a template may use: the fixed ones and `fig.<code>` of the latest figure catalogue. */
export async function dataKeyCatalogue(db: Db | Tx): Promise<DataKey[]> {
  const catalogue = await getCatalogue(db);
  return [
    ...STATIC_KEYS,
    ...catalogue.definitions.map((d) => ({ key: figureKey(d.code), label: `${d.name} (${d.measure})`, type: FIGURE_KEY_TYPE[d.kind], group: `Số liệu định kỳ — ${d.section}` })),
  ];
}

// ---------------------------------------------------------------- collecting

const rate = (part: number, whole: number): number | undefined => (whole > 0 ? roundHalfUp((part * 100) / whole, 2) : undefined);

/** Puts a value unless it is missing (a missing figure prints "…", never a made-up 0). */
function put(out: ReportData, key: string, v: number | string | string[] | null | undefined): void {
  if (v !== undefined && v !== null) out[key] = v;
}

function statKeys(out: ReportData, prefix: 'desk' | 'below', s: DossierStats, ind: { fullOnlineDossiers: number; fullOnlineSubmittedOnline: number }, portalSubmitted: number): void {
  const inTime = s.resolvedEarly + s.resolvedOnTime;
  const ratings = s.ratedVerySatisfied + s.ratedSatisfied + s.ratedDissatisfied;
  const values: Record<string, number | undefined> = {
    receivedTotal: s.receivedTotal,
    receivedNew: s.receivedOnline + s.receivedDirect,
    receivedDirect: s.receivedDirect,
    receivedOnline: s.receivedOnline,
    carriedOver: s.carriedOver,
    resolvedTotal: s.resolvedTotal,
    resolvedInTime: inTime,
    resolvedInTimeRate: rate(inTime, s.resolvedTotal),
    resolvedOverdue: s.resolvedOverdue,
    inProgressTotal: s.inProgressTotal,
    inProgressOnTime: s.inProgressOnTime,
    inProgressOverdue: s.inProgressOverdue,
    awaitingSupplement: s.awaitingSupplement,
    awaitingObligation: s.awaitingObligation,
    returnedTotal: s.returnedTotal,
    refused: s.refusedAtReception,
    resultsByPost: s.resultsByPost,
    ratedVerySatisfied: s.ratedVerySatisfied,
    ratedSatisfied: s.ratedSatisfied,
    ratedDissatisfied: s.ratedDissatisfied,
    ratingsTotal: ratings,
    ratingsSatisfiedRate: rate(s.ratedVerySatisfied + s.ratedSatisfied, ratings),
    fullOnlineDossiers: ind.fullOnlineDossiers,
    fullOnlineOnline: ind.fullOnlineSubmittedOnline,
    fullOnlineRate: rate(ind.fullOnlineSubmittedOnline, ind.fullOnlineDossiers),
    onlineRate: rate(s.receivedOnline, s.receivedOnline + s.receivedDirect),
    portalSubmitted,
  };
  for (const [k, v] of Object.entries(values)) put(out, `${prefix}.${k}`, v);
}

/** "Xã Đức Lạng" → "Đức Lạng"; the district's own town "Thị trấn Đức Thọ" → "Thị trấn" (as reports list units). */
export function shortUnitName(name: string, districtPlace: string): string {
  const m = /^(Xã|Phường|Thị trấn)\s+(.+)$/.exec(name);
  if (!m) return name;
  return m[1] === 'Thị trấn' && m[2] === districtPlace ? 'Thị trấn' : m[2]!;
}

/** "đầu tháng 7/2023" (day 1–10), "giữa tháng …" (11–20), "cuối tháng …". */
function partOfMonth(date: string): string {
  const day = Number(date.slice(8, 10));
  return `${day <= 10 ? 'đầu' : day <= 20 ? 'giữa' : 'cuối'} tháng ${Number(date.slice(5, 7))}/${date.slice(0, 4)}`;
}

/**
 * The figures snapshot of a unit (a People's Committee) for a period. Reads only; the caller has
 * checked the actor's scope. Pass the transaction when inside one (PGlite has one connection).
 */
export async function collectReportData(db: Db | Tx, unit: UnitRow, kind: ReportKind, period: Period): Promise<ReportData> {
  const q = db as Db;
  const out: ReportData = {};
  const labels = periodLabels(kind, period);
  const range = { unit: unit.code, from: period.from, to: period.to };

  Object.assign(out, {
    // A year is written without a thousands separator.
    'period.year': String(labels.year),
    'period.from': period.from,
    'period.to': period.to,
    'period.label': labels.label,
    'period.labelShort': labels.short,
    'period.nextLabel': labels.next,
    'period.titlePhrase': labels.titlePhrase,
    'unit.code': unit.code,
    'unit.name': unit.name,
    'unit.inSentence': inSentence(unit),
    'unit.place': placeOf(unit),
    'unit.kind': unit.kind.replace(/\s*\(.*\)\s*$/, '').toLocaleLowerCase('vi'),
    'unit.committee': committeeName(unit),
    'unit.committeeShort': `UBND ${unit.kind.replace(/\s*\(.*\)\s*$/, '').toLocaleLowerCase('vi')}`,
    'unit.isDistrict': unit.level === 'district' ? 1 : 0,
    'unit.isCommune': unit.level === 'commune' ? 1 : 0,
  } satisfies ReportData);
  const below = await findDescendants(q, unit.id, period.from, period.to);
  out['units.communes'] = below.filter((u) => u.level === 'commune').length;

  // Dossiers: the unit's own desk and the sum over the units below (the seed's "Tại cấp huyện" /
  // "Tại cấp xã"), exactly as the statistics API and the dashboard count them.
  const stats = await dossierStats(q, range);
  const indicators = await dossierIndicators(q, range);
  const { start, cutoff } = periodBounds(period);
  const portal = await repo.portalSubmissions(q, unit.id, below.map((u) => u.id), new Date(start), new Date(cutoff));
  statKeys(out, 'desk', stats.self, indicators.self, portal.self);
  statKeys(out, 'below', stats.children, indicators.children, portal.below);
  const digitised = indicators.self.digitised + indicators.children.digitised;
  out['all.digitised'] = digitised;
  put(out, 'all.digitisedRate', rate(digitised, indicators.self.receivedNew + indicators.children.receivedNew));

  const procedures = await countProcedures(q);
  for (const level of ['district', 'commune'] as const) {
    const c = procedures[level];
    Object.assign(out, { [`procedures.${level}`]: c.published, [`procedures.${level}Online`]: c.online, [`procedures.${level}Full`]: c.full, [`procedures.${level}Partial`]: c.partial });
  }

  // The unit's own annual reform plan (of the period's year), progress at the end of the period.
  const plan = await plansRepo.findPlanByUnitYear(q, unit.id, labels.year);
  if (plan) {
    const p = await planProgress(q, SYSTEM, plan.id, period.to);
    Object.assign(out, {
      'plan.number': plan.documentNumber,
      'plan.date': plan.documentDate,
      'plan.tasksTotal': p.tasks.total,
      'plan.tasksDone': p.tasks.done,
      'plan.activitiesTotal': p.activities.total,
      'plan.activitiesDone': p.activities.done,
      'plan.overdue': p.overdue.length,
    });
    put(out, 'plan.tasksRate', rate(p.tasks.done, p.tasks.total));
    put(out, 'plan.activitiesRate', rate(p.activities.done, p.activities.total));
  }
  // The annual plan of the unit above (the province's, for a district), when it is in the plans
  // module: the document the unit's own plan is based on ("Căn cứ Quyết định số 2629/QĐ-UBND…").
  const parent = unit.parentId === null ? undefined : await repo.findUnit(q, unit.parentId);
  const parentPlan = parent ? await plansRepo.findPlanByUnitYear(q, parent.id, labels.year) : undefined;
  if (parent && parentPlan) {
    Object.assign(out, {
      'parentPlan.number': parentPlan.documentNumber,
      'parentPlan.date': parentPlan.documentDate,
      'parentPlan.kind': documentKindOf(parentPlan.documentNumber),
      'parentPlan.title': parentPlan.title,
      'parentPlan.committee': committeeName(parent),
    });
  }

  const a = await assignmentStats(q, SYSTEM, range);
  Object.assign(out, {
    'assignments.total': a.withDeadline,
    'assignments.onTime': a.onTime.count,
    'assignments.late': a.late.count,
    'assignments.lateItems': a.lateItems.map((i) => i.content),
    'assignments.overdue': a.overdue.count,
    'assignments.overdueItems': a.overdueItems.map((i) => i.content),
    'assignments.notDue': a.notDue.count,
  });
  put(out, 'assignments.onTimeRate', rate(a.onTime.count, a.withDeadline));
  put(out, 'assignments.lateRate', rate(a.late.count, a.withDeadline));
  put(out, 'assignments.overdueRate', rate(a.overdue.count, a.withDeadline));

  const documents = await countDocuments(q, SYSTEM, range);
  out['directives.count'] = documents.self.total;
  out['directives.belowCount'] = documents.children.total;
  const yearStart = `${labels.year}-01-01`;
  const issued = await repo.documentsIssued(q, unit.id, period.from < yearStart ? period.from : yearStart, period.to);
  for (const { topic, words } of DIRECTIVE_TOPICS) {
    const doc = issued.find((d) => words.some((w) => foldVietnamese(d.excerpt).includes(foldVietnamese(w))));
    if (!doc) continue;
    const type = doc.type as keyof typeof DOCUMENT_TYPE_LABELS_VI;
    Object.assign(out, {
      [`directives.${topic}.number`]: doc.number,
      [`directives.${topic}.date`]: doc.issuedOn,
      [`directives.${topic}.kind`]: type === 'other' ? 'Văn bản' : (DOCUMENT_TYPE_LABELS_VI[type] ?? 'Văn bản'),
      [`directives.${topic}.excerpt`]: doc.excerpt,
    });
  }

  const inspections = await listPlans(q, SYSTEM, range);
  out['inspection.plans'] = inspections.items.length;
  const first = inspections.items[0];
  if (first) {
    const pending = first.targets.filter((t) => t.inspectedOn === null || t.inspectedOn > period.to);
    const place = placeOf(unit);
    Object.assign(out, {
      'inspection.number': first.number,
      'inspection.date': first.issuedOn,
      'inspection.subject': first.subject,
      'inspection.planned': first.targets.length,
      'inspection.done': first.targets.length - pending.length,
      'inspection.pending': pending.length,
      'inspection.units': first.targets.map((t) => shortUnitName(t.unitName, place)),
    });
    put(out, 'inspection.round', first.round);
    const last = pending.map((t) => t.scheduledOn).filter((d): d is string => d !== null).sort().pop();
    if (last) out['inspection.expectedEnd'] = partOfMonth(last);
  }

  const communications = await listCommunications(q, SYSTEM, range);
  out['communications.activities'] = communications.activities;
  out['communications.channels'] = communications.items.map((c) => c.description);
  const basis = communications.items.map((c) => c.basis).find((b): b is string => Boolean(b));
  if (basis) {
    const doc = await repo.findDocumentByNumber(q, unit.id, basis);
    out['communications.basis'] = doc ? `${basis} ngày ${formatDay(doc.issuedOn)}` : basis;
  }

  const initiatives = await listInitiatives(q, SYSTEM, range);
  out['initiatives.count'] = initiatives.total;
  out['initiatives.models'] = initiatives.byKind['model'] ?? 0;

  const feedback = await repo.regulationFeedback(q, [unit.id, ...below.map((u) => u.id)], new Date(start), new Date(cutoff));
  out['feedback.regulation'] = feedback.received;
  out['feedback.regulationReplied'] = feedback.replied;

  // The commune reform index (issue #6): the latest round the district published by the period's
  // end — this year's, else last year's (a mid-year report quotes the previous year's index).
  if (unit.level === 'district') {
    for (const year of [labels.year, labels.year - 1]) {
      const r = await appraisalResults(q, unit.code, year);
      if (!r || r.items.length === 0 || !r.publishedAt || r.publishedAt.slice(0, 10) > period.to) continue;
      const ranked = r.items.filter((i) => i.rank !== null).sort((a, b) => a.rank! - b.rank!);
      if (ranked.length === 0) continue;
      const place = placeOf(unit);
      Object.assign(out, {
        'appraisal.year': String(year),
        'appraisal.communes': ranked.length,
        'appraisal.average': roundHalfUp(r.average?.total ?? ranked.reduce((s, i) => s + i.total, 0) / ranked.length, 2),
        'appraisal.top': shortUnitName(ranked[0]!.unit.name, place),
        'appraisal.topScore': ranked[0]!.total,
        'appraisal.bottom': shortUnitName(ranked[ranked.length - 1]!.unit.name, place),
        'appraisal.bottomScore': ranked[ranked.length - 1]!.total,
        'appraisal.below70': ranked.filter((i) => i.total < 70).length,
      } satisfies ReportData);
      break;
    }
  }

  // The periodic figures form exists for named periods only; rates are computed from its values.
  if (period.name && unit.level !== 'department') {
    const form = await getForm(q, SYSTEM, unit.code, period.name);
    out['figures.locked'] = form.status === 'locked' ? 1 : 0;
    for (const f of form.figures) put(out, figureKey(f.code), f.value);
  }
  return out;
}
