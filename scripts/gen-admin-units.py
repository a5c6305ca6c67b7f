#!/usr/bin/env python3
"""Cleans the administrative-unit source files into the code lists the hub ships
(schemas/src/main/resources/codelists/admin-units/), with their source and version in a
comment header of every file.

    python3 scripts/gen-admin-units.py [SOURCE_DIR] [OUTPUT_DIR]

SOURCE_DIR defaults to ../shared/data/admin-units (see SOURCE.md there), OUTPUT_DIR to the
schemas module's folder. Deterministic: the same inputs give the same files, byte for byte.

What the cleaning does, and why:
- every cell is trimmed, inner white space collapsed and the text composed to NFC (the raw
  crosswalk has ~1,500 trailing spaces, a newline and ~91 decomposed names);
- codes are taken from the parentheses ("Huyện Lục Nam (218)"), never from names;
- old provinces of districts come from the old-units list, which agrees with the district codes
  (the crosswalk says "Quảng Trị (44)" for Cồn Cỏ, old code 45, and An Giang for Hà Tiên, 91);
- new names come from the statistics office's website list; "Xa Ea Kly" and "xã Bắc Sơn" are
  given their prefix; typographic apostrophes become ASCII ones, as in the crosswalk;
- "Thị Xã" is written "Thị xã";
- old communes present in the January 2025 list but absent from the crosswalk go to
  crosswalk-supplement.csv: three Bắc Giang ones mapped with the reasoning in their note, the
  others listed without a target so that a lookup reports them instead of guessing.
"""
import csv
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "admin-units")
OUTPUT_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    ROOT, "schemas", "src", "main", "resources", "codelists", "admin-units")
# The old communes of the former Bắc Giang and Bắc Ninh as the January 2025 list has them: the
# independent list the datasets module's tests resolve, commune by commune.
TEST_FIXTURE = os.path.join(ROOT, "datasets", "src", "test", "resources", "adminunit",
                            "old-communes-24-27-2025-01-04.csv")

CROSSWALK = "nso-old-to-new-2025.csv"
NEW_UNITS = "nested-divisions.json"
OLD_UNITS = "Xa_2025-01-04.csv"
UPSTREAM = "sunshine-tech/VietnamProvinces@809e91baefbe3153ccaecc9b2286303a98b9119b"

PARENTHESISED_CODE = re.compile(r"\s*\((\d+)\)\s*$")

# Old codes of the former Bắc Giang city that the January 2025 list still holds and the NSO
# conversion table does not. The names say where they went: Xã Tân An took its name to the
# ward formed with the town of Tân Dân (now 07682 Phường Tân An), and Nham Sơn and Thắng Cương
# lie around the old town of Neo, now the ward of Nham Biền (07681). Both wards went whole
# ("Nhập toàn bộ") into one new commune, so the target does not depend on the exact date.
INFERRED = {
    "07693": ("07682", "Không có trong bảng chuyển đổi NSO; đã nhập vào Phường Tân An (07682) trước 7/2025, "
                       "đơn vị này nhập toàn bộ vào Phường Tân An mới / absent from the NSO table; merged into "
                       "ward Tân An (07682) before July 2025, which went whole into the new ward Tân An. "
                       "Inferred from the names, not checked against the UBTVQH resolution"),
    "07732": ("07681", "Không có trong bảng chuyển đổi NSO; đã nhập vào Phường Nham Biền (07681) trước 7/2025, "
                       "đơn vị này nhập toàn bộ vào Phường Yên Dũng / absent from the NSO table; merged into "
                       "ward Nham Biền (07681) before July 2025, which went whole into the new ward Yên Dũng. "
                       "Inferred from the names, not checked against the UBTVQH resolution"),
    "07744": ("07681", "Không có trong bảng chuyển đổi NSO; đã nhập vào Phường Nham Biền (07681) trước 7/2025, "
                       "đơn vị này nhập toàn bộ vào Phường Yên Dũng / absent from the NSO table; merged into "
                       "ward Nham Biền (07681) before July 2025, which went whole into the new ward Yên Dũng. "
                       "Inferred from the names, not checked against the UBTVQH resolution"),
}
UNMAPPED_NOTE = ("Có trong danh mục 01/2025 nhưng không có trong bảng chuyển đổi NSO (sắp xếp đầu năm 2025); "
                 "cần đối chiếu nghị quyết để ánh xạ / in the January 2025 list but not in the NSO table "
                 "(early-2025 arrangement); map it by hand from the resolution")


def clean(text):
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    return text.replace("\u2019", "'").replace("Thị Xã", "Thị xã")


def code_in(text):
    match = PARENTHESISED_CODE.search(text)
    return match.group(1) if match else None


def without_code(text):
    return PARENTHESISED_CODE.sub("", text)


def with_prefix(name, unit_type):
    """'Xa Ea Kly' and 'xã Bắc Sơn': the unit word is capitalised and accented."""
    prefix = {"xã": "Xã", "phường": "Phường", "đặc khu": "Đặc khu"}[unit_type]
    for wrong in ("Xa ", prefix.lower() + " "):
        if name.startswith(wrong):
            return prefix + " " + name[len(wrong):]
    return name


