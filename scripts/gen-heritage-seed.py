#!/usr/bin/env python3
"""Generates hub/src/main/resources/demo/heritage-source.sql, the demo database of the
heritage-management system (hệ thống quản lý di tích) of the new Bắc Ninh province (code 24,
the former Bắc Giang and Bắc Ninh, merged on 1 July 2025).

    python3 scripts/gen-heritage-seed.py > hub/src/main/resources/demo/heritage-source.sql

Deterministic: the same script writes the same file. The SQL runs unchanged on H2 2.3 and
PostgreSQL 15. Commune codes and names are the new (1 July 2025) units of province 24 from the
statistics office's lists (Decision 19/2025/QĐ-TTg); old commune names serve as village names
and are placed in the new commune that absorbed them (NSO old→new conversion table).

The relic names of the first part are real relics of Bắc Giang and Bắc Ninh; their rankings,
decision numbers, coordinates and texts are approximations for a demo, not a register. The
rest are plausible relics (đình, chùa, đền, nhà thờ họ) in real villages. On purpose, the
legacy system's habits are all there: free-text rankings and types in mixed styles, decision
numbers in the formats of their era, a few rows in TCVN3 (ABC) text as a Latin-1 column holds
it, a few in decomposed Unicode (NFD), and exactly twelve invalid rows, listed in the header.
"""
import random
import unicodedata
from datetime import datetime, timedelta

SEED = 2025_07_01
ROWS = 326

COMMUNES = {
    "07210": "Phường Bắc Giang", "07228": "Phường Đa Mai", "07246": "Xã Xuân Lương", "07264": "Xã Tam Tiến",
    "07282": "Xã Đồng Kỳ", "07288": "Xã Yên Thế", "07294": "Xã Bố Hạ", "07306": "Xã Nhã Nam",
    "07330": "Xã Phúc Hòa", "07333": "Xã Quang Trung", "07339": "Xã Tân Yên", "07351": "Xã Ngọc Thiện",
    "07375": "Xã Lạng Giang", "07381": "Xã Tiên Lục", "07399": "Xã Kép", "07420": "Xã Mỹ Thái",
    "07432": "Xã Tân Dĩnh", "07444": "Xã Lục Nam", "07450": "Xã Đông Phú", "07462": "Xã Bảo Đài",
    "07486": "Xã Nghĩa Phương", "07489": "Xã Trường Sơn", "07492": "Xã Lục Sơn", "07498": "Xã Bắc Lũng",
    "07519": "Xã Cẩm Lý", "07525": "Phường Chũ", "07531": "Xã Tân Sơn", "07534": "Xã Sa Lý",
    "07537": "Xã Biên Sơn", "07543": "Xã Sơn Hải", "07552": "Xã Kiên Lao", "07573": "Xã Biển Động",
    "07582": "Xã Lục Ngạn", "07594": "Xã Đèo Gia", "07603": "Xã Nam Dương", "07612": "Phường Phượng Sơn",
    "07615": "Xã Sơn Động", "07616": "Xã Tây Yên Tử", "07621": "Xã Vân Sơn", "07627": "Xã Đại Sơn",
    "07642": "Xã Yên Định", "07654": "Xã An Lạc", "07663": "Xã Tuấn Đạo", "07672": "Xã Dương Hưu",
    "07681": "Phường Yên Dũng", "07682": "Phường Tân An", "07696": "Phường Tiền Phong", "07699": "Phường Tân Tiến",
    "07735": "Xã Đồng Việt", "07738": "Phường Cảnh Thụy", "07774": "Phường Tự Lạn", "07777": "Phường Việt Yên",
    "07795": "Phường Nếnh", "07798": "Phường Vân Hà", "07822": "Xã Hoàng Vân", "07840": "Xã Hiệp Hoà",
    "07864": "Xã Hợp Thịnh", "07870": "Xã Xuân Cẩm", "09169": "Phường Vũ Ninh", "09187": "Phường Kinh Bắc",
    "09190": "Phường Võ Cường", "09193": "Xã Yên Phong", "09202": "Xã Tam Giang", "09205": "Xã Yên Trung",
    "09208": "Xã Tam Đa", "09238": "Xã Văn Môn", "09247": "Phường Quế Võ", "09253": "Phường Nhân Hòa",
    "09265": "Phường Phương Liễu", "09286": "Phường Nam Sơn", "09292": "Xã Phù Lãng", "09295": "Phường Bồng Lai",
    "09301": "Phường Đào Viên", "09313": "Xã Chi Lăng", "09319": "Xã Tiên Du", "09325": "Phường Hạp Lĩnh",
    "09334": "Xã Liên Bão", "09340": "Xã Đại Đồng", "09343": "Xã Tân Chi", "09349": "Xã Phật Tích",
    "09367": "Phường Từ Sơn", "09370": "Phường Tam Sơn", "09379": "Phường Phù Khê", "09385": "Phường Đồng Nguyên",
    "09400": "Phường Thuận Thành", "09409": "Phường Mão Điền", "09427": "Phường Trí Quả", "09430": "Phường Trạm Lộ",
    "09433": "Phường Song Liễu", "09445": "Phường Ninh Xá", "09454": "Xã Gia Bình", "09466": "Xã Cao Đức",
    "09469": "Xã Đại Lai", "09475": "Xã Nhân Thắng", "09487": "Xã Đông Cứu", "09496": "Xã Lương Tài",
    "09499": "Xã Trung Kênh", "09523": "Xã Trung Chính", "09529": "Xã Lâm Thao",
}

