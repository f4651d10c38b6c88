#!/usr/bin/env python3
"""Build demo-procedures.jsonl: Đức Thọ (Hà Tĩnh) 2023 procedure catalogue for the demo.

Inputs (read-only):
  /work/shared/fixtures/stats-public/procedures.jsonl   11 fixture procedures (kept unchanged)
  /work/shared/data/procedures-public.jsonl             977 real procedures (2026 portal)
  units/data/duc-tho-2023.json                          the 12 departments
  real-procedures-extra.json (this folder)              real procedures from other public sources
Output: demo-procedures.jsonl next to this script.  Deterministic (no randomness).
See SOURCES.md for the rationale.
"""
import hashlib
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = '/work/shared/fixtures/stats-public/procedures.jsonl'
PUBLIC = '/work/shared/data/procedures-public.jsonl'
UNITS = os.path.join(HERE, '..', '..', 'units', 'data', 'duc-tho-2023.json')
OUT = os.path.join(HERE, 'demo-procedures.jsonl')
# real procedures verified in other public sources (not in PUBLIC); see SOURCES.md and the file's _source
EXTRA = os.path.join(HERE, 'real-procedures-extra.json')

TARGET = {
    'district': {'full': 131, 'partial': 55, 'none': 68},
    'commune': {'full': 67, 'partial': 23, 'none': 98},
}

DEPTS = [d['name'] for d in json.load(open(UNITS, encoding='utf-8'))['departments']]
VP, NV, TP, TCKH, TNMT, LD, VH, GD, YT, TTR, KTHT, NN = DEPTS
DESK = 'Bộ phận một cửa'
LEAD = 'Lãnh đạo UBND'

# ---------------------------------------------------------------- real procedures
# code -> (2023 level, department or None, name override or None)
# Name overrides only replace "cấp xã" by "cấp huyện" for procedures that the 2026 portal lists
# at commune level but that were the district's (UBND huyện) competence in 2023.
REAL = {
    # Thành lập và hoạt động của HTX: Phòng Tài chính - Kế hoạch in 2023
    '1.004901': ('district', TCKH), '1.004979': ('district', TCKH), '1.004982': ('district', TCKH),
    '1.005010': ('district', TCKH), '1.005277': ('district', TCKH), '1.005280': ('district', TCKH),
    '1.005378': ('district', TCKH), '2.001958': ('district', TCKH), '2.002123': ('district', TCKH),
    # Đăng ký biện pháp bảo đảm bằng QSDĐ (received at the district desk, Chi nhánh VPĐKĐĐ)
    '1.011441': ('district', TNMT), '1.011442': ('district', TNMT), '1.011443': ('district', TNMT),
    '1.011444': ('district', TNMT), '1.011445': ('district', TNMT),
    # Tài nguyên nước
    '1.001662': ('district', TNMT),
    # Thủy lợi / Kinh tế hợp tác và PTNT: thẩm quyền UBND huyện in 2023
    '1.003347': ('district', NN), '1.003440': ('district', NN), '1.003446': ('district', NN),
    '1.003471': ('district', NN), '2.001621': ('district', NN), '2.001627': ('district', NN),
    '1.003434': ('district', NN),
    # Hạ tầng kỹ thuật, đường bộ (đường huyện), chất lượng công trình: Phòng Kinh tế - Hạ tầng
    '1.002693': ('district', KTHT), '1.000314': ('district', KTHT), '2.001921': ('district', KTHT),
    '1.009794': ('district', KTHT),
    # Hộ tịch có yếu tố nước ngoài: UBND huyện
    '2.000756': ('district', TP),
    # Cai nghiện ma túy tự nguyện tại gia đình, cộng đồng (NĐ 116/2021: UBND huyện)
    '3.000524': ('district', LD), '3.000525': ('district', LD), '3.000526': ('district', LD),
    # commune
    '1.000419': ('commune', None), '1.000593': ('commune', None), '1.003583': ('commune', None),
    '1.004837': ('commune', None), '1.004845': ('commune', None), '2.000908': ('commune', None),
    '1.002211': ('commune', None), '2.000424': ('commune', None), '2.000930': ('commune', None),
    '2.000950': ('commune', None), '2.002080': ('commune', None), '2.001255': ('commune', None),
    '1.002544': ('commune', None), '1.008004': ('commune', None), '1.010091': ('commune', None),
    '1.010092': ('commune', None), '3.000527': ('commune', None),
}

FIXTURE_DEPT = {'1.001612': TCKH, '1.000775': KTHT, '1.004227': TNMT, '1.003005': TP, '2.000488': GD}

# ---------------------------------------------------------------- invented procedures
# (field, department, workingDays, name, [documents]) — names follow the wording of 2023
# district/commune catalogues; codes are DEMO.*, "demo": true.
D = []  # district


def add(lst, field, dept, wd, names, docs):
    for n in names:
        lst.append((field, dept, wd, n, docs))


# Hộ tịch có yếu tố nước ngoài — Phòng Tư pháp
docs_ht = ['Tờ khai đăng ký hộ tịch (theo mẫu)', 'Giấy tờ tùy thân của người yêu cầu', 'Giấy tờ chứng minh nơi cư trú']
add(D, 'Hộ tịch', TP, 3, [
    'Đăng ký khai sinh có yếu tố nước ngoài',
    'Đăng ký khai tử có yếu tố nước ngoài',
    'Đăng ký giám hộ có yếu tố nước ngoài',
    'Đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân',
    'Đăng ký lại khai sinh có yếu tố nước ngoài',
    'Đăng ký lại khai tử có yếu tố nước ngoài',
    'Đăng ký khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài',
    'Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    'Ghi vào Sổ hộ tịch việc khai sinh của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    'Ghi vào Sổ hộ tịch việc khai tử của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    'Xác định lại dân tộc',
], docs_ht)
add(D, 'Hộ tịch', TP, 10, [
    'Đăng ký kết hôn có yếu tố nước ngoài',
    'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
    'Đăng ký lại kết hôn có yếu tố nước ngoài',
    'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
], docs_ht)
add(D, 'Hộ tịch', TP, 3, [
    'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc có yếu tố nước ngoài',
    'Thay đổi, cải chính, bổ sung thông tin hộ tịch cho người từ đủ 14 tuổi trở lên',
], docs_ht)
# Chứng thực — Phòng Tư pháp
docs_ct = ['Bản chính hoặc bản sao có chứng thực giấy tờ cần chứng thực', 'Giấy tờ tùy thân của người yêu cầu chứng thực']
add(D, 'Chứng thực', TP, 1, [
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp',
    'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp',
    'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
    'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
], docs_ct)
add(D, 'Chứng thực', TP, 2, [
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản',
    'Chứng thực văn bản khai nhận di sản mà di sản là động sản',
    'Sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực',
    'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
], docs_ct)
add(D, 'Bồi thường nhà nước', TP, 5, [
    'Xác định cơ quan giải quyết bồi thường (cấp huyện)',
], ['Văn bản đề nghị xác định cơ quan giải quyết bồi thường'])
add(D, 'Bồi thường nhà nước', TP, 20, [
    'Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại (cấp huyện)',
    'Phục hồi danh dự (cấp huyện)',
], ['Văn bản yêu cầu bồi thường', 'Văn bản làm căn cứ yêu cầu bồi thường', 'Giấy tờ chứng minh nhân thân của người bị thiệt hại'])
add(D, 'Phổ biến giáo dục pháp luật', TP, 10, [
    'Công nhận báo cáo viên pháp luật (cấp huyện)',
    'Miễn nhiệm báo cáo viên pháp luật (cấp huyện)',
], ['Văn bản đề nghị công nhận/miễn nhiệm báo cáo viên pháp luật'])

