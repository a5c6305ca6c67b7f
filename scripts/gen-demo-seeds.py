#!/usr/bin/env python3
"""Generates the demo source databases of the department's other systems, beside the heritage
one (scripts/gen-heritage-seed.py), into hub/src/main/resources/demo/:

    museum-objects.sql      bt_hien_vat        museum-object software        datasource museum
    tour-guides.sql         dl_huong_dan_vien  smart-tourism system          datasource tourism
    accommodations.sql      dl_co_so_luu_tru   smart-tourism system          datasource tourism
    attractions.sql         dl_diem_du_lich    smart-tourism system          datasource tourism
    cultural-titles.sql     vh_danh_hieu       cultural-movement software    datasource culture
    library-records.sql     tv_bieu_ghi        library catalogue             datasource library
    sports-events.sql       tt_giai_dau        sports management software    datasource sports
    athletes.sql            tt_van_dong_vien   sports management software    datasource sports

    python3 scripts/gen-demo-seeds.py

Deterministic: the same script writes the same files. The SQL runs unchanged on H2 2.3 and
PostgreSQL 15, on an empty database. Each file's header names its datasource
("-- Datasource: museum", read by the hub's DemoSourceSeeder) and lists, one per line, the rows
that are invalid on purpose with the field the hub must refuse ("-- INVALID <id> <field> <why>");
the datasets module's seed tests check exactly that.

The data are demo approximations in the new Bắc Ninh province (code 24, the former Bắc Giang and
Bắc Ninh): real place names and, where marked, real relics, books or events, but invented
inventory numbers, card numbers, business numbers, people and decisions. Commune codes are those
of the schemas module's code lists; the cultural-movement software still holds the pre-2025
codes and names, as such systems do.
"""
import csv
import importlib.util
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "hub", "src", "main", "resources", "demo")
CODELISTS = os.path.join(ROOT, "schemas", "src", "main", "resources", "codelists", "admin-units")

_spec = importlib.util.spec_from_file_location("heritage_seed", os.path.join(ROOT, "scripts", "gen-heritage-seed.py"))
heritage = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heritage)
to_tcvn3 = heritage.to_tcvn3


