#!/usr/bin/env python3
"""Generates hub/src/main/resources/demo/mariadb/one-stop-dossiers.sql, the demo database of the
one-stop system (hệ thống một cửa điện tử) of the Department of Culture, Sports and Tourism of
the new Bắc Ninh province (code 24), for MariaDB 10.5+.

    python3 scripts/gen-one-stop-seed.py > hub/src/main/resources/demo/mariadb/one-stop-dossiers.sql

Deterministic: the same script writes the same file. The dossiers are of this department's
procedures (heritage, tourism licences, tour-guide cards, sports, performing arts) with their
statuses, channels, fees, submitted files, result documents and processing steps. Names, ID
numbers, phones and e-mails are invented (e-mails at example.com); procedure codes (mã TTHC),
the unit code and fee amounts are illustrative, not quotations of the national database.

The one-stop system's habits are all there: codes as TINYINT, times in UTC DATETIME columns
except the promised date (ngay_hen_tra), which this system keeps as yyyyMMddHHmmss text in
Vietnam's time, and a handful of invalid dossiers and steps, listed in the header.
"""
import random
from datetime import datetime, timedelta

SEED = 2025_07_01
DOSSIERS = 200
UNIT = "000.07.24.H05"          # illustrative unit code of the department (format 000.00.01.H22)
AGENCY = "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh"
VN = timedelta(hours=7)
START = datetime(2025, 7, 1, 8, 0)
FILE_URL = "https://motcua.example/tep/"

FIELDS = [
    ("DSVH", "Di sản văn hóa"),
    ("LHDL", "Lữ hành"),
    ("HDVDL", "Hướng dẫn du lịch"),
    ("CSLT", "Cơ sở lưu trú du lịch"),
    ("TDTT", "Thể dục thể thao"),
    ("NTBD", "Nghệ thuật biểu diễn"),
]

DEPARTMENTS = {
    "DSVH": "Phòng Quản lý Di sản văn hóa",
    "LHDL": "Phòng Quản lý Du lịch",
    "HDVDL": "Phòng Quản lý Du lịch",
    "CSLT": "Phòng Quản lý Du lịch",
    "TDTT": "Phòng Quản lý Thể dục thể thao",
    "NTBD": "Phòng Quản lý Văn hóa và Gia đình",
}