# Hộ kinh doanh — Phòng Tài chính - Kế hoạch
docs_hkd = ['Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh']
add(D, 'Thành lập và hoạt động của hộ kinh doanh', TCKH, 3, [
    'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    'Tạm ngừng hoạt động hộ kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo',
    'Chấm dứt hoạt động hộ kinh doanh',
    'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
], docs_hkd)
add(D, 'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã', TCKH, 3, [
    'Đăng ký thay đổi cơ quan đăng ký hợp tác xã',
    'Tạm ngừng hoạt động của hợp tác xã, chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã',
    'Cấp lại Giấy chứng nhận đăng ký hợp tác xã',
    'Giải thể tự nguyện hợp tác xã',
], ['Giấy đề nghị (theo mẫu)', 'Nghị quyết của Đại hội thành viên hợp tác xã'])
add(D, 'Quản lý công sản', TCKH, 15, [
    'Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị trong trường hợp không phải lập thành dự án đầu tư (cấp huyện)',
    'Quyết định thanh lý tài sản công (cấp huyện)',
    'Quyết định điều chuyển tài sản công (cấp huyện)',
    'Quyết định thu hồi tài sản công (cấp huyện)',
    'Quyết định bán tài sản công (cấp huyện)',
    'Quyết định sử dụng tài sản công để cho thuê (cấp huyện)',
], ['Văn bản đề nghị của cơ quan, đơn vị có tài sản', 'Danh mục tài sản đề nghị'])
add(D, 'Đầu tư công', TCKH, 20, [
    'Thẩm định báo cáo đề xuất chủ trương đầu tư dự án nhóm C sử dụng vốn ngân sách cấp huyện',
    'Thẩm định kế hoạch lựa chọn nhà thầu dự án sử dụng vốn ngân sách cấp huyện',
], ['Tờ trình đề nghị thẩm định', 'Báo cáo đề xuất chủ trương đầu tư'])
add(D, 'Tài chính', TCKH, 10, [
    'Thẩm định quyết toán vốn dự án hoàn thành thuộc ngân sách cấp huyện',
], ['Tờ trình đề nghị phê duyệt quyết toán', 'Báo cáo quyết toán dự án hoàn thành'])

# Đất đai, môi trường, tài nguyên — Phòng Tài nguyên và Môi trường
docs_dd = ['Đơn đăng ký, cấp Giấy chứng nhận (theo mẫu)', 'Giấy chứng nhận đã cấp hoặc giấy tờ về quyền sử dụng đất', 'Chứng từ thực hiện nghĩa vụ tài chính (nếu có)']
add(D, 'Đất đai', TNMT, 30, [
    'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân',
    'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất cho người nhận chuyển nhượng quyền sử dụng đất đã có Giấy chứng nhận nhưng chưa thực hiện thủ tục chuyển quyền',
], docs_dd)
add(D, 'Đất đai', TNMT, 15, [
    'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân',
    'Giao đất, cho thuê đất cho hộ gia đình, cá nhân đối với trường hợp giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất',
    'Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân',
    'Thẩm định nhu cầu sử dụng đất để xem xét giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất đối với hộ gia đình, cá nhân',
    'Tách thửa hoặc hợp thửa đất',
    'Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề',
], docs_dd)
add(D, 'Đất đai', TNMT, 10, [
    'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất do bị mất',
    'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    'Đính chính Giấy chứng nhận đã cấp',
    'Đăng ký biến động về sử dụng đất, tài sản gắn liền với đất do đổi tên, thay đổi thông tin người sử dụng đất',
    'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất',
    'Đăng ký chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền',
    'Xóa đăng ký cho thuê, cho thuê lại, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân thuộc diện được giao đất ở tái định cư',
], docs_dd)
add(D, 'Đất đai', TNMT, 3, [
    'Xóa ghi nợ tiền sử dụng đất, lệ phí trước bạ trên Giấy chứng nhận đã cấp',
    'Cung cấp thông tin, dữ liệu đất đai',
], docs_dd[:1])
add(D, 'Đất đai', TNMT, 30, [
    'Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch UBND cấp huyện',
    'Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất đối với hộ gia đình, cá nhân',
], ['Đơn đề nghị', 'Biên bản hòa giải tại UBND cấp xã', 'Giấy tờ liên quan đến thửa đất'])
docs_mt = ['Văn bản đề nghị (theo mẫu)', 'Hồ sơ, báo cáo kỹ thuật liên quan']
add(D, 'Môi trường', TNMT, 10, [
    'Đăng ký môi trường',
    'Xác nhận kế hoạch bảo vệ môi trường',
    'Xác nhận đề án bảo vệ môi trường đơn giản',
    'Cấp giấy phép môi trường cấp huyện',
    'Cấp đổi giấy phép môi trường cấp huyện',
    'Cấp điều chỉnh giấy phép môi trường cấp huyện',
    'Cấp lại giấy phép môi trường cấp huyện',
], docs_mt)
add(D, 'Tài nguyên nước', TNMT, 10, [
    'Đăng ký khai thác, sử dụng nước mặt',
    'Lấy ý kiến UBND cấp huyện đối với các dự án đầu tư có chuyển nước từ nguồn nước nội tỉnh',
], docs_mt)
add(D, 'Địa chất và khoáng sản', TNMT, 15, [
    'Xác nhận đăng ký khu vực, công suất, khối lượng, phương pháp, thiết bị và kế hoạch khai thác khoáng sản làm vật liệu xây dựng thông thường trong diện tích dự án xây dựng công trình',
], docs_mt)

# Xây dựng, quy hoạch, thương mại, giao thông — Phòng Kinh tế - Hạ tầng
docs_xd = ['Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', 'Bản sao giấy tờ về quyền sử dụng đất', 'Bản vẽ thiết kế xây dựng']
add(D, 'Xây dựng', KTHT, 15, [
    'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ',
    'Cấp giấy phép di dời đối với nhà ở riêng lẻ',
    'Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ',
    'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ trong đô thị',
    'Cấp điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ',
    'Thẩm định Báo cáo kinh tế - kỹ thuật đầu tư xây dựng, điều chỉnh Báo cáo kinh tế - kỹ thuật đầu tư xây dựng (cấp huyện)',
    'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở (cấp huyện)',
], docs_xd)
add(D, 'Xây dựng', KTHT, 5, [
    'Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ',
    'Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ',
], docs_xd[:1])
add(D, 'Quy hoạch xây dựng, kiến trúc', KTHT, 15, [
    'Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của UBND cấp huyện',
    'Thẩm định nhiệm vụ, nhiệm vụ điều chỉnh quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo hình thức kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp huyện',
    'Thẩm định đồ án, đồ án điều chỉnh quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo hình thức kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp huyện',
    'Thẩm định nhiệm vụ, đồ án quy hoạch chung xây dựng xã',
    'Cấp giấy phép quy hoạch dự án đầu tư xây dựng công trình thuộc thẩm quyền của UBND cấp huyện',
], ['Tờ trình đề nghị thẩm định', 'Thuyết minh và bản vẽ quy hoạch'])
docs_lt = ['Đơn đề nghị cấp giấy phép (theo mẫu)', 'Bản sao Giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp']
add(D, 'Lưu thông hàng hóa trong nước', KTHT, 10, [
    'Cấp Giấy phép bán lẻ rượu',
    'Cấp sửa đổi, bổ sung Giấy phép bán lẻ rượu',
    'Cấp lại Giấy phép bán lẻ rượu',
    'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    'Cấp sửa đổi, bổ sung Giấy phép bán lẻ sản phẩm thuốc lá',
    'Cấp lại Giấy phép bán lẻ sản phẩm thuốc lá',
], docs_lt)
add(D, 'Lưu thông hàng hóa trong nước', KTHT, 7, [
    'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    'Cấp sửa đổi, bổ sung Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    'Cấp lại Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai',
], docs_lt)
add(D, 'Kinh doanh khí', KTHT, 15, [
    'Cấp lại Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai',
    'Cấp điều chỉnh Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai',
], docs_lt)
add(D, 'Chợ', KTHT, 20, [
    'Phê duyệt phương án chuyển đổi mô hình quản lý chợ',
], ['Tờ trình đề nghị', 'Phương án chuyển đổi mô hình quản lý chợ'])
add(D, 'Đường bộ', KTHT, 7, [
    'Cấp phép thi công xây dựng công trình đường bộ trong phạm vi đất dành cho đường bộ đối với đường huyện, đường xã',
    'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ của đường huyện, đường xã',
    'Gia hạn chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ của đường huyện, đường xã',
    'Cấp phép thi công nút giao đấu nối vào đường huyện, đường xã',
], ['Đơn đề nghị cấp phép thi công', 'Hồ sơ thiết kế'])
add(D, 'Đường thủy nội địa', KTHT, 3, [
    'Đăng ký phương tiện thủy nội địa lần đầu',
    'Đăng ký lại phương tiện thủy nội địa',
    'Xóa giấy chứng nhận đăng ký phương tiện thủy nội địa',
    'Cấp lại giấy chứng nhận đăng ký phương tiện thủy nội địa',
], ['Tờ khai đăng ký phương tiện thủy nội địa (theo mẫu)', 'Giấy tờ tùy thân của chủ phương tiện'])
add(D, 'Nhà ở', KTHT, 15, [
    'Cho thuê nhà ở công vụ thuộc thẩm quyền quản lý của UBND cấp huyện',
    'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở (cấp huyện)',
], ['Đơn đề nghị (theo mẫu)', 'Giấy tờ chứng minh đối tượng, điều kiện'])
add(D, 'Khoa học, công nghệ', KTHT, 10, [
    'Công bố sử dụng dấu định lượng trên hàng đóng gói sẵn',
], ['Bản công bố (theo mẫu)'])

