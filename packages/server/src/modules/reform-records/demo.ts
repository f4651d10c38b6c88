/**
 * Demo data of issue #4 (directives, inspections, initiatives, communication, periodic figures)
 * for huyện Đức Thọ (440), H1 2023 (15/12/2022–14/06/2023), from the seed report
 * (shared/seed/000_0b56932ce5c418ee.txt). Records the report names are marked "Nêu trong báo
 * cáo"; the others are illustrative (the report gives only a total) and say so in `note`.
 * Idempotent: existing records are left as they are.
 */
import type { Db } from '../../db/database.js';
import { SYSTEM } from '../auth/policy.js';
import { getCatalogue, lockForm, putValues } from '../figures/service.js';
import * as service from './service.js';
import type { CommunicationBody, DocumentBody, InitiativeBody } from './schema.js';

const NAMED = 'Nêu trong báo cáo CCHC 6 tháng đầu năm 2023';
const ILLUSTRATIVE = 'Dữ liệu minh họa: báo cáo chỉ nêu tổng số 37 văn bản, không nêu văn bản này';
const ACTOR = { ...SYSTEM, name: 'demo' };

type Doc = Omit<DocumentBody, 'unit' | 'note'> & { named: boolean };
const d = (number: string, issuedOn: string, type: DocumentBody['type'], excerpt: string, named = false): Doc => ({ number, issuedOn, type, excerpt, named });