# (id, mã TTHC, name, field, working days, applicant kind, fees [(code, name, kind 1 phí/2 lệ phí, stage, amount)],
#  submitted components, result document, result number format)
PROCEDURES = [
    (1, "1.001829", "Cấp thẻ hướng dẫn viên du lịch nội địa", "HDVDL", 10, "citizen",
     [("PHI-HDV", "Phí thẩm định cấp thẻ hướng dẫn viên du lịch", 1, 1, 650000)],
     ["Đơn đề nghị cấp thẻ hướng dẫn viên du lịch", "Sơ yếu lý lịch có xác nhận", "Bản sao văn bằng, chứng chỉ nghiệp vụ hướng dẫn du lịch",
      "Giấy chứng nhận sức khỏe", "Ảnh chân dung 3x4"],
     "Thẻ hướng dẫn viên du lịch nội địa", "card"),
    (2, "1.001842", "Cấp thẻ hướng dẫn viên du lịch quốc tế", "HDVDL", 10, "citizen",
     [("PHI-HDV", "Phí thẩm định cấp thẻ hướng dẫn viên du lịch", 1, 1, 650000)],
     ["Đơn đề nghị cấp thẻ hướng dẫn viên du lịch", "Sơ yếu lý lịch có xác nhận", "Bản sao văn bằng ngoại ngữ",
      "Bản sao chứng chỉ nghiệp vụ hướng dẫn du lịch quốc tế", "Giấy chứng nhận sức khỏe", "Ảnh chân dung 3x4"],
     "Thẻ hướng dẫn viên du lịch quốc tế", "card"),
    (3, "1.001861", "Cấp đổi thẻ hướng dẫn viên du lịch", "HDVDL", 10, "citizen",
     [("PHI-HDV", "Phí thẩm định cấp đổi thẻ hướng dẫn viên du lịch", 1, 1, 650000)],
     ["Đơn đề nghị cấp đổi thẻ", "Thẻ hướng dẫn viên du lịch đã được cấp", "Ảnh chân dung 3x4"],
     "Thẻ hướng dẫn viên du lịch (cấp đổi)", "card"),
    (4, "1.001878", "Cấp lại thẻ hướng dẫn viên du lịch", "HDVDL", 10, "citizen",
     [("PHI-HDV", "Phí thẩm định cấp lại thẻ hướng dẫn viên du lịch", 1, 1, 650000)],
     ["Đơn đề nghị cấp lại thẻ", "Ảnh chân dung 3x4"],
     "Thẻ hướng dẫn viên du lịch (cấp lại)", "card"),
    (5, "1.001891", "Cấp thẻ hướng dẫn viên du lịch tại điểm", "HDVDL", 10, "citizen",
     [("PHI-HDVTD", "Phí thẩm định cấp thẻ hướng dẫn viên du lịch tại điểm", 1, 1, 200000)],
     ["Đơn đề nghị cấp thẻ", "Sơ yếu lý lịch", "Giấy chứng nhận đạt yêu cầu kiểm tra nghiệp vụ", "Ảnh chân dung 3x4"],
     "Thẻ hướng dẫn viên du lịch tại điểm", "card"),
    (6, "1.004580", "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "LHDL", 10, "enterprise",
     [("PHI-LHND", "Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", 1, 1, 3000000)],
     ["Đơn đề nghị cấp giấy phép", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành",
      "Bản sao văn bằng của người phụ trách kinh doanh", "Hợp đồng lao động của người phụ trách kinh doanh"],
     "Giấy phép kinh doanh dịch vụ lữ hành nội địa", "licence"),
    (7, "1.004594", "Cấp đổi giấy phép kinh doanh dịch vụ lữ hành nội địa", "LHDL", 5, "enterprise",
     [("PHI-LHND-D", "Phí thẩm định cấp đổi giấy phép kinh doanh dịch vụ lữ hành nội địa", 1, 1, 2000000)],
     ["Đơn đề nghị cấp đổi giấy phép", "Giấy phép đã được cấp", "Giấy chứng nhận ký quỹ"],
     "Giấy phép kinh doanh dịch vụ lữ hành nội địa (cấp đổi)", "licence"),
    (8, "1.001440", "Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao cho khách sạn", "CSLT", 30, "enterprise",
     [("PHI-CSLT", "Phí thẩm định công nhận hạng cơ sở lưu trú du lịch", 1, 1, 1500000)],
     ["Đơn đề nghị công nhận hạng", "Bản tự đánh giá chất lượng cơ sở lưu trú", "Danh sách người quản lý và nhân viên"],
     "Quyết định công nhận hạng cơ sở lưu trú du lịch", "decision"),
    (9, "1.003622", "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", "TDTT", 7, "enterprise",
     [("PHI-TDTT", "Phí thẩm định cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", 1, 1, 500000)],
     ["Đơn đề nghị cấp giấy chứng nhận", "Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh",
      "Bản sao giấy chứng nhận đăng ký doanh nghiệp"],
     "Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", "licence"),
    (10, "1.000843", "Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao cấp tỉnh", "TDTT", 10, "organisation",
     [],
     ["Văn bản đề nghị đăng cai", "Điều lệ giải", "Phương án bảo đảm an ninh, trật tự, y tế"],
     "Quyết định cho phép tổ chức giải thi đấu", "decision"),
    (11, "1.009397", "Tổ chức biểu diễn nghệ thuật trên địa bàn quản lý", "NTBD", 5, "enterprise",
     [],
     ["Văn bản thông báo tổ chức biểu diễn nghệ thuật", "Danh mục tác phẩm biểu diễn"],
     "Văn bản chấp thuận tổ chức biểu diễn nghệ thuật", "letter"),
    (12, "1.009398", "Tổ chức cuộc thi, liên hoan trên địa bàn quản lý", "NTBD", 7, "organisation",
     [],
     ["Văn bản đề nghị tổ chức cuộc thi, liên hoan", "Đề án tổ chức cuộc thi, liên hoan", "Quy chế cuộc thi"],
     "Văn bản chấp thuận tổ chức cuộc thi, liên hoan", "letter"),
    (13, "1.001106", "Cấp giấy phép làm bản sao di vật, cổ vật, bảo vật quốc gia", "DSVH", 10, "organisation",
     [],
     ["Đơn đề nghị cấp phép làm bản sao", "Văn bản đồng ý của chủ sở hữu hiện vật", "Ảnh chụp hiện vật đề nghị làm bản sao"],
     "Giấy phép làm bản sao di vật, cổ vật", "licence"),
    (14, "1.001120", "Đăng ký di vật, cổ vật, bảo vật quốc gia", "DSVH", 30, "citizen",
     [("LP-DKCV", "Lệ phí đăng ký di vật, cổ vật", 2, 4, 100000)],
     ["Đơn đăng ký di vật, cổ vật", "Ảnh chụp toàn thể và chi tiết hiện vật", "Bản mô tả nguồn gốc hiện vật"],
     "Giấy chứng nhận đăng ký di vật, cổ vật", "certificate"),
    (15, "1.001137", "Cấp chứng chỉ hành nghề tu bổ di tích", "DSVH", 15, "citizen",
     [("PHI-TBDT", "Phí thẩm định cấp chứng chỉ hành nghề tu bổ di tích", 1, 1, 300000)],
     ["Đơn đề nghị cấp chứng chỉ hành nghề", "Bản sao văn bằng chuyên môn", "Bản khai kinh nghiệm tu bổ di tích"],
     "Chứng chỉ hành nghề tu bổ di tích", "certificate"),
    (16, "1.003645", "Xác nhận danh mục sản phẩm nghe nhìn có nội dung vui chơi giải trí nhập khẩu", "NTBD", 7, "state_agency",
     [],
     ["Văn bản đề nghị xác nhận", "Danh mục sản phẩm"],
     "Văn bản xác nhận danh mục sản phẩm", "letter"),
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Nguyễn", "Trần", "Nguyễn"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thành"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Quân", "Sơn", "Tuấn", "Việt", "Thắng"]
GIVEN_F = ["Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Phương", "Thảo", "Trang", "Yến", "Ngân", "Huyền", "Dung"]
ENTERPRISES = ["Công ty TNHH Du lịch Kinh Bắc", "Công ty Cổ phần Lữ hành Bắc Ninh Xanh", "Công ty TNHH Thương mại và Du lịch Yên Tử",
               "Công ty TNHH Khách sạn Sông Cầu", "Công ty Cổ phần Thể thao Tây Yên Tử", "Công ty TNHH Sự kiện Quan họ",
               "Công ty TNHH Lữ hành Hồ Khuôn Thần", "Công ty Cổ phần Dịch vụ Du lịch Đông Hồ", "Công ty TNHH Bơi lội Tiên Du",
               "Công ty TNHH Nghệ thuật Đình Bảng", "Công ty TNHH Khách sạn Vũ Ninh", "Công ty Cổ phần Võ thuật Lục Nam"]
ORGANISATIONS = ["Liên đoàn Bóng bàn tỉnh Bắc Ninh", "Hội Văn học Nghệ thuật tỉnh Bắc Ninh", "Bảo tàng tỉnh Bắc Ninh",
                 "Trung tâm Văn hóa - Điện ảnh tỉnh", "Câu lạc bộ Quan họ Diềm", "Ban quản lý di tích chùa Vĩnh Nghiêm",
                 "Hội Cờ tướng tỉnh Bắc Ninh", "Nhà hát Dân ca Quan họ Bắc Ninh"]
STATE_AGENCIES = ["Ủy ban nhân dân xã Tân Yên", "Ủy ban nhân dân phường Kinh Bắc", "Trung tâm Văn hóa - Thể thao phường Từ Sơn"]
OFFICIALS = [("Nguyễn Thị Thu Hà", "Chuyên viên Bộ phận một cửa"), ("Trần Văn Khánh", "Chuyên viên"),
             ("Lê Minh Tuấn", "Phó Trưởng phòng"), ("Phạm Thị Lan", "Trưởng phòng"), ("Hoàng Đức Long", "Phó Giám đốc Sở"),
             ("Đỗ Thanh Hải", "Chuyên viên"), ("Vũ Thị Hồng Nhung", "Chuyên viên Bộ phận một cửa")]
DIRECT_PLACE = "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh"
ONLINE_PLACE = "Cổng Dịch vụ công quốc gia"
POSTAL_PLACE = "Bưu điện tỉnh Bắc Ninh (dịch vụ bưu chính công ích)"

# status weights of a department's dossiers in the season's middle
STATUS_WEIGHTS = [(10, 100), (9, 16), (4, 28), (2, 12), (5, 10), (6, 6), (3, 8), (7, 6), (8, 4), (1, 10)]

# The invalid dossiers: index → (canonical field, Vietnamese reason / English reason, mutation)
INVALID = {
    11: ("status", "trạng thái 11 không có trong danh mục / status 11 is not a code", "status_11"),
    24: ("channel", "kênh nộp 4 không có trong danh mục / channel 4 is not a code", "channel_4"),
    37: ("dueAt", "ngày hẹn trả '31/12/2025' sai định dạng / promised date in the wrong format", "due_slashes"),
    52: ("dueAt", "ngày hẹn trả 31/02 không có thật / promised date 31 February", "due_feb_31"),
    66: ("applicantName", "thiếu tên chủ hồ sơ (NULL) / applicant name missing", "no_name"),
    79: ("identifiers[0].number", "CCCD chỉ có 11 chữ số / citizen ID of 11 digits", "short_cccd"),
    93: ("email", "thư điện tử không hợp lệ / malformed e-mail", "bad_email"),
    108: ("phone", "số điện thoại chỉ có 6 chữ số / phone of 6 digits", "short_phone"),
    121: ("procedureCode", "mã TTHC '1.00182' thiếu chữ số / procedure code missing a digit", "bad_tthc"),
    137: ("fees[0].collectionStage", "hình thức thu 3 không có trong danh mục / fee collection stage 3 is not a code", "fee_stage_3"),
    150: ("applicantType", "loại đối tượng 9 không có trong danh mục / applicant type 9 is not a code", "applicant_9"),
    164: ("returnedAt", "đã trả kết quả nhưng thiếu ngày trả / result returned without a return date", "no_return_date"),
    181: ("summary", "thiếu trích yếu hồ sơ (NULL) / dossier summary missing", "no_summary"),
}
# invalid steps: (dossier index, step number) → (field, reason, mutation)
INVALID_STEPS = {
    (5, 2): ("status", "trạng thái bước 12 không có trong danh mục / step status 12 is not a code", "step_status_12"),
    (140, 1): ("handler", "thiếu người xử lý (NULL) / handling official missing", "step_no_handler"),
}


def sql(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int,)):
        return str(value)
    if isinstance(value, datetime):
        return "'" + value.strftime("%Y-%m-%d %H:%M:%S") + "'"
    return "'" + str(value).replace("'", "''") + "'"