# (old district code, old commune name without its unit prefix, new commune code), from the
# NSO conversion table; 07732 Nham Sơn, missing there, went to Phường Yên Dũng.
OLD_COMMUNES = [
    ("213", "Thọ Xương", "07210"), ("213", "Ngô Quyền", "07210"), ("213", "Hoàng Văn Thụ", "07210"), ("213", "Trần Phú", "07210"),
    ("213", "Xương Giang", "07210"), ("213", "Dĩnh Kế", "07210"), ("213", "Dĩnh Trì", "07210"), ("213", "Mỹ Độ", "07228"),
    ("213", "Song Mai", "07228"), ("213", "Đa Mai", "07228"), ("213", "Tân Mỹ", "07228"), ("216", "Quế Nham", "07228"),
    ("224", "Chũ", "07525"), ("224", "Thanh Hải", "07525"), ("224", "Hồng Giang", "07525"), ("224", "Trù Hựu", "07525"),
    ("224", "Quý Sơn", "07612"), ("224", "Mỹ An", "07612"), ("224", "Phượng Sơn", "07612"), ("213", "Nham Biền", "07681"),
    ("213", "Tân Liễu", "07681"), ("213", "Yên Lư", "07681"), ("213", "Tân An", "07682"), ("213", "Quỳnh Sơn", "07682"),
    ("213", "Trí Yên", "07682"), ("213", "Lãng Sơn", "07682"), ("213", "Đồng Sơn", "07696"), ("213", "Song Khê", "07696"),
    ("213", "Nội Hoàng", "07696"), ("213", "Tiền Phong", "07696"), ("213", "Hương Gián", "07699"), ("213", "Tân Tiến", "07699"),
    ("213", "Xuân Phú", "07699"), ("213", "Tiến Dũng", "07738"), ("213", "Cảnh Thụy", "07738"), ("213", "Tư Mại", "07738"),
    ("222", "Thượng Lan", "07774"), ("222", "Việt Tiến", "07774"), ("222", "Hương Mai", "07774"), ("222", "Tự Lạn", "07774"),
    ("222", "Nghĩa Trung", "07777"), ("222", "Minh Đức", "07777"), ("222", "Bích Động", "07777"), ("222", "Hồng Thái", "07777"),
    ("222", "Tăng Tiến", "07795"), ("222", "Nếnh", "07795"), ("222", "Vân Trung", "07795"), ("222", "Quang Châu", "07795"),
    ("222", "Trung Sơn", "07798"), ("222", "Tiên Sơn", "07798"), ("222", "Quảng Minh", "07798"), ("222", "Ninh Sơn", "07798"),
    ("222", "Vân Hà", "07798"), ("256", "Vũ Ninh", "09169"), ("256", "Đáp Cầu", "09169"), ("256", "Thị Cầu", "09169"),
    ("256", "Kim Chân", "09169"), ("256", "Kinh Bắc", "09187"), ("256", "Tiền Ninh Vệ", "09187"), ("256", "Suối Hoa", "09187"),
    ("256", "Hòa Long", "09187"), ("256", "Vạn An", "09187"), ("256", "Khúc Xuyên", "09187"), ("256", "Đại Phúc", "09190"),
    ("256", "Võ Cường", "09190"), ("256", "Phong Khê", "09190"), ("259", "Phố Mới", "09247"), ("259", "Bằng An", "09247"),
    ("259", "Quế Tân", "09247"), ("259", "Việt Hùng", "09247"), ("259", "Việt Thống", "09253"), ("259", "Đại Xuân", "09253"),
    ("259", "Nhân Hòa", "09253"), ("259", "Phương Liễu", "09265"), ("259", "Phượng Mao", "09265"), ("256", "Vân Dương", "09286"),
    ("256", "Nam Sơn", "09286"), ("259", "Bồng Lai", "09295"), ("259", "Cách Bi", "09295"), ("259", "Mộ Đạo", "09295"),
    ("259", "Phù Lương", "09301"), ("259", "Ngọc Xá", "09301"), ("259", "Đào Viên", "09301"), ("256", "Khắc Niệm", "09325"),
    ("256", "Hạp Lĩnh", "09325"), ("261", "Đông Ngàn", "09367"), ("261", "Tân Hồng", "09367"), ("261", "Đình Bảng", "09367"),
    ("261", "Phù Chẩn", "09367"), ("261", "Tam Sơn", "09370"), ("261", "Tương Giang", "09370"), ("261", "Hương Mạc", "09379"),
    ("261", "Phù Khê", "09379"), ("261", "Châu Khê", "09379"), ("261", "Đồng Kỵ", "09385"), ("261", "Trạng Hạ", "09385"),
    ("261", "Đồng Nguyên", "09385"), ("262", "Hồ", "09400"), ("262", "Đại Đồng Thành", "09400"), ("262", "Song Hồ", "09400"),
    ("262", "Gia Đông", "09400"), ("262", "Hoài Thượng", "09409"), ("262", "Mão Điền", "09409"), ("262", "An Bình", "09409"),
    ("262", "Đình Tổ", "09427"), ("262", "Trí Quả", "09427"), ("262", "Thanh Khương", "09427"), ("262", "Trạm Lộ", "09430"),
    ("262", "Nghĩa Đạo", "09430"), ("262", "Xuân Lâm", "09433"), ("262", "Hà Mãn", "09433"), ("262", "Ngũ Thái", "09433"),
    ("262", "Song Liễu", "09433"), ("262", "Nguyệt Đức", "09445"), ("262", "Ninh Xá", "09445"), ("215", "Đồng Tiến", "07246"),
    ("215", "Canh Nậu", "07246"), ("215", "Xuân Lương", "07246"), ("215", "Tam Tiến", "07264"), ("215", "Tiến Thắng", "07264"),
    ("215", "An Thượng", "07264"), ("215", "Đồng Vương", "07282"), ("215", "Đồng Hưu", "07282"), ("215", "Đồng Kỳ", "07282"),
    ("215", "Đồng Tâm", "07288"), ("215", "Tân Hiệp", "07288"), ("215", "Đồng Lạc", "07288"), ("215", "Phồn Xương", "07288"),
    ("215", "Tân Sỏi", "07288"), ("215", "Đông Sơn", "07294"), ("215", "Hương Vĩ", "07294"), ("215", "Bố Hạ", "07294"),
    ("216", "Nhã Nam", "07306"), ("216", "Tân Trung", "07306"), ("216", "An Dương", "07306"), ("216", "Liên Sơn", "07306"),
    ("216", "Phúc Hòa", "07330"), ("216", "Hợp Đức", "07330"), ("216", "Liên Chung", "07330"), ("216", "Quang Trung", "07333"),
    ("216", "Lam Sơn", "07333"), ("216", "Cao Xá", "07339"), ("216", "Cao Thượng", "07339"), ("216", "Việt Lập", "07339"),
    ("216", "Ngọc Lý", "07339"), ("216", "Việt Ngọc", "07351"), ("216", "Song Vân", "07351"), ("216", "Ngọc Châu", "07351"),
    ("216", "Ngọc Vân", "07351"), ("216", "Ngọc Thiện", "07351"), ("217", "Vôi", "07375"), ("217", "Hương Lạc", "07375"),
    ("217", "Tân Hưng", "07375"), ("217", "Xương Lâm", "07375"), ("217", "Nghĩa Hòa", "07381"), ("217", "Nghĩa Hưng", "07381"),
    ("217", "Đào Mỹ", "07381"), ("217", "Tiên Lục", "07381"), ("217", "An Hà", "07381"), ("217", "Quang Thịnh", "07399"),
    ("217", "Hương Sơn", "07399"), ("217", "Kép", "07399"), ("217", "Dương Đức", "07420"), ("217", "Tân Thanh", "07420"),
    ("217", "Mỹ Thái", "07420"), ("217", "Xuân Hương", "07420"), ("217", "Tân Dĩnh", "07432"), ("217", "Đại Lâm", "07432"),
    ("217", "Thái Đào", "07432"), ("218", "Đồi Ngô", "07444"), ("218", "Tiên Nha", "07444"), ("218", "Phương Sơn", "07444"),
    ("218", "Chu Điện", "07444"), ("218", "Cương Sơn", "07444"), ("218", "Đông Hưng", "07450"), ("218", "Đông Phú", "07450"),
    ("218", "Tam Dị", "07462"), ("218", "Bảo Sơn", "07462"), ("218", "Bảo Đài", "07462"), ("218", "Thanh Lâm", "07462"),
    ("218", "Trường Giang", "07486"), ("218", "Nghĩa Phương", "07486"), ("218", "Huyền Sơn", "07486"), ("218", "Vô Tranh", "07489"),
    ("218", "Trường Sơn", "07489"), ("218", "Bình Sơn", "07492"), ("218", "Lục Sơn", "07492"), ("218", "Lan Mẫu", "07498"),
    ("218", "Yên Sơn", "07498"), ("218", "Khám Lạng", "07498"), ("218", "Bắc Lũng", "07498"), ("218", "Cẩm Lý", "07519"),
    ("218", "Đan Hội", "07519"), ("219", "Cấm Sơn", "07531"), ("219", "Tân Sơn", "07531"), ("219", "Phong Minh", "07534"),
    ("219", "Sa Lý", "07534"), ("219", "Phong Vân", "07537"), ("219", "Biên Sơn", "07537"), ("219", "Hộ Đáp", "07543"),
    ("219", "Sơn Hải", "07543"), ("224", "Kiên Lao", "07552"), ("224", "Kiên Thành", "07552"), ("219", "Kim Sơn", "07573"),
    ("219", "Biển Động", "07573"), ("219", "Phú Nhuận", "07573"), ("219", "Tân Hoa", "07582"), ("219", "Giáp Sơn", "07582"),
    ("219", "Phì Điền", "07582"), ("219", "Tân Quang", "07582"), ("219", "Đồng Cốc", "07582"), ("219", "Tân Lập", "07594"),
    ("219", "Đèo Gia", "07594"), ("224", "Nam Dương", "07603"), ("219", "Tân Mộc", "07603"), ("220", "An Châu", "07615"),
    ("220", "Vĩnh An", "07615"), ("220", "An Bá", "07615"), ("220", "Tây Yên Tử", "07616"), ("220", "Thanh Luận", "07616"),
    ("220", "Vân Sơn", "07621"), ("220", "Hữu Sản", "07621"), ("220", "Đại Sơn", "07627"), ("220", "Phúc Sơn", "07627"),
    ("220", "Giáo Liêm", "07627"), ("220", "Cẩm Đàn", "07642"), ("220", "Yên Định", "07642"), ("220", "An Lạc", "07654"),
    ("220", "Lệ Viễn", "07654"), ("220", "Tuấn Đạo", "07663"), ("220", "Dương Hưu", "07672"), ("220", "Long Sơn", "07672"),
    ("213", "Đức Giang", "07735"), ("213", "Đồng Việt", "07735"), ("213", "Đồng Phúc", "07735"), ("223", "Đồng Tiến", "07822"),
    ("223", "Hoàng Vân", "07822"), ("223", "Toàn Thắng", "07822"), ("223", "Ngọc Sơn", "07822"), ("223", "Thắng", "07840"),
    ("223", "Lương Phong", "07840"), ("223", "Danh Thắng", "07840"), ("223", "Đoan Bái", "07840"), ("223", "Đông Lỗ", "07840"),
    ("223", "Sơn Thịnh", "07864"), ("223", "Hùng Thái", "07864"), ("223", "Thường Thắng", "07864"), ("223", "Hợp Thịnh", "07864"),
    ("223", "Mai Trung", "07864"), ("223", "Bắc Lý", "07870"), ("223", "Xuân Cẩm", "07870"), ("223", "Hương Lâm", "07870"),
    ("223", "Châu Minh", "07870"), ("223", "Mai Đình", "07870"), ("258", "Chờ", "09193"), ("258", "Đông Tiến", "09193"),
    ("258", "Trung Nghĩa", "09193"), ("258", "Long Châu", "09193"), ("258", "Tam Giang", "09202"), ("258", "Hòa Tiến", "09202"),
    ("258", "Dũng Liệt", "09205"), ("258", "Yên Trung", "09205"), ("258", "Tam Đa", "09208"), ("258", "Thụy Hòa", "09208"),
    ("258", "Đông Phong", "09208"), ("258", "Yên Phụ", "09238"), ("258", "Văn Môn", "09238"), ("258", "Đông Thọ", "09238"),
    ("259", "Phù Lãng", "09292"), ("259", "Châu Phong", "09292"), ("259", "Đức Long", "09292"), ("259", "Yên Giả", "09313"),
    ("259", "Chi Lăng", "09313"), ("260", "Lim", "09319"), ("260", "Phú Lâm", "09319"), ("260", "Nội Duệ", "09319"),
    ("260", "Liên Bão", "09334"), ("260", "Hiên Vân", "09334"), ("260", "Việt Đoàn", "09334"), ("260", "Hoàn Sơn", "09340"),
    ("260", "Đại Đồng", "09340"), ("260", "Tri Phương", "09340"), ("260", "Lạc Vệ", "09343"), ("260", "Tân Chi", "09343"),
    ("260", "Phật Tích", "09349"), ("260", "Minh Đạo", "09349"), ("260", "Cảnh Hưng", "09349"), ("263", "Gia Bình", "09454"),
    ("263", "Xuân Lai", "09454"), ("263", "Đại Bái", "09454"), ("263", "Quỳnh Phú", "09454"), ("263", "Vạn Ninh", "09466"),
    ("263", "Cao Đức", "09466"), ("263", "Đại Lai", "09469"), ("263", "Song Giang", "09469"), ("263", "Thái Bảo", "09475"),
    ("263", "Bình Dương", "09475"), ("263", "Nhân Thắng", "09475"), ("263", "Giang Sơn", "09487"), ("263", "Lãng Ngâm", "09487"),
    ("263", "Đông Cứu", "09487"), ("264", "Thứa", "09496"), ("264", "Phú Hòa", "09496"), ("264", "Tân Lãng", "09496"),
    ("264", "An Thịnh", "09499"), ("264", "Trung Kênh", "09499"), ("264", "An Tập", "09499"), ("264", "Quang Minh", "09523"),
    ("264", "Trung Chính", "09523"), ("264", "Phú Lương", "09523"), ("264", "Quảng Phú", "09529"), ("264", "Bình Định", "09529"),
    ("264", "Lâm Thao", "09529"), ("213", "Nham Sơn", "07681"),
]

