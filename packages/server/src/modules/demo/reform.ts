import type { ReformArea } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { SYSTEM } from '../auth/policy.js';
import { createAssignment } from '../assignments/service.js';
import { createPlan } from '../plans/service.js';
import type { CreateAssignmentBody } from '../assignments/schema.js';
import type { TaskInput } from '../plans/schema.js';

/**
 * The demo district's reform work of 2023, as the seed report (H1 2023) describes it:
 * - Kế hoạch CCHC 111/KH-UBND ngày 17/01/2023: 60 tasks, 75 activities; by 14/06/2023 16 tasks
 *   and 22 activities are done (26,67% and 29,33%; the seed truncates the first to 26,66%);
 * - 45 tasks with a deadline assigned by the province in H1 2023: 44 done on time, one late
 *   ("Rà soát hướng tuyến, vị trí nhà ga dự kiến của Dự án đường sắt cao tốc Bắc – Nam");
 *   plus standing tasks without a deadline and a few of H2;
 * - the plans of two communes (Thị trấn Đức Thọ, Xã Trường Sơn), which roll up to the district.
 * Texts follow the report's sections I and II.
 */

type Act = [content: string, doneOn?: string];
type DemoTask = [area: ReformArea, owner: string, deadline: string | null, content: string, output: string, activities: Act[], doneOn?: string, evidence?: string];

const ALL = ['Các phòng, ban, đơn vị thuộc UBND huyện', 'UBND các xã, thị trấn'];