# Giáo dục — Phòng Giáo dục và Đào tạo
docs_gd = ['Tờ trình đề nghị (theo mẫu)', 'Đề án hoặc hồ sơ chứng minh đủ điều kiện', 'Văn bản của cơ quan có thẩm quyền liên quan']
add(D, 'Giáo dục và Đào tạo', GD, 20, [
    'Thành lập trường mầm non công lập, cho phép thành lập trường mầm non dân lập, tư thục',
    'Cho phép trường mầm non hoạt động giáo dục',
    'Sáp nhập, chia, tách trường mầm non',
    'Giải thể trường mầm non',
    'Thành lập trường tiểu học công lập, cho phép thành lập trường tiểu học tư thục',
    'Cho phép trường tiểu học hoạt động giáo dục',
    'Sáp nhập, chia, tách trường tiểu học',
    'Giải thể trường tiểu học',
    'Thành lập trường trung học cơ sở công lập hoặc cho phép thành lập trường trung học cơ sở tư thục',
    'Cho phép trường trung học cơ sở hoạt động giáo dục',
    'Sáp nhập, chia, tách trường trung học cơ sở',
    'Giải thể trường trung học cơ sở',
    'Thành lập trung tâm học tập cộng đồng',
    'Cho phép trung tâm học tập cộng đồng hoạt động trở lại',
    'Thành lập trường phổ thông dân tộc bán trú',
    'Công nhận trường mầm non đạt kiểm định chất lượng giáo dục',
    'Công nhận trường tiểu học đạt kiểm định chất lượng giáo dục',
    'Công nhận trường trung học cơ sở đạt kiểm định chất lượng giáo dục',
    'Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ',
], docs_gd)
add(D, 'Giáo dục và Đào tạo', GD, 5, [
    'Cho phép trường mầm non hoạt động giáo dục trở lại',
    'Cho phép trường tiểu học hoạt động giáo dục trở lại',
    'Cho phép trường trung học cơ sở hoạt động giáo dục trở lại',
    'Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ sở',
    'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo',
    'Trợ cấp đối với trẻ em mầm non là con công nhân, người lao động làm việc tại khu công nghiệp',
    'Xét cấp hỗ trợ học tập đối với học sinh dân tộc thiểu số',
], docs_gd[:2])
add(D, 'Giáo dục và Đào tạo', GD, 3, [
    'Chuyển trường đối với học sinh trung học cơ sở',
    'Chuyển trường đối với học sinh tiểu học',
    'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    'Chỉnh sửa nội dung văn bằng, chứng chỉ',
    'Xét tuyển sinh vào lớp 6 trường phổ thông dân tộc nội trú',
], ['Đơn đề nghị (theo mẫu)', 'Học bạ hoặc văn bằng liên quan'])
add(D, 'Giáo dục và Đào tạo', GD, 10, [
    'Cho phép hoạt động giáo dục nhóm trẻ, lớp mẫu giáo độc lập tư thục trên địa bàn có từ hai xã trở lên',
    'Đăng ký hoạt động giáo dục kỹ năng sống, giáo dục ngoài giờ chính khóa',
], docs_gd[:2])

# Văn hóa, thông tin, thể thao — Phòng Văn hóa và Thông tin
docs_vh = ['Văn bản đề nghị (theo mẫu)', 'Kế hoạch, chương trình tổ chức']
add(D, 'Văn hóa', VH, 10, [
    'Đăng ký tổ chức lễ hội cấp huyện',
    'Thông báo tổ chức lễ hội cấp huyện',
    'Xét tặng danh hiệu Khu dân cư văn hóa',
    'Xét tặng Giấy khen Khu dân cư văn hóa',
    'Xét tặng danh hiệu Xã, phường, thị trấn tiêu biểu',
    'Công nhận lần đầu Xã đạt chuẩn văn hóa nông thôn mới',
    'Công nhận lại Xã đạt chuẩn văn hóa nông thôn mới',
    'Công nhận lần đầu Thị trấn đạt chuẩn văn minh đô thị',
    'Cấp Giấy phép kinh doanh dịch vụ karaoke',
    'Cấp Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    'Thông báo thành lập thư viện đối với thư viện cộng đồng',
    'Thông báo sáp nhập, hợp nhất, chia, tách thư viện',
    'Thông báo chấm dứt hoạt động thư viện cộng đồng',
], docs_vh)
add(D, 'Thể dục thể thao', VH, 7, [
    'Công nhận câu lạc bộ thể dục thể thao cơ sở',
], docs_vh)
add(D, 'Phát thanh, truyền hình và thông tin điện tử', VH, 5, [
    'Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Sửa đổi, bổ sung Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Gia hạn Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Cấp lại Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
], ['Đơn đề nghị (theo mẫu)', 'Bản sao Giấy chứng nhận đăng ký kinh doanh'])
add(D, 'Gia đình', VH, 7, [
    'Xét tặng danh hiệu Gia đình văn hóa tiêu biểu cấp huyện',
    'Cấp Giấy chứng nhận đăng ký hoạt động cơ sở trợ giúp nạn nhân bạo lực gia đình',
], docs_vh[:1])