# Rough centres of the old districts (WGS 84), for plausible coordinates.
DISTRICT_CENTRES = {
    "213": (21.255, 106.215), "215": (21.500, 106.115), "216": (21.380, 106.105), "217": (21.370, 106.250),
    "218": (21.300, 106.420), "219": (21.410, 106.620), "220": (21.320, 106.800), "222": (21.250, 106.100),
    "223": (21.330, 105.975), "224": (21.370, 106.570), "256": (21.180, 106.070), "258": (21.210, 105.975),
    "259": (21.150, 106.170), "260": (21.110, 106.030), "261": (21.120, 105.965), "262": (21.050, 106.070),
    "263": (21.070, 106.200), "264": (21.030, 106.230),
}

RANK_STYLES = {
    "QGDB": ["Quốc gia đặc biệt", "QG đặc biệt", "Di tích quốc gia ĐB", "QGĐB", "Cấp quốc gia đặc biệt"],
    "QG": ["Quốc gia", "QG", "Cấp quốc gia", "Di tích cấp quốc gia", "quốc gia"],
    "TINH": ["Cấp tỉnh", "Tỉnh", "Di tích cấp tỉnh", "cấp Tỉnh"],
    "CHUA": [None, "", "Chưa xếp hạng"],
}
TYPE_STYLES = {
    "LS": ["Lịch sử", "Di tích lịch sử", "Lịch sử - Văn hóa", "LỊCH SỬ"],
    "KT": ["Kiến trúc nghệ thuật", "Kiến trúc - nghệ thuật", "KTNT", "Di tích kiến trúc nghệ thuật"],
    "KC": ["Khảo cổ", "Di chỉ khảo cổ học"],
    "DL": ["Danh lam thắng cảnh", "Danh thắng"],
}