// Owners: NV Nội vụ, VP Văn phòng HĐND-UBND, TP Tư pháp, TCKH Tài chính - Kế hoạch, VHTT Văn hóa và Thông tin.
const DISTRICT_TASKS: DemoTask[] = [
  // 0 — Chỉ đạo, điều hành (10)
  ['direction', '440-NV', '2023-01-31', 'Xây dựng, ban hành Kế hoạch cải cách hành chính huyện Đức Thọ năm 2023', 'Kế hoạch của UBND huyện',
    [['Xây dựng dự thảo kế hoạch, lấy ý kiến các phòng, ban, UBND các xã, thị trấn', '2023-01-12'], ['Trình UBND huyện ban hành kế hoạch', '2023-01-17']], '2023-01-17', 'Kế hoạch số 111/KH-UBND ngày 17/01/2023'],
  ['direction', '440-VHTT', '2023-01-31', 'Ban hành Kế hoạch tuyên truyền cải cách hành chính huyện Đức Thọ năm 2023', 'Kế hoạch của UBND huyện',
    [['Tham mưu ban hành kế hoạch tuyên truyền', '2023-01-11']], '2023-01-11', 'Kế hoạch số 74/KH-UBND ngày 11/01/2023'],
  ['direction', '440-NV', '2023-03-31', 'Ban hành Kế hoạch kiểm tra, đánh giá công tác cải cách hành chính nhà nước, dân chủ cơ sở năm 2023', 'Kế hoạch kiểm tra',
    [['Tham mưu ban hành kế hoạch kiểm tra', '2023-03-31']], '2023-03-31', 'Kế hoạch số 730/KH-UBND ngày 31/3/2023'],
  ['direction', '440-VP', '2023-02-15', 'Tổ chức hội nghị triển khai Kế hoạch CCHC năm 2023 và kế hoạch khắc phục tồn tại, hạn chế CCHC năm 2022', 'Hội nghị triển khai',
    [['Chuẩn bị nội dung, tài liệu hội nghị', '2023-01-30'], ['Tổ chức hội nghị triển khai', '2023-02-02']], '2023-02-02', 'Thông báo kết luận hội nghị ngày 02/02/2023'],
  ['direction', '440-NV', '2023-07-15', 'Kiểm tra công tác cải cách hành chính đợt I/2023 tại 10 xã, thị trấn (Đức Lạng, Tân Dân, Tân Hương, Yên Hồ, Quang Vĩnh, Thị trấn, Tùng Ảnh, Trường Sơn, Liên Minh, Tùng Châu)', 'Báo cáo kết quả kiểm tra',
    [['Thành lập đoàn kiểm tra, thông báo lịch kiểm tra', '2023-04-10'], ['Tổ chức kiểm tra tại các đơn vị, ban hành thông báo kết luận', '2023-07-06']], '2023-07-10'],
  ['direction', '440-NV', '2023-03-31', 'Phát động xây dựng, áp dụng mô hình, sáng kiến, giải pháp mới trong cải cách hành chính', 'Văn bản chỉ đạo; danh sách mô hình đăng ký',
    [['Ban hành văn bản phát động', '2023-03-07']], '2023-03-07', 'Văn bản số 445/UBND-NV ngày 07/3/2023'],
  ['direction', '440-NV', '2023-12-15', 'Xây dựng báo cáo cải cách hành chính định kỳ quý, 6 tháng, năm 2023', 'Báo cáo định kỳ',
    [['Tổng hợp, xây dựng báo cáo 6 tháng đầu năm', '2023-06-16'], ['Tổng hợp, xây dựng báo cáo năm 2023', '2023-12-12']], '2023-12-12'],
  ['direction', '440-VHTT', '2023-12-31', 'Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử huyện, Đài Truyền thanh - Truyền hình huyện và hệ thống truyền thanh cơ sở', 'Tin, bài, chuyên mục tuyên truyền',
    [['Duy trì chuyên mục cải cách hành chính trên Cổng thông tin điện tử huyện'], ['Niêm yết bảng biểu tuyên truyền tại 155 nhà văn hóa thôn, tổ dân phố']]],
  ['direction', '440-NV', '2023-12-31', 'Tự đánh giá, chấm điểm, xác định chỉ số cải cách hành chính năm 2023 của UBND huyện', 'Báo cáo tự đánh giá kèm tài liệu kiểm chứng',
    [['Hướng dẫn các phòng, ban chuẩn bị tài liệu kiểm chứng'], ['Tổng hợp, gửi báo cáo tự đánh giá về Sở Nội vụ']]],
  ['direction', '440-NV', '2023-06-30', 'Khắc phục tồn tại, hạn chế qua kết quả xác định chỉ số cải cách hành chính năm 2022', 'Báo cáo kết quả khắc phục',
    [['Rà soát các tiêu chí bị trừ điểm năm 2022, giao nhiệm vụ khắc phục']], '2023-06-28'],
  // 1 — Cải cách thể chế (7)
  ['institutions', '440-TP', '2023-12-31', 'Góp ý dự thảo văn bản quy phạm pháp luật theo yêu cầu của cơ quan cấp trên', 'Văn bản góp ý',
    [['Tổng hợp ý kiến các phòng, ban, trình UBND huyện ký văn bản góp ý'], ['Theo dõi, lưu trữ hồ sơ góp ý dự thảo văn bản']]],
  ['institutions', '440-TP', '2023-12-15', 'Tự kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND huyện và các xã, thị trấn', 'Báo cáo kết quả rà soát',
    [['Rà soát văn bản quy phạm pháp luật còn hiệu lực']]],
  ['institutions', '440-TP', '2023-11-30', 'Theo dõi tình hình thi hành pháp luật năm 2023 trên địa bàn huyện', 'Báo cáo theo dõi thi hành pháp luật',
    [['Xây dựng kế hoạch theo dõi thi hành pháp luật'], ['Kiểm tra tình hình thi hành pháp luật tại các xã']]],
  ['institutions', '440-TP', '2023-12-31', 'Kiểm tra tính pháp lý hồ sơ xử phạt vi phạm hành chính thuộc thẩm quyền của Chủ tịch UBND huyện; hướng dẫn các xã, thị trấn lập hồ sơ xử phạt', 'Hồ sơ xử phạt đúng quy định',
    [['Kiểm tra hồ sơ xử phạt vi phạm hành chính trước khi trình ký']]],
  ['institutions', '440-TP', '2023-01-31', 'Ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2023', 'Kế hoạch của UBND huyện',
    [['Tham mưu ban hành kế hoạch', '2023-01-20']], '2023-01-20'],
  ['institutions', '440-TP', '2023-12-31', 'Biên soạn, phát hành thông tin pháp luật hàng tháng; in ấn tờ rơi, tờ gấp tuyên truyền pháp luật', 'Bản tin pháp luật, tờ rơi',
    [['Phát hành thông tin pháp luật hàng tháng']]],
  ['institutions', '440-TP', '2023-09-30', 'Tổ chức tập huấn, tuyên truyền phổ biến giáo dục pháp luật; ra mắt câu lạc bộ pháp luật ở cơ sở', 'Các cuộc tập huấn, câu lạc bộ pháp luật',
    [['Tổ chức các cuộc tập huấn cho cán bộ, nhân dân']]],
  // 2 — Cải cách thủ tục hành chính (10)
  ['procedures', '440-VP', '2023-02-28', 'Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện, UBND cấp xã', 'Danh mục 254 TTHC cấp huyện, 188 TTHC cấp xã',
    [['Rà soát danh mục TTHC theo quyết định công bố của Chủ tịch UBND tỉnh', '2023-02-24']], '2023-02-24'],
  ['procedures', '440-VP', '2023-03-31', 'Niêm yết, công khai thủ tục hành chính tại Trung tâm hành chính công huyện, bộ phận một cửa cấp xã và trên Cổng thông tin điện tử', 'TTHC được niêm yết đầy đủ',
    [['Niêm yết tại Trung tâm hành chính công huyện và kiểm tra việc niêm yết tại bộ phận một cửa cấp xã', '2023-03-15']], '2023-03-15'],
  ['procedures', '440-VP', '2023-12-31', 'Số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính', '100% hồ sơ được số hóa',
    [['Số hóa thành phần hồ sơ khi tiếp nhận']]],
  ['procedures', '440-VP', '2023-12-31', 'Đẩy mạnh cung cấp và sử dụng dịch vụ công trực tuyến toàn trình, thanh toán trực tuyến', 'Tỷ lệ hồ sơ trực tuyến toàn trình',
    [['Hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm hành chính công'], ['Thành lập tổ hướng dẫn dịch vụ công trực tuyến cho các xã An Dũng, Yên Hồ, Hòa Lạc', '2023-04-20']]],
  ['procedures', '440-VP', '2023-12-31', 'Lấy ý kiến đánh giá sự hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính', 'Kết quả đánh giá trên hệ thống',
    [['Tổ chức lấy phiếu đánh giá tại Trung tâm hành chính công']]],
  ['procedures', '440-VP', '2023-09-30', 'Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính', 'Báo cáo, phương án đơn giản hóa',
    [['Rà soát quy trình nội bộ giải quyết TTHC']]],
  ['procedures', '440-VP', '2023-12-31', 'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính', 'Sổ theo dõi phản ánh, kiến nghị',
    [['Công khai địa chỉ tiếp nhận phản ánh, kiến nghị']]],
  ['procedures', '440-VP', '2023-10-31', 'Kiểm tra việc tiếp nhận, giải quyết và trả kết quả thủ tục hành chính tại bộ phận một cửa cấp xã', 'Thông báo kết quả kiểm tra',
    [['Kiểm tra bộ phận một cửa các xã']]],
  ['procedures', '440-TCKH', '2023-06-30', 'Thực hiện chế độ hỗ trợ đối với công chức làm việc tại bộ phận tiếp nhận và trả kết quả theo Quyết định 37/2018/QĐ-UBND', 'Chi trả chế độ hỗ trợ',
    [['Đôn đốc các xã chưa thực hiện chi hỗ trợ (Hòa Lạc, Tùng Châu, Quang Vĩnh, Tân Dân, Tân Hương)']]],
  ['procedures', '440-VP', '2023-12-31', 'Trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích', 'Hồ sơ trả qua bưu chính',
    [['Phối hợp Bưu điện huyện tuyên truyền dịch vụ']]],
  // 3 — Cải cách tổ chức bộ máy (7)
  ['organisation', '440-NV', '2023-01-31', 'Thành lập Phòng Nội vụ, Thanh tra huyện, Văn phòng HĐND - UBND huyện sau chia tách các cơ quan hợp nhất', 'Nghị quyết, quyết định thành lập',
    [['Tham mưu HĐND huyện ban hành Nghị quyết thành lập, kiện toàn tổ chức, bố trí nhân sự', '2023-01-03']], '2023-01-03', 'Đi vào hoạt động từ 01/01/2023'],
  ['organisation', '440-NV', '2023-02-28', 'Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các phòng chuyên môn thuộc UBND huyện', 'Quyết định của UBND huyện',
    [['Ban hành quyết định quy định chức năng, nhiệm vụ', '2023-06-26']], '2023-06-26'],
  ['organisation', '440-NV', '2023-09-30', 'Rà soát, sắp xếp các tổ chức bên trong đơn vị sự nghiệp công lập (Trung tâm ứng dụng KHKT - Bảo vệ cây trồng vật nuôi, Trung tâm Văn hóa - Truyền thông, Trung tâm GDNN - GDTX)', 'Đề án sắp xếp',
    [['Rà soát tổ chức bên trong các đơn vị sự nghiệp'], ['Trình phê duyệt phương án sắp xếp']]],
  ['organisation', '440-NV', '2023-12-31', 'Quản lý, sử dụng biên chế công chức, số lượng người làm việc được giao năm 2023', 'Báo cáo biên chế',
    [['Rà soát biên chế có mặt, xây dựng kế hoạch biên chế năm 2024']]],
  ['organisation', '440-NV', '2023-12-31', 'Xây dựng phương án giải quyết cán bộ, công chức cấp xã dôi dư sau sắp xếp', 'Phương án giải quyết dôi dư',
    [['Rà soát số cán bộ, công chức cấp xã dôi dư']]],
  ['organisation', '440-NV', '2023-12-31', 'Thực hiện phân cấp, ủy quyền quản lý nhà nước theo Nghị quyết số 99/NQ-CP của Chính phủ', 'Báo cáo thực hiện',
    [['Rà soát nhiệm vụ được phân cấp, ủy quyền']]],
  ['organisation', '440-NV', '2023-12-31', 'Rà soát, sáp nhập thôn, tổ dân phố không đủ tiêu chuẩn', 'Đề án sáp nhập',
    [['Rà soát quy mô thôn, tổ dân phố']]],
  // 4 — Cải cách chế độ công vụ (9)
  ['civil_service', '440-NV', '2023-06-30', 'Xây dựng, trình phê duyệt đề án vị trí việc làm của các đơn vị sự nghiệp công lập còn lại', 'Đề án vị trí việc làm được phê duyệt',
    [['Trình đề án của Trung tâm Ứng dụng KHKT và Trung tâm GDNN - GDTX', '2023-05-15'], ['Hoàn thiện theo ý kiến thẩm định của Sở Nội vụ']]],
  ['civil_service', '440-NV', '2023-03-31', 'Bổ nhiệm, bổ nhiệm lại lãnh đạo các phòng chuyên môn thuộc UBND huyện sau kiện toàn bộ máy', 'Quyết định bổ nhiệm',
    [['Thực hiện quy trình bổ nhiệm 09 người, bổ nhiệm lại 02 người', '2023-03-28']], '2023-03-28'],
  ['civil_service', '440-NV', '2023-06-30', 'Luân chuyển, điều động cán bộ cấp xã lên công chức cấp huyện và công chức cấp huyện về làm cán bộ chủ chốt cấp xã', 'Quyết định điều động, luân chuyển',
    [['Làm quy trình đề nghị luân chuyển, điều động']], '2023-06-29'],
  ['civil_service', '440-NV', '2023-02-28', 'Ký cam kết thực hiện Quyết định số 52/2017/QĐ-UBND về kỷ luật, kỷ cương hành chính', 'Bản cam kết của 100% CBCCVC',
    [['Ban hành Văn bản 136/UBND-NV, tổ chức ký cam kết', '2023-02-15']], '2023-02-15', 'Văn bản số 136/UBND-NV ngày 31/01/2023'],
  ['civil_service', '440-NV', '2023-12-31', 'Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị', 'Biên bản kiểm tra',
    [['Kiểm tra đột xuất tại Trung tâm y tế, UBND các xã Bùi La Nhân, Tùng Châu, Liên Minh']]],
  ['civil_service', '440-NV', '2023-06-30', 'Cử cán bộ, công chức, viên chức tham gia bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3', 'Danh sách học viên',
    [['Lập danh sách 20 người, cử đi học']], '2023-06-20'],
  ['civil_service', '440-NV', '2023-10-31', 'Bồi dưỡng nghiệp vụ cho công chức cấp xã', 'Lớp bồi dưỡng',
    [['Cử 16 công chức cấp xã tham gia bồi dưỡng nghiệp vụ']]],
  ['civil_service', '440-NV', '2023-12-31', 'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2023', 'Kết quả xếp loại',
    [['Hướng dẫn các cơ quan, đơn vị đánh giá, xếp loại']]],
  ['civil_service', '440-NV', '2023-12-31', 'Tuyển dụng công chức, viên chức theo chỉ tiêu biên chế được giao', 'Kết quả tuyển dụng',
    [['Xây dựng kế hoạch tuyển dụng']]],
  // 5 — Cải cách tài chính công (7)
  ['public_finance', '440-TCKH', '2023-12-31', 'Giải ngân kế hoạch vốn đầu tư công năm 2023 (ngân sách huyện và ngân sách xã)', 'Tỷ lệ giải ngân theo kế hoạch',
    [['Đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân'], ['Báo cáo tiến độ giải ngân hằng tháng']]],
  ['public_finance', '440-TCKH', '2023-06-30', 'Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách', 'Báo cáo thực hiện kết luận',
    [['Rà soát, thực hiện các kết luận thanh tra, kiểm toán các năm']], '2023-07-20'],
  ['public_finance', '440-TCKH', '2023-02-28', 'Ban hành quy chế chi tiêu nội bộ và quy chế quản lý, sử dụng tài sản công tại các cơ quan, đơn vị', '100% đơn vị ban hành quy chế',
    [['Hướng dẫn, kiểm tra việc ban hành quy chế', '2023-02-27']], '2023-02-27'],
  ['public_finance', '440-TCKH', '2023-01-31', 'Giao quyền tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính theo Nghị định 130/2005/NĐ-CP', 'Quyết định giao tự chủ cho 08 cơ quan, 16 xã',
    [['Tham mưu quyết định giao dự toán, giao tự chủ và hướng dẫn thực hiện', '2023-01-20']], '2023-01-20'],
  ['public_finance', '440-TCKH', '2023-03-31', 'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập (06 cơ quan, 58 trường học)', 'Quyết định giao tự chủ',
    [['Thẩm định phương án tự chủ của các đơn vị', '2023-09-10']], '2023-09-15'],
  ['public_finance', '440-TCKH', '2023-12-31', 'Tổ chức thu ngân sách nhà nước năm 2023 đạt và vượt kế hoạch', 'Số thu ngân sách',
    [['Đôn đốc thu tiền sử dụng đất, thu thuế']]],
  ['public_finance', '440-TCKH', '2023-12-31', 'Công khai dự toán, quyết toán ngân sách theo quy định', 'Thông tin công khai ngân sách',
    [['Công khai dự toán ngân sách năm 2023 trên Cổng thông tin điện tử huyện']]],
  // 6 — Chính phủ điện tử, chính phủ số (10)
  ['digital_government', '440-VHTT', '2023-01-15', 'Ban hành Kế hoạch chuyển đổi số huyện Đức Thọ năm 2023', 'Kế hoạch của UBND huyện',
    [['Tham mưu ban hành kế hoạch chuyển đổi số', '2022-12-27']], '2022-12-27', 'Kế hoạch số 4514/KH-UBND ngày 27/12/2022'],
  ['digital_government', '440-VHTT', '2023-02-28', 'Kiện toàn Ban Chỉ đạo chuyển đổi số huyện và thành lập Tổ giúp việc', 'Quyết định kiện toàn, thành lập',
    [['Ban hành Quyết định 239/QĐ-UBND bổ sung, thay thế thành viên Ban Chỉ đạo', '2023-02-13'], ['Ban hành Quyết định 238/QĐ-UBND thành lập Tổ giúp việc', '2023-02-13']], '2023-02-13'],
  ['digital_government', '440-VHTT', '2023-06-30', 'Rà soát, đề nghị cấp mới, thu hồi, thay đổi thông tin chữ ký số cho tổ chức, cá nhân', 'Chữ ký số cấp cho lãnh đạo phòng, ban, cấp xã, trường học',
    [['Rà soát nhu cầu chữ ký số'], ['Phối hợp Trung tâm Công báo - Tin học cấp chữ ký số']]],
  ['digital_government', '440-VHTT', '2023-09-30', 'Tập huấn kỹ năng chuyển đổi số, dịch vụ công trực tuyến, nền tảng số cho người dân, doanh nghiệp, cán bộ cấp xã', 'Các lớp tập huấn',
    [['Ban hành Kế hoạch 1088/KH-UBND ngày 04/5/2023'], ['Tổ chức tập huấn tại các xã An Dũng, Tùng Châu, Đức Đồng, Bùi La Nhân']]],
  ['digital_government', '440-NV', '2023-02-28', 'Ban hành kế hoạch duy trì, xây dựng và áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015', 'Kế hoạch của UBND huyện',
    [['Tham mưu ban hành kế hoạch', '2023-02-23']], '2023-02-23', 'Kế hoạch số 340/KH-UBND ngày 23/02/2023'],
  ['digital_government', '440-VHTT', '2023-12-31', 'Nâng cấp Cổng thông tin điện tử huyện và trang thông tin điện tử các xã, thị trấn', 'Cổng thông tin được nâng cấp',
    [['Cập nhật thông tin, công khai minh bạch theo Quyết định 739/QĐ-UBND']]],
  ['digital_government', '440-VP', '2023-12-31', 'Gửi, nhận văn bản điện tử và sử dụng chữ ký số trong trao đổi văn bản giữa các cơ quan, đơn vị', 'Tỷ lệ văn bản điện tử',
    [['Đôn đốc cấp xã nâng tỷ lệ trao đổi văn bản điện tử']]],
  ['digital_government', '440-VHTT', '2023-12-31', 'Đẩy mạnh tuyên truyền Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử', 'Tin, bài tuyên truyền',
    [['Tuyên truyền Đề án 06 trên hệ thống truyền thanh cơ sở']]],
  ['digital_government', '440-VP', '2023-12-31', 'Vận hành hệ thống hội nghị truyền hình trực tuyến bảo đảm điều kiện kỹ thuật cho các cuộc họp', 'Hệ thống vận hành ổn định',
    [['Bảo trì thiết bị hội nghị truyền hình']]],
  ['digital_government', '440-VHTT', '2023-12-31', 'Triển khai Chỉ thị số 23/CT-TTg về đẩy mạnh triển khai Chiến lược quốc gia phát triển kinh tế số và xã hội số', 'Văn bản triển khai',
    [['Ban hành Công văn 467/UBND-VHTT triển khai Chỉ thị']]],
];

