import { APPRAISAL_SURVEY_MAX, APPRAISAL_TEMPLATE_MARK, type AppraisalAreaDef, type AppraisalCriterionDef, type AppraisalSetDef } from '@motcua/core';

/**
 * The STRUCTURE of Hà Tĩnh's commune reform index (Quyết định 52/2019/QĐ-UBND: 9 areas, 34
 * criteria, 70 points of criteria + 30 of the sociological survey) as a template. The official
 * wording of the criteria was not available (shared/domain/regulations-research.md §7 lists the
 * structure only): names are plausible labels and every guidance / evidence text says it must be
 * completed from the official text. The maxima per area and criterion are this template's own
 * split of the 70 points, not the decision's, and are edited with the texts.
 */
export const TEMPLATE_NAME = `Bộ tiêu chí chỉ số CCHC cấp xã — mẫu cấu trúc 9 lĩnh vực, 34 tiêu chí (${APPRAISAL_TEMPLATE_MARK})`;
export const TEMPLATE_BASIS = 'Quyết định 52/2019/QĐ-UBND ngày 24/9/2019 của UBND tỉnh Hà Tĩnh (cấu trúc); nội dung tiêu chí cần hoàn thiện theo văn bản';

const PENDING = `Mẫu — ${APPRAISAL_TEMPLATE_MARK}.`;
const FROM_DATA = 'Điểm đề xuất theo số liệu MotCua: tỷ lệ × điểm tối đa, làm tròn xuống bội số 0,25 (quy tắc của mẫu';

type Row = [code: string, name: string, maxPoints: number, source?: AppraisalCriterionDef['source']];

function criterion([code, name, maxPoints, source]: Row): AppraisalCriterionDef {
  return {
    code,
    name,
    maxPoints,
    guidance: source ? `${FROM_DATA}, ${APPRAISAL_TEMPLATE_MARK}).` : `Cách chấm điểm: ${PENDING}`,
    evidence: `Tài liệu kiểm chứng: ${PENDING}`,
    ...(source ? { source } : {}),
  };
}

const AREAS: Array<[code: string, name: string, maxPoints: number, rows: Row[]]> = [
  ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 10, [
    ['1.1', 'Kế hoạch cải cách hành chính năm của UBND xã', 2.5],
    ['1.2', 'Mức độ thực hiện kế hoạch cải cách hành chính năm', 3, 'plan.task_rate'],
    ['1.3', 'Báo cáo cải cách hành chính định kỳ', 1.5],
    ['1.4', 'Thực hiện nhiệm vụ được UBND cấp trên giao', 3, 'assignments.on_time_rate'],
  ]],
  ['2', 'Cải cách thể chế', 6, [
    ['2.1', 'Xây dựng, ban hành văn bản thuộc thẩm quyền', 2],
    ['2.2', 'Rà soát, hệ thống hóa văn bản', 2],
    ['2.3', 'Tổ chức thực hiện, theo dõi thi hành pháp luật', 2],
  ]],
  ['3', 'Cải cách thủ tục hành chính', 12, [
    ['3.1', 'Công khai thủ tục hành chính', 2],
    ['3.2', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn', 3, 'dossiers.on_time_rate'],
    ['3.3', 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', 2],
    ['3.4', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 2, 'dossiers.digitisation_rate'],
    ['3.5', 'Xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn', 1],
    ['3.6', 'Rà soát, đơn giản hóa thủ tục hành chính', 2],
  ]],
  ['4', 'Cải cách tổ chức bộ máy hành chính', 5, [
    ['4.1', 'Thực hiện quy định về tổ chức bộ máy, bố trí cán bộ', 2],
    ['4.2', 'Thực hiện phân cấp, ủy quyền', 1.5],
    ['4.3', 'Quy chế làm việc của UBND xã', 1.5],
  ]],
  ['5', 'Cải cách chế độ công vụ', 9, [
    ['5.1', 'Bố trí cán bộ, công chức theo vị trí việc làm', 2.5],
    ['5.2', 'Đào tạo, bồi dưỡng cán bộ, công chức', 2],
    ['5.3', 'Kỷ luật, kỷ cương hành chính', 2.5],
    ['5.4', 'Đánh giá, xếp loại cán bộ, công chức', 2],
  ]],
  ['6', 'Cải cách tài chính công', 6, [
    ['6.1', 'Thực hiện dự toán thu, chi ngân sách', 2],
    ['6.2', 'Quy chế chi tiêu nội bộ, công khai tài chính', 2],
    ['6.3', 'Quản lý, sử dụng tài sản công', 2],
  ]],
  ['7', 'Xây dựng, phát triển chính quyền điện tử, chính quyền số', 8, [
    ['7.1', 'Ứng dụng công nghệ thông tin trong hoạt động của UBND xã', 2],
    ['7.2', 'Văn bản điện tử, chữ ký số', 2],
    ['7.3', 'Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến', 2.5, 'dossiers.online_share'],
    ['7.4', 'Tổ công nghệ số cộng đồng, trang thông tin điện tử', 1.5],
  ]],
  ['8', 'Thực hiện cơ chế một cửa, một cửa liên thông', 8, [
    ['8.1', 'Bộ phận tiếp nhận và trả kết quả: cơ sở vật chất, bố trí công chức', 2],
    ['8.2', 'Thực hiện quy trình tiếp nhận, giải quyết, trả kết quả', 2],
    ['8.3', 'Mức độ hài lòng qua đánh giá trên hệ thống', 2, 'dossiers.satisfaction_rate'],
    ['8.4', 'Trả kết quả qua dịch vụ bưu chính công ích, liên thông', 2],
  ]],
  ['9', 'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội', 6, [
    ['9.1', 'Thực hiện thu ngân sách trên địa bàn', 2],
    ['9.2', 'Thực hiện các chỉ tiêu phát triển kinh tế - xã hội', 2],
    ['9.3', 'Mô hình, sáng kiến, giải pháp mới trong cải cách hành chính', 2],
  ]],
];

/** A fresh copy of the template (9 areas, 34 criteria, 70 + 30 points). */
export function appraisalTemplate(): AppraisalSetDef {
  const areas: AppraisalAreaDef[] = AREAS.map(([code, name, maxPoints, rows]) => ({ code, name, maxPoints, criteria: rows.map(criterion) }));
  return { surveyMax: APPRAISAL_SURVEY_MAX, areas };
}