/** The 37 directing documents of H1 2023: 13 named by the report, 24 illustrative. */
export const DEMO_DOCUMENTS: Doc[] = [
  d('4514/KH-UBND', '2022-12-27', 'plan', 'Kế hoạch chuyển đổi số huyện Đức Thọ năm 2023', true),
  d('4620/UBND-NV', '2022-12-30', 'official_letter', 'Xây dựng kế hoạch cải cách hành chính năm 2023 tại các xã, thị trấn'),
  d('12/TB-UBND', '2023-01-04', 'notice', 'Kết luận của Chủ tịch UBND huyện tại hội nghị tổng kết công tác CCHC năm 2022'),
  d('45/UBND-NV', '2023-01-09', 'official_letter', 'Khắc phục tồn tại, hạn chế trong công tác cải cách hành chính năm 2022'),
  d('74/KH-UBND', '2023-01-11', 'plan', 'Kế hoạch tuyên truyền cải cách hành chính huyện Đức Thọ năm 2023', true),
  d('98/QĐ-UBND', '2023-01-16', 'decision', 'Kiện toàn Ban Chỉ đạo cải cách hành chính huyện'),
  d('111/KH-UBND', '2023-01-17', 'plan', 'Ban hành Kế hoạch cải cách hành chính huyện Đức Thọ năm 2023', true),
  d('121/KH-UBND', '2023-01-19', 'plan', 'Kế hoạch khắc phục tồn tại, hạn chế cải cách hành chính năm 2022'),
  d('136/UBND-NV', '2023-01-31', 'official_letter', 'Ký cam kết thực hiện Quyết định số 52/2017/QĐ-UBND về kỷ luật, kỷ cương hành chính', true),
  d('180/UBND-VP', '2023-02-07', 'official_letter', 'Chấn chỉnh việc tiếp nhận, giải quyết TTHC tại bộ phận một cửa cấp xã'),
  d('205/KH-UBND', '2023-02-09', 'plan', 'Kế hoạch kiểm soát thủ tục hành chính năm 2023'),
  d('238/QĐ-UBND', '2023-02-13', 'decision', 'Thành lập Tổ giúp việc Ban Chỉ đạo chuyển đổi số huyện Đức Thọ', true),
  d('239/QĐ-UBND', '2023-02-13', 'decision', 'Bổ sung, thay thế thành viên Ban Chỉ đạo chuyển đổi số huyện Đức Thọ', true),
  d('262/UBND-TP', '2023-02-15', 'official_letter', 'Góp ý dự thảo văn bản quy phạm pháp luật theo đề nghị của cấp trên'),
  d('290/KH-UBND', '2023-02-17', 'plan', 'Kế hoạch phổ biến, giáo dục pháp luật năm 2023'),
  d('318/KH-UBND', '2023-02-21', 'plan', 'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2023'),
  d('340/KH-UBND', '2023-02-23', 'plan', 'Duy trì, xây dựng và áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015', true),
  d('354/UBND-VH', '2023-02-24', 'official_letter', 'Rà soát, đề nghị cấp mới, thu hồi và thay đổi thông tin chữ ký số cho tổ chức, cá nhân', true),
  d('402/UBND-VP', '2023-03-02', 'official_letter', 'Rà soát, niêm yết công khai thủ tục hành chính tại bộ phận một cửa'),
  d('445/UBND-NV', '2023-03-07', 'official_letter', 'Lựa chọn xây dựng, áp dụng sáng kiến, mô hình, cách làm hay trong cải cách hành chính', true),
  d('467/UBND-VHTT', '2023-03-08', 'official_letter', 'Triển khai thực hiện Chỉ thị số 23/CT-TTg ngày 26/12/2022 của Thủ tướng Chính phủ', true),
  d('512/UBND-NV', '2023-03-14', 'official_letter', 'Thực hiện chế độ báo cáo cải cách hành chính quý I năm 2023'),
  d('560/KH-UBND', '2023-03-17', 'plan', 'Kế hoạch triển khai Đề án 06 trên địa bàn huyện năm 2023'),
  d('612/UBND-TCKH', '2023-03-22', 'official_letter', 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023'),
  d('02/CT-UBND', '2023-03-24', 'directive', 'Tăng cường kỷ luật, kỷ cương hành chính trong cơ quan hành chính nhà nước'),
  d('690/UBND-VH', '2023-03-28', 'official_letter', 'Triển khai thanh toán trực tuyến phí, lệ phí thủ tục hành chính'),
  d('730/KH-UBND', '2023-03-31', 'plan', 'Kiểm tra, đánh giá công tác cải cách hành chính nhà nước; dân chủ cơ sở năm 2023', true),
  d('768/UBND-NV', '2023-04-05', 'official_letter', 'Rà soát, hoàn thiện đề án vị trí việc làm'),
  d('805/UBND-VH', '2023-04-10', 'official_letter', 'Đẩy mạnh tuyên truyền Đề án 06', true),
  d('905/UBND-VP', '2023-04-19', 'official_letter', 'Đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'),
  d('952/QĐ-UBND', '2023-04-24', 'decision', 'Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2023'),
  d('1010/UBND-NV', '2023-04-27', 'official_letter', 'Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính'),
  d('1088/KH-UBND', '2023-05-04', 'plan', 'Tập huấn kỹ năng chuyển đổi số, dịch vụ công trực tuyến, nền tảng số và kỹ năng ứng dụng CNTT cho người dân, doanh nghiệp, cán bộ cấp xã năm 2023', true),
  d('1150/UBND-VP', '2023-05-12', 'official_letter', 'Tăng cường tiếp nhận, giải quyết hồ sơ qua dịch vụ công trực tuyến toàn trình'),
  d('1232/UBND-TP', '2023-05-22', 'official_letter', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật'),
  d('1305/UBND-NV', '2023-05-31', 'official_letter', 'Xây dựng báo cáo cải cách hành chính 6 tháng đầu năm 2023'),
  d('1360/UBND-VH', '2023-06-07', 'official_letter', 'Bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước'),
];

/** Plan 730/KH-UBND, round I/2023: the 10 units the report names (schedule: illustrative, "dự kiến hoàn thành đầu tháng 7/2023"). */
export const DEMO_INSPECTED = [
  ['18307', 'Đức Lạng', '2023-06-19'],
  ['18283', 'Tân Dân', '2023-06-20'],
  ['18310', 'Tân Hương', '2023-06-21'],
  ['18253', 'Yên Hồ', '2023-06-22'],
  ['18235', 'Quang Vĩnh', '2023-06-23'],
  ['18229', 'Thị trấn', '2023-06-26'],
  ['18259', 'Tùng Ảnh', '2023-06-27'],
  ['18244', 'Trường Sơn', '2023-06-28'],
  ['18247', 'Liên Minh', '2023-06-29'],
  ['18241', 'Tùng Châu', '2023-07-03'],
] as const;

const INITIATIVE_NOTE = 'Dữ liệu minh họa: báo cáo nêu "đã đăng ký: 6 mô hình" (theo Văn bản 445/UBND-NV ngày 07/3/2023) nhưng không nêu tên; tên và đơn vị là giả định';
/** The 6 registered models: the report gives the count only, so all six are illustrative. */
export const DEMO_INITIATIVES: Array<Omit<InitiativeBody, 'note' | 'status'> & { status: InitiativeBody['status'] }> = [
  { unit: '440-NV', name: 'Số hóa hồ sơ cán bộ, công chức, viên chức', kind: 'model', area: 'Cải cách công vụ', registeredOn: '2023-03-20', status: 'in_progress' },
  { unit: '440-VP', name: 'Trung tâm hành chính công thân thiện: hỗ trợ nộp hồ sơ trực tuyến ngay tại quầy', kind: 'model', area: 'Cải cách thủ tục hành chính', registeredOn: '2023-03-20', status: 'in_progress' },
  { unit: '440-TP', name: 'Tuyên truyền pháp luật qua trang Facebook "Tư pháp Đức Thọ"', kind: 'model', area: 'Cải cách thể chế', registeredOn: '2023-03-22', status: 'in_progress' },
  { unit: '18229', name: 'Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công trực tuyến tại tổ dân phố', kind: 'model', area: 'Chính quyền số', registeredOn: '2023-03-24', status: 'registered' },
  { unit: '18259', name: 'Thanh toán không dùng tiền mặt phí, lệ phí thủ tục hành chính', kind: 'model', area: 'Cải cách tài chính công', registeredOn: '2023-03-27', status: 'registered' },
  { unit: '18253', name: 'Tra cứu kết quả giải quyết thủ tục hành chính qua Zalo của UBND xã', kind: 'model', area: 'Chính quyền số', registeredOn: '2023-03-28', status: 'registered' },
];

const PLAN_74 = '74/KH-UBND';
/** The propaganda channels of Kế hoạch 74/KH-UBND (section I.4); counts only where the report gives one. */
export const DEMO_COMMUNICATIONS: Array<Omit<CommunicationBody, 'unit' | 'fromDate' | 'toDate' | 'basis'>> = [
  { channel: 'bulletin', description: 'Bản tin Ban Chấp hành Đảng bộ huyện' },
  { channel: 'portal', description: 'Cổng Thông tin điện tử huyện http://www.ductho.hatinh.gov.vn' },
  { channel: 'radio_tv', description: 'Đài Truyền thanh - Truyền hình huyện' },
  { channel: 'grassroots_radio', description: 'Hệ thống truyền thanh cơ sở các xã, thị trấn' },
  { channel: 'notice_board', description: 'Bảng biểu niêm yết tại Trung tâm hành chính công huyện, bộ phận một cửa cấp xã và nhà văn hóa thôn, tổ dân phố', count: 172, note: '172 = 1 Trung tâm hành chính công + 16 bộ phận một cửa cấp xã + 155 nhà văn hóa thôn, tổ dân phố (số nhà văn hóa nêu trong báo cáo)' },
  { channel: 'poster', description: 'Hệ thống pano, áp phích' },
  { channel: 'meeting', description: 'Lồng ghép trong hội họp, gửi văn bản' },
  { channel: 'library', description: 'Tuyên truyền tại thư viện các xã, thị trấn' },
  { channel: 'digital_team', description: 'Tuyên truyền qua các tổ công nghệ số cộng đồng' },
];

/** Every section-II figure of the seed (values as the report gives them; rates are computed). */
export const DEMO_FIGURES_2023_H1: Record<string, number> = {
  'legal.qppl_issued': 0,
  'legal.drafts_commented': 9,
  'violations.cases': 14,
  'violations.persons': 20,
  'violations.fines': 397_346_000,
  'violations.remedies': 1,
  'pbgdpl.leaflets': 1200,
  'pbgdpl.trainings': 3,
  'pbgdpl.training_participants': 620,
  'pbgdpl.joint_events': 7,
  'pbgdpl.joint_participants': 650,
  'pbgdpl.events': 9,
  'pbgdpl.event_participants': 910,
  'pbgdpl.clubs': 2,
  'pbgdpl.facebook_pages': 16,
  'pbgdpl.articles': 6,
  'org.departments': 12,
  'org.service_units': 5,
  'staff.district_quota': 75,
  'staff.district_present': 73,
  'staff.district_contract68': 4,
  'staff.commune_quota': 318,
  'staff.commune_present': 374,
  'staff.commune_surplus': 56,
  'staff.commune_surplus_cadres': 16,
  'staff.commune_surplus_civil': 40,
  'staff.public_quota': 101,
  'staff.public_self_financed': 18,
  'staff.public_self_financed_bqlda': 15,
  'staff.public_self_financed_ttvhtt': 2,
  'staff.public_self_financed_gdnn': 1,
  'staff.public_contract68': 1,
  'staff.public_present': 88,
  'staff.health_quota': 149,
  'staff.health_present': 146,
  'staff.education_quota': 1411,
  'staff.education_present': 1411,
  'civil.job_schemes_admin': 1,
  'civil.job_schemes_public': 3,
  'civil.job_schemes_pending': 2,
  'civil.recruited': 0,
  'civil.appointed_new': 9,
  'civil.reappointed': 2,
  'civil.discipline_inspected_units': 7,
  'civil.disciplined': 2,
  'training.defence': 20,
  'training.defence_district': 4,
  'training.defence_public': 1,
  'training.defence_commune': 15,
  'training.professional': 16,
  'training.teacher_title': 710,
  'invest.plan': 146.25,
  'invest.plan_district': 80.5,
  'invest.plan_commune': 65.75,
  'invest.disbursed': 54.02,
  'invest.disbursed_district': 39.278,
  'invest.disbursed_commune': 14.742,
  'finance.autonomy_agencies': 8,
  'finance.autonomy_agencies_party': 1,
  'finance.autonomy_agencies_state': 2,
  'finance.autonomy_agencies_mass': 5,
  'finance.autonomy_communes': 16,
  'finance.internal_rules_units': 24,
  'finance.public_units_autonomy': 64,
  'finance.public_units_agencies': 6,
  'finance.public_units_schools': 58,
  'finance.public_units_full': 1,
  'finance.public_units_partial': 21,
  'finance.public_units_rules': 64,
  'egov.computers_district': 100,
  'egov.computers_commune': 98,
  'egov.computers_affiliated': 100,
  'egov.internet_district': 100,
  'egov.internet_commune': 100,
  'egov.internet_affiliated': 100,
  // The report says "đạt trên 100%"; a share cannot exceed 100%.
  'egov.edocs_province': 100,
  'egov.edocs_internal': 99,
  'egov.edocs_commune': 70,
  'egov.portal_dossiers': 1868,
  'iso.maintained': 21,
  'iso.maintained_district': 1,
  'iso.maintained_communes': 16,
  'iso.maintained_service_units': 1,
  'iso.maintained_schools': 3,
  'iso.new': 5,
  'enterprise.founded': 15,
  'enterprise.plan': 20,
  'enterprise.budget_contribution': 39.033,
  'enterprise.budget_contribution_plan': 60.7,
  'revenue.total': 80.404,
  'revenue.land': 41.371,
  'revenue.plan': 310,
};

/** Seeds the demo reform records and the locked 2023-H1 figures of huyện Đức Thọ (idempotent). */
export async function seedReformRecordsDemo(db: Db, log: (msg: string) => void = () => {}): Promise<{ documents: number; inspected: number; initiatives: number; communications: number; figures: number }> {
  const out = { documents: 0, inspected: 0, initiatives: 0, communications: 0, figures: 0 };
  await db.transaction().execute(async (tx) => {
    const district = await tx.selectFrom('units').select('id').where('code', '=', '440').where('validFrom', '<=', '2023-01-01').orderBy('validFrom', 'desc').executeTakeFirst();
    if (!district) return;
    for (const doc of DEMO_DOCUMENTS) {
      const exists = await tx.selectFrom('reformDocuments').select('id').where('unitId', '=', district.id).where('number', '=', doc.number).where('issuedOn', '=', doc.issuedOn).executeTakeFirst();
      if (exists) continue;
      const { named, ...body } = doc;
      await service.createDocument(tx, ACTOR, { ...body, unit: '440', note: named ? NAMED : ILLUSTRATIVE });
      out.documents++;
    }
    const plan = await tx.selectFrom('inspectionPlans').select('id').where('unitId', '=', district.id).where('number', '=', '730/KH-UBND').executeTakeFirst();
    if (!plan) {
      await service.createPlan(tx, ACTOR, {
        unit: '440',
        number: '730/KH-UBND',
        issuedOn: '2023-03-31',
        subject: 'Kiểm tra, đánh giá công tác cải cách hành chính nhà nước; dân chủ cơ sở năm 2023',
        round: 'Đợt I/2023',
        note: `${NAMED}; lịch kiểm tra từng đơn vị là minh họa (báo cáo: dự kiến hoàn thành đầu tháng 7/2023)`,
        targets: DEMO_INSPECTED.map(([unit, , scheduledOn]) => ({ unit, scheduledOn })),
      });
      out.inspected = DEMO_INSPECTED.length;
    }
    for (const i of DEMO_INITIATIVES) {
      const unit = await tx.selectFrom('units').select('id').where('code', '=', i.unit).orderBy('validFrom').executeTakeFirst();
      if (!unit || (await tx.selectFrom('initiatives').select('id').where('unitId', '=', unit.id).where('name', '=', i.name).executeTakeFirst())) continue;
      await service.createInitiative(tx, ACTOR, { ...i, note: INITIATIVE_NOTE });
      out.initiatives++;
    }
    const hasCommunications = await tx.selectFrom('communicationActivities').select('id').where('unitId', '=', district.id).where('basis', '=', PLAN_74).executeTakeFirst();
    if (!hasCommunications) {
      for (const c of DEMO_COMMUNICATIONS) {
        await service.createCommunication(tx, ACTOR, { ...c, unit: '440', fromDate: '2023-01-11', toDate: '2023-06-14', basis: PLAN_74, note: c.note ?? NAMED });
        out.communications++;
      }
    }
    const form = await tx.selectFrom('figureForms').select('id').where('unitId', '=', district.id).where('period', '=', '2023-H1').executeTakeFirst();
    if (!form) {
      const catalogue = await getCatalogue(tx);
      const known = new Set(catalogue.definitions.map((f) => f.code));
      const values = Object.fromEntries(Object.entries(DEMO_FIGURES_2023_H1).filter(([code]) => known.has(code)));
      await putValues(tx, ACTOR, '440', '2023-H1', values);
      await lockForm(tx, ACTOR, '440', '2023-H1');
      out.figures = Object.keys(values).length;
    }
  });
  if (out.documents + out.inspected + out.initiatives + out.communications + out.figures) {
    log(`CCHC: ${out.documents} văn bản chỉ đạo, ${out.inspected} đơn vị được kiểm tra, ${out.initiatives} mô hình, ${out.communications} hình thức tuyên truyền, ${out.figures} chỉ tiêu số liệu 2023-H1`);
  }
  return out;
}