# Real relics: name, type, ranking, old district, old commune, village or address, description,
# decision (None: generate one in the style of its era), (lat, lon) or None.
REAL = [
    ("Chùa Vĩnh Nghiêm", "KT", "QGDB", "213", "Trí Yên", "Thôn Quỳnh", "Chốn tổ của Thiền phái Trúc Lâm; lưu giữ bộ mộc bản kinh Phật, Di sản tư liệu thế giới khu vực châu Á – Thái Bình Dương.", None, (21.2336, 106.2821)),
    ("Đình Thổ Hà", "KT", "QG", "222", "Vân Hà", "Làng Thổ Hà", "Ngôi đình cổ bên sông Cầu, dựng năm 1686, nổi tiếng với các mảng chạm khắc gỗ.", None, (21.2095, 106.1148)),
    ("Khu di tích chiến thắng Xương Giang", "LS", "QG", "213", "Xương Giang", "Phường Xương Giang cũ", "Nơi nghĩa quân Lam Sơn hạ thành Xương Giang năm 1427.", None, (21.2843, 106.2151)),
    ("Khu di tích Đồi Thông Xương Giang", "LS", "TINH", "213", "Xương Giang", "Đồi Thông", "Một điểm trong quần thể di tích chiến thắng Xương Giang.", None, None),
    ("Chùa Bổ Đà", "KT", "QGDB", "222", "Tiên Sơn", "Thôn Thượng Lát", "Chốn tổ Thiền phái Lâm Tế, lưu giữ mộc bản kinh Phật khắc trên gỗ thị.", None, (21.2283, 106.1219)),
    ("Đình Lỗ Hạnh", "KT", "QG", "223", "Đông Lỗ", "Thôn Hạnh", "Đình chung của năm làng Chằm, Chúng, Khoát, Chùa và Hạnh, dựng năm Sùng Khang thứ 11 (1576).", "54/VH-QĐ", (21.3431, 105.9682)),
    ("Đình Phù Lão", "KT", "QG", "217", "Đào Mỹ", "Thôn Phù Lão", "Đình làng thờ Thành hoàng, nổi tiếng với các mảng chạm khắc thế kỷ XVII.", None, None),
    ("Những địa điểm khởi nghĩa Yên Thế", "LS", "QGDB", "215", "Phồn Xương", "Thị trấn Phồn Xương cũ", "Hệ thống di tích cuộc khởi nghĩa nông dân Yên Thế do Hoàng Hoa Thám lãnh đạo.", "548/QĐ-TTg", (21.5241, 106.1162)),
    ("Khu di tích Hoàng Hoa Thám", "LS", "QGDB", "215", "Phồn Xương", "Đồn Phồn Xương", "Đại bản doanh của nghĩa quân Yên Thế; nhà trưng bày và tượng đài Hoàng Hoa Thám.", "548/QĐ-TTg", None),
    ("Đền Thề", "LS", "QGDB", "215", "Phồn Xương", "Đồn Phồn Xương", "Nơi nghĩa quân Yên Thế làm lễ tế cờ, thề trước khi xuất quân.", "548/QĐ-TTg", None),
    ("Đồn Hố Chuối", "LS", "QGDB", "215", "Đồng Tâm", "Bản Hố Chuối", "Một trong những đồn lũy quan trọng của nghĩa quân Yên Thế.", "548/QĐ-TTg", None),
    ("Chùa Lèo", "LS", "QGDB", "215", "Phồn Xương", "Bản Lèo", "Nơi nghĩa quân Yên Thế họp bàn việc quân.", "548/QĐ-TTg", None),
    ("Đình Dĩnh Thép", "LS", "QGDB", "215", "Tân Sỏi", "Thôn Dĩnh Thép", "Điểm di tích của khởi nghĩa Yên Thế.", "548/QĐ-TTg", None),
    ("Cụm di tích đình, chùa, đền Vồng", "LS", "QGDB", "216", "Song Vân", "Làng Vồng", "Thờ Cao Sơn, Quý Minh và 18 vị Quận công họ Dương; lễ hội có tục tế ngựa.", None, None),
    ("Chùa Kem", "KT", "QG", "213", "Nham Sơn", "Thôn Kem", "Sùng Nham tự, còn bia đá tứ diện tạo năm Chính Hòa thứ 2 (1682).", None, None),
    ("Khu di tích và danh thắng Tây Yên Tử", "DL", "QGDB", "220", "Tây Yên Tử", "Khu du lịch Tây Yên Tử", "Sườn tây dãy Yên Tử với chùa Hạ, chùa Thượng và rừng nguyên sinh.", None, (21.1968, 106.7215)),
    ("Chùa Am Vãi", "DL", "TINH", "218", "Nghĩa Phương", "Thôn Am Vãi", "Ngôi chùa giữa rừng núi Huyền Đinh, gắn với danh thắng Suối Mỡ.", None, None),
    ("Đền Suối Mỡ", "DL", "QG", "218", "Nghĩa Phương", "Khu danh thắng Suối Mỡ", "Thờ Công chúa Quế Mỵ Nương; lễ hội mùng 1 tháng 6 âm lịch.", None, None),
    ("Đình Tiên Lục", "KT", "QG", "217", "Tiên Lục", "Thôn Tiên Lục", "Ngôi đình có cây dã hương nghìn năm tuổi.", None, None),
    ("Đình Sen Hồ", "KT", "QG", "222", "Nếnh", "Làng Sen Hồ", "Đình làng được xếp hạng di tích kiến trúc nghệ thuật cấp quốc gia năm 2013.", None, None),
    ("Đình Hả", "KT", "QG", "216", "Tân Trung", "Thôn Hả", "Ngôi đình cổ với nhiều mảng chạm khắc đề tài sinh hoạt dân gian.", None, None),
    ("Lăng Dinh Hương", "KT", "QG", "223", "Lương Phong", "Thôn Dinh Hương", "Khu lăng đá thời Lê Trung hưng.", None, None),
    ("Lăng họ Ngọ", "KT", "QG", "223", "Danh Thắng", "Làng Quế Tân", "Khu lăng đá của dòng họ Ngọ, nhiều tượng đá tạc công phu.", None, None),
    ("Lăng Đá Bầu", "KT", "QG", "223", "Xuân Cẩm", "Thôn Bầu", "Khu lăng đá thế kỷ XVII.", None, None),
    ("Đình Chợ Vân", "KT", "TINH", "223", "Ngọc Sơn", "Thôn Chợ Vân", "Đình làng nổi tiếng vùng Hiệp Hòa.", None, None),
    ("Núi Y Sơn", "DL", "TINH", "223", "Hoàng Vân", "Thôn Thù Sơn", "Núi Ia bên sông Cầu, có chùa Ia và đền Ia; nhà Lê từng dựng hành cung ở đây.", None, None),
    ("Chùa Bách Môn", "KT", "TINH", "222", "Tăng Tiến", "Thôn Kiểu", "Ngôi chùa trên núi Bách Môn.", None, None),
    ("Chùa Kim Sơn", "LS", "TINH", "219", "Kim Sơn", "Thôn Kim Sơn", "Chùa làng vùng Lục Ngạn.", None, None),
    ("Chùa Dâu", "KT", "QGDB", "262", "Thanh Khương", "Thôn Khương Tự", "Diên Ứng tự, trung tâm Phật giáo Luy Lâu; thờ Pháp Vân, đứng đầu hệ thống Tứ Pháp.", None, (21.0353, 106.0431)),
    ("Chùa Bút Tháp", "KT", "QGDB", "262", "Đình Tổ", "Thôn Bút Tháp", "Ninh Phúc tự, có tượng Quan Âm nghìn mắt nghìn tay là bảo vật quốc gia.", None, (21.0776, 106.0588)),
    ("Chùa Phật Tích", "KT", "QGDB", "260", "Phật Tích", "Núi Lạn Kha", "Vạn Phúc tự, dựng thời Lý, có tượng A Di Đà bằng đá là bảo vật quốc gia.", None, (21.0868, 106.0254)),
    ("Đền Đô", "LS", "QGDB", "261", "Đình Bảng", "Khu phố Đình Bảng", "Đền Lý Bát Đế, thờ tám vị vua nhà Lý.", None, (21.1112, 105.9551)),
    ("Đình Đình Bảng", "KT", "QG", "261", "Đình Bảng", "Khu phố Đình Bảng", "Ngôi đình gỗ lim lớn, thờ sáu vị Thành hoàng.", "313-VH/QĐ", (21.1089, 105.9536)),
    ("Đền Bà Chúa Kho", "LS", "QG", "256", "Vũ Ninh", "Khu phố Cổ Mễ", "Thờ bà Chúa Kho, người trông coi kho lương thời Lý.", None, (21.1982, 106.0781)),
    ("Lăng và đền thờ Kinh Dương Vương", "LS", "QG", "262", "Đại Đồng Thành", "Thôn Á Lữ", "Nơi thờ Nam Bang Thủy tổ Kinh Dương Vương.", None, None),
    ("Văn miếu Bắc Ninh", "LS", "QG", "256", "Đại Phúc", "Núi Phúc Đức", "Nơi thờ Khổng Tử và lưu danh các vị đại khoa xứ Kinh Bắc.", None, None),
    ("Thành cổ Bắc Ninh", "LS", "QG", "256", "Tiền Ninh Vệ", "Khu phố Tiền An", "Tòa thành đất xây thời Nguyễn.", None, None),
    ("Đình Diềm", "LS", "QG", "256", "Hòa Long", "Làng Viêm Xá", "Thờ Vua Bà, thủy tổ Quan họ.", None, None),
    ("Chùa Tiêu", "LS", "QG", "261", "Tương Giang", "Núi Tiêu", "Tiêu Sơn tự, nơi thiền sư Vạn Hạnh nuôi dạy Lý Công Uẩn.", None, None),
    ("Đình Hồi Quan", "KT", "QG", "261", "Tương Giang", "Thôn Hồi Quan", "Ngôi đình cổ có nhiều mảng chạm thời Lê.", None, None),
    ("Đình Tam Sơn", "KT", "QG", "261", "Tam Sơn", "Làng Tam Sơn", "Ngôi đình của làng khoa bảng Tam Sơn.", None, None),
    ("Chùa Dạm", "KT", "QG", "256", "Nam Sơn", "Núi Dạm", "Đại Lãm Thần Quang tự, dựng thời Lý, còn trụ đá chạm rồng.", None, None),
    ("Chùa Hàm Long", "LS", "QG", "256", "Nam Sơn", "Núi Thiên Thai", "Chùa trên núi, nơi ghi dấu nhiều sự kiện lịch sử.", None, None),
    ("Đền thờ Lê Văn Thịnh", "LS", "QG", "263", "Đông Cứu", "Thôn Bảo Tháp", "Thờ Trạng nguyên khai khoa Lê Văn Thịnh (khoa thi năm 1075).", None, None),
    ("Danh thắng núi Thiên Thai", "DL", "TINH", "263", "Đông Cứu", "Núi Thiên Thai", "Dãy núi thấp bên bờ sông Đuống.", None, None),
    ("Lăng và đền Cao Lỗ Vương", "LS", "QG", "263", "Cao Đức", "Thôn Kênh Phố", "Thờ Cao Lỗ, người chế tạo nỏ thần thời An Dương Vương.", None, None),
    ("Chùa Tổ", "LS", "QG", "262", "Hà Mãn", "Thôn Mãn Xá", "Phúc Nghiêm tự, thờ Phật Mẫu Man Nương.", None, None),
    ("Chùa Đậu", "KT", "QG", "262", "Thanh Khương", "Thôn Đông Cốc", "Thành Đạo tự, thờ Pháp Vũ trong hệ thống Tứ Pháp.", None, None),
    ("Chùa Tướng", "KT", "QG", "262", "Thanh Khương", "Thôn Văn Quan", "Phi Tướng tự, thờ Pháp Lôi.", None, None),
    ("Thành cổ Luy Lâu", "KC", "QG", "262", "Thanh Khương", "Thôn Lũng Khê", "Dấu tích trị sở Giao Chỉ thời Bắc thuộc; nhiều hiện vật gốm, gạch, ngói.", None, None),
    ("Di chỉ khảo cổ Đại Trạch", "KC", "TINH", "262", "Đình Tổ", "Thôn Đại Trạch", "Di chỉ thời đại kim khí.", None, None),
    ("Di chỉ Lăng Ngâm", "KC", "CHUA", "263", "Lãng Ngâm", "Thôn Lăng Ngâm", "Nơi phát hiện nhiều đồ đồng thời Đông Sơn.", None, None),
    ("Di chỉ khảo cổ Đại Lai", "KC", "CHUA", "263", "Đại Lai", "Thôn Đại Lai", "Nơi phát hiện di vật đồng và khuôn đúc.", None, None),
    ("Đình Phù Lưu", "KT", "QG", "261", "Đông Ngàn", "Khu phố Phù Lưu", "Ngôi đình lớn của làng buôn Phù Lưu.", None, None),
    ("Nhà thờ họ Lê Thế Tướng", "LS", "TINH", "261", "Đông Ngàn", "Khu phố Phù Lưu", "Nhà thờ dòng họ khoa bảng.", None, None),
    ("Chùa Kim Đài", "LS", "TINH", "261", "Đình Bảng", "Khu phố Chùa Đài", "Di tích cấp tỉnh năm 2011.", None, None),
    ("Chùa Cổ Pháp", "LS", "TINH", "261", "Đình Bảng", "Khu phố Chùa Dận", "Chùa Dận, quê hương nhà Lý.", None, None),
    ("Đền Rồng thờ Lý Chiêu Hoàng", "LS", "TINH", "261", "Đình Bảng", "Khu phố Đình Bảng", "Thờ Lý Chiêu Hoàng, nữ hoàng duy nhất.", None, None),
    ("Từ đường họ Nguyễn Thạc", "LS", "TINH", "261", "Đình Bảng", "Khu phố Trung Hòa", "Nhà thờ họ Nguyễn Thạc.", "630/QĐ-CT", None),
    ("Đền thờ họ Nguyễn Hữu làng Mai Động", "LS", "TINH", "261", "Hương Mạc", "Thôn Mai Động", "Nhà thờ dòng họ Nguyễn Hữu.", "104/1998/QĐ-UB", None),
    ("Đền thờ và phần mộ Hoàng giáp Đỗ Đại Uyên", "LS", "TINH", "261", "Hương Mạc", "Làng Hương Mạc", "Thờ Hoàng giáp Đỗ Đại Uyên.", "105/1998/QĐ-UB", None),
    ("Đền thờ các tiến sỹ họ Trần", "LS", "TINH", "261", "Hương Mạc", "Làng Kim Thiều", "Thờ các vị tiến sĩ họ Trần.", "106/1998/QĐ-UB", None),
    ("Đình làng Kim Bảng", "LS", "TINH", "261", "Hương Mạc", "Thôn Kim Bảng", "Thờ Cao Sơn, Quý Minh.", None, None),
    ("Nhà thờ các vị Đại khoa họ Ngô", "LS", "TINH", "261", "Tam Sơn", "Thôn Tam Sơn", "Nhà thờ các vị đỗ đại khoa họ Ngô.", None, None),
    ("Khu lưu niệm đồng chí Ngô Gia Tự", "LS", "QG", "261", "Tam Sơn", "Thôn Tam Sơn", "Quê hương đồng chí Ngô Gia Tự.", None, None),
    ("Nhà lưu niệm Tổng Bí thư Nguyễn Văn Cừ", "LS", "QG", "261", "Phù Khê", "Làng Phù Khê", "Quê hương Tổng Bí thư Nguyễn Văn Cừ.", None, None),
    ("Đình Doi Sóc", "LS", "TINH", "261", "Phù Chẩn", "Thôn Doi Sóc", "Đình làng Doi Sóc.", None, None),
    ("Chùa Doi Sóc", "LS", "TINH", "261", "Phù Chẩn", "Thôn Doi Sóc", "Phổ Quang Thiền tự.", None, None),
    ("Chùa Đan Quế", "LS", "TINH", "264", "Trung Chính", "Thôn Đan Quế", "Liên Khương tự.", None, None),
    ("Đình An Phú", "LS", "TINH", "264", "An Thịnh", "Thôn An Phú", "Đình làng An Phú.", None, None),
    ("Đình Tháp Dương", "LS", "TINH", "264", "Trung Kênh", "Thôn Tháp Dương", "Đình làng Tháp Dương.", None, None),
    ("Đình, chùa Lai Nguyễn", "LS", "TINH", "264", "Trung Kênh", "Thôn Lai Nguyễn", "Cụm đình chùa làng Lai Nguyễn.", None, None),
    ("Đình Cáp Điền", "LS", "TINH", "264", "Trung Kênh", "Thôn Cáp Điền", "Đình làng Cáp Điền.", None, None),
    ("Chùa Kim Thao", "LS", "TINH", "264", "Lâm Thao", "Thôn Kim Thao", "Bảo Tháp tự.", None, None),
    ("Chùa Tỳ Điện", "LS", "TINH", "264", "Phú Hòa", "Thôn Tỳ Điện", "Sùng Quang tự.", None, None),
    ("Cụm di tích đình, chùa Phú Văn Dưới", "LS", "TINH", "264", "Phú Hòa", "Thôn Phú Văn Dưới", "Đình và chùa làng Phú Văn.", None, None),
    ("Đình Sơn Đông", "LS", "TINH", "256", "Nam Sơn", "Thôn Sơn Đông", "Đình làng Sơn Đông.", None, None),
    ("Đền Trung Cơ", "LS", "TINH", "256", "Tiền Ninh Vệ", "Khu phố Cổng Hậu", "Đền thờ trong nội thành cổ.", None, None),
    ("Chùa làng Phú Xuân", "LS", "TINH", "256", "Kim Chân", "Thôn Phú Xuân", "Cầu Lâu tự.", None, None),
    ("Đình Xuân Ổ", "LS", "TINH", "256", "Võ Cường", "Làng Xuân Ổ", "Làng Quan họ cổ.", None, None),
    ("Đình Hữu Chấp", "LS", "TINH", "256", "Hòa Long", "Thôn Hữu Chấp", "Làng Quan họ cổ.", None, None),
    ("Nhà thờ Định Quận Công Trần Quang Châu", "LS", "TINH", "263", "Cao Đức", "Thôn Kênh Phố", "Thờ danh tướng Trần Quang Châu.", None, None),
    ("Đình Đổng Lâm", "LS", "TINH", "263", "Quỳnh Phú", "Thôn Đổng Lâm", "Đình làng Đổng Lâm.", None, None),
    ("Đền Đông Đạo", "LS", "TINH", "260", "Lim", "Thôn Lũng Sơn", "Đền thờ ở vùng Lim.", None, None),
    ("Đền Trằm", "LS", "TINH", "260", "Lim", "Thôn Duệ Đông", "Đền làng Duệ Đông.", None, None),
    ("Đình Lũng Giang", "KT", "QG", "260", "Lim", "Thôn Lũng Giang", "Nơi mở hội Lim, hội Quan họ lớn nhất vùng.", None, None),
    ("Chùa Hồng Ân", "LS", "QG", "260", "Lim", "Đồi Lim", "Chùa Lim, gắn với hội Lim.", None, None),
    ("Đình Dưỡng Mông", "LS", "TINH", "260", "Hoàn Sơn", "Thôn Dưỡng Mông", "Đình làng Dưỡng Mông.", None, None),
    ("Chùa Bái Uyên", "LS", "TINH", "260", "Liên Bão", "Thôn Bái Uyên", "Chiêu Phúc tự.", None, None),
    ("Đình Chi Đống", "LS", "TINH", "260", "Tân Chi", "Thôn Chi Đống", "Đình làng Chi Đống.", None, None),
    ("Nghè Nối", "LS", "TINH", "260", "Đại Đồng", "Thôn Đại Vi", "Nghè làng Đại Vi.", None, None),
    ("Đình Nội Duệ", "KT", "QG", "260", "Nội Duệ", "Thôn Nội Duệ", "Đình làng Nội Duệ.", None, None),
    ("Chùa Nguyệt Cầu", "LS", "TINH", "258", "Tam Giang", "Thôn Nguyệt Cầu", "Bảo Nghiêm tự.", None, None),
    ("Nhà thờ Đại tôn họ Chu", "LS", "TINH", "258", "Tam Giang", "Thôn Vọng Nguyệt", "Nhà thờ họ Chu làng Vọng Nguyệt.", None, None),
    ("Lăng Tả đô đốc Nguyễn Hữu Thoan", "LS", "TINH", "258", "Đông Tiến", "Thôn Đông Xuyên", "Lăng đá thời Lê.", None, None),
    ("Chùa thôn Thủy", "LS", "TINH", "259", "Chi Lăng", "Thôn Thủy", "Hưng Khánh tự.", None, None),
    ("Đình Mao Dộc", "LS", "TINH", "259", "Phượng Mao", "Thôn Mao Dộc", "Đình làng Mao Dộc.", None, None),
    ("Đình làng Phúc Lâm", "LS", "TINH", "262", "Nghĩa Đạo", "Thôn Phúc Lâm", "Đình làng Phúc Lâm.", None, None),
    ("Chùa làng Đa Tiện", "LS", "TINH", "262", "Xuân Lâm", "Thôn Đa Tiện", "Khoái Linh tự.", None, None),
    ("Chùa Bình Văn", "LS", "TINH", "262", "Thanh Khương", "Thôn Khương Tự", "Chùa làng Khương Tự.", None, None),
    ("Đình Kim Tháp", "LS", "TINH", "262", "Nguyệt Đức", "Thôn Kim Tháp", "Đình làng Kim Tháp.", None, None),
    ("Đình làng Đông Hồ", "LS", "TINH", "262", "Song Hồ", "Làng Đông Hồ", "Làng tranh dân gian Đông Hồ.", None, None),
]