def working_days_after(start, days):
    current = start
    added = 0
    while added < days:
        current += timedelta(days=1)
        if current.weekday() < 5:
            added += 1
    return current


def office_time(rnd, day):
    """A time of day the one-stop desk works, Vietnam's time."""
    minutes = rnd.choice([rnd.randint(7 * 60 + 30, 11 * 60 + 30), rnd.randint(13 * 60 + 30, 16 * 60 + 45)])
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, rnd.randint(0, 59))


def next_working_day(day):
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def person(rnd):
    female = rnd.random() < 0.5
    name = " ".join([rnd.choice(FAMILY), rnd.choice(MIDDLE_F if female else MIDDLE_M), rnd.choice(GIVEN_F if female else GIVEN_M)])
    born = rnd.randint(1965, 2003)
    century_gender = (0 if born < 2000 else 2) + (1 if female else 0)
    cccd = rnd.choice(["024", "027"]) + str(century_gender) + str(born % 100).zfill(2) + str(rnd.randint(0, 999999)).zfill(6)
    return name, cccd


def ascii_fold(text):
    table = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    return text.lower().translate(table)


def phone(rnd):
    return rnd.choice(["091", "094", "096", "097", "098", "086", "035", "038", "083"]) + str(rnd.randint(0, 9999999)).zfill(7)