# Y tế — Phòng Y tế
docs_yt = ['Đơn đề nghị (theo mẫu)', 'Bản sao Giấy chứng nhận đăng ký kinh doanh', 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh']
add(D, 'An toàn thực phẩm và dinh dưỡng', YT, 15, [
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm thuộc thẩm quyền cấp huyện',
    'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc thẩm quyền cấp huyện',
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống',
], docs_yt)
add(D, 'An toàn thực phẩm và dinh dưỡng', YT, 7, [
    'Tiếp nhận bản tự công bố sản phẩm thực phẩm (cấp huyện)',
    'Xác nhận kiến thức về an toàn thực phẩm cho chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm',
], docs_yt[:2])
add(D, 'Y tế dự phòng', YT, 10, [
    'Công bố đủ điều kiện thực hiện tiêm chủng đối với trạm y tế cấp xã',
], docs_yt[:1])
add(D, 'Dân số - Sức khỏe sinh sản', YT, 10, [
    'Xét hưởng chính sách hỗ trợ cho đối tượng sinh con đúng chính sách dân số',
], ['Đơn đề nghị hỗ trợ', 'Bản sao Giấy chứng sinh'])

# Lao động - Thương binh và Xã hội
docs_btxh = ['Tờ khai đề nghị trợ giúp xã hội (theo mẫu)', 'Giấy tờ chứng minh đối tượng']
add(D, 'Bảo trợ xã hội', LD, 15, [
    'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh, cấp huyện',
    'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội (cấp huyện)',
    'Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội cấp huyện',
    'Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền của Phòng Lao động - Thương binh và Xã hội',
    'Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội có giấy phép hoạt động do Phòng Lao động - Thương binh và Xã hội cấp',
    'Hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu cho nạn nhân bị mua bán',
], docs_btxh)
add(D, 'Bảo trợ xã hội', LD, 7, [
    'Đăng ký thay đổi nội dung giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập',
    'Cấp lại giấy phép hoạt động đối với cơ sở trợ giúp xã hội thuộc thẩm quyền cấp huyện',
    'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội đang hưởng tại cơ sở trợ giúp xã hội',
], docs_btxh)
docs_ncc = ['Bản khai cá nhân (theo mẫu)', 'Giấy tờ chứng minh là người có công hoặc thân nhân người có công']
add(D, 'Người có công', LD, 12, [
    'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    'Giải quyết chế độ mai táng phí đối với cựu chiến binh',
    'Giải quyết chế độ mai táng phí đối với thanh niên xung phong thời kỳ chống Pháp',
    'Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chỉnh hình; đi điều trị phục hồi chức năng',
    'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ',
    'Di chuyển hài cốt liệt sĩ đang an táng ngoài nghĩa trang liệt sĩ về an táng tại nghĩa trang liệt sĩ theo nguyện vọng của đại diện thân nhân',
    'Hỗ trợ cải thiện nhà ở đối với người có công với cách mạng',
], docs_ncc)
add(D, 'Việc làm', LD, 7, [
    'Giải quyết hỗ trợ kinh phí đào tạo nghề cho người lao động đi làm việc ở nước ngoài theo hợp đồng',
    'Tiếp nhận thông báo tuyển dụng lao động nước ngoài làm việc tại địa bàn cấp huyện',
], ['Đơn đề nghị (theo mẫu)', 'Giấy tờ chứng minh đối tượng'])
add(D, 'Giáo dục nghề nghiệp', LD, 15, [
    'Thành lập trung tâm giáo dục nghề nghiệp công lập thuộc UBND cấp huyện',
    'Giải thể trung tâm giáo dục nghề nghiệp công lập thuộc UBND cấp huyện',
    'Cho phép thành lập trung tâm giáo dục nghề nghiệp tư thục trên địa bàn cấp huyện',
], ['Văn bản đề nghị', 'Đề án thành lập'])
add(D, 'Trẻ em', LD, 10, [
    'Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em',
    'Chấm dứt việc chăm sóc thay thế cho trẻ em',
    'Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi và trẻ em có hoàn cảnh đặc biệt',
], ['Văn bản đề nghị', 'Biên bản đánh giá, xác minh của cơ quan có thẩm quyền'])
add(D, 'Phòng, chống tệ nạn xã hội', LD, 7, [
    'Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng (cấp huyện)',
    'Hỗ trợ tái hòa nhập cộng đồng cho người bán dâm',
], ['Đơn đăng ký (theo mẫu)', 'Bản sao giấy tờ tùy thân'])
add(D, 'Lao động, tiền lương', LD, 10, [
    'Đăng ký nội quy lao động của doanh nghiệp trên địa bàn cấp huyện',
    'Gửi thang lương, bảng lương, định mức lao động của doanh nghiệp',
], ['Văn bản đề nghị đăng ký', 'Nội quy lao động'])

# Nội vụ — Phòng Nội vụ
docs_nv = ['Văn bản đề nghị (theo mẫu)', 'Bản sao quyết định hoặc giấy tờ liên quan']
add(D, 'Thi đua, khen thưởng', NV, 20, [
    'Tặng danh hiệu Lao động tiên tiến',
    'Tặng danh hiệu Chiến sĩ thi đua cơ sở',
    'Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thực hiện nhiệm vụ chính trị',
    'Tặng Giấy khen của Chủ tịch UBND cấp huyện theo chuyên đề',
    'Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích đối ngoại',
    'Tặng danh hiệu Tập thể lao động tiên tiến',
], docs_nv)
add(D, 'Thi đua, khen thưởng', NV, 5, [
    'Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích đột xuất',
    'Tặng Giấy khen của Chủ tịch UBND cấp huyện cho gia đình',
], docs_nv)
add(D, 'Tôn giáo Chính phủ', NV, 20, [
    'Đăng ký thay đổi người đại diện của nhóm sinh hoạt tôn giáo tập trung',
    'Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã',
    'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một huyện',
    'Đề nghị giảng đạo ngoài địa bàn phụ trách, cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một huyện',
    'Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều xã thuộc một huyện',
    'Thông báo tổ chức quyên góp trong địa bàn một huyện của cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn giáo trực thuộc',
], docs_nv)
add(D, 'Tổ chức phi chính phủ', NV, 30, [
    'Thành lập hội có phạm vi hoạt động trong huyện',
    'Phê duyệt điều lệ hội có phạm vi hoạt động trong huyện',
    'Chia, tách; sáp nhập; hợp nhất hội có phạm vi hoạt động trong huyện',
    'Đổi tên hội có phạm vi hoạt động trong huyện',
    'Hội tự giải thể (cấp huyện)',
    'Công nhận ban vận động thành lập hội có phạm vi hoạt động trong huyện',
    'Cấp giấy phép thành lập và công nhận điều lệ quỹ xã hội, quỹ từ thiện (cấp huyện)',
], docs_nv)
add(D, 'Công chức, viên chức', NV, 15, [
    'Thi tuyển viên chức (cấp huyện)',
    'Xét tuyển viên chức (cấp huyện)',
    'Tiếp nhận vào làm viên chức (cấp huyện)',
    'Xét chuyển cán bộ, công chức cấp xã thành công chức từ cấp huyện trở lên',
], ['Phiếu đăng ký dự tuyển (theo mẫu)', 'Bản sao văn bằng, chứng chỉ'])
add(D, 'Chính quyền địa phương', NV, 20, [
    'Thành lập thôn mới, tổ dân phố mới',
    'Công nhận trưởng thôn, tổ trưởng tổ dân phố sau sáp nhập',
], ['Tờ trình của UBND cấp xã', 'Đề án thành lập thôn, tổ dân phố'])
add(D, 'Văn thư - Lưu trữ', NV, 3, [
    'Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc lưu trữ lịch sử cấp huyện',
    'Cấp bản sao và chứng thực tài liệu lưu trữ (cấp huyện)',
], ['Phiếu yêu cầu khai thác tài liệu', 'Giấy tờ tùy thân'])

# Thanh tra huyện
docs_tt = ['Đơn khiếu nại/tố cáo hoặc văn bản ghi lại nội dung', 'Tài liệu, chứng cứ kèm theo (nếu có)']
add(D, 'Giải quyết khiếu nại', TTR, 30, [
    'Giải quyết khiếu nại lần đầu tại cấp huyện',
    'Giải quyết khiếu nại lần hai tại cấp huyện',
], docs_tt)
add(D, 'Giải quyết tố cáo', TTR, 30, [
    'Giải quyết tố cáo tại cấp huyện',
], docs_tt)
add(D, 'Tiếp công dân', TTR, 10, [
    'Tiếp công dân tại cấp huyện',
    'Xử lý đơn tại cấp huyện',
], docs_tt)
add(D, 'Phòng, chống tham nhũng', TTR, 15, [
    'Xác minh tài sản, thu nhập (cấp huyện)',
    'Tiếp nhận yêu cầu giải trình (cấp huyện)',
    'Thực hiện việc giải trình (cấp huyện)',
], ['Văn bản yêu cầu'])

# Nông nghiệp và PTNT
docs_nn = ['Đơn/văn bản đề nghị (theo mẫu)', 'Hồ sơ, tài liệu chứng minh liên quan']
add(D, 'Nông nghiệp', NN, 15, [
    'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh (cấp huyện)',
    'Hỗ trợ giống cây trồng, vật nuôi cho hộ nghèo, cận nghèo',
    'Phê duyệt kế hoạch khuyến nông địa phương (cấp huyện)',
    'Công nhận xã đạt chuẩn nông thôn mới nâng cao',
    'Thẩm định, phê duyệt phương án, dự án liên kết sản xuất tiêu thụ sản phẩm (cấp huyện)',
], docs_nn)
add(D, 'Trồng trọt', NN, 10, [
    'Tiếp nhận hồ sơ công bố tiêu chuẩn áp dụng đối với sản phẩm cây trồng chủ lực cấp huyện',
    'Cấp giấy xác nhận cho phép chuyển đổi cơ cấu cây trồng trên đất trồng lúa (cấp huyện)',
], docs_nn)
add(D, 'Chăn nuôi', NN, 5, [
    'Kê khai hoạt động chăn nuôi quy mô trang trại nhỏ (cấp huyện)',
    'Hỗ trợ chăn nuôi nông hộ (cấp huyện)',
], docs_nn)
add(D, 'Lâm nghiệp', NN, 15, [
    'Phê duyệt hoặc điều chỉnh phương án quản lý rừng bền vững của chủ rừng là hộ gia đình, cá nhân, cộng đồng dân cư',
    'Giao rừng, cho thuê rừng cho hộ gia đình, cá nhân, cộng đồng dân cư',
    'Thu hồi rừng của hộ gia đình, cá nhân, cộng đồng dân cư',
    'Phê duyệt phương án khai thác thực vật rừng thông thường thuộc thẩm quyền UBND cấp huyện',
], docs_nn)
add(D, 'Phòng, chống thiên tai', NN, 10, [
    'Hỗ trợ khẩn cấp về nhà ở cho hộ gia đình có nhà bị đổ, sập, trôi, cháy hoàn toàn do thiên tai',
    'Phê duyệt phương án ứng phó thiên tai cấp huyện cho công trình đê điều',
], docs_nn)
add(D, 'Thủy lợi', NN, 7, [
    'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền UBND cấp huyện',
    'Gia hạn, điều chỉnh nội dung giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền UBND cấp huyện',
], docs_nn)
add(D, 'Kinh tế hợp tác và Phát triển nông thôn', NN, 20, [
    'Công nhận và giao quyền quản lý cho tổ chức cộng đồng (thuộc UBND huyện)',
    'Hỗ trợ đầu tư kết cấu hạ tầng vùng sản xuất tập trung (cấp huyện)',
], docs_nn)
add(D, 'Quản lý chất lượng nông lâm sản và thủy sản', NN, 15, [
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản (cấp huyện)',
    'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản (cấp huyện)',
    'Xác nhận nội dung ký cam kết sản xuất thực phẩm an toàn đối với cơ sở sản xuất ban đầu nhỏ lẻ',
], docs_nn)

# Văn phòng HĐND và UBND
add(D, 'Tiếp cận thông tin', VP, 10, [
    'Cung cấp thông tin theo yêu cầu của công dân (cấp huyện)',
], ['Phiếu yêu cầu cung cấp thông tin (theo mẫu)', 'Giấy tờ tùy thân'])
add(D, 'Kiểm soát thủ tục hành chính', VP, 10, [
    'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính (cấp huyện)',
], ['Văn bản phản ánh, kiến nghị'])
add(D, 'Ngoại vụ', VP, 7, [
    'Cho phép cán bộ, công chức, viên chức cấp huyện đi nước ngoài việc riêng',
    'Tiếp nhận và quản lý hoạt động đoàn khách nước ngoài làm việc tại huyện',
], ['Đơn đề nghị', 'Lịch trình chuyến đi'])

C = []  # commune (UBND xã)
docs_htx = ['Tờ khai đăng ký hộ tịch (theo mẫu)', 'Giấy tờ tùy thân của người yêu cầu']
add(C, 'Hộ tịch', None, 1, [
    'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    'Đăng ký nhận cha, mẹ, con',
    'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    'Đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất',
    'Cấp bản sao Trích lục hộ tịch',
], docs_htx)
add(C, 'Hộ tịch', None, 3, [
    'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    'Đăng ký lại khai sinh',
    'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
    'Đăng ký lại kết hôn',
    'Đăng ký lại khai tử',
    'Đăng ký kết hôn lưu động cho người đang bị bệnh hiểm nghèo',
    'Liên thông thủ tục hành chính về đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú',
], docs_htx)
add(C, 'Hộ tịch', None, 5, [
    'Đăng ký khai sinh, đăng ký thường trú cho trẻ em bị bỏ rơi',
    'Đăng ký việc nuôi con nuôi thực tế',
], docs_htx)
docs_ctx = ['Bản chính giấy tờ, văn bản hoặc dự thảo hợp đồng', 'Giấy tờ tùy thân của người yêu cầu chứng thực']
add(C, 'Chứng thực', None, 0.5, [
    'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực (cấp xã)',
], docs_ctx)
add(C, 'Chứng thực', None, 2, [
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    'Chứng thực di chúc',
    'Chứng thực văn bản từ chối nhận di sản',
    'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch (cấp xã)',
    'Sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực (cấp xã)',
    'Chứng thực hợp đồng thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
], docs_ctx)
add(C, 'Nuôi con nuôi', None, 20, [
    'Đăng ký nuôi con nuôi trong nước',
    'Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con nuôi (cấp xã xác nhận)',
], ['Đơn xin nhận con nuôi (theo mẫu)', 'Giấy khám sức khỏe', 'Phiếu lý lịch tư pháp'])
docs_btx = ['Tờ khai đề nghị trợ giúp xã hội (theo mẫu)', 'Bản sao giấy tờ tùy thân', 'Giấy tờ chứng minh thuộc đối tượng']
add(C, 'Bảo trợ xã hội', None, 10, [
    'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở',
    'Trợ giúp xã hội khẩn cấp về hỗ trợ chi phí mai táng',
    'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    'Đổi, cấp lại Giấy xác nhận khuyết tật',
    'Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn',
    'Chi trả trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng khi đối tượng thay đổi nơi cư trú trong cùng địa bàn huyện',
    'Đề nghị trợ cấp xã hội hàng tháng cho người cao tuổi',
    'Đề nghị trợ cấp xã hội hàng tháng cho người khuyết tật',
    'Đề nghị hỗ trợ kinh phí nhận chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội',
    'Thẩm định, xét duyệt hồ sơ hỗ trợ người lao động mất việc làm',
    'Hỗ trợ cho người nhiễm HIV/AIDS thuộc hộ nghèo',
], docs_btx)
add(C, 'Giảm nghèo', None, 15, [
    'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm',
    'Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm',
    'Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
], ['Giấy đề nghị xét duyệt (theo mẫu)'])
docs_nccx = ['Bản khai (theo mẫu)', 'Giấy tờ chứng minh là người có công hoặc thân nhân']
add(C, 'Người có công', None, 5, [
    'Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ; đơn đề nghị thăm viếng mộ liệt sĩ',
    'Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng (cấp xã tiếp nhận)',
    'Giải quyết trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Campuchia (cấp xã tiếp nhận)',
    'Giải quyết chế độ đối với thân nhân liệt sĩ (cấp xã tiếp nhận)',
    'Giải quyết chế độ trợ cấp ưu đãi đối với con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học',
    'Cấp giấy xác nhận thân nhân của người có công',
    'Giải quyết chế độ mai táng phí đối với người có công với cách mạng từ trần',
    'Ủy quyền hưởng trợ cấp, phụ cấp ưu đãi',
    'Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công',
    'Tặng quà chúc mừng sinh nhật người có công có hoàn cảnh khó khăn',
], docs_nccx)
add(C, 'Lao động, việc làm', None, 5, [
    'Xác nhận đơn đề nghị hỗ trợ cho người lao động tạm hoãn thực hiện hợp đồng lao động',
    'Xác nhận hộ gia đình làm nông nghiệp có mức sống trung bình để hưởng chính sách',
], ['Đơn đề nghị xác nhận'])
add(C, 'Trẻ em', None, 10, [
    'Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay thế không phải là người thân thích của trẻ em',
    'Thông báo nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay thế là người thân thích của trẻ em',
    'Chuyển trẻ em đang được chăm sóc thay thế tại cơ sở trợ giúp xã hội đến cá nhân, gia đình nhận chăm sóc thay thế',
], ['Đơn đăng ký (theo mẫu)', 'Phiếu lý lịch tư pháp'])
add(C, 'Phòng, chống tệ nạn xã hội', None, 5, [
    'Đăng ký cai nghiện ma túy tự nguyện tại cộng đồng',
    'Hỗ trợ học nghề cho người sau cai nghiện ma túy',
], ['Đơn đăng ký (theo mẫu)', 'Bản sao giấy tờ tùy thân'])
docs_ddx = ['Đơn đề nghị (theo mẫu)', 'Giấy tờ về quyền sử dụng đất (nếu có)']
add(C, 'Đất đai', None, 10, [
    'Hòa giải tranh chấp đất đai (cấp xã)',
    'Xác nhận nguồn gốc, thời điểm sử dụng đất',
    'Xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp đất đai',
    'Xác nhận hộ gia đình, cá nhân trực tiếp sản xuất nông nghiệp',
    'Tiếp nhận hồ sơ đăng ký đất đai, cấp Giấy chứng nhận lần đầu tại UBND cấp xã',
    'Tiếp nhận hồ sơ đăng ký biến động đất đai tại UBND cấp xã',
    'Cho thuê đất thuộc quỹ đất công ích của xã',
    'Xác nhận đơn đề nghị chuyển mục đích sử dụng đất',
    'Niêm yết công khai hồ sơ cấp Giấy chứng nhận quyền sử dụng đất',
    'Xác nhận đất không có tranh chấp để đăng ký biện pháp bảo đảm',
], docs_ddx)
add(C, 'Môi trường', None, 7, [
    'Tham vấn trong đánh giá tác động môi trường',
    'Xác nhận cam kết bảo vệ môi trường đối với hộ chăn nuôi',
], ['Văn bản đề nghị'])
add(C, 'Xây dựng', None, 10, [
    'Xác nhận xây dựng nhà ở riêng lẻ tại nông thôn không thuộc diện phải cấp giấy phép',
    'Thông báo khởi công xây dựng nhà ở riêng lẻ',
], ['Đơn đề nghị xác nhận', 'Bản vẽ sơ đồ vị trí công trình'])
add(C, 'Thương mại', None, 5, [
    'Đăng ký tổ chức hoạt động kinh doanh tại chợ của xã',
    'Xác nhận hộ kinh doanh nhỏ lẻ không phải đăng ký kinh doanh',
    'Xác nhận bán lẻ rượu tiêu dùng tại chỗ',
], ['Đơn đề nghị'])
add(C, 'Văn hóa', None, 5, [
    'Xét tặng danh hiệu Gia đình văn hóa hằng năm',
    'Xét tặng Giấy khen Gia đình văn hóa',
    'Thông báo tổ chức lễ hội cấp xã',
    'Đăng ký tổ chức lễ hội cấp xã',
    'Xét tặng danh hiệu Thôn, tổ dân phố văn hóa',
    'Thông báo thành lập thư viện đối với thư viện cộng đồng (cấp xã)',
    'Công nhận câu lạc bộ thể thao cơ sở',
    'Xét tặng danh hiệu Gia đình thể thao',
    'Đăng ký hoạt động tín ngưỡng',
    'Đăng ký bổ sung hoạt động tín ngưỡng',
    'Thông báo về việc tổ chức lễ hội tín ngưỡng',
    'Đăng ký sinh hoạt tôn giáo tập trung',
    'Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã',
    'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một xã',
    'Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo',
], ['Văn bản đề nghị/đăng ký (theo mẫu)'])
add(C, 'Giáo dục và Đào tạo', None, 15, [
    'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục',
    'Thành lập nhóm trẻ, lớp mẫu giáo độc lập',
    'Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập',
    'Giải thể nhóm trẻ, lớp mẫu giáo độc lập',
    'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục trở lại',
    'Xác nhận hộ nghèo để miễn, giảm học phí cho học sinh',
], ['Tờ trình đề nghị', 'Hồ sơ chứng minh đủ điều kiện'])
add(C, 'Nông nghiệp', None, 10, [
    'Hỗ trợ khôi phục sản xuất nông nghiệp bị thiệt hại do thiên tai (cấp xã)',
    'Xác nhận thiệt hại cây trồng, vật nuôi do dịch bệnh',
    'Hỗ trợ dồn điền đổi thửa',
    'Xác nhận hợp đồng liên kết sản xuất nông nghiệp',
    'Phê duyệt kế hoạch hỗ trợ nông nghiệp cấp xã',
    'Xác nhận hộ chăn nuôi nhỏ lẻ đăng ký tiêm phòng',
    'Kê khai hoạt động chăn nuôi quy mô nông hộ',
    'Xác nhận nguồn gốc lâm sản khai thác từ vườn hộ gia đình',
    'Xác nhận bảng kê lâm sản (cấp xã)',
], ['Đơn đề nghị', 'Biên bản xác nhận của thôn'])
add(C, 'Phòng, chống thiên tai', None, 5, [
    'Đăng ký tham gia lực lượng xung kích phòng chống thiên tai cấp xã',
    'Hỗ trợ khẩn cấp người bị thương nặng do thiên tai',
], ['Đơn đề nghị'])
add(C, 'Thi đua, khen thưởng', None, 15, [
    'Tặng Giấy khen của Chủ tịch UBND cấp xã về thành tích thực hiện nhiệm vụ chính trị',
    'Tặng Giấy khen của Chủ tịch UBND cấp xã về thành tích đột xuất',
    'Tặng Giấy khen của Chủ tịch UBND cấp xã cho gia đình',
    'Tặng Giấy khen của Chủ tịch UBND cấp xã theo chuyên đề',
    'Xét tặng danh hiệu Lao động tiên tiến (cấp xã)',
], ['Tờ trình đề nghị khen thưởng', 'Báo cáo thành tích'])
add(C, 'Chính quyền địa phương', None, 10, [
    'Công nhận trưởng thôn, tổ trưởng tổ dân phố',
    'Miễn nhiệm trưởng thôn, tổ trưởng tổ dân phố',
], ['Biên bản hội nghị thôn, tổ dân phố'])
add(C, 'Giải quyết khiếu nại, tố cáo', None, 30, [
    'Giải quyết khiếu nại lần đầu tại cấp xã',
    'Giải quyết tố cáo tại cấp xã',
    'Tiếp công dân tại cấp xã',
    'Xử lý đơn tại cấp xã',
], ['Đơn khiếu nại/tố cáo', 'Tài liệu, chứng cứ kèm theo (nếu có)'])
add(C, 'Phổ biến giáo dục pháp luật', None, 5, [
    'Công nhận tuyên truyền viên pháp luật',
    'Cho thôi làm tuyên truyền viên pháp luật',
    'Công nhận xã đạt chuẩn tiếp cận pháp luật',
], ['Văn bản đề nghị'])
add(C, 'Y tế', None, 5, [
    'Xác nhận kiến thức an toàn thực phẩm đối với cơ sở kinh doanh thức ăn đường phố',
    'Cấp giấy chứng sinh cho trẻ sinh tại trạm y tế xã',
    'Xác nhận hộ gia đình tham gia bảo hiểm y tế',
    'Tiếp nhận bản cam kết bảo đảm an toàn thực phẩm đối với cơ sở kinh doanh nhỏ lẻ',
], ['Đơn đề nghị'])
add(C, 'Quân sự, dân quân', None, 5, [
    'Đăng ký nghĩa vụ quân sự lần đầu',
    'Đăng ký nghĩa vụ quân sự bổ sung',
    'Đăng ký nghĩa vụ quân sự chuyển đi khi thay đổi nơi cư trú',
    'Đăng ký miễn gọi nhập ngũ thời chiến',
    'Xác nhận đối tượng hưởng chế độ theo Quyết định 62/2011/QĐ-TTg',
], ['Tờ khai (theo mẫu)', 'Giấy tờ tùy thân'])
add(C, 'Tiếp cận thông tin', None, 5, [
    'Cung cấp thông tin theo yêu cầu của công dân (cấp xã)',
    'Xác nhận lý lịch cho công dân',
    'Xác nhận đơn cho công dân đi làm việc ở nước ngoài',
    'Xác nhận thông tin cá nhân để vay vốn ngân hàng chính sách xã hội',
], ['Phiếu yêu cầu (theo mẫu)', 'Giấy tờ tùy thân'])
add(C, 'Tài chính', None, 5, [
    'Thanh toán chế độ cho người trực tiếp tham gia dân công hỏa tuyến',
    'Thanh quyết toán hỗ trợ xi măng làm đường giao thông nông thôn',
], ['Đơn đề nghị'])

add(C, 'Hộ kinh doanh, thương mại', None, 3, [
    'Xác nhận địa điểm kinh doanh của hộ kinh doanh',
    'Xác nhận thu nhập để hưởng chính sách hỗ trợ',
], ['Đơn đề nghị xác nhận'])
add(C, 'Đăng ký, quản lý cư trú', None, 3, [
    'Xác nhận thông tin về cư trú (tiếp nhận tại UBND cấp xã)',
    'Xác nhận nơi cư trú để làm thủ tục hành chính khác',
], ['Tờ khai (theo mẫu)', 'Giấy tờ tùy thân'])
add(C, 'Bảo trợ xã hội', None, 10, [
    'Hỗ trợ chi phí điều trị cho người bị thương nặng ngoài nơi cư trú mà không có người thân thích chăm sóc',
    'Hỗ trợ lương thực cho hộ gia đình thiếu đói do thiên tai',
    'Xác nhận hộ gia đình có người khuyết tật đặc biệt nặng để hưởng chính sách',
    'Đề nghị hỗ trợ chi phí mai táng cho người đơn thân nghèo đang nuôi con',
    'Thôi hưởng trợ cấp xã hội hàng tháng (cấp xã tiếp nhận)',
], ['Tờ khai đề nghị (theo mẫu)', 'Giấy tờ chứng minh thuộc đối tượng'])
add(C, 'Người có công', None, 5, [
    'Xác nhận người hoạt động kháng chiến được tặng Huân chương, Huy chương',
    'Giải quyết hưởng chế độ ưu đãi đối với người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 (cấp xã tiếp nhận)',
    'Xác nhận thờ cúng liệt sĩ',
    'Đề nghị cấp thẻ bảo hiểm y tế cho người có công và thân nhân',
    'Giải quyết chế độ đối với thương binh đang hưởng chế độ mất sức lao động (cấp xã tiếp nhận)',
], ['Bản khai (theo mẫu)', 'Giấy tờ liên quan'])
add(C, 'Đất đai', None, 10, [
    'Xác nhận đơn xin cấp đổi, cấp lại Giấy chứng nhận quyền sử dụng đất',
    'Xác nhận ranh giới, mốc giới thửa đất',
    'Xác nhận đất sử dụng ổn định, không vi phạm pháp luật đất đai',
    'Thẩm tra hồ sơ bồi thường, hỗ trợ khi Nhà nước thu hồi đất (cấp xã)',
], ['Đơn đề nghị (theo mẫu)', 'Giấy tờ về quyền sử dụng đất (nếu có)'])
add(C, 'Văn hóa', None, 5, [
    'Cho phép tổ chức biểu diễn nghệ thuật quần chúng tại nhà văn hóa thôn',
    'Đăng ký hoạt động câu lạc bộ văn hóa văn nghệ cơ sở',
    'Xét công nhận Gia đình văn hóa tiêu biểu 3 năm liền',
    'Đề nghị sửa chữa, cải tạo công trình tín ngưỡng không phải xin giấy phép xây dựng',
], ['Văn bản đề nghị/đăng ký (theo mẫu)'])
add(C, 'Giáo dục và Đào tạo', None, 5, [
    'Xác nhận học sinh thuộc diện được hỗ trợ chi phí học tập',
    'Đăng ký phổ cập giáo dục mầm non cho trẻ 5 tuổi',
], ['Đơn đề nghị'])
add(C, 'Nông nghiệp', None, 10, [
    'Đăng ký diện tích gieo trồng được hỗ trợ giống lúa',
    'Xác nhận diện tích đất trồng lúa được hỗ trợ bảo vệ, phát triển đất trồng lúa',
    'Hỗ trợ tiêu hủy gia súc, gia cầm mắc bệnh truyền nhiễm',
    'Xác nhận tổ hợp tác sản xuất nông nghiệp',
], ['Đơn đề nghị', 'Biên bản xác nhận của thôn'])
add(C, 'Y tế', None, 5, [
    'Xác nhận đối tượng được hỗ trợ đóng bảo hiểm y tế hộ gia đình cận nghèo',
    'Tiếp nhận đăng ký dịch vụ kế hoạch hóa gia đình',
], ['Đơn đề nghị'])
add(C, 'Tài chính', None, 5, [
    'Xác nhận hộ gia đình được miễn, giảm các khoản đóng góp xã hội',
    'Chi trả tiền hỗ trợ bảo vệ, phát triển đất trồng lúa',
], ['Đơn đề nghị'])

# ---------------------------------------------------------------- helpers
ONLINE_PRIORITY = {  # propensity to be offered online in 2023 (higher = more likely 'full')
    'Hộ tịch': 3, 'Chứng thực': 1, 'Thành lập và hoạt động của hộ kinh doanh': 3,
    'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã': 3,
    'Lưu thông hàng hóa trong nước': 3, 'Kinh doanh khí': 2, 'Văn hóa': 1, 'Giáo dục và Đào tạo': 0,
    'Phát thanh, truyền hình và thông tin điện tử': 3, 'Bảo trợ xã hội': 2, 'Người có công': 2,
    'Xây dựng': 1, 'Đất đai': 1, 'Giải quyết khiếu nại': -2, 'Giải quyết tố cáo': -2,
    'Giải quyết khiếu nại, tố cáo': -2, 'Tiếp công dân': -2, 'Phòng, chống tham nhũng': -3,
    'Thi đua, khen thưởng': 1, 'An toàn thực phẩm và dinh dưỡng': 2, 'Môi trường': 1,
    'Quân sự, dân quân': -1,
}


def h(s):
    return int(hashlib.sha1(s.encode('utf-8')).hexdigest()[:8], 16)


def nfc(s):
    return unicodedata.normalize('NFC', s)


def steps_for(wd, dept):
    # Tiếp nhận 0.5 + Thẩm định + Phê duyệt + Trả kết quả 0.5; all multiples of 0.5
    approve = 0.5 if wd <= 5 else 1.0
    review = wd - 1.0 - approve
    assert review >= 0.5 and (review * 2) == int(review * 2), (wd, review)
    return [
        {'name': 'Tiếp nhận hồ sơ', 'department': DESK, 'workingDays': 0.5},
        {'name': 'Thẩm định hồ sơ', 'department': dept, 'workingDays': review},
        {'name': 'Phê duyệt', 'department': LEAD, 'workingDays': approve},
        {'name': 'Trả kết quả', 'department': DESK, 'workingDays': 0.5},
    ]


def num(x):
    return int(x) if float(x).is_integer() else x


def main():
    fixture = [json.loads(l) for l in open(FIXTURE, encoding='utf-8') if l.strip()]
    public = {r['code']: r for r in (json.loads(l) for l in open(PUBLIC, encoding='utf-8') if l.strip())}
    fixed_codes = {r['code'] for r in fixture}

    recs = []  # dicts with extra '_dept', '_fixed'
    for r in fixture:
        r = dict(r)
        r['_fixed'] = True
        r['_dept'] = FIXTURE_DEPT.get(r['code'])
        recs.append(r)
    for code, (level, dept) in REAL.items():
        assert code not in fixed_codes, code
        p = public[code]
        name = p['name']
        if level == 'district' and p['level'] == 'commune':
            name = name.replace('Chủ tịch UBND cấp xã', 'Chủ tịch UBND cấp huyện') \
                       .replace('thẩm quyền của UBND cấp xã', 'thẩm quyền của UBND cấp huyện') \
                       .replace('cho Chủ tịch UBND cấp xã', 'cho Chủ tịch UBND cấp huyện') \
                       .replace('(cấp xã)', '(cấp huyện)')
        r = {'code': code, 'name': name, 'field': p['field'], 'level': level,
             'workingDays': p['workingDays'], '_dept': dept, '_fixed': False, '_real': True}
        if 'fee' in p:
            r['fee'] = p['fee']
        recs.append(r)

    extra = json.load(open(EXTRA, encoding='utf-8'))['procedures']
    replaced = set()
    for e in extra:
        assert e['code'] not in fixed_codes and e['code'] not in public and e['code'] not in REAL, e['code']
        assert e['level'] == 'commune' or e.get('department') in DEPTS, e
        r = {'code': e['code'], 'name': e['name'], 'field': e['field'], 'level': e['level'],
             'workingDays': e['workingDays'], '_dept': e.get('department'), '_fixed': False, '_real': True}
        for k in ('fee', 'requiredDocuments'):
            if k in e:
                r[k] = e[k]
        recs.append(r)
        replaced.add((e['level'], e['replaces'].lower()))

    n_real = {'district': sum(1 for r in recs if r['level'] == 'district'),
              'commune': sum(1 for r in recs if r['level'] == 'commune')}
    need = {lv: sum(TARGET[lv].values()) - n_real[lv] for lv in TARGET}
    seen_names = {(r['level'], r['name'].lower()) for r in recs} | replaced
    # every replaced invented name must exist in the invented pool of its level (no silent no-op)
    for lv, nm in replaced:
        assert any(p[3].lower() == nm for p in (D if lv == 'district' else C)), (lv, nm)
    for lv, pool, prefix in (('district', D, 'DEMO.H.'), ('commune', C, 'DEMO.X.')):
        pool = [p for p in pool if (lv, p[3].lower()) not in seen_names]
        names = [p[3] for p in pool]
        assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
        assert len(pool) >= need[lv], (lv, len(pool), need[lv])
        # round-robin over departments/fields so truncation to the quota trims the largest groups
        groups = {}
        for p in pool:
            groups.setdefault(p[1] or p[0], []).append(p)
        chosen, k = set(), 0
        while len(chosen) < need[lv]:
            for g in groups.values():
                if k < len(g) and len(chosen) < need[lv]:
                    chosen.add(g[k][3])
            k += 1
        pool = [p for p in pool if p[3] in chosen]
        for i, (field, dept, wd, name, docs) in enumerate(pool, 1):
            recs.append({'code': f'{prefix}{i:03d}', 'name': name, 'field': field, 'level': lv,
                         'workingDays': wd, 'requiredDocuments': docs, 'demo': True,
                         '_dept': dept, '_fixed': False})

    # onlineLevel: fixture keeps its own; the rest ranked by field propensity, short time, hash
    for lv in TARGET:
        quota = dict(TARGET[lv])
        for r in recs:
            if r['level'] == lv and r['_fixed']:
                quota[r['onlineLevel']] -= 1
        rest = [r for r in recs if r['level'] == lv and not r['_fixed']]
        rest.sort(key=lambda r: (-(ONLINE_PRIORITY.get(r['field'], 0) * 5 - min(r['workingDays'], 30) / 3
                                   + (h(r['code']) % 20)), r['code']))
        i = 0
        for ol in ('full', 'partial', 'none'):
            for r in rest[i:i + quota[ol]]:
                r['onlineLevel'] = ol
            i += quota[ol]
        assert i == len(rest), (lv, i, len(rest))

    out = []
    for r in recs:
        o = {'code': r['code'], 'name': nfc(r['name']), 'field': nfc(r['field']), 'level': r['level'],
             'workingDays': num(r['workingDays']), 'onlineLevel': r['onlineLevel']}
        if 'fee' in r:
            o['fee'] = r['fee']
        docs = r.get('requiredDocuments')
        if not docs:
            docs = generic_docs(r)
        o['requiredDocuments'] = [nfc(d) for d in docs]
        if r['level'] == 'district' and r['workingDays'] >= 2:
            o['steps'] = steps_for(float(r['workingDays']), r['_dept'])
            for s in o['steps']:
                s['workingDays'] = num(s['workingDays'])
        if r.get('demo'):
            o['demo'] = True
        out.append(o)

    order = {'district': 0, 'commune': 1}
    out.sort(key=lambda o: (order[o['level']], o['code'].startswith('DEMO'), o['code']))
    with open(OUT, 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote', len(out), 'lines to', OUT)


def generic_docs(r):
    n = r['name'].lower()
    if 'hộ tịch' in r['field'].lower() or 'khai sinh' in n or 'khai tử' in n or 'kết hôn' in n or 'giám hộ' in n:
        return ['Tờ khai đăng ký hộ tịch (theo mẫu)', 'Giấy tờ tùy thân của người yêu cầu']
    if 'chứng thực' in n or 'bản sao' in n:
        return ['Bản chính giấy tờ, văn bản cần chứng thực', 'Giấy tờ tùy thân của người yêu cầu']
    if 'hợp tác xã' in n or 'tổ hợp tác' in n:
        return ['Giấy đề nghị (theo mẫu)', 'Nghị quyết hoặc quyết định của hợp tác xã về nội dung đăng ký']
    if 'hộ kinh doanh' in n:
        return ['Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh']
    if 'biện pháp bảo đảm' in n or 'bảo đảm' in n:
        return ['Phiếu yêu cầu đăng ký (theo mẫu)', 'Hợp đồng bảo đảm hoặc văn bản liên quan', 'Giấy chứng nhận quyền sử dụng đất']
    if 'đất' in n:
        return ['Đơn đăng ký biến động (theo mẫu)', 'Giấy chứng nhận đã cấp', 'Hợp đồng, văn bản về chuyển quyền sử dụng đất']
    if 'xây dựng' in n:
        return ['Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', 'Giấy tờ về quyền sử dụng đất', 'Bản vẽ thiết kế']
    if 'hòa giải' in n:
        return ['Văn bản đề nghị của Ban công tác Mặt trận', 'Biên bản bầu hòa giải viên']
    return ['Văn bản đề nghị (theo mẫu)', 'Hồ sơ, tài liệu chứng minh liên quan']


def verify():
    import collections
    P=OUT
    raw=open(P,encoding='utf-8').read()
    assert unicodedata.normalize('NFC',raw)==raw
    L=[json.loads(l) for l in raw.splitlines()]
    depts={d['name'] for d in json.load(open(UNITS))['departments']}|{'Bộ phận một cửa','Lãnh đạo UBND'}
    c=collections.Counter((r['level'],r['onlineLevel']) for r in L)
    assert c==collections.Counter({('district','full'):131,('district','partial'):55,('district','none'):68,('commune','full'):67,('commune','partial'):23,('commune','none'):98}),c
    codes=[r['code'] for r in L]; assert len(codes)==len(set(codes))
    assert len({(r['level'],r['name']) for r in L})==len(L)
    by={r['code']:r for r in L}
    for l in open(FIXTURE):
        f=json.loads(l); r=by[f['code']]
        for k in ('code','name','field','level','workingDays','onlineLevel'): assert r[k]==f[k],(k,f,r)
    pub={json.loads(l)['code']:json.loads(l) for l in open(PUBLIC)}
    nreal=0
    for r in L:
        assert set(r)<= {'code','name','field','level','workingDays','onlineLevel','fee','requiredDocuments','steps','demo'}
        assert isinstance(r['workingDays'],(int,float)) and 0<r['workingDays']<=30, r
        assert r['level'] in ('district','commune') and r['onlineLevel'] in ('full','partial','none')
        assert r['code'].startswith('DEMO.')==bool(r.get('demo')), r['code']
        if r.get('demo'): assert r['code'].startswith('DEMO.H.' if r['level']=='district' else 'DEMO.X.')
        elif r['code'] in pub and r['code'] not in ('1.003005',) and not any(r['code']==json.loads(l)['code'] for l in open(FIXTURE)):
            p=pub[r['code']]; assert r['field']==p['field'] and r['workingDays']==p['workingDays'] and r.get('fee')==p.get('fee'); nreal+=1
        assert 1<=len(r['requiredDocuments'])<=3
        if 'fee' in r: assert isinstance(r['fee'],int)
        if r['level']=='district' and r['workingDays']>=2:
            s=r['steps']; assert abs(sum(x['workingDays'] for x in s)-r['workingDays'])<1e-9, r
            assert sum(x['workingDays'] for x in s)==r['workingDays']
            for x in s: assert x['department'] in depts and x['workingDays']>0, x
    print('OK', len(L), 'lines; real from public:', nreal)
    print(collections.Counter((r['level'],'demo' if r.get('demo') else 'real') for r in L))


if __name__ == '__main__':
    main()
    verify()