GENERATED_KINDS = [  # (name pattern, type, weight)
    ("Đình {v}", "KT", 30), ("Đình làng {v}", "LS", 20), ("Chùa {v}", "LS", 25), ("Đền {v}", "LS", 12),
    ("Miếu {v}", "LS", 5), ("Nghè {v}", "LS", 3), ("Văn chỉ {v}", "LS", 3), ("Nhà thờ họ {f} làng {v}", "LS", 8),
    ("Từ đường họ {f} thôn {v}", "LS", 4), ("Cụm di tích đình, chùa {v}", "KT", 5),
]
FAMILIES = ["Nguyễn", "Trần", "Lê", "Phạm", "Ngô", "Đỗ", "Dương", "Hoàng", "Vũ", "Đào", "Thân", "Giáp", "Nghiêm", "Chu", "Hà"]
DESCRIPTIONS = [
    "Di tích thờ Thành hoàng làng, lưu giữ nhiều hiện vật có giá trị.",
    "Công trình được trùng tu năm {y}, còn giữ bộ khung gỗ lim cổ.",
    "Nơi diễn ra lễ hội truyền thống vào tháng Giêng âm lịch.",
    "Di tích gắn với phong trào kháng chiến của nhân dân địa phương.",
    "Còn lưu giữ sắc phong, bia đá và hoành phi câu đối.",
    "Kiến trúc kiểu chữ Đinh, mái lợp ngói mũi hài.",
    "Nhân dân góp công, góp của tu bổ tòa Tiền tế năm {y}.",
]