const COMMUNE_TASKS: Array<[ReformArea, string, string | null, string | undefined]> = [
  ['direction', 'Ban hành Kế hoạch cải cách hành chính năm 2023 của UBND xã', '2023-01-31', '2023-01-30'],
  ['direction', 'Tuyên truyền cải cách hành chính trên hệ thống truyền thanh cơ sở', '2023-12-31', undefined],
  ['direction', 'Xây dựng báo cáo cải cách hành chính định kỳ', '2023-12-15', undefined],
  ['institutions', 'Tổ chức tuyên truyền, phổ biến giáo dục pháp luật tại các thôn, tổ dân phố', '2023-12-31', undefined],
  ['institutions', 'Lập hồ sơ xử phạt vi phạm hành chính đúng quy định', '2023-12-31', undefined],
  ['procedures', 'Niêm yết công khai thủ tục hành chính tại bộ phận một cửa', '2023-03-31', '2023-03-20'],
  ['procedures', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '2023-12-31', undefined],
  ['procedures', 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình', '2023-12-31', undefined],
  ['organisation', 'Rà soát, sắp xếp thôn, tổ dân phố', '2023-09-30', undefined],
  ['civil_service', 'Ký cam kết thực hiện kỷ luật, kỷ cương hành chính', '2023-02-28', '2023-02-20'],
  ['civil_service', 'Cử cán bộ, công chức tham gia bồi dưỡng nghiệp vụ', '2023-10-31', undefined],
  ['public_finance', 'Ban hành quy chế chi tiêu nội bộ, quy chế quản lý tài sản công', '2023-02-28', '2023-02-25'],
  ['public_finance', 'Tổ chức thu ngân sách xã theo kế hoạch', '2023-12-31', undefined],
  ['digital_government', 'Sử dụng chữ ký số, gửi nhận văn bản điện tử', '2023-12-31', undefined],
  ['digital_government', 'Duy trì hệ thống quản lý chất lượng ISO 9001:2015', '2023-05-31', '2023-05-30'],
];

function districtTasks(): TaskInput[] {
  return DISTRICT_TASKS.map(([area, owner, deadline, content, output, acts, doneOn, evidence], i) => ({
    code: String(i + 1),
    area,
    owner,
    cooperating: owner === '440-NV' ? ALL : ['Phòng Nội vụ', ...ALL],
    content,
    expectedOutput: output,
    deadline,
    status: doneOn ? 'done' : acts.some((a) => a[1]) ? 'in_progress' : 'not_started',
    completedOn: doneOn ?? null,
    evidence: evidence ?? null,
    activities: acts.map(([c, d], j) => ({
      code: String.fromCharCode(97 + j),
      owner: null,
      content: c,
      expectedOutput: null,
      deadline: j === acts.length - 1 ? deadline : null,
      // A done task's activities are done by its completion date at the latest.
      status: (d ?? doneOn) ? ('done' as const) : ('not_started' as const),
      completedOn: d ?? doneOn ?? null,
      evidence: null,
    })),
  }));
}

function communeTasks(unit: string, take: number): TaskInput[] {
  return COMMUNE_TASKS.slice(0, take).map(([area, content, deadline, doneOn], i) => ({
    code: String(i + 1),
    area,
    owner: unit,
    cooperating: [],
    content,
    expectedOutput: null,
    deadline,
    status: doneOn ? 'done' : 'not_started',
    completedOn: doneOn ?? null,
    evidence: null,
    activities: [{ code: 'a', owner: null, content: `Tổ chức thực hiện: ${content.charAt(0).toLowerCase()}${content.slice(1)}`, expectedOutput: null, deadline, status: doneOn ? 'done' : 'not_started', completedOn: doneOn ?? null, evidence: null }],
  }));
}

// ---------------------------------------------------------------------------------------------
// Tasks assigned by the province in H1 2023 (the report's section I.5).

export const LATE_ASSIGNMENT = 'Rà soát hướng tuyến, vị trí nhà ga dự kiến của Dự án đường sắt cao tốc Bắc – Nam';

type DemoAssignment = [issuer: 'province_committee' | 'province_chairman', number: string, sourceDate: string, content: string, lead: string, deadline: string | null, doneOn: string | null];

const ASSIGNMENTS_H1: Array<[string, string]> = [
  ['Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2022', '440-NV'],
  ['Đăng ký danh mục mô hình, sáng kiến cải cách hành chính năm 2023', '440-NV'],
  ['Báo cáo tình hình thực hiện Đề án 06 trên địa bàn huyện', '440-VHTT'],
  ['Rà soát, báo cáo số lượng cán bộ, công chức cấp xã dôi dư sau sắp xếp đơn vị hành chính', '440-NV'],
  ['Báo cáo tình hình giải ngân vốn đầu tư công tháng 01/2023', '440-TCKH'],
  ['Tổ chức các hoạt động mừng Đảng, mừng Xuân Quý Mão 2023 bảo đảm an toàn, tiết kiệm', '440-VHTT'],
  ['Rà soát, đề xuất danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình', '440-VP'],
  ['Báo cáo kết quả thực hiện Chỉ thị 23/CT-TTg về chuyển đổi số', '440-VHTT'],
  ['Kiểm tra, xử lý các trường hợp vi phạm pháp luật về đất đai trên địa bàn', '440-TNMT'],
  ['Báo cáo kết quả công tác phòng, chống tham nhũng quý I/2023', '440-TTR'],
  ['Rà soát, báo cáo tiến độ giải phóng mặt bằng các dự án trọng điểm', '440-TNMT'],
  ['Báo cáo kết quả thực hiện Quyết định 52/2017/QĐ-UBND về kỷ luật, kỷ cương hành chính', '440-NV'],
  ['Tổng hợp, báo cáo kết quả tự kiểm tra văn bản quy phạm pháp luật', '440-TP'],
  ['Rà soát nhu cầu chữ ký số của các cơ quan, đơn vị', '440-VHTT'],
  ['Báo cáo tình hình thực hiện chính sách hỗ trợ công chức bộ phận một cửa', '440-TCKH'],
  ['Triển khai tháng cao điểm thu ngân sách nhà nước', '440-TCKH'],
  ['Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới', '440-NNPTNT'],
  ['Xây dựng phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023', '440-NNPTNT'],
  ['Rà soát, báo cáo tình hình hoạt động của các cơ sở giáo dục ngoài công lập', '440-GDDT'],
  ['Báo cáo kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '440-VP'],
  ['Báo cáo tình hình thực hiện chính sách đối với người có công dịp Tết', '440-LDTBXH'],
  ['Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán và mùa lễ hội', '440-YT'],
  ['Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý I/2023', '440-TTR'],
  ['Góp ý dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển nông nghiệp', '440-TP'],
  ['Báo cáo tình hình quản lý, sử dụng biên chế công chức, viên chức năm 2023', '440-NV'],
  ['Rà soát quy hoạch sử dụng đất, kế hoạch sử dụng đất năm 2023', '440-TNMT'],
  ['Báo cáo tình hình thực hiện dự án Khu nhà ở, dịch vụ thương mại thị trấn Đức Thọ', '440-KTHT'],
  ['Báo cáo tiến độ đầu tư hạ tầng kỹ thuật Cụm công nghiệp huyện Đức Thọ', '440-KTHT'],
  ['Tổng hợp kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính quý I/2023', '440-VHTT'],
  ['Báo cáo công tác cải cách hành chính quý I/2023', '440-NV'],
  ['Rà soát, báo cáo kết quả thực hiện đề án vị trí việc làm', '440-NV'],
  ['Góp ý dự thảo Quyết định của UBND tỉnh quy định phân cấp quản lý nhà nước về xây dựng', '440-TP'],
  ['Tổ chức Ngày Pháp luật và tuyên truyền pháp luật cho đồng bào', '440-TP'],
  ['Báo cáo tiến độ thực hiện kế hoạch giải ngân vốn đầu tư công 5 tháng đầu năm', '440-TCKH'],
  ['Rà soát, báo cáo các dự án chậm tiến độ, đề xuất thu hồi', '440-TCKH'],
  ['Triển khai các giải pháp nâng cao chỉ số hài lòng của người dân (SIPAS)', '440-VP'],
  ['Báo cáo tình hình thực hiện cơ chế một cửa, một cửa liên thông', '440-VP'],
  ['Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh', '440-KTHT'],
  ['Báo cáo kết quả thực hiện chuyển đổi số trong ngành giáo dục', '440-GDDT'],
  ['Rà soát, báo cáo tình hình thành lập mới doanh nghiệp', '440-TCKH'],
  ['Tổng hợp kiến nghị của cử tri trước kỳ họp HĐND tỉnh', '440-VP'],
  ['Báo cáo kết quả thực hiện Chương trình giảm nghèo bền vững', '440-LDTBXH'],
  ['Báo cáo kết quả tiêm chủng mở rộng và phòng, chống dịch bệnh', '440-YT'],
  ['Rà soát, báo cáo hiện trạng hệ thống thông tin, an toàn thông tin mạng', '440-VHTT'],
];

const STANDING: Array<[string, string]> = [
  ['Thường xuyên rà soát, cập nhật, công khai thủ tục hành chính trên Cổng dịch vụ công', '440-VP'],
  ['Thường xuyên kiểm tra, chấn chỉnh kỷ luật, kỷ cương hành chính', '440-NV'],
  ['Thường xuyên theo dõi, đôn đốc giải ngân vốn đầu tư công', '440-TCKH'],
  ['Thường xuyên tuyên truyền cải cách hành chính, chuyển đổi số', '440-VHTT'],
  ['Thường xuyên cập nhật văn bản quy phạm pháp luật mới cho cán bộ, công chức', '440-TP'],
];

/** Working dates of H1 2023 (Mon–Fri) from a day-of-period index, away from Tết. */
function dateOf(base: string, days: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function demoAssignments(): DemoAssignment[] {
  const out: DemoAssignment[] = [];
  ASSIGNMENTS_H1.forEach(([content, lead], i) => {
    // Source documents spread over 05/01 – 25/05/2023; deadlines 10–20 days later, all by 14/06.
    const sourceDate = dateOf('2023-01-05', Math.floor((i * 140) / ASSIGNMENTS_H1.length));
    const deadline = dateOf(sourceDate, 10 + (i % 3) * 5);
    const doneOn = dateOf(sourceDate, 6 + (i % 4));
    const issuer = i % 3 === 0 ? 'province_chairman' : 'province_committee';
    const number = `${180 + i * 47}/UBND-${['NC1', 'KT', 'VX', 'TH', 'NL'][i % 5]}`;
    out.push([issuer, number, sourceDate, content, lead, deadline, doneOn <= deadline ? doneOn : deadline]);
  });
  // The one done late (the seed names it).
  out.push(['province_committee', '1023/UBND-GT1', '2023-02-28', LATE_ASSIGNMENT, '440-KTHT', '2023-03-10', '2023-03-17']);
  STANDING.forEach(([content, lead], i) => out.push(['province_committee', `${2700 + i}/UBND-NC1`, dateOf('2023-01-09', i * 7), content, lead, null, null]));
  // H2 2023: two done, one still open (reminders and escalation show it).
  out.push(['province_committee', '3120/UBND-NC1', '2023-06-20', 'Báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023', '440-NV', '2023-06-30', '2023-06-28']);
  out.push(['province_chairman', '3388/UBND-KT', '2023-07-05', 'Rà soát, báo cáo nhu cầu vốn đầu tư công năm 2024', '440-TCKH', '2023-07-20', '2023-07-19']);
  out.push(['province_committee', '4210/UBND-NC1', '2023-08-15', 'Rà soát, đề xuất sắp xếp đơn vị hành chính cấp xã giai đoạn 2023–2025', '440-NV', '2023-09-15', null]);
  return out;
}

/**
 * Seeds the demo district's reform plan (and two communes'), and the tasks assigned by the
 * province. Idempotent: what exists already is left alone.
 */
export async function seedReformDemo(db: Db, log: (msg: string) => void = () => {}): Promise<{ plans: number; assignments: number }> {
  let plans = 0;
  let assignments = 0;
  const plansToSeed: Array<{ unit: string; documentNumber: string; documentDate: string; title: string; tasks: () => TaskInput[] }> = [
    { unit: '440', documentNumber: '111/KH-UBND', documentDate: '2023-01-17', title: 'Kế hoạch cải cách hành chính huyện Đức Thọ năm 2023', tasks: districtTasks },
    { unit: '18229', documentNumber: '15/KH-UBND', documentDate: '2023-01-30', title: 'Kế hoạch cải cách hành chính thị trấn Đức Thọ năm 2023', tasks: () => communeTasks('18229', 15) },
    { unit: '18244', documentNumber: '09/KH-UBND', documentDate: '2023-01-30', title: 'Kế hoạch cải cách hành chính xã Trường Sơn năm 2023', tasks: () => communeTasks('18244', 12) },
  ];
  for (const p of plansToSeed) {
    const exists = await db
      .selectFrom('reformPlans as p')
      .innerJoin('units as u', 'u.id', 'p.unitId')
      .select('p.id')
      .where('u.code', '=', p.unit)
      .where('p.year', '=', 2023)
      .executeTakeFirst();
    if (exists) continue;
    await db.transaction().execute((tx) => createPlan(tx, SYSTEM, { unit: p.unit, year: 2023, documentNumber: p.documentNumber, documentDate: p.documentDate, title: p.title, tasks: p.tasks() }));
    plans++;
  }
  const district = await db.selectFrom('units').select('id').where('code', '=', '440').where('validFrom', '<=', '2023-01-01').executeTakeFirst();
  const already = district ? await db.selectFrom('assignedTasks').select('id').where('unitId', '=', district.id).where('createdBy', '=', 'system').limit(1).executeTakeFirst() : undefined;
  if (!already) {
    await db.transaction().execute(async (tx) => {
      for (const [issuer, number, sourceDate, content, lead, deadline, doneOn] of demoAssignments()) {
        const body: CreateAssignmentBody = {
          unit: '440',
          sourceNumber: number,
          sourceDate,
          issuer,
          issuerName: null,
          content,
          deadline,
          leadUnit: lead,
          assignee: null,
          status: doneOn ? 'done' : 'in_progress',
          completedOn: doneOn,
          reportNumber: doneOn ? `${Number(number.split('/')[0]) + 5}/BC-UBND` : null,
          reportDate: doneOn,
        };
        await createAssignment(tx, SYSTEM, body);
        assignments++;
      }
    });
  }
  if (plans || assignments) log(`CCHC: ${plans} kế hoạch, ${assignments} nhiệm vụ được giao`);
  return { plans, assignments };
}