def read_codelist(name):
    with open(os.path.join(CODELISTS, name), encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


NEW_COMMUNES = {r["code"]: r["name"] for r in read_codelist("communes-2025.csv") if r["province_code"] == "24"}
OLD_DISTRICTS = {r["code"]: r for r in read_codelist("old-districts.csv") if r["province_code"] in ("24", "27")}
OLD_COMMUNES = []  # (old code, old name, district code, district name, old province, new code)
for r in read_codelist("crosswalk-2025.csv"):
    if r["old_district_code"] in OLD_DISTRICTS and r["old_commune_code"]:
        d = OLD_DISTRICTS[r["old_district_code"]]
        OLD_COMMUNES.append((r["old_commune_code"], r["old_commune_name"], d["code"], d["name"], d["province_code"],
                             r["new_commune_code"]))
OLD_COMMUNES.sort()


def bare(name):
    """'Thị trấn Chờ' -> 'Chờ': the village name an old commune leaves behind."""
    for prefix in ("Thị trấn ", "Phường ", "Xã "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


VILLAGES = [(bare(old_name), new) for _, old_name, _, _, _, new in OLD_COMMUNES]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Dương", "Đào", "Thân", "Giáp", "Nghiêm", "Chu",
          "Hà", "Bùi", "Đặng", "Lương", "Tạ", "Phùng"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân", "Ngọc", "Công", "Duy"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Minh", "Thanh", "Hồng", "Phương", "Mai", "Thùy", "Kim"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Mạnh", "Nam", "Phong", "Quân", "Sơn",
           "Thắng", "Tuấn", "Việt", "Huy", "Trung", "Đạt", "Kiên"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung",
           "Phương", "Quỳnh", "Thảo", "Trang", "Vân", "Yến"]


def person(rng, female=None):
    female = rng.random() < 0.5 if female is None else female
    middle = MIDDLE_F if female else MIDDLE_M
    given = GIVEN_F if female else GIVEN_M
    return f"{rng.choice(FAMILY)} {rng.choice(middle)} {rng.choice(given)}", female


def sql(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.6f}"
    if isinstance(value, datetime):
        return "TIMESTAMP '" + value.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(value, date):
        return "DATE '" + value.isoformat() + "'"
    return "'" + str(value).replace("'", "''") + "'"


def stamps(rng, count):
    """Distinct update times between 2019 and October 2025, in random order."""
    start = datetime(2019, 1, 1)
    span = int((datetime(2025, 10, 31) - start).total_seconds())
    values = [start + timedelta(seconds=s) for s in sorted(rng.sample(range(span), count))]
    rng.shuffle(values)
    return values


def after(rng, day, index):
    """An update time after the day a record came to be (never after October 2025), distinct per row."""
    latest = datetime(2025, 10, 31)
    moment = datetime(day.year, day.month, day.day, 8) + timedelta(days=rng.randint(0, 240), minutes=rng.randint(0, 600))
    return min(moment, latest - timedelta(days=30)) + timedelta(seconds=index)


def write_seed(file, datasource, table, description, columns, rows, invalid, extra_lines=()):
    """columns: [(name, sql type)]; rows: list of dicts keyed by column name."""
    out = [f"-- Demo source database: {description}",
           "-- of Bắc Ninh province (code 24: the former Bắc Giang and Bắc Ninh, merged on 1 July 2025).",
           f"-- Datasource: {datasource}",
           "-- Generated by scripts/gen-demo-seeds.py; edit the script, not this file.",
           "-- Runs unchanged on H2 2.3 and PostgreSQL 15, on an empty database.",
           "-- Demo approximations: real places, invented numbers, people and decisions.",
           "--",
           f"-- Rows: {len(rows)}. Exactly {len(invalid)} are invalid on purpose (id, refused field, reason):"]
    for key, (field, reason) in sorted(invalid.items()):
        out.append(f"-- INVALID {key} {field} {reason}")
    out.extend(extra_lines)
    out.append("")
    out.append(f"CREATE TABLE {table} (")
    out.append(",\n".join(f"    {name} {kind}" for name, kind in columns))
    out.append(");")
    names = ", ".join(name for name, _ in columns)
    for chunk in range(0, len(rows), 50):
        out.append("")
        out.append(f"INSERT INTO {table} ({names}) VALUES")
        out.append(",\n".join("    (" + ", ".join(sql(row[name]) for name, _ in columns) + ")"
                              for row in rows[chunk:chunk + 50]) + ";")
    with open(os.path.join(DEMO, file), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"{file}: {len(rows)} rows, {len(invalid)} invalid")


def spoil(rows, key_column, invalid, index, field, reason, **changes):
    row = rows[index - 1]
    if row[key_column] in invalid:
        raise SystemExit(f"{row[key_column]} is spoiled twice: pick another row for {field}")
    row.update(changes)
    invalid[row[key_column]] = (field, reason)


def commune_of(rng):
    code = rng.choice(sorted(NEW_COMMUNES))
    return code, NEW_COMMUNES[code]


def position_near(rng):
    return round(rng.uniform(21.02, 21.55), 6), round(rng.uniform(105.92, 106.85), 6)


# --- museum objects ------------------------------------------------------------------------------

MUSEUMS = ["Bảo tàng tỉnh Bắc Ninh", "Bảo tàng tỉnh Bắc Ninh (cơ sở Bắc Giang)", "Bảo tàng Kinh Bắc"]
REAL_OBJECTS = [  # name, class, material group, detail, dimensions, dating, treasure decision
    ("Trống đồng Đông Sơn", "Cổ vật", "Đồng", "Đồng thau đúc", "Cao 48 cm; ĐK mặt 62 cm", "Văn hóa Đông Sơn", None),
    ("Thạp đồng có nắp", "Cổ vật", "Đồng", "Đồng thau", "Cao 35 cm; ĐK miệng 28 cm", "Thế kỷ III TCN", None),
    ("Mộc bản kinh Phật chùa Vĩnh Nghiêm", "Bảo vật quốc gia", "Gỗ", "Gỗ thị khắc chữ Hán Nôm", "Dài 42 cm; rộng 22 cm",
     "Thế kỷ XIX", "2599/QĐ-TTg"),
    ("Bia Sùng Nghiêm Diên Thánh tự", "Bảo vật quốc gia", "Đá", "Đá xanh", "Cao 160 cm; rộng 85 cm; dày 20 cm",
     "Năm Hội Phong thứ 8 (1099)", "88/QĐ-TTg"),
    ("Ván in tranh Đông Hồ 'Đám cưới chuột'", "Cổ vật", "Gỗ", "Gỗ thị", "32 x 24 x 3 cm", "Cuối thế kỷ XIX", None),
    ("Ván in tranh Đông Hồ 'Lợn ăn cây ráy'", "Cổ vật", "Gỗ", "Gỗ thị", "32 x 24 x 3 cm", "Cuối thế kỷ XIX - đầu thế kỷ XX", None),
    ("Chum gốm Phù Lãng", "Di vật", "Gốm", "Gốm men da lươn", "Cao 85 cm; ĐK miệng 40 cm", "Đầu thế kỷ XX", None),
    ("Bình vôi gốm men lam", "Cổ vật", "Gốm", "Gốm men lam, cốt trắng", "Cao 18 cm", "Thời Lê trung hưng", None),
    ("Súng kíp của nghĩa quân Yên Thế", "Di vật", "Sắt", "Sắt rèn, báng gỗ", "Dài 135 cm", "Cuối thế kỷ XIX", None),
    ("Ấn triện gỗ của Đề Thám", "Di vật", "Gỗ", "Gỗ mít", "4 x 4 x 6 cm", "1890 - 1913", None),
    ("Sắc phong thần làng Diềm", "Cổ vật", "Giấy", "Giấy sắc, mực nho", "Dài 130 cm; rộng 50 cm", "Năm Cảnh Hưng thứ 44 (1783)", None),
    ("Sắc phong thành hoàng làng Thổ Hà", "Cổ vật", "Giấy", "Giấy sắc", "Dài 128 cm; rộng 50 cm", "Tự Đức thứ 3", None),
    ("Áo the Quan họ", "Di vật", "Vải", "Vải the, lụa", "Dài 120 cm", "Thập niên 1940", None),
    ("Khăn mỏ quạ Quan họ", "Di vật", "Vải", "Lụa nhuộm", "Dài 150 cm", "Giữa thế kỷ XX", None),
    ("Nón quai thao", "Di vật", "Tre", "Tre, lá gồi", "ĐK 72 cm", "Thế kỷ XX", None),
    ("Đôi chân đèn gốm men nâu", "Cổ vật", "Gốm", "Gốm men nâu", "Cao 42 cm", "Thời Mạc", None),
    ("Tượng Phật A Di Đà", "Cổ vật", "Gỗ", "Gỗ mít sơn son thếp vàng", "Cao 95 cm", "Thế kỷ XVII", None),
    ("Gạch hoa văn rồng thời Lý", "Cổ vật", "Đất nung", "Đất nung", "36 x 20 x 5 cm", "Thời Lý", None),
    ("Ngói đầu ống hình lá đề", "Cổ vật", "Gốm", "Đất nung tráng men", "Cao 22 cm", "Thời Trần", None),
    ("Bát gốm men ngọc", "Cổ vật", "Gốm", "Gốm men ngọc", "ĐK miệng 16 cm; cao 7 cm", "Thế kỷ XIII - XIV", None),
    ("Rìu đồng lưỡi xéo", "Cổ vật", "Đồng", "Đồng thau", "Dài 12 cm", "Văn hóa Đông Sơn", None),
    ("Mũi giáo đồng", "Cổ vật", "Đồng", "Đồng thau", "Dài 24 cm", "Thế kỷ III TCN", None),
    ("Hương án gỗ chạm rồng", "Cổ vật", "Gỗ", "Gỗ lim chạm thủng", "180 x 60 x 110 cm", "Năm Chính Hòa thứ 3", None),
    ("Chuông đồng chùa Dâu", "Cổ vật", "Đồng", "Đồng đúc", "Cao 110 cm; ĐK miệng 65 cm; nặng 250 kg", "Cảnh Hưng năm Giáp Ngọ", None),
    ("Khuôn đúc mũi tên đồng", "Cổ vật", "Đá", "Đá sa thạch", "Dài 15 cm", "Văn hóa Đông Sơn", None),
    ("Ảnh tư liệu Hội Lim năm 1960", "Di vật", "Giấy", "Ảnh đen trắng", "18 x 13 cm", "1960", None),
    ("Đàn nguyệt của nghệ nhân Quan họ", "Di vật", "Gỗ", "Gỗ, dây tơ", "Dài 110 cm", "Khoảng năm 1950", None),
    ("Bình gốm Thổ Hà", "Di vật", "Gốm", "Sành nâu", "Cao 38 cm", "Thế kỷ XIX", None),
    ("Lọ thủy tinh thời Pháp thuộc", "Di vật", "Thủy tinh", "Thủy tinh xanh", "Cao 20 cm", "Thời Pháp thuộc", None),
    ("Vòng tay ngọc", "Cổ vật", "Ngọc", "Ngọc nephrite", "ĐK 7 cm", "Văn hóa Phùng Nguyên", None),
]
GENERIC_OBJECTS = [
    ("Bát gốm men trắng", "Gốm", "Gốm men trắng", "ĐK miệng {d} cm; cao {h} cm"),
    ("Đĩa gốm hoa lam", "Gốm", "Gốm men lam", "ĐK {d} cm"),
    ("Lư hương đồng", "Đồng", "Đồng thau", "Cao {h} cm"),
    ("Đỉnh đồng", "Đồng", "Đồng", "Cao {h} cm; ĐK {d} cm"),
    ("Hoành phi gỗ", "Gỗ", "Gỗ sơn son thếp vàng", "{l} x {w} cm"),
    ("Câu đối gỗ", "Gỗ", "Gỗ", "Dài {l} cm; rộng {w} cm"),
    ("Bia đá", "Đá", "Đá xanh", "Cao {h} cm; rộng {w} cm"),
    ("Nồi đất", "Đất nung", "Đất nung", "Cao {h} cm; ĐK miệng {d} cm"),
    ("Sách chữ Hán Nôm", "Giấy", "Giấy dó", "{l} x {w} cm"),
    ("Cối đá", "Đá", "Đá", "Cao {h} cm; ĐK {d} cm"),
    ("Dao găm", "Sắt", "Sắt", "Dài {l} cm"),
    ("Ấm đồng", "Đồng", "Đồng", "Cao {h} cm"),
]
GENERIC_DATINGS = ["Thế kỷ XVIII", "Thế kỷ XIX", "Cuối thế kỷ XIX", "Đầu thế kỷ XX", "Nửa đầu thế kỷ XX", "Thời Nguyễn",
                   "Thời Lê trung hưng", "18XX", "1920 - 1930", "Thập niên 1930", "Không rõ", "Minh Mạng thứ 10",
                   "Thiệu Trị năm Giáp Thìn", "Năm Giáp Tý (1924)", "Khoảng năm 1900", "1945?"]


def museum_objects():
    rng = random.Random(2025_07_02)
    rows = []
    for name, klass, material, detail, dims, dating, decision in REAL_OBJECTS:
        rows.append(dict(ten_hien_vat=name, loai_hien_vat=klass, chat_lieu=material, mo_ta_chat_lieu=detail,
                         kich_thuoc=dims, nien_dai=dating, so_qd_bao_vat=decision, so_luong=1))
    while len(rows) < 120:
        name, material, detail, dims = rng.choice(GENERIC_OBJECTS)
        village, _ = rng.choice(VILLAGES)
        rows.append(dict(ten_hien_vat=f"{name} làng {village}", loai_hien_vat=rng.choice(["Di vật", "Cổ vật", "Di vật", "DV", "Cổ vật"]),
                         chat_lieu=material, mo_ta_chat_lieu=detail,
                         kich_thuoc=dims.format(d=rng.randint(8, 40), h=rng.randint(10, 120), l=rng.randint(20, 200), w=rng.randint(10, 60)),
                         nien_dai=rng.choice(GENERIC_DATINGS), so_qd_bao_vat=None,
                         so_luong=rng.choice([1, 1, 1, 2, 4])))
    times = stamps(rng, len(rows))
    for i, row in enumerate(rows, start=1):
        row["ma_hien_vat"] = f"HV-{i:04d}"
        row["so_kiem_ke"] = f"BTBN-{rng.randint(1995, 2024)}-{rng.randint(1, 9999):04d}" if i % 3 else f"BG.{rng.randint(100, 9999)}/{rng.choice(['GM', 'KL', 'G', 'ĐÁ'])}"
        row["don_vi_luu_giu"] = MUSEUMS[0] if i % 4 else MUSEUMS[1]
        row["mo_ta"] = f"Hiện vật sưu tầm năm {rng.randint(1980, 2024)}; tình trạng {rng.choice(['tốt', 'nguyên vẹn', 'sứt mẻ nhẹ', 'đã tu bổ'])}."
        row["ngay_cap_nhat"] = times[i - 1]
    invalid = {}
    spoil(rows, "ma_hien_vat", invalid, 33, "objectClass", "loại 'Hiện vật mẫu' không tồn tại / unknown class", loai_hien_vat="Hiện vật mẫu")
    spoil(rows, "ma_hien_vat", invalid, 41, "datingText", "niên đại 'xưa lắm rồi' không đọc được / unreadable dating", nien_dai="xưa lắm rồi")
    spoil(rows, "ma_hien_vat", invalid, 47, "treasureDecision", "bảo vật quốc gia thiếu số quyết định / treasure without decision",
          loai_hien_vat="Bảo vật quốc gia", so_qd_bao_vat=None)
    spoil(rows, "ma_hien_vat", invalid, 55, "material", "chất liệu 'Composite' không tồn tại / unknown material", chat_lieu="Composite")
    spoil(rows, "ma_hien_vat", invalid, 62, "inventoryNumber", "thiếu số kiểm kê / inventory number missing", so_kiem_ke=None)
    spoil(rows, "ma_hien_vat", invalid, 70, "quantity", "số lượng 0 / quantity 0", so_luong=0)
    spoil(rows, "ma_hien_vat", invalid, 88, "name", "thiếu tên hiện vật / name missing", ten_hien_vat=None)
    spoil(rows, "ma_hien_vat", invalid, 97, "datingText", "'Năm Giáp Tý (1925)': 1925 là Ất Sửu / can chi contradicts the year",
          nien_dai="Năm Giáp Tý (1925)")
    # the old museum software wrote TCVN3: a few rows still hold it
    tcvn3 = []
    for row in rows[60:100:6]:
        if row["ma_hien_vat"] in invalid:
            continue
        encoded = {c: to_tcvn3(row[c]) if row[c] is not None else None for c in ("ten_hien_vat", "mo_ta_chat_lieu", "mo_ta", "loai_hien_vat")}
        if all(v is not None or row[c] is None for c, v in encoded.items()) and encoded["ten_hien_vat"] != row["ten_hien_vat"]:
            tcvn3.append((row["ma_hien_vat"], row["ten_hien_vat"]))
            row.update(encoded)
    columns = [("ma_hien_vat", "VARCHAR(32) PRIMARY KEY"), ("so_kiem_ke", "VARCHAR(64)"), ("ten_hien_vat", "VARCHAR(500)"),
               ("loai_hien_vat", "VARCHAR(100)"), ("chat_lieu", "VARCHAR(100)"), ("mo_ta_chat_lieu", "VARCHAR(500)"),
               ("kich_thuoc", "VARCHAR(500)"), ("nien_dai", "VARCHAR(300)"), ("so_luong", "INTEGER"),
               ("don_vi_luu_giu", "VARCHAR(300)"), ("so_qd_bao_vat", "VARCHAR(100)"), ("mo_ta", "VARCHAR(4000)"),
               ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("museum-objects.sql", "museum", "bt_hien_vat",
               "the museum-object software (phần mềm quản lý hiện vật) of the provincial museum",
               columns, rows, invalid,
               [f"-- {len(tcvn3)} rows hold their texts in TCVN3 (ABC); valid once repaired (id, name after repair):"]
               + [f"-- TCVN3 {key} {name}" for key, name in tcvn3])


# --- tour guides ---------------------------------------------------------------------------------

LANGUAGE_LISTS = ["Tiếng Anh", "Tiếng Anh, Tiếng Pháp", "Anh; Trung", "Tiếng Trung Quốc", "Tiếng Hàn", "Tiếng Nhật",
                  "Anh - Nhật", "Tiếng Anh và Tiếng Hàn", "Pháp", "Tiếng Nga", "English", "Tiếng Đức, Tiếng Anh"]
CARD_STYLES = {"QUOC_TE": ["Quốc tế", "HDV quốc tế", "QT", "Thẻ quốc tế"], "NOI_DIA": ["Nội địa", "HDV nội địa", "ND", "nội địa"],
               "TAI_DIEM": ["Tại điểm", "HDV tại điểm", "Tại điểm"]}
DIGIT = {"QUOC_TE": "1", "NOI_DIA": "2", "TAI_DIEM": "3"}


def date_text(rng, day):
    return rng.choice([day.strftime("%d/%m/%Y"), f"{day.day}/{day.month}/{day.year}", day.isoformat(),
                       day.strftime("%d-%m-%Y"), f"ngày {day.day} tháng {day.month} năm {day.year}"])


def tour_guides():
    rng = random.Random(2025_07_03)
    rows = []
    issued_days = []
    for i in range(1, 151):
        kind = rng.choices(["QUOC_TE", "NOI_DIA", "TAI_DIEM"], weights=[35, 45, 20])[0]
        issued = date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
        issued_days.append(issued)
        expires = issued.replace(year=issued.year + 5) - timedelta(days=1) if kind != "TAI_DIEM" else None
        province = rng.choice(["24", "27"]) if issued < date(2025, 7, 1) else "24"
        number = DIGIT[kind] + province + issued.strftime("%y") + f"{rng.randint(1, 9999):04d}"
        name, _ = person(rng)
        rows.append(dict(ma_hdv=f"HDV-{i:04d}", ho_ten=name, loai_the=rng.choice(CARD_STYLES[kind]),
                         so_the=number if i % 7 else f"{number[:3]} {number[3:5]} {number[5:]}",
                         ngay_cap=date_text(rng, issued), ngay_het_han=date_text(rng, expires) if expires else None,
                         ngoai_ngu=rng.choice(LANGUAGE_LISTS) if kind == "QUOC_TE" else (rng.choice([None, None, "Tiếng Anh"])),
                         noi_cap="24"))
    for i, (row, issued) in enumerate(zip(rows, issued_days), start=1):
        row["ngay_cap_nhat"] = after(rng, issued, i)
    invalid = {}
    intl = [i for i, r in enumerate(rows, start=1) if r["so_the"].startswith("1")]
    dom = [i for i, r in enumerate(rows, start=1) if r["so_the"].startswith("2") and r["ngay_het_han"]]
    spoil(rows, "ma_hdv", invalid, 12, "cardNumber", "số thẻ 8 chữ số / card number of 8 digits", so_the="12419003")
    spoil(rows, "ma_hdv", invalid, 25, "cardType", "loại thẻ 'Quốc gia' không tồn tại / unknown card type", loai_the="Quốc gia")
    spoil(rows, "ma_hdv", invalid, intl[5], "languages", "HDV quốc tế không có ngoại ngữ / international guide without a language",
          ngoai_ngu=None)
    spoil(rows, "ma_hdv", invalid, dom[4], "expiresOn", "hết hạn trước ngày cấp / expires before issue",
          ngay_cap="15/06/2023", ngay_het_han="14/06/2021")
    spoil(rows, "ma_hdv", invalid, 77, "issuedOn", "ngày cấp '31/02/2020' không tồn tại / no such day", ngay_cap="31/02/2020")
    spoil(rows, "ma_hdv", invalid, intl[12], "cardNumber", "thẻ quốc tế mang số thẻ nội địa / international card with a domestic number",
          so_the="2" + rows[intl[12] - 1]["so_the"].replace(" ", "")[1:])
    spoil(rows, "ma_hdv", invalid, intl[20], "languages", "ngoại ngữ 'Tiếng Klingon' không tồn tại / unknown language",
          ngoai_ngu="Tiếng Anh, Tiếng Klingon")
    columns = [("ma_hdv", "VARCHAR(32) PRIMARY KEY"), ("ho_ten", "VARCHAR(200)"), ("loai_the", "VARCHAR(50)"),
               ("so_the", "VARCHAR(20)"), ("ngay_cap", "VARCHAR(40)"), ("ngay_het_han", "VARCHAR(40)"),
               ("ngoai_ngu", "VARCHAR(200)"), ("noi_cap", "VARCHAR(2)"), ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("tour-guides.sql", "tourism", "dl_huong_dan_vien",
               "the smart-tourism system's register of tour guides (hướng dẫn viên du lịch)", columns, rows, invalid,
               ["-- Dates are text in the styles the system accumulated (12/03/2021, 2021-03-12, ngày 12 tháng 3 năm 2021)."])


# --- accommodation -------------------------------------------------------------------------------

HOTEL_WORDS = ["Kinh Bắc", "Sông Cầu", "Quan Họ", "Xương Giang", "Yên Thế", "Đồi Thông", "Lim", "Phù Lãng", "Tây Yên Tử",
               "Suối Mỡ", "Cấm Sơn", "Hoa Sữa", "Bình Minh", "Hồng Ngọc", "Mường Thanh Bắc Ninh", "Thành Công", "Phúc Lâm",
               "Đông Hồ", "Lục Ngạn", "Sao Mai", "Thiên Thai", "Vạn Phúc", "Trúc Lâm", "An Bình", "Bắc Giang Riverside"]
TYPE_STYLES = {"KHACH_SAN": ["Khách sạn", "KS", "Hotel"], "NHA_NGHI_DU_LICH": ["Nhà nghỉ du lịch", "Nhà nghỉ"],
               "NHA_O_CO_PHONG_CHO_THUE": ["Homestay", "Nhà ở có phòng cho khách du lịch thuê"],
               "BIET_THU_DU_LICH": ["Biệt thự du lịch", "Villa"], "CAN_HO_DU_LICH": ["Căn hộ du lịch"],
               "BAI_CAM_TRAI": ["Bãi cắm trại du lịch"]}
PREFIX = {"KHACH_SAN": "Khách sạn", "NHA_NGHI_DU_LICH": "Nhà nghỉ", "NHA_O_CO_PHONG_CHO_THUE": "Homestay",
          "BIET_THU_DU_LICH": "Biệt thự", "CAN_HO_DU_LICH": "Căn hộ", "BAI_CAM_TRAI": "Khu cắm trại"}


def star_text(rng, stars):
    if stars is None:
        return rng.choice([None, "Chưa xếp hạng", ""])
    return rng.choice([f"{stars} sao", "*" * stars, f"{stars}*", ["Một", "Hai", "Ba", "Bốn", "Năm"][stars - 1] + " sao", str(stars)])


def accommodations():
    rng = random.Random(2025_07_04)
    rows = []
    used = set()
    while len(rows) < 100:
        kind = rng.choices(list(TYPE_STYLES), weights=[40, 30, 18, 5, 4, 3])[0]
        word = rng.choice(HOTEL_WORDS)
        name = f"{PREFIX[kind]} {word}"
        if name in used:
            name = f"{name} {rng.randint(2, 9)}"
            if name in used:
                continue
        used.add(name)
        graded = kind in ("KHACH_SAN", "BIET_THU_DU_LICH", "CAN_HO_DU_LICH")
        stars = rng.choices([None, 1, 2, 3, 4, 5], weights=[25, 10, 25, 25, 10, 5])[0] if graded else None
        rooms = {"KHACH_SAN": rng.randint(15, 220), "NHA_NGHI_DU_LICH": rng.randint(6, 20),
                 "NHA_O_CO_PHONG_CHO_THUE": rng.randint(2, 8), "BIET_THU_DU_LICH": rng.randint(3, 12),
                 "CAN_HO_DU_LICH": rng.randint(10, 80), "BAI_CAM_TRAI": rng.randint(10, 40)}[kind]
        code, commune = commune_of(rng)
        lat, lon = position_near(rng)
        rows.append(dict(ten_co_so=name, loai_hinh=rng.choice(TYPE_STYLES[kind]), hang_sao=star_text(rng, stars),
                         so_qd_cong_nhan=f"{rng.randint(10, 999)}/QĐ-SVHTTDL" if stars else None,
                         so_buong=str(rooms) if rooms < 1000 else f"{rooms:,}".replace(",", "."),
                         ma_so_dn=f"{rng.choice(['23', '24'])}{rng.randint(0, 99999999):08d}" + ("-001" if rng.random() < 0.1 else ""),
                         ma_xa=code, ten_xa=commune,
                         dia_chi=f"Số {rng.randint(1, 300)} đường {rng.choice(['Lý Thái Tổ', 'Nguyễn Trãi', 'Trần Hưng Đạo', 'Ngô Gia Tự', 'Hoàng Văn Thụ', 'Lê Lợi'])}",
                         vi_do=lat if rng.random() < 0.8 else None))
        rows[-1]["kinh_do"] = lon if rows[-1]["vi_do"] is not None else None
    times = stamps(rng, len(rows))
    for i, row in enumerate(rows, start=1):
        row["ma_co_so"] = f"CSLT-{i:04d}"
        row["ngay_cap_nhat"] = times[i - 1]
    invalid = {}
    homestay = next(i for i, r in enumerate(rows, start=1) if r["loai_hinh"] in TYPE_STYLES["NHA_O_CO_PHONG_CHO_THUE"] and i > 10)
    hotels = [i for i, r in enumerate(rows, start=1) if r["loai_hinh"] in TYPE_STYLES["KHACH_SAN"]]
    spoil(rows, "ma_co_so", invalid, homestay, "starGrade", "homestay có hạng sao / homestay graded in stars",
          hang_sao="3 sao", so_qd_cong_nhan="123/QĐ-SVHTTDL")
    spoil(rows, "ma_co_so", invalid, 18, "rooms", "số buồng 'mười' không phải số / rooms not a number", so_buong="mười")
    spoil(rows, "ma_co_so", invalid, 27, "rooms", "số buồng 0 / no rooms", so_buong="0")
    spoil(rows, "ma_co_so", invalid, 36, "licenceNumber", "mã số doanh nghiệp 9 chữ số / business number of 9 digits", ma_so_dn="240123456")
    spoil(rows, "ma_co_so", invalid, 44, "accommodationType", "loại 'Resort nổi' không tồn tại / unknown type", loai_hinh="Resort nổi")
    spoil(rows, "ma_co_so", invalid, 53, "communeCode", "mã xã '99999' không tồn tại / no such commune", ma_xa="99999")
    spoil(rows, "ma_co_so", invalid, hotels[15], "gradeDecision", "có hạng sao nhưng thiếu quyết định / stars without decision",
          hang_sao="4 sao", so_qd_cong_nhan=None)
    spoil(rows, "ma_co_so", invalid, hotels[22], "starGrade", "hạng '6 sao' không tồn tại / no such grade", hang_sao="6 sao",
          so_qd_cong_nhan="55/QĐ-SVHTTDL")
    columns = [("ma_co_so", "VARCHAR(32) PRIMARY KEY"), ("ten_co_so", "VARCHAR(300)"), ("loai_hinh", "VARCHAR(100)"),
               ("hang_sao", "VARCHAR(30)"), ("so_qd_cong_nhan", "VARCHAR(100)"), ("so_buong", "VARCHAR(20)"),
               ("ma_so_dn", "VARCHAR(20)"), ("ma_xa", "VARCHAR(10)"), ("ten_xa", "VARCHAR(200)"), ("dia_chi", "VARCHAR(500)"),
               ("vi_do", "NUMERIC(9,6)"), ("kinh_do", "NUMERIC(9,6)"), ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("accommodations.sql", "tourism", "dl_co_so_luu_tru",
               "the smart-tourism system's register of accommodation (cơ sở lưu trú du lịch)", columns, rows, invalid,
               ["-- Star grades are free text (3 sao, ***, 3*, Ba sao); names and business numbers are invented."])


# --- tourist attractions -------------------------------------------------------------------------

ATTRACTIONS = [  # name, level, category, heritage id or None, commune code
    ("Khu du lịch Tây Yên Tử", "Khu du lịch cấp tỉnh", "Tâm linh", "DT-0016", "07616"),
    ("Khu du lịch Suối Mỡ", "Khu du lịch cấp tỉnh", "Sinh thái", "DT-0018", "07486"),
    ("Khu du lịch Khuôn Thần", "Điểm du lịch", "Sinh thái", None, "07552"),
    ("Điểm du lịch chùa Vĩnh Nghiêm", "Điểm du lịch", "Tâm linh", "DT-0001", "07682"),
    ("Điểm du lịch chùa Bổ Đà", "Điểm du lịch", "Tâm linh", "DT-0005", "07798"),
    ("Khu di tích lịch sử Những địa điểm khởi nghĩa Yên Thế", "Điểm du lịch", "Văn hóa - lịch sử", "DT-0008", "07288"),
    ("Làng tranh Đông Hồ", "Điểm du lịch", "Làng nghề", None, "09400"),
    ("Làng gốm Phù Lãng", "Điểm du lịch", "Làng nghề", None, "09292"),
    ("Làng gốm Thổ Hà", "Điểm du lịch", "Làng nghề", "DT-0002", "07798"),
    ("Đền Đô", "Điểm du lịch", "Văn hóa - lịch sử", "DT-0032", "09367"),
    ("Chùa Bút Tháp", "Điểm du lịch", "Tâm linh", "DT-0030", "09427"),
    ("Chùa Dâu", "Điểm du lịch", "Tâm linh", "DT-0029", "09427"),
    ("Chùa Phật Tích", "Điểm du lịch", "Tâm linh", "DT-0031", "09349"),
    ("Đồi Lim - Hội Lim", "Điểm du lịch", "Văn hóa", None, "09319"),
    ("Làng Quan họ Diềm", "Điểm du lịch", "Văn hóa", "DT-0038", "09187"),
    ("Hồ Cấm Sơn", "Chưa công nhận", "Sinh thái", None, "07531"),
    ("Hồ Khuôn Thần", "Chưa công nhận", "Sinh thái", None, "07552"),
    ("Vườn vải thiều Lục Ngạn", "Chưa công nhận", "Nông nghiệp", None, "07582"),
    ("Khu di tích Xương Giang", "Điểm du lịch", "Văn hóa - lịch sử", "DT-0003", "07210"),
    ("Văn miếu Bắc Ninh", "Điểm du lịch", "Văn hóa - lịch sử", "DT-0036", "09190"),
]


def attractions():
    rng = random.Random(2025_07_05)
    rows = []
    for name, level, category, heritage_id, code in ATTRACTIONS:
        rows.append(dict(ten_diem=name, cap_cong_nhan=level, loai_hinh=category, ma_di_tich=heritage_id, ma_xa=code))
    while len(rows) < 60:
        village, code = rng.choice(VILLAGES)
        kind = rng.choice([("Điểm du lịch cộng đồng làng {v}", "Cộng đồng"), ("Làng nghề {v}", "Làng nghề"),
                           ("Điểm du lịch sinh thái {v}", "Sinh thái"), ("Đình chùa {v}", "Tâm linh")])
        name = kind[0].format(v=village)
        if any(r["ten_diem"] == name for r in rows):
            continue
        rows.append(dict(ten_diem=name, cap_cong_nhan=rng.choice(["Điểm du lịch", "Chưa công nhận", "Chưa công nhận", "ĐDL"]),
                         loai_hinh=kind[1], ma_di_tich=None, ma_xa=code))
    times = stamps(rng, len(rows))
    for i, row in enumerate(rows, start=1):
        row["ma_diem"] = f"DDL-{i:04d}"
        row["ten_xa"] = NEW_COMMUNES[row["ma_xa"]]
        recognised = row["cap_cong_nhan"] not in ("Chưa công nhận",)
        day = date(2012, 1, 1) + timedelta(days=rng.randint(0, 12 * 365))
        row["so_qd_cong_nhan"] = f"{rng.randint(100, 2999)}/QĐ-UBND" if recognised else None
        row["ngay_cong_nhan"] = day if recognised else None
        row["dia_chi"] = f"{rng.choice(['Thôn', 'Khu phố'])} {rng.choice(VILLAGES)[0]}"
        lat, lon = position_near(rng)
        row["vi_do"], row["kinh_do"] = (lat, lon) if rng.random() < 0.85 else (None, None)
        row["luot_khach"] = rng.randint(2000, 900000) if recognised else rng.choice([None, rng.randint(500, 20000)])
        row["mo_ta"] = rng.choice(["Điểm đến gắn với lễ hội truyền thống mùa xuân.", "Cảnh quan đẹp, phù hợp du lịch cuối tuần.",
                                   "Có dịch vụ trải nghiệm làm sản phẩm thủ công.", "Điểm tham quan di tích và văn hóa Quan họ."])
        row["ngay_cap_nhat"] = times[i - 1]
    invalid = {}
    spoil(rows, "ma_diem", invalid, 22, "level", "cấp 'Khu du lịch cấp huyện' không tồn tại / unknown level",
          cap_cong_nhan="Khu du lịch cấp huyện")
    spoil(rows, "ma_diem", invalid, 27, "recognitionDecision", "điểm du lịch thiếu quyết định / recognised without decision",
          cap_cong_nhan="Điểm du lịch", so_qd_cong_nhan=None, ngay_cong_nhan=None)
    spoil(rows, "ma_diem", invalid, 33, "communeCode", "tên xã 'Xã Đồng Tiến' (không mã) ứng với 2 xã cũ / ambiguous commune name",
          ma_xa=None, ten_xa="Xã Đồng Tiến")
    spoil(rows, "ma_diem", invalid, 38, "annualVisitors", "lượt khách âm / negative visitors", luot_khach=-50)
    spoil(rows, "ma_diem", invalid, 44, "category", "loại hình 'Du lịch vũ trụ' không tồn tại / unknown category",
          loai_hinh="Du lịch vũ trụ")
    spoil(rows, "ma_diem", invalid, 51, "latitude", "vĩ độ 31.2 ngoài Việt Nam / latitude outside Vietnam", vi_do=31.2, kinh_do=106.1)
    columns = [("ma_diem", "VARCHAR(32) PRIMARY KEY"), ("ten_diem", "VARCHAR(300)"), ("cap_cong_nhan", "VARCHAR(100)"),
               ("loai_hinh", "VARCHAR(100)"), ("so_qd_cong_nhan", "VARCHAR(100)"), ("ngay_cong_nhan", "DATE"),
               ("ma_di_tich", "VARCHAR(32)"), ("ma_xa", "VARCHAR(10)"), ("ten_xa", "VARCHAR(200)"), ("dia_chi", "VARCHAR(500)"),
               ("vi_do", "NUMERIC(9,6)"), ("kinh_do", "NUMERIC(9,6)"), ("luot_khach", "INTEGER"), ("mo_ta", "VARCHAR(4000)"),
               ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("attractions.sql", "tourism", "dl_diem_du_lich",
               "the smart-tourism system's tourist attractions (khu, điểm du lịch)", columns, rows, invalid,
               ["-- The first 20 are real attractions of the province; levels and decisions are approximations."])


# --- cultural titles -----------------------------------------------------------------------------

def cultural_titles():
    rng = random.Random(2025_07_06)
    rows = []
    decided_days = []
    communes = [c for c in OLD_COMMUNES]
    for i in range(1, 201):
        old_code, old_name, district_code, district_name, province, _ = rng.choice(communes)
        kind = rng.choices(["GĐ", "THON", "TDP"], weights=[60, 28, 12])[0]
        if old_name.startswith("Phường") or old_name.startswith("Thị trấn"):
            kind = "TDP" if kind == "THON" else kind
        elif kind == "TDP":
            kind = "THON"
        year = rng.randint(2019, 2024)
        village = rng.choice(VILLAGES)[0]
        if kind == "GĐ":
            head, female = person(rng)
            holder = f"Hộ {'bà' if female else 'ông'} {head}"
            title = rng.choice(["Gia đình văn hóa", "GĐVH", "Gia đình văn hoá"])
        elif kind == "THON":
            holder = f"{rng.choice(['Thôn', 'Làng'])} {village}"
            title = rng.choice(["Thôn văn hóa", "Làng văn hóa", "Thôn, làng văn hóa"])
        else:
            holder = f"Tổ dân phố số {rng.randint(1, 12)}"
            title = rng.choice(["Tổ dân phố văn hóa", "TDP văn hóa", "Khu phố văn hóa"])
        decided = date(year, 12, rng.randint(10, 28)) if rng.random() < 0.7 else date(year + 1, 1, rng.randint(5, 25))
        decided_days.append(decided)
        # code alone, code and district, or name and district: never a bare name, which may fit two
        style = rng.random()
        rows.append(dict(loai_danh_hieu=title, ten_don_vi=holder,
                         nam_cong_nhan=str(year) if rng.random() < 0.8 else f"Năm {year}",
                         ma_xa_cu=old_code if style < 0.85 else None,
                         ten_xa_cu=old_name,
                         ten_huyen_cu=district_name if style >= 0.6 else None,
                         ma_tinh_cu=province,
                         so_quyet_dinh=f"{rng.randint(10, 450)}/QĐ-UBND",
                         ngay_quyet_dinh=date_text(rng, decided)))
    for i, (row, decided) in enumerate(zip(rows, decided_days), start=1):
        row["ma_danh_hieu"] = f"DHVH-{i:04d}"
        row["ngay_cap_nhat"] = after(rng, decided, i)
    invalid = {}
    spoil(rows, "ma_danh_hieu", invalid, 17, "communeCode", "tên 'Xã Đồng Tiến' không kèm huyện: 2 xã cũ (Yên Thế, Hiệp Hòa) / ambiguous",
          ma_xa_cu=None, ten_xa_cu="Xã Đồng Tiến", ten_huyen_cu=None, ma_tinh_cu="24")
    spoil(rows, "ma_danh_hieu", invalid, 44, "communeCode", "mã xã cũ '07998' không tồn tại / no such old commune",
          ma_xa_cu="07998", ten_xa_cu="Xã Tiên Phong", ten_huyen_cu=None)
    spoil(rows, "ma_danh_hieu", invalid, 63, "year", "năm '1985' trước khi có phong trào / year 1985", nam_cong_nhan="1985",
          ngay_quyet_dinh="20/12/1985")
    spoil(rows, "ma_danh_hieu", invalid, 81, "titleType", "danh hiệu 'Gia đình thể thao' không tồn tại / unknown title",
          loai_danh_hieu="Gia đình thể thao")
    spoil(rows, "ma_danh_hieu", invalid, 99, "decisionDate", "quyết định năm 2021 cho danh hiệu năm 2023 / decision of another year",
          nam_cong_nhan="2023", ngay_quyet_dinh="15/12/2021")
    spoil(rows, "ma_danh_hieu", invalid, 118, "holderName", "thiếu tên đơn vị / holder missing", ten_don_vi=None)
    spoil(rows, "ma_danh_hieu", invalid, 140, "communeName", "mã 07351 (Ngọc Thiện) mà tên 'Xã Lam Sơn' / name contradicts code",
          ma_xa_cu="07351", ten_xa_cu="Xã Lam Sơn", ten_huyen_cu=None, ma_tinh_cu="24")
    spoil(rows, "ma_danh_hieu", invalid, 163, "year", "năm 'hai nghìn' không đọc được / unreadable year", nam_cong_nhan="hai nghìn")
    tcvn3 = []
    for row in rows[120:200:9]:
        if row["ma_danh_hieu"] in invalid:
            continue
        encoded = {c: to_tcvn3(row[c]) if row[c] is not None else None
                   for c in ("loai_danh_hieu", "ten_don_vi", "ten_xa_cu", "ten_huyen_cu", "nam_cong_nhan", "ngay_quyet_dinh")}
        if all(v is not None or row[c] is None for c, v in encoded.items()) and encoded["ten_don_vi"] != row["ten_don_vi"]:
            tcvn3.append((row["ma_danh_hieu"], row["ten_don_vi"]))
            row.update(encoded)
    columns = [("ma_danh_hieu", "VARCHAR(32) PRIMARY KEY"), ("loai_danh_hieu", "VARCHAR(100)"), ("ten_don_vi", "VARCHAR(200)"),
               ("nam_cong_nhan", "VARCHAR(20)"), ("ma_xa_cu", "VARCHAR(10)"), ("ten_xa_cu", "VARCHAR(200)"),
               ("ten_huyen_cu", "VARCHAR(200)"), ("ma_tinh_cu", "VARCHAR(2)"), ("so_quyet_dinh", "VARCHAR(100)"),
               ("ngay_quyet_dinh", "VARCHAR(40)"), ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("cultural-titles.sql", "culture", "vh_danh_hieu",
               "the cultural-movement software (phần mềm phong trào văn hóa) of the communes", columns, rows, invalid,
               ["-- Never migrated: communes are the pre-2025 ones (old codes, names, districts, provinces 24 and 27).",
                f"-- {len(tcvn3)} rows hold their texts in TCVN3 (ABC); valid once repaired (id, holder after repair):"]
               + [f"-- TCVN3 {key} {name}" for key, name in tcvn3])


# --- library records -----------------------------------------------------------------------------

BOOKS = [  # title, subtitle, creators, publisher, place, year, ddc, subjects, type
    ("Tắt đèn", None, "Ngô Tất Tố", "Văn học", "Hà Nội", "2019", "895.9223", "Văn học Việt Nam; Tiểu thuyết", "Sách"),
    ("Lều chõng", None, "Ngô Tất Tố", "Văn học", "Hà Nội", "2017", "895.9223", "Văn học Việt Nam; Tiểu thuyết", "Sách"),
    ("Truyện Kiều", None, "Nguyễn Du", "Văn học", "Hà Nội", "2015", "895.9221", "Văn học Việt Nam; Truyện thơ", "Sách"),
    ("Số đỏ", None, "Vũ Trọng Phụng", "Văn học", "Hà Nội", "2016", "895.9223", "Văn học Việt Nam; Tiểu thuyết", "Sách"),
    ("Dế Mèn phiêu lưu ký", None, "Tô Hoài", "Kim Đồng", "Hà Nội", "2020", "895.9223", "Văn học thiếu nhi", "Sách"),
    ("Nỗi buồn chiến tranh", None, "Bảo Ninh", "Trẻ", "TP. Hồ Chí Minh", "2018", "895.9223", "Văn học Việt Nam; Chiến tranh", "Sách"),
    ("Địa chí Bắc Giang", "Lịch sử và văn hóa", "Ban Tuyên giáo Tỉnh ủy Bắc Giang", "Sở Văn hóa Thông tin Bắc Giang", "Bắc Giang", "2007",
     "915.9725", "Địa chí; Bắc Giang", "Sách"),
    ("Địa chí Bắc Ninh", None, "Trần Quốc Thịnh; Nguyễn Quang Khải", "Chính trị quốc gia", "Hà Nội", "2007", "915.9727",
     "Địa chí; Bắc Ninh", "Sách"),
    ("Dân ca Quan họ Bắc Ninh", "Lời ca và bình giải", "Đặng Văn Lung", "Văn hóa dân tộc", "Hà Nội", "2004", "781.62009597",
     "Quan họ; Dân ca", "Sách"),
    ("Tranh dân gian Đông Hồ", None, "Nguyễn Bá Vân; Chu Quang Trứ", "Mỹ thuật", "Hà Nội", "2010", "769.49597",
     "Tranh dân gian; Đông Hồ", "Sách"),
    ("Khởi nghĩa Yên Thế", None, "Khổng Đức Thiêm", "Khoa học xã hội", "Hà Nội", "2009", "959.703", "Lịch sử Việt Nam; Yên Thế", "Sách"),
    ("Thiền phái Trúc Lâm Yên Tử", None, "Thích Thanh Từ", "Tôn giáo", "Hà Nội", "2012", "294.3927", "Phật giáo; Trúc Lâm", "Sách"),
    ("Mộc bản chùa Vĩnh Nghiêm", None, "Trung tâm Lưu trữ quốc gia IV", "Văn hóa dân tộc", "Hà Nội", "2013", "686.2309597",
     "Mộc bản; Di sản tư liệu", "Sách"),
    ("Làng gốm Phù Lãng", None, "Nguyễn Thị Bảy", "Khoa học xã hội", "Hà Nội", "2011", "738.09597", "Gốm; Làng nghề", "Sách"),
    ("Lịch sử Đảng bộ tỉnh Bắc Ninh", "1926-2020", "Ban Chấp hành Đảng bộ tỉnh Bắc Ninh", "Chính trị quốc gia Sự thật", "Hà Nội", "2021",
     "324.2597075", "Lịch sử Đảng; Bắc Ninh", "Sách"),
    ("Bản đồ hành chính tỉnh Bắc Ninh", "Sau sắp xếp năm 2025", "Sở Tài nguyên và Môi trường", "Tài nguyên - Môi trường và Bản đồ Việt Nam",
     "Hà Nội", "2025", "912.597", "Bản đồ; Hành chính", "Bản đồ"),
    ("Văn hóa Bắc Ninh", None, "Hội Văn nghệ dân gian Bắc Ninh", None, "Bắc Ninh", "2022", "306.09597", "Văn hóa", "Tạp chí"),
]
AUTHORS = ["Nguyễn Văn Huyên", "Trần Quốc Vượng", "Phan Kế Bính", "Toan Ánh", "Đào Duy Anh", "Nguyễn Khắc Viện",
           "Hữu Ngọc", "Sơn Nam", "Nguyễn Tuân", "Nam Cao", "Kim Lân", "Thạch Lam"]
PUBLISHERS = ["Văn học", "Kim Đồng", "Trẻ", "Hội Nhà văn", "Khoa học xã hội", "Văn hóa dân tộc", "Chính trị quốc gia Sự thật",
              "Thế giới", "Lao động", "Giáo dục Việt Nam"]
TOPICS = [("Lễ hội truyền thống vùng Kinh Bắc", "394.2609597", "Lễ hội; Kinh Bắc"), ("Nghề truyền thống Bắc Giang", "680.9597", "Làng nghề"),
          ("Ca dao tục ngữ Việt Nam", "398.909597", "Văn học dân gian"), ("Di tích lịch sử văn hóa tỉnh Bắc Ninh", "959.727", "Di tích"),
          ("Ẩm thực xứ Bắc", "641.59597", "Ẩm thực"), ("Cây vải thiều Lục Ngạn", "634.6", "Nông nghiệp; Vải thiều"),
          ("Hướng dẫn du lịch Bắc Ninh", "915.9727", "Du lịch"), ("Chuyện làng quê", "895.9223", "Văn học Việt Nam; Truyện ngắn"),
          ("Thơ chọn lọc", "895.9221", "Thơ Việt Nam"), ("Kỹ năng sống cho học sinh", "646.7", "Kỹ năng sống")]
FORMAT_STYLES = ["{y}", "c{y}", "[{y}]", "{y}.", "Năm {y}"]


def isbn13(rng):
    body = "978604" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    digits = body + str((10 - total % 10) % 10)
    return rng.choice([digits, f"{digits[:3]}-{digits[3:6]}-{digits[6]}-{digits[7:12]}-{digits[12]}", "ISBN " + digits])


def library_records():
    rng = random.Random(2025_07_07)
    rows = []
    for title, subtitle, creators, publisher, place, year, ddc, subjects, kind in BOOKS:
        rows.append(dict(nhan_de=title, phu_de=subtitle, tac_gia=creators, nguoi_dich=None, nha_xuat_ban=publisher,
                         noi_xuat_ban=place, nam_xuat_ban=year, ddc=ddc, tu_khoa_chu_de=subjects, loai_tai_lieu=kind))
    while len(rows) < 150:
        title, ddc, subjects = rng.choice(TOPICS)
        volume = rng.randint(1, 5)
        rows.append(dict(nhan_de=f"{title}" + (f". T.{volume}" if rng.random() < 0.4 else ""), phu_de=None,
                         tac_gia="; ".join(rng.sample(AUTHORS, rng.choice([1, 1, 2]))),
                         nguoi_dich=rng.choice([None, None, None, "Nguyễn Thị Lan (dịch)"]),
                         nha_xuat_ban=rng.choice(PUBLISHERS), noi_xuat_ban=rng.choice(["Hà Nội", "Hà Nội", "TP. Hồ Chí Minh", "Bắc Ninh"]),
                         nam_xuat_ban=rng.choice(FORMAT_STYLES).format(y=rng.randint(1995, 2025)), ddc=ddc,
                         tu_khoa_chu_de=subjects, loai_tai_lieu=rng.choice(["Sách", "Sách", "Sách", "Tài liệu số", "S"])))
    times = stamps(rng, len(rows))
    for i, row in enumerate(rows, start=1):
        row["so_bieu_ghi"] = f"TVBN{i:06d}"
        row["lan_xuat_ban"] = rng.choice([None, None, "Tái bản lần thứ 2", "In lần thứ 3"])
        row["mo_ta_vat_ly"] = f"{rng.randint(80, 650)} tr. ; {rng.choice([19, 21, 24, 27])} cm"
        row["isbn"] = isbn13(rng) if rng.random() < 0.8 else None
        row["ngon_ngu"] = rng.choice(["Tiếng Việt", "vie", "Việt", "Tiếng Việt"])
        row["tu_khoa_tu_do"] = rng.choice([None, "Bắc Ninh", "Bắc Giang", "Kinh Bắc", "Quan họ"])
        row["tung_thu"] = rng.choice([None, None, "Tủ sách Văn hóa Kinh Bắc", "Văn học trong nhà trường"])
        row["phu_chu"] = rng.choice([None, "Thư mục: tr. 250-255", "Đầu trang tên sách ghi: Hội Văn nghệ dân gian"])
        row["tom_tat"] = rng.choice([None, "Giới thiệu lịch sử, văn hóa và con người vùng Kinh Bắc.", "Tập hợp các bài nghiên cứu, sưu tầm."])
        row["ma_thu_vien"] = "TVBN" if i % 5 else "TVBG"
        row["ky_hieu_xep_gia"] = f"{rng.choice(['VV', 'VN', 'DV'])}.{rng.randint(1000, 99999)}"
        row["url"] = f"https://thuvien.bacninh.gov.vn/tai-lieu/{i}" if row["loai_tai_lieu"] == "Tài liệu số" else None
        row["ngay_cap_nhat"] = times[i - 1]
    invalid = {}
    spoil(rows, "so_bieu_ghi", invalid, 21, "isbn", "ISBN sai chữ số kiểm tra / wrong check digit", isbn="978-604-2-12345-0")
    spoil(rows, "so_bieu_ghi", invalid, 34, "publicationYear", "năm '[199-?]' không đọc được / unreadable year", nam_xuat_ban="[199-?]")
    spoil(rows, "so_bieu_ghi", invalid, 48, "language", "ngôn ngữ 'Tiếng Elf' không tồn tại / unknown language", ngon_ngu="Tiếng Elf")
    spoil(rows, "so_bieu_ghi", invalid, 66, "title", "thiếu nhan đề / title missing", nhan_de=None)
    spoil(rows, "so_bieu_ghi", invalid, 79, "ddc", "DDC '95A' sai mẫu / malformed DDC", ddc="95A")
    spoil(rows, "so_bieu_ghi", invalid, 93, "resourceType", "loại 'Vi phim' không tồn tại / unknown resource type", loai_tai_lieu="Vi phim")
    spoil(rows, "so_bieu_ghi", invalid, 120, "url", "URL có khoảng trắng / URL with spaces", url="https://thuvien.bacninh.gov.vn/tai lieu/120")
    columns = [("so_bieu_ghi", "VARCHAR(32) PRIMARY KEY"), ("nhan_de", "VARCHAR(1000)"), ("phu_de", "VARCHAR(1000)"),
               ("tac_gia", "VARCHAR(500)"), ("nguoi_dich", "VARCHAR(500)"), ("nha_xuat_ban", "VARCHAR(300)"),
               ("noi_xuat_ban", "VARCHAR(200)"), ("nam_xuat_ban", "VARCHAR(20)"), ("lan_xuat_ban", "VARCHAR(100)"),
               ("mo_ta_vat_ly", "VARCHAR(200)"), ("isbn", "VARCHAR(40)"), ("ngon_ngu", "VARCHAR(50)"), ("ddc", "VARCHAR(30)"),
               ("tu_khoa_chu_de", "VARCHAR(500)"), ("tu_khoa_tu_do", "VARCHAR(500)"), ("tung_thu", "VARCHAR(300)"),
               ("phu_chu", "VARCHAR(4000)"), ("tom_tat", "VARCHAR(4000)"), ("ma_thu_vien", "VARCHAR(20)"),
               ("ky_hieu_xep_gia", "VARCHAR(100)"), ("url", "VARCHAR(500)"), ("loai_tai_lieu", "VARCHAR(50)"),
               ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("library-records.sql", "library", "tv_bieu_ghi",
               "the provincial library's catalogue (biểu ghi thư mục)", columns, rows, invalid,
               ["-- The first 17 are real books of or about the province; ISBNs are invented (valid check digits, prefix 978-604)."])


# --- sports events -------------------------------------------------------------------------------

EVENTS = [("Đại hội Thể dục thể thao tỉnh Bắc Ninh lần thứ X", "Điền kinh", "Cấp tỉnh"),
          ("Giải Vật dân tộc hội Lim", "Vật dân tộc", "Cấp tỉnh"), ("Giải Bóng đá Thanh niên tỉnh", "Bóng đá", "Cấp tỉnh"),
          ("Giải Việt dã Báo Bắc Ninh", "Việt dã", "Cấp tỉnh"), ("Hội khỏe Phù Đổng tỉnh", "Điền kinh", "Cấp tỉnh"),
          ("Giải Cờ tướng mở rộng Kinh Bắc", "Cờ tướng", "Khu vực"), ("Giải Vô địch Đẩy gậy toàn quốc", "Đẩy gậy", "Toàn quốc"),
          ("Giải Bơi chải truyền thống sông Cầu", "Bơi chải", "Cấp tỉnh"), ("Giải Cầu lông các nhóm tuổi", "Cầu lông", "Cấp tỉnh"),
          ("Giải Vovinam trẻ toàn quốc", "Vovinam", "Trẻ quốc gia"), ("Giải Pickleball mở rộng Bắc Ninh", "Pickleball", "Khu vực"),
          ("Giải Kéo co các xã", "Kéo co", "Cấp xã"), ("Giải Bóng chuyền hơi người cao tuổi", "Bóng chuyền hơi", "Cấp tỉnh"),
          ("Giải Karate Đông Nam Á mở rộng", "Karate", "Quốc tế"), ("Giải Bóng bàn công nhân viên chức", "Bóng bàn", "Cấp tỉnh")]


def event_dates(rng, start, days):
    end = start + timedelta(days=days - 1)
    if days == 1:
        return rng.choice([start.strftime("%d/%m/%Y"), f"ngày {start.day} tháng {start.month} năm {start.year}"])
    if start.month == end.month:
        return rng.choice([f"{start.day:02d}–{end.day:02d}/{start.month:02d}/{start.year}", f"{start.day}-{end.day}/{start.month}/{start.year}",
                           f"Từ {start.day}/{start.month} đến {end.day}/{end.month}/{end.year}"])
    return rng.choice([f"{start.day:02d}/{start.month:02d} - {end.day:02d}/{end.month:02d}/{end.year}",
                       f"{start.strftime('%d/%m/%Y')} - {end.strftime('%d/%m/%Y')}"])


def sports_events():
    rng = random.Random(2025_07_08)
    rows = []
    for i in range(1, 61):
        name, sport, level = EVENTS[(i - 1) % len(EVENTS)]
        year = 2019 + (i - 1) // len(EVENTS) + rng.randint(0, 2)
        start = date(min(year, 2025), rng.randint(1, 10), rng.randint(1, 28))
        code, commune = commune_of(rng)
        rows.append(dict(ten_giai=f"{name} năm {start.year}", mon_thi_dau=sport, cap_giai=level,
                         thoi_gian=event_dates(rng, start, rng.choice([1, 2, 3, 4, 7])),
                         don_vi_to_chuc=rng.choice(["Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Huấn luyện và Thi đấu thể thao",
                                                    "Liên đoàn Bóng đá tỉnh", "UBND " + commune.lower()]),
                         dia_diem=rng.choice(["Nhà thi đấu tỉnh", "Sân vận động tỉnh", "Nhà văn hóa " + commune.lower(),
                                              "Trung tâm Văn hóa - Thể thao", "Sông Cầu"]),
                         ma_xa=code, ten_xa=commune, so_vdv=rng.randint(20, 1200)))
    times = stamps(rng, len(rows))
    for i, row in enumerate(rows, start=1):
        row["ma_giai"] = f"GTT-{i:04d}"
        row["ngay_cap_nhat"] = times[i - 1]
    invalid = {}
    spoil(rows, "ma_giai", invalid, 9, "eventDates", "kết thúc trước khi bắt đầu / ends before it starts", thoi_gian="15-12/03/2024")
    spoil(rows, "ma_giai", invalid, 18, "sport", "môn 'Bóng đá trên cát ảo' không tồn tại / unknown sport", mon_thi_dau="Bóng đá trên cát ảo")
    spoil(rows, "ma_giai", invalid, 26, "level", "cấp 'Liên hành tinh' không tồn tại / unknown level", cap_giai="Liên hành tinh")
    spoil(rows, "ma_giai", invalid, 37, "participants", "số VĐV âm / negative participants", so_vdv=-3)
    spoil(rows, "ma_giai", invalid, 45, "communeCode", "mã xã 00004 thuộc Hà Nội / commune of another province",
          ma_xa="00004", ten_xa="Phường Ba Đình")
    spoil(rows, "ma_giai", invalid, 52, "eventDates", "thời gian 'sắp tới' không đọc được / unreadable dates", thoi_gian="sắp tới")
    columns = [("ma_giai", "VARCHAR(32) PRIMARY KEY"), ("ten_giai", "VARCHAR(500)"), ("mon_thi_dau", "VARCHAR(100)"),
               ("cap_giai", "VARCHAR(100)"), ("thoi_gian", "VARCHAR(100)"), ("don_vi_to_chuc", "VARCHAR(300)"),
               ("dia_diem", "VARCHAR(300)"), ("ma_xa", "VARCHAR(10)"), ("ten_xa", "VARCHAR(200)"), ("so_vdv", "INTEGER"),
               ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("sports-events.sql", "sports", "tt_giai_dau",
               "the sports management software's events (giải, sự kiện thể thao)", columns, rows, invalid,
               ["-- Event dates are the software's free text (12–15/03/2025, 28/02 - 02/03/2025, Từ 12/3 đến 15/3/2025)."])


# --- athletes ------------------------------------------------------------------------------------

ATHLETE_SPORTS = ["Vật", "Điền kinh", "Bơi lội", "Cầu lông", "Bóng bàn", "Karate", "Taekwondo", "Pencak silat", "Vovinam",
                  "Cờ vua", "Cờ tướng", "Đẩy gậy", "Bóng chuyền", "Bóng đá", "Judo", "Cử tạ", "Bắn cung", "Đua thuyền"]


def athletes():
    rng = random.Random(2025_07_09)
    rows = []
    for i in range(1, 151):
        name, female = person(rng)
        squad = rng.choices(["Đội tuyển", "Đội tuyển trẻ", "Năng khiếu"], weights=[35, 35, 30])[0]
        born = date({"Đội tuyển": rng.randint(1990, 2005), "Đội tuyển trẻ": rng.randint(2004, 2009),
                     "Năng khiếu": rng.randint(2008, 2014)}[squad], rng.randint(1, 12), rng.randint(1, 28))
        level = rng.choices(["Chưa phong cấp", "Cấp 1", "Dự bị kiện tướng", "Kiện tướng", "KT", "Cấp I"],
                            weights=[40, 25, 15, 10, 5, 5])[0]
        rows.append(dict(ho_ten=name, gioi_tinh=rng.choice(["Nữ", "F"] if female else ["Nam", "M"]),
                         ngay_sinh=rng.choice([born.strftime("%d/%m/%Y"), born.isoformat(), str(born.year)]),
                         mon_thi_dau=rng.choice(ATHLETE_SPORTS), dang_cap=level, tuyen=squad))
    times = stamps(rng, len(rows))
    for i, row in enumerate(rows, start=1):
        row["ma_vdv"] = f"VDV-{i:04d}"
        row["ngay_cap_nhat"] = times[i - 1]
    invalid = {}
    spoil(rows, "ma_vdv", invalid, 14, "gender", "giới tính 'Không rõ' không hợp lệ / unknown gender", gioi_tinh="Không rõ")
    spoil(rows, "ma_vdv", invalid, 29, "birthYear", "năm sinh 1932 ngoài khoảng / birth year out of range", ngay_sinh="1932")
    spoil(rows, "ma_vdv", invalid, 47, "sport", "môn 'Thể thao điện tử 3D' không tồn tại / unknown sport", mon_thi_dau="Thể thao điện tử 3D")
    spoil(rows, "ma_vdv", invalid, 63, "level", "đẳng cấp 'Đại kiện tướng' không tồn tại / unknown grade", dang_cap="Đại kiện tướng")
    spoil(rows, "ma_vdv", invalid, 88, "birthYear", "ngày sinh '30/02/2007' không tồn tại / no such day", ngay_sinh="30/02/2007")
    spoil(rows, "ma_vdv", invalid, 101, "squad", "tuyến 'Dự bị quốc gia' không tồn tại / unknown squad", tuyen="Dự bị quốc gia")
    columns = [("ma_vdv", "VARCHAR(32) PRIMARY KEY"), ("ho_ten", "VARCHAR(200)"), ("gioi_tinh", "VARCHAR(20)"),
               ("ngay_sinh", "VARCHAR(40)"), ("mon_thi_dau", "VARCHAR(100)"), ("dang_cap", "VARCHAR(100)"),
               ("tuyen", "VARCHAR(100)"), ("ngay_cap_nhat", "TIMESTAMP NOT NULL")]
    write_seed("athletes.sql", "sports", "tt_van_dong_vien",
               "the sports management software's athletes (vận động viên)", columns, rows, invalid,
               ["-- Names are invented. Birth dates are text (a date or, for older records, the year only)."])


def main():
    museum_objects()
    tour_guides()
    accommodations()
    attractions()
    cultural_titles()
    library_records()
    sports_events()
    athletes()


if __name__ == "__main__":
    main()