VN3 = {}  # Unicode letter -> TCVN3 (VN3) byte as a Latin-1 character
for letters, codes in [
    ("à ả ã á ạ", "B5 B6 B7 B8 B9"), ("ă ằ ẳ ẵ ắ ặ", "A8 BB BC BD BE C6"), ("â ầ ẩ ẫ ấ ậ", "A9 C7 C8 C9 CA CB"),
    ("è ẻ ẽ é ẹ", "CC CE CF D0 D1"), ("ê ề ể ễ ế ệ", "AA D2 D3 D4 D5 D6"), ("ì ỉ ĩ í ị", "D7 D8 DC DD DE"),
    ("ò ỏ õ ó ọ", "DF E1 E2 E3 E4"), ("ô ồ ổ ỗ ố ộ", "AB E5 E6 E7 E8 E9"), ("ơ ờ ở ỡ ớ ợ", "AC EA EB EC ED EE"),
    ("ù ủ ũ ú ụ", "EF F1 F2 F3 F4"), ("ư ừ ử ữ ứ ự", "AD F5 F6 F7 F8 F9"), ("ỳ ỷ ỹ ý ỵ", "FA FB FC FD FE"),
    ("đ Đ Ă Â Ê Ô Ơ Ư", "AE A7 A1 A2 A3 A4 A5 A6"),
]:
    for letter, code in zip(letters.split(), codes.split()):
        VN3[letter] = chr(int(code, 16))