def folded_key(name):
    """The matching key the hub uses (UnitName): no marks, đ as d, no unit word."""
    text = unicodedata.normalize("NFD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    for prefix in ("thi tran ", "xa ", "phuong ", "dac khu "):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write(name, header, columns, rows):
    out = io.StringIO()
    for line in header:
        out.write("# " + line + "\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    with open(os.path.join(OUTPUT_DIR, name), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def main():
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    crosswalk_path = os.path.join(SOURCE_DIR, CROSSWALK)
    new_path = os.path.join(SOURCE_DIR, NEW_UNITS)
    old_path = os.path.join(SOURCE_DIR, OLD_UNITS)

    # --- new units (1 July 2025) -------------------------------------------------------------
    provinces = json.load(open(new_path, encoding="utf-8"))
    province_rows, commune_rows = [], []
    new_communes = {}
    for p in provinces:
        pcode = f"{p['code']:02d}"
        ptype = "TINH" if p["division_type"] == "tỉnh" else "THANH_PHO"
        province_rows.append((pcode, clean(p["name"]), ptype))
        for w in p["wards"]:
            ccode = f"{w['code']:05d}"
            ctype = {"xã": "XA", "phường": "PHUONG", "đặc khu": "DAC_KHU"}[w["division_type"]]
            name = with_prefix(clean(w["name"]), w["division_type"])
            new_communes[ccode] = pcode
            commune_rows.append((ccode, name, ctype, pcode))
    province_rows.sort()
    commune_rows.sort()

    # --- old units (January 2025 list) -------------------------------------------------------
    old_units = list(csv.DictReader(open(old_path, encoding="utf-8")))
    old_province_names = {}
    old_district_province = {}
    old_district_names = {}
    old_commune_rows = {}
    for row in old_units:
        old_province_names[row["Mã TP"]] = clean(row["Tỉnh Thành Phố"])
        old_district_province[row["Mã QH"]] = row["Mã TP"]
        old_district_names.setdefault(row["Mã QH"], clean(row["Quận Huyện"]))
        if row["Mã PX"].strip():
            old_commune_rows[row["Mã PX"].strip()] = (clean(row["Phường Xã"]), row["Mã QH"])

    # --- the conversion table ------------------------------------------------------------------
    raw = list(csv.reader(open(crosswalk_path, encoding="utf-8")))
    links = OrderedDict()
    new_province_of_old = defaultdict(set)
    for cells in raw[2:]:
        cells = [clean(c) for c in cells]
        if not any(cells[1:]):
            continue  # the all-caps section line of a new province
        new_code, old_name, old_code, note = cells[2], cells[3], cells[4], cells[5]
        district = code_in(cells[6])
        if new_code not in new_communes:
            sys.exit(f"new code {new_code} of the crosswalk is not in the new-units list")
        if district not in old_district_province:
            sys.exit(f"old district {district} of the crosswalk is not in the old-units list")
        # the conversion table's own district names are the later ones (Thị xã Mộc Châu)
        old_district_names[district] = without_code(cells[6])
        note = note.replace("Nhâp", "Nhập")
        key = (old_code, district, new_code)
        if key in links:
            continue
        links[key] = (old_code, old_name, district, new_code, note)
        new_province_of_old[old_district_province[district]].add(new_communes[new_code])

    crosswalk_rows = sorted(links.values(), key=lambda r: (r[0] == "", r[0], r[2], r[3]))
    crosswalk_codes = {r[0] for r in crosswalk_rows if r[0]}

    supplement_rows = []
    for old_code, (name, district) in sorted(old_commune_rows.items()):
        if old_code in crosswalk_codes:
            continue
        target, note = INFERRED.get(old_code, ("", UNMAPPED_NOTE))
        supplement_rows.append((old_code, name, district, target, note))
    missing = set(INFERRED) - {r[0] for r in supplement_rows}
    if missing:
        sys.exit(f"expected {sorted(missing)} to be absent from the crosswalk")

    # the January list spells 97 old communes otherwise (Xa Lý / Sa Lý, Quí / Quy) or by an
    # earlier name; a source system may use either, so both find the commune
    crosswalk_keys = defaultdict(set)
    for r in crosswalk_rows:
        if r[0]:
            crosswalk_keys[r[0]].add(folded_key(r[1]))
    alias_rows = sorted((code, name) for code, (name, _) in old_commune_rows.items()
                        if code in crosswalk_keys and folded_key(name) not in crosswalk_keys[code])

    old_district_rows = sorted((code, old_district_names[code], old_district_province[code])
                               for code in old_district_province)
    old_province_rows = sorted((code, old_province_names[code], " ".join(sorted(new_province_of_old[code])))
                               for code in old_province_names)

    version_new = "2025-07-01 (Quyết định 19/2025/QĐ-TTg; 34 tỉnh, 3.321 xã / 34 provinces, 3,321 communes)"
    generated = "generated-by: scripts/gen-admin-units.py (edit the script, not this file)"
    write("provinces-2025.csv", [
        "Đơn vị hành chính cấp tỉnh từ 01/7/2025 / provinces from 1 July 2025",
        "version: " + version_new,
        f"source: {UPSTREAM} vietnam_provinces/data/{NEW_UNITS} (scrape of danhmuchanhchinh.nso.gov.vn), "
        f"sha256 {sha256(new_path)}",
        "type: TINH = tỉnh (province), THANH_PHO = thành phố trực thuộc trung ương (centrally-run city)",
        generated,
    ], ("code", "name", "type"), province_rows)
    write("communes-2025.csv", [
        "Đơn vị hành chính cấp xã từ 01/7/2025 / communes from 1 July 2025",
        "version: " + version_new,
        f"source: {UPSTREAM} vietnam_provinces/data/{NEW_UNITS} (scrape of danhmuchanhchinh.nso.gov.vn), "
        f"sha256 {sha256(new_path)}",
        "type: XA = xã (rural commune), PHUONG = phường (urban ward), DAC_KHU = đặc khu (special zone)",
        generated,
    ], ("code", "name", "type", "province_code"), commune_rows)
    write("old-provinces.csv", [
        "Đơn vị hành chính cấp tỉnh trước 01/7/2025 / the 63 provinces before 1 July 2025",
        "version: 2025-01-04 (danh mục NSO / NSO list)",
        f"source: {UPSTREAM} dev/seed-data/Pre-2025-07/{OLD_UNITS}, sha256 {sha256(old_path)}",
        "new_province_codes: the new provinces its communes went to, from the conversion table",
        generated,
    ], ("code", "name", "new_province_codes"), old_province_rows)
    write("old-districts.csv", [
        "Đơn vị hành chính cấp huyện trước 01/7/2025 / the 696 districts before 1 July 2025 (abolished)",
        "version: 2025-06-30 (names as the conversion table gives them; provinces from the 2025-01-04 list)",
        f"source: {UPSTREAM} dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv, sha256 "
        f"{sha256(crosswalk_path)}; {OLD_UNITS}, sha256 {sha256(old_path)}",
        generated,
    ], ("code", "name", "province_code"), old_district_rows)
    write("crosswalk-2025.csv", [
        "Bảng chuyển đổi đơn vị hành chính cấp xã cũ sang mới / old commune to new commune, 1 July 2025",
        "version: NSO BangChuyendoiĐVHCmoi_cu_final.xlsx, sheet 'Tổng hợp_không merge' (state of 30 June 2025)",
        f"source: {UPSTREAM} dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv, sha256 "
        f"{sha256(crosswalk_path)}",
        "An old commune on several rows was split (Nhập một phần ...). Rows without an old commune code are",
        "district-level units that became one new unit whole (island districts, a coastal mud-flat area).",
        generated,
    ], ("old_commune_code", "old_commune_name", "old_district_code", "new_commune_code", "note"), crosswalk_rows)
    write("old-commune-aliases.csv", [
        "Tên khác của xã cũ / other spellings of old communes: the name the January 2025 list gives where",
        "the conversion table spells it otherwise (Xã Xa Lý / Xã Sa Lý) or already gives a later name",
        f"version: 2025-01-04; source: {OLD_UNITS}, sha256 {sha256(old_path)}",
        generated,
    ], ("old_commune_code", "alias"), alias_rows)
    write("crosswalk-supplement.csv", [
        "Xã cũ có trong danh mục 01/2025 nhưng vắng trong bảng chuyển đổi / old communes of the January 2025",
        "list that the conversion table lacks; an empty new_commune_code means: report it, do not guess",
        f"version: 2025-01-04 list vs. the conversion table; source: {OLD_UNITS}, sha256 {sha256(old_path)}",
        generated,
    ], ("old_commune_code", "old_commune_name", "old_district_code", "new_commune_code", "note"), supplement_rows)

    fixture = io.StringIO()
    fixture.write("# Old communes of the former provinces Bắc Giang (24) and Bắc Ninh (27), January 2025\n")
    fixture.write(f"# source: {UPSTREAM} dev/seed-data/Pre-2025-07/{OLD_UNITS}, sha256 {sha256(old_path)}\n")
    fixture.write("# generated-by: scripts/gen-admin-units.py\n")
    writer = csv.writer(fixture, lineterminator="\n")
    writer.writerow(("province_code", "province_name", "district_code", "district_name", "commune_code", "commune_name"))
    count = 0
    for row in old_units:
        if row["Mã TP"] in ("24", "27") and row["Mã PX"].strip():
            writer.writerow((row["Mã TP"], clean(row["Tỉnh Thành Phố"]), row["Mã QH"], clean(row["Quận Huyện"]),
                             row["Mã PX"].strip(), clean(row["Phường Xã"])))
            count += 1
    os.makedirs(os.path.dirname(TEST_FIXTURE), exist_ok=True)
    with open(TEST_FIXTURE, "w", encoding="utf-8", newline="") as f:
        f.write(fixture.getvalue())
    print(f"{os.path.basename(TEST_FIXTURE)}: {count} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