def formatted_phone(rnd, number):
    style = rnd.random()
    if style < 0.5:
        return number
    if style < 0.75:
        return number[:4] + "." + number[4:7] + "." + number[7:]
    return number[:4] + " " + number[4:7] + " " + number[7:]


def pick_status(rnd):
    total = sum(weight for _, weight in STATUS_WEIGHTS)
    roll = rnd.uniform(0, total)
    for status, weight in STATUS_WEIGHTS:
        roll -= weight
        if roll <= 0:
            return status
    return 10


def main():
    rnd = random.Random(SEED)
    dossiers, files, fees, results, links, steps = [], [], [], [], [], []
    file_id = fee_id = result_id = step_id = 0
    card_serial = 241000100
    licence_serial = 40
    per_day = {}
    submitted = START

    for index in range(1, DOSSIERS + 1):
        proc = PROCEDURES[rnd.randrange(len(PROCEDURES))]
        (proc_id, tthc, proc_name, field, days, kind, proc_fees, components, result_name, result_kind) = proc
        # submissions spread over July to mid-November 2025, office hours, Vietnam's time
        submitted = office_time(rnd, START + timedelta(days=int((index - 1) * 137 / DOSSIERS) + rnd.randint(0, 1)))
        while submitted.weekday() >= 5:
            submitted = office_time(rnd, submitted + timedelta(days=1))
        day_key = submitted.strftime("%y%m%d")
        per_day[day_key] = per_day.get(day_key, 0) + 1
        code = f"{UNIT}-{day_key}-{per_day[day_key]:05d}"

        channel = rnd.choices([2, 1, 3], weights=[70, 25, 5])[0]
        status = pick_status(rnd)
        mutation = INVALID.get(index, (None, None, None))[2]
        if mutation == "no_return_date" or any(key[0] == index for key in INVALID_STEPS):
            status = 10
        if mutation in ("fee_stage_3", "due_slashes", "due_feb_31", "short_cccd"):
            status = 4  # received, with fees and a promised date: the one mutated field is the only fault
        if mutation == "fee_stage_3" and not proc_fees:
            proc = PROCEDURES[0]
            (proc_id, tthc, proc_name, field, days, kind, proc_fees, components, result_name, result_kind) = proc
        if mutation == "short_cccd" and kind != "citizen":
            proc = PROCEDURES[13]
            (proc_id, tthc, proc_name, field, days, kind, proc_fees, components, result_name, result_kind) = proc

        identity_type = None
        if kind == "citizen":
            name, number = person(rnd)
            applicant_type, document_number = 1, number
            identity_type = 1 if rnd.random() > 0.08 else 2
            if identity_type == 2:
                document_number = str(rnd.randint(100000000, 129999999))
            applicant_code = None
            email_name = ascii_fold(name).replace(" ", ".")
        elif kind == "enterprise":
            name = rnd.choice(ENTERPRISES)
            applicant_type, document_number = 2, "23" + str(rnd.randint(0, 99999999)).zfill(8)
            applicant_code = document_number
            email_name = "lienhe" + str(rnd.randint(1, 99))
        elif kind == "organisation":
            name = rnd.choice(ORGANISATIONS)
            applicant_type, document_number, applicant_code = 4, None, None
            email_name = "vanphong" + str(rnd.randint(1, 99))
        else:
            name = rnd.choice(STATE_AGENCIES)
            applicant_type, document_number, applicant_code = 3, None, None
            email_name = "vanthu" + str(rnd.randint(1, 99))
        email = f"{email_name}{rnd.randint(1, 999)}@example.com" if rnd.random() < 0.85 else None
        mobile = formatted_phone(rnd, phone(rnd))

        received = None
        due_text = None
        refused = ended = returned = None
        last = submitted
        if status != 1 and not (status == 7 and rnd.random() < 0.5):
            received = submitted if channel == 1 else office_time(rnd, next_working_day(submitted))
            last = received
        if status == 3:
            # refused at the desk: on the spot for a walk-in, the next working day for the others
            refused = submitted + timedelta(minutes=20) if channel == 1 else received
            received = None
            last = refused
        if received:
            due = working_days_after(received, days).replace(hour=16, minute=30, second=0)
            due_text = due.strftime("%Y%m%d%H%M%S")
        if status in (9, 10):
            ended = working_days_after(received, max(1, days - rnd.randint(0, 3))).replace(hour=rnd.randint(8, 16), minute=rnd.randint(0, 59))
            last = ended
        if status == 10:
            returned = office_time(rnd, next_working_day(ended))
            last = returned
        if status in (4, 5, 6, 8, 7) and received:
            last = received + timedelta(days=rnd.randint(1, max(1, days - 1)), hours=rnd.randint(0, 5))
        by_post = channel == 3 or rnd.random() < 0.1
        online = channel == 2
        vneid = online and kind == "citizen" and rnd.random() < 0.8
        digitised = online and rnd.random() < 0.6
        paid_online = online and bool(proc_fees) and status not in (1, 3) and rnd.random() < 0.7
        place = {1: DIRECT_PLACE, 2: ONLINE_PLACE, 3: POSTAL_PLACE}[channel]
        unit = DEPARTMENTS[field] + " - " + AGENCY
        summary = proc_name + " cho " + name
        note = None
        return_info = None
        if status == 10:
            return_info = "Trả kết quả qua bưu chính" if by_post else "Trả kết quả tại " + DIRECT_PLACE
        if status == 5:
            note = "Đề nghị bổ sung bản sao chứng thực văn bằng"
        if status == 8:
            note = "Dừng xử lý theo đề nghị của cơ quan chuyên môn"

        row = {
            "id": index, "ma_ho_so": code, "thu_tuc_id": proc_id, "kenh_nop": channel, "loai_chu_ho_so": applicant_type,
            "chu_ho_so": name, "so_giay_to": document_number, "loai_giay_to": identity_type,
            "ma_doi_tuong": applicant_code, "dia_chi": "Bắc Ninh", "email": email, "so_dien_thoai": mobile, "fax": None,
            "trich_yeu": summary, "ngay_nop": submitted - VN, "ngay_tiep_nhan": received - VN if received else None,
            "ngay_hen_tra": due_text, "ngay_tu_choi": refused - VN if refused else None,
            "ngay_ket_thuc_xu_ly": ended - VN if ended else None, "ngay_tra": returned - VN if returned else None,
            "trang_thai": status, "thong_tin_tra": return_info, "nhan_kq_buu_chinh": by_post, "don_vi_xu_ly": unit,
            "ghi_chu": note, "noi_nop": place, "co_thanh_phan_so_hoa": digitised, "xac_thuc_vneid": vneid,
            "thanh_toan_truc_tuyen": paid_online, "ngay_cap_nhat": last - VN + timedelta(minutes=rnd.randint(1, 30)),
        }

        # submitted files
        for number, component in enumerate(components, start=1):
            file_id += 1
            files.append({"id": file_id, "ho_so_id": index, "ten_tep": component + ".pdf",
                          "ma_thanh_phan": f"TP{proc_id:02d}.{number:02d}", "duong_dan": f"{FILE_URL}{index:04d}/{number:02d}.pdf",
                          "da_xoa": False, "duoc_so_hoa": digitised and number == 1, "duoc_tai_su_dung": number == 1 and kind == "citizen",
                          "lay_tu_kho_dmqg": False, "ma_kq_thay_the": None})
        # fees
        if status not in (1, 3):
            for fee_code, fee_name, fee_kind, stage, amount in proc_fees:
                fee_id += 1
                fees.append({"id": fee_id, "ho_so_id": index, "ma_phi": fee_code, "ten_phi": fee_name, "loai_phi": fee_kind,
                             "hinh_thuc_thu": stage, "so_tien": f"{amount}.00", "da_thu": status not in (6,)})
        # result documents
        if status in (9, 10):
            result_id += 1
            if result_kind == "card":
                card_serial += rnd.randint(1, 7)
                number = str(card_serial)
            elif result_kind == "licence":
                licence_serial += 1
                number = f"24-{licence_serial:04d}/2025/SVHTTDL-GP"
            else:
                licence_serial += 1
                number = f"{licence_serial}/QĐ-SVHTTDL"
            results.append({"id": result_id, "ho_so_id": index, "ma_giay_to_kq": number, "ten_giay_to": result_name,
                            "ma_thanh_phan": f"KQ{proc_id:02d}", "duong_dan": f"{FILE_URL}{index:04d}/ket-qua.pdf",
                            "ngay_ky": ended - VN})
        # connected national databases
        if vneid:
            links.append({"ho_so_id": index, "ma_csdl": "CSDLQGDC"})
        if kind == "enterprise" and online and rnd.random() < 0.5:
            links.append({"ho_so_id": index, "ma_csdl": "CSDLQGDKDN"})

        # processing steps
        desk = rnd.choice([OFFICIALS[0], OFFICIALS[6]])
        department = DEPARTMENTS[field]
        plan = []
        if status == 3:
            plan.append((3, desk, "Bộ phận một cửa", "Từ chối tiếp nhận: hồ sơ không đủ thành phần theo quy định", refused))
        elif received:
            plan.append((2, desk, "Bộ phận một cửa", "Tiếp nhận hồ sơ, hẹn trả kết quả", received))
            if status in (4, 5, 6, 8, 9, 10):
                plan.append((4, OFFICIALS[rnd.choice([1, 5])], department, "Thẩm định hồ sơ", received + timedelta(hours=20)))
            if status == 5:
                plan.append((5, OFFICIALS[1], department, "Yêu cầu bổ sung bản sao chứng thực văn bằng", last))
            if status == 6:
                plan.append((6, desk, "Bộ phận một cửa", "Đề nghị nộp phí thẩm định", last))
            if status == 8:
                plan.append((8, OFFICIALS[3], department, "Dừng xử lý hồ sơ", last))
            if status == 7:
                plan.append((7, desk, "Bộ phận một cửa", "Công dân đề nghị rút hồ sơ", last))
            if status in (9, 10):
                plan.append((4, OFFICIALS[rnd.choice([2, 3])], department, "Trình lãnh đạo Sở ký duyệt", ended - timedelta(days=1)))
                plan.append((9, OFFICIALS[4], "Lãnh đạo Sở", "Ký duyệt, phát hành kết quả", ended))
            if status == 10:
                plan.append((10, desk, "Bộ phận một cửa", "Trả kết quả cho tổ chức, cá nhân", returned))
        for number, (step_status, (official, title), dept, content, at) in enumerate(plan, start=1):
            step_id += 1
            step = {"id": step_id, "ho_so_id": index, "buoc": number, "nguoi_xu_ly": official, "chuc_danh": title,
                    "phong_ban": dept, "noi_dung": content, "trang_thai": step_status, "thoi_diem_xu_ly": at - VN,
                    "ngay_bat_dau": (at - VN) if number == 1 else (plan[number - 2][4] - VN),
                    "han_xu_ly": (working_days_after(at, 2) - VN) if step_status == 4 else None,
                    "ngay_cap_nhat": at - VN + timedelta(minutes=1)}
            bad = INVALID_STEPS.get((index, number))
            if bad and bad[2] == "step_status_12":
                step["trang_thai"] = 12
            if bad and bad[2] == "step_no_handler":
                step["nguoi_xu_ly"] = None
            steps.append(step)

        # the mutations that make a dossier invalid on purpose
        if mutation == "status_11":
            row["trang_thai"] = 11
        elif mutation == "channel_4":
            row["kenh_nop"] = 4
        elif mutation == "due_slashes":
            row["ngay_hen_tra"] = "31/12/2025"
        elif mutation == "due_feb_31":
            row["ngay_hen_tra"] = "20250231163000"
        elif mutation == "no_name":
            row["chu_ho_so"] = None
        elif mutation == "short_cccd":
            row["so_giay_to"] = row["so_giay_to"][:11] if row["loai_giay_to"] == 1 else "02719901234"
            row["loai_giay_to"] = 1
        elif mutation == "bad_email":
            row["email"] = "nguyenvana@"
        elif mutation == "short_phone":
            row["so_dien_thoai"] = "091234"
        elif mutation == "bad_tthc":
            pass  # the procedure table is shared; this dossier points at the broken procedure below
        elif mutation == "fee_stage_3":
            fees[-1]["hinh_thuc_thu"] = 3
        elif mutation == "applicant_9":
            row["loai_chu_ho_so"] = 9
        elif mutation == "no_return_date":
            row["ngay_tra"] = None
        elif mutation == "no_summary":
            row["trich_yeu"] = None
        if mutation == "bad_tthc":
            row["thu_tuc_id"] = 99
        dossiers.append(row)

    write(dossiers, files, fees, results, links, steps)