def to_tcvn3(text):
    """Encodes as the ABC fonts did; None when a toned capital (VN1 only) would be needed."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        if c in VN3:
            out.append(VN3[c])
        elif ord(c) < 0x80:
            out.append(c)
        else:
            return None
    return "".join(out)


def address_of(place, code):
    """'Thôn Quỳnh, phường Tân An': the unit word is not capitalised inside an address."""
    commune = COMMUNES[code]
    return f"{place}, {commune[0].lower()}{commune[1:]}"


def sql(value):
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:.6f}"
    return "'" + value.replace("'", "''") + "'"


def decision(rng, rank, year):
    n = rng.randint(12, 3999)
    if rank == "CHUA":
        return None
    if rank == "QGDB":
        return f"{n}/QĐ-TTg"
    if rank == "QG":
        if year < 1993:
            return rng.choice([f"{n} QĐ/VH", f"{n}-VH/QĐ"])
        if year < 2003:
            return f"{n} QĐ/VH"
        if year < 2008:
            return f"{rng.randint(1, 99):02d}/{year}/QĐ-BVHTT"
        return f"{n}/QĐ-BVHTTDL"
    if year < 2004:
        return rng.choice([f"{rng.randint(10, 999)}/{year}/QĐ-UB", f"{n}/QĐ-CT"])
    return rng.choice([f"{n}/QĐ-UBND", f"Số {n}/QĐ-UBND ngày {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"])


def ranking_year(rng, rank):
    return {"QGDB": rng.randint(2009, 2023), "QG": rng.randint(1962, 2022), "TINH": rng.randint(1998, 2024)}.get(rank, 2000)


def main():
    rng = random.Random(SEED)
    by_name = {(d, name): code for d, name, code in OLD_COMMUNES}
    district_of = {}
    for d, _, code in OLD_COMMUNES:
        district_of.setdefault(code, d)

    def position(district, fixed):
        if fixed:
            return fixed
        lat0, lon0 = DISTRICT_CENTRES[district]
        lat = min(21.58, max(21.01, lat0 + rng.uniform(-0.03, 0.03)))
        lon = min(106.88, max(105.91, lon0 + rng.uniform(-0.035, 0.035)))
        return round(lat, 6), round(lon, 6)

    rows = []
    for name, typ, rank, district, old, village, desc, dec, fixed in REAL:
        code = by_name[(district, old)]
        year = ranking_year(rng, rank)
        rows.append(dict(name=name, typ=typ, rank=rank, code=code, district=district,
                         address=address_of(village, code), desc=desc,
                         decision=dec if dec is not None else decision(rng, rank, year), pos=position(district, fixed)))

    used = {r["name"] for r in rows}
    kinds = [k for k in GENERATED_KINDS for _ in range(k[2])]
    while len(rows) < ROWS:
        district, village, code = rng.choice(OLD_COMMUNES)
        pattern, typ, _ = rng.choice(kinds)
        name = pattern.format(v=village, f=rng.choice(FAMILIES))
        if name in used:
            continue
        used.add(name)
        rank = rng.choices(["QG", "TINH", "CHUA"], weights=[12, 48, 40])[0]
        typ = typ if rng.random() < 0.85 else rng.choice(["LS", "KT"])
        year = ranking_year(rng, rank)
        rows.append(dict(name=name, typ=typ, rank=rank, code=code, district=district,
                         address=address_of(f"Thôn {village}", code),
                         desc=rng.choice(DESCRIPTIONS).format(y=rng.randint(1995, 2024)),
                         decision=decision(rng, rank, year), pos=position(district, None)))

    start = datetime(2019, 1, 1)
    span = int((datetime(2025, 10, 31) - start).total_seconds())
    stamps = sorted({start + timedelta(seconds=s) for s in rng.sample(range(span), len(rows))})
    rng.shuffle(stamps)

    for i, row in enumerate(rows, start=1):
        row["id"] = f"DT-{i:04d}"
        row["ranking_text"] = rng.choice(RANK_STYLES[row["rank"]])
        row["type_text"] = rng.choice(TYPE_STYLES[row["typ"]])
        row["commune_code"] = row["code"]
        row["commune_name"] = COMMUNES[row["code"]]
        row["lat"], row["lon"] = row["pos"]
        row["updated"] = stamps[i - 1]

    invalid = {}

    def spoil(index, field, reason, **changes):
        row = rows[index - 1]
        row.update(changes)
        invalid[row["id"]] = (field, reason)

    spoil(104, "name", "tên di tích bị bỏ trống (NULL) / name missing", name=None)
    spoil(121, "name", "tên di tích chỉ có 1 ký tự / name of 1 character", name="Đ")
    spoil(137, "latitude", "vĩ độ 35.5 nằm ngoài Việt Nam / latitude outside Vietnam", lat=35.5)
    spoil(152, "longitude", "kinh độ 115.2 nằm ngoài Việt Nam / longitude outside Vietnam", lon=115.2)
    spoil(168, "longitude", "chỉ có vĩ độ, thiếu kinh độ / latitude without longitude", lon=None)
    spoil(183, "latitude", "chỉ có kinh độ, thiếu vĩ độ / longitude without latitude", lat=None)
    spoil(199, "rankingLevel", "cấp xếp hạng 'Cấp huyện' không tồn tại / unknown ranking", ranking_text="Cấp huyện")
    spoil(214, "heritageType", "loại hình 'Tín ngưỡng dân gian' không tồn tại / unknown type", type_text="Tín ngưỡng dân gian")
    spoil(236, "heritageType", "thiếu loại hình (NULL) / type missing", type_text=None)
    spoil(251, "communeCode", "mã xã '7696' chỉ có 4 chữ số / commune code of 4 digits", commune_code="7696",
          name="Chùa Nội Hoàng", commune_name="Phường Tiền Phong", address=address_of("Thôn Song Khê", "07696"), lat=21.262874, lon=106.168420)
    spoil(273, "communeName", "thiếu tên xã (NULL) / commune name missing", commune_name=None)
    spoil(298, "communeCode", "thiếu mã xã (NULL) / commune code missing", commune_code=None)

    text_columns = ["name", "ranking_text", "type_text", "decision", "commune_name", "address", "desc"]
    tcvn3, nfd = {}, {}
    for row in rows[1:len(REAL):2]:
        if len(tcvn3) == 10:
            break
        encoded = {c: to_tcvn3(row[c]) if row[c] is not None else None for c in text_columns}
        legacy_looking = encoded["name"] != row["name"]
        if row["id"] not in invalid and legacy_looking and all(
                encoded[c] is not None or row[c] is None for c in text_columns):
            tcvn3[row["id"]] = row["name"]
            row.update(encoded)
    for row in rows[len(REAL):]:
        if len(nfd) == 10:
            break
        if row["id"] not in invalid and unicodedata.normalize("NFD", row["name"]) != row["name"] and int(row["id"][3:]) % 7 == 0:
            nfd[row["id"]] = row["name"]
            for c in text_columns:
                if row[c] is not None:
                    row[c] = unicodedata.normalize("NFD", row[c])

    out = []
    out.append("-- Demo source database: the heritage-management system (hệ thống quản lý di tích) of")
    out.append("-- Bắc Ninh province (code 24: the former Bắc Giang and Bắc Ninh, merged on 1 July 2025).")
    out.append("-- Generated by scripts/gen-heritage-seed.py; edit the script, not this file.")
    out.append("-- Runs unchanged on H2 2.3 and PostgreSQL 15, on an empty database.")
    out.append("-- Commune codes and names: the new units of Decision 19/2025/QĐ-TTg. Real relic names in")
    out.append("-- the first rows; rankings, decisions, coordinates and texts are demo approximations.")
    out.append("-- The legacy system's columns are free text: rankings and types in mixed styles.")
    out.append("--")
    out.append(f"-- Rows: {len(rows)}. Exactly {len(invalid)} are invalid on purpose (id, refused field, reason):")
    for rid, (field, reason) in sorted(invalid.items()):
        out.append(f"-- INVALID {rid} {field} {reason}")
    out.append(f"-- {len(tcvn3)} rows hold every text column in TCVN3 (ABC) as a Latin-1 column holds it; they")
    out.append("-- are valid once repaired (id, name after repair):")
    for rid, name in sorted(tcvn3.items()):
        out.append(f"-- TCVN3 {rid} {name}")
    out.append(f"-- {len(nfd)} rows hold every text column in decomposed Unicode (NFD); valid once composed:")
    for rid, name in sorted(nfd.items()):
        out.append(f"-- NFD {rid} {name}")
    out.append("")
    out.append("CREATE TABLE dt_di_tich (")
    out.append("    ma_di_tich VARCHAR(32) PRIMARY KEY,")
    out.append("    ten_di_tich VARCHAR(500),")
    out.append("    cap_xep_hang VARCHAR(100),")
    out.append("    loai_hinh VARCHAR(100),")
    out.append("    so_quyet_dinh VARCHAR(100),")
    out.append("    ma_xa VARCHAR(10),")
    out.append("    ten_xa VARCHAR(200),")
    out.append("    dia_chi VARCHAR(500),")
    out.append("    vi_do NUMERIC(9,6),")
    out.append("    kinh_do NUMERIC(9,6),")
    out.append("    mo_ta VARCHAR(4000),")
    out.append("    ngay_cap_nhat TIMESTAMP NOT NULL")
    out.append(");")
    columns = ("ma_di_tich, ten_di_tich, cap_xep_hang, loai_hinh, so_quyet_dinh, ma_xa, ten_xa, dia_chi, "
               "vi_do, kinh_do, mo_ta, ngay_cap_nhat")
    for chunk in range(0, len(rows), 50):
        out.append("")
        out.append(f"INSERT INTO dt_di_tich ({columns}) VALUES")
        values = []
        for row in rows[chunk:chunk + 50]:
            values.append("    (" + ", ".join([
                sql(row["id"]), sql(row["name"]), sql(row["ranking_text"]), sql(row["type_text"]),
                sql(row["decision"]), sql(row["commune_code"]), sql(row["commune_name"]), sql(row["address"]),
                sql(row["lat"]), sql(row["lon"]), sql(row["desc"]),
                "TIMESTAMP '" + row["updated"].strftime("%Y-%m-%d %H:%M:%S") + "'"]) + ")")
        out.append(",\n".join(values) + ";")
    print("\n".join(out))


if __name__ == "__main__":
    main()