def write(dossiers, files, fees, results, links, steps):
    out = []
    out.append("-- Demo source database: the one-stop system (hệ thống một cửa điện tử) of the Department of")
    out.append("-- Culture, Sports and Tourism of Bắc Ninh province (code 24), for MariaDB 10.5+ (utf8mb4).")
    out.append("-- Datasource: one-stop")
    out.append("-- Generated by scripts/gen-one-stop-seed.py; edit the script, not this file.")
    out.append("-- Load: mariadb -h 127.0.0.1 -u root one_stop < one-stop-dossiers.sql (on an empty database).")
    out.append("-- The demo runs it unchanged in H2's MariaDB mode (jdbc:h2:...;MODE=MariaDB).")
    out.append("-- Names, ID numbers, phones and e-mails are invented (e-mails at example.com); procedure codes,")
    out.append("-- the unit code " + UNIT + " and fee amounts are illustrative, not quotations.")
    out.append("-- Times are UTC in DATETIME columns, except mc_ho_so.ngay_hen_tra, which this system keeps as")
    out.append("-- yyyyMMddHHmmss text in Vietnam's time (the portal's own format, copied by the application).")
    out.append("-- Codes are the portal's: trang_thai 1-10, kenh_nop 1-3, loai_chu_ho_so 1-4, loai_giay_to 1-2,")
    out.append("-- hinh_thuc_thu 1/2/4. Canonical queries: routes/sql/tthc-dossiers.sql, routes/sql/tthc-dossier-progress.sql.")
    out.append("--")
    out.append(f"-- Dossiers: {len(dossiers)}. Exactly {len(INVALID)} are invalid on purpose (ma_ho_so, refused field, reason):")
    for index in sorted(INVALID):
        field, reason, _ = INVALID[index]
        out.append(f"-- INVALID {dossiers[index - 1]['ma_ho_so']} {field} {reason}")
    out.append(f"-- Processing steps: {len(steps)}. Exactly {len(INVALID_STEPS)} are invalid on purpose (step id, field, reason):")
    for (index, number), (field, reason, _) in sorted(INVALID_STEPS.items()):
        step = next(s for s in steps if s["ho_so_id"] == index and s["buoc"] == number)
        out.append(f"-- INVALID-STEP TD-{step['id']:06d} {field} {reason}")
    out.append("")
    out.append("SET NAMES utf8mb4;")
    out.append("")
    out.append(DDL.strip())
    out.append("")
    out.append("INSERT INTO mc_linh_vuc (ma_linh_vuc, ten_linh_vuc) VALUES")
    out.append(",\n".join(f"    ({sql(code)}, {sql(name)})" for code, name in FIELDS) + ";")
    out.append("")
    out.append("INSERT INTO mc_thu_tuc (id, ma_tthc, ten_thu_tuc, ma_linh_vuc, muc_do, thoi_han_ngay, co_quan_thuc_hien) VALUES")
    procedure_rows = [f"    ({p[0]}, {sql(p[1])}, {sql(p[2])}, {sql(p[3])}, {sql('TOAN_TRINH' if p[5] != 'state_agency' else 'MOT_PHAN')}, {p[4]}, {sql(AGENCY)})"
                      for p in PROCEDURES]
    # a procedure whose national code lost a digit when it was typed in: the dossiers that use it are refused
    procedure_rows.append(f"    (99, '1.00182', 'Cấp thẻ hướng dẫn viên du lịch nội địa (bản nhập tay)', 'HDVDL', 'TOAN_TRINH', 10, {sql(AGENCY)})")
    out.append(",\n".join(procedure_rows) + ";")
    out.append("")
    insert(out, "mc_ho_so", dossiers)
    insert(out, "mc_tai_lieu_nop", files)
    insert(out, "mc_le_phi_ho_so", fees)
    insert(out, "mc_giay_to_ket_qua", results)
    insert(out, "mc_ket_noi_csdl", links)
    insert(out, "mc_tien_do", steps)
    print("\n".join(out))


def insert(out, table, rows, chunk=50):
    if not rows:
        return
    columns = list(rows[0].keys())
    for start in range(0, len(rows), chunk):
        out.append(f"INSERT INTO {table} ({', '.join(columns)}) VALUES")
        out.append(",\n".join("    (" + ", ".join(sql(row[c]) for c in columns) + ")" for row in rows[start:start + chunk]) + ";")
        out.append("")


DDL = """
-- Lĩnh vực: the fields of the department's procedures.
CREATE TABLE mc_linh_vuc (
    ma_linh_vuc VARCHAR(20) NOT NULL PRIMARY KEY,
    ten_linh_vuc VARCHAR(300) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Thủ tục hành chính: the procedures the department handles, with their national code (mã TTHC).
CREATE TABLE mc_thu_tuc (
    id INT NOT NULL PRIMARY KEY,
    ma_tthc VARCHAR(20) NOT NULL,
    ten_thu_tuc VARCHAR(1000) NOT NULL,
    ma_linh_vuc VARCHAR(20) NOT NULL,
    muc_do VARCHAR(20) NOT NULL,
    thoi_han_ngay INT NOT NULL,
    co_quan_thuc_hien VARCHAR(300) NOT NULL,
    CONSTRAINT fk_thu_tuc_linh_vuc FOREIGN KEY (ma_linh_vuc) REFERENCES mc_linh_vuc (ma_linh_vuc)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Hồ sơ: one dossier. Codes are TINYINT; times UTC, except ngay_hen_tra (yyyyMMddHHmmss, Vietnam's time).
CREATE TABLE mc_ho_so (
    id BIGINT NOT NULL PRIMARY KEY,
    ma_ho_so VARCHAR(50) NOT NULL,
    thu_tuc_id INT NOT NULL,
    kenh_nop TINYINT,
    loai_chu_ho_so TINYINT,
    chu_ho_so VARCHAR(300),
    so_giay_to VARCHAR(30),
    loai_giay_to TINYINT,
    ma_doi_tuong VARCHAR(50),
    dia_chi VARCHAR(500),
    email VARCHAR(200),
    so_dien_thoai VARCHAR(30),
    fax VARCHAR(30),
    trich_yeu VARCHAR(2000),
    ngay_nop DATETIME,
    ngay_tiep_nhan DATETIME,
    ngay_hen_tra VARCHAR(20),
    ngay_tu_choi DATETIME,
    ngay_ket_thuc_xu_ly DATETIME,
    ngay_tra DATETIME,
    trang_thai TINYINT,
    thong_tin_tra VARCHAR(1000),
    nhan_kq_buu_chinh TINYINT(1) NOT NULL DEFAULT 0,
    don_vi_xu_ly VARCHAR(300),
    ghi_chu VARCHAR(1000),
    noi_nop VARCHAR(300),
    co_thanh_phan_so_hoa TINYINT(1) NOT NULL DEFAULT 0,
    xac_thuc_vneid TINYINT(1) NOT NULL DEFAULT 0,
    thanh_toan_truc_tuyen TINYINT(1) NOT NULL DEFAULT 0,
    ngay_cap_nhat DATETIME NOT NULL,
    CONSTRAINT uq_ho_so_ma UNIQUE (ma_ho_so),
    CONSTRAINT fk_ho_so_thu_tuc FOREIGN KEY (thu_tuc_id) REFERENCES mc_thu_tuc (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ho_so_ngay_cap_nhat ON mc_ho_so (ngay_cap_nhat);

-- Tài liệu nộp: the files submitted with a dossier.
CREATE TABLE mc_tai_lieu_nop (
    id BIGINT NOT NULL PRIMARY KEY,
    ho_so_id BIGINT NOT NULL,
    ten_tep VARCHAR(500) NOT NULL,
    ma_thanh_phan VARCHAR(50),
    duong_dan VARCHAR(1000),
    da_xoa TINYINT(1) NOT NULL DEFAULT 0,
    duoc_so_hoa TINYINT(1) NOT NULL DEFAULT 0,
    duoc_tai_su_dung TINYINT(1) NOT NULL DEFAULT 0,
    lay_tu_kho_dmqg TINYINT(1) NOT NULL DEFAULT 0,
    ma_kq_thay_the VARCHAR(50),
    CONSTRAINT fk_tai_lieu_ho_so FOREIGN KEY (ho_so_id) REFERENCES mc_ho_so (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Phí, lệ phí của hồ sơ: loai_phi 1 phí, 2 lệ phí; hinh_thuc_thu 1 on receipt, 2 on supplement, 4 on result.
CREATE TABLE mc_le_phi_ho_so (
    id BIGINT NOT NULL PRIMARY KEY,
    ho_so_id BIGINT NOT NULL,
    ma_phi VARCHAR(50),
    ten_phi VARCHAR(500) NOT NULL,
    loai_phi TINYINT,
    hinh_thuc_thu TINYINT,
    so_tien DECIMAL(15,2) NOT NULL,
    da_thu TINYINT(1) NOT NULL DEFAULT 0,
    CONSTRAINT fk_le_phi_ho_so FOREIGN KEY (ho_so_id) REFERENCES mc_ho_so (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Giấy tờ kết quả: the licences, cards, certificates and letters issued.
CREATE TABLE mc_giay_to_ket_qua (
    id BIGINT NOT NULL PRIMARY KEY,
    ho_so_id BIGINT NOT NULL,
    ma_giay_to_kq VARCHAR(100),
    ten_giay_to VARCHAR(500) NOT NULL,
    ma_thanh_phan VARCHAR(50),
    duong_dan VARCHAR(1000),
    ngay_ky DATETIME,
    CONSTRAINT fk_ket_qua_ho_so FOREIGN KEY (ho_so_id) REFERENCES mc_ho_so (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Kết nối CSDL: the national databases the desk drew data from (dân cư, đăng ký doanh nghiệp).
CREATE TABLE mc_ket_noi_csdl (
    ho_so_id BIGINT NOT NULL,
    ma_csdl VARCHAR(50) NOT NULL,
    PRIMARY KEY (ho_so_id, ma_csdl),
    CONSTRAINT fk_ket_noi_ho_so FOREIGN KEY (ho_so_id) REFERENCES mc_ho_so (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tiến độ xử lý: the processing steps; trang_thai is the dossier's status after the step.
CREATE TABLE mc_tien_do (
    id BIGINT NOT NULL PRIMARY KEY,
    ho_so_id BIGINT NOT NULL,
    buoc INT NOT NULL,
    nguoi_xu_ly VARCHAR(200),
    chuc_danh VARCHAR(200),
    phong_ban VARCHAR(300),
    noi_dung VARCHAR(2000),
    trang_thai TINYINT,
    thoi_diem_xu_ly DATETIME,
    ngay_bat_dau DATETIME,
    han_xu_ly DATETIME,
    ngay_cap_nhat DATETIME NOT NULL,
    CONSTRAINT fk_tien_do_ho_so FOREIGN KEY (ho_so_id) REFERENCES mc_ho_so (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_tien_do_ngay_cap_nhat ON mc_tien_do (ngay_cap_nhat);
"""

if __name__ == "__main__":
    main()
