package vn.vhttdl.sandbox.tourism;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the smart-tourism system's records, the same ones for the same seed: accommodations and
 * attractions of Bắc Ninh province shaped like the hub's demo seeds, all valid for the
 * {@code tourism-accommodation} and {@code tourist-attraction} datasets. Field names are the
 * API's own (Vietnamese, camelCase), with the location nested under {@code viTri}, as such
 * systems publish them; the hub maps them to its canonical columns.
 */
final class TourismGenerator {

    /** Communes (code, name) of the province that the hub's commune reader resolves. */
    private static final List<String[]> COMMUNES = List.of(
            new String[] {"07288", "Xã Yên Thế"}, new String[] {"07696", "Phường Tiền Phong"},
            new String[] {"07534", "Xã Sa Lý"}, new String[] {"07682", "Phường Tân An"},
            new String[] {"09385", "Phường Đồng Nguyên"}, new String[] {"07462", "Xã Bảo Đài"},
            new String[] {"07870", "Xã Xuân Cẩm"}, new String[] {"09409", "Phường Mão Điền"},
            new String[] {"09487", "Xã Đông Cứu"}, new String[] {"07672", "Xã Dương Hưu"},
            new String[] {"07616", "Xã Tây Yên Tử"}, new String[] {"07486", "Xã Nghĩa Phương"},
            new String[] {"07552", "Xã Kiên Lao"}, new String[] {"07798", "Phường Vân Hà"},
            new String[] {"09400", "Phường Thuận Thành"}, new String[] {"09292", "Xã Phù Lãng"},
            new String[] {"09367", "Phường Từ Sơn"}, new String[] {"09427", "Phường Trí Quả"},
            new String[] {"09349", "Xã Phật Tích"}, new String[] {"09319", "Xã Tiên Du"},
            new String[] {"09187", "Phường Kinh Bắc"});
    private static final List<String> PLACE_NAMES = List.of("Sông Cầu", "Trúc Lâm", "Xương Giang", "Cấm Sơn",
            "Bình Minh", "Kinh Bắc", "Quan Họ", "Tây Yên Tử", "Suối Mỡ", "Khuôn Thần", "Lục Ngạn", "Đông Hồ", "Phù Lãng",
            "Thổ Hà", "Dâu", "Phật Tích", "Lim", "Vân Hà", "Hồng Ngọc", "Thiên Thai");
    private static final List<String> STREETS = List.of("Lý Thái Tổ", "Ngô Gia Tự", "Trần Hưng Đạo", "Lê Lợi",
            "Nguyễn Trãi", "Hoàng Văn Thụ", "Nguyễn Văn Cừ", "Hai Bà Trưng");
    /** Type as the system spells it, the name's prefix, whether it may be graded in stars, rooms from–to. */
    private static final List<Object[]> ACCOMMODATION_TYPES = List.of(
            new Object[] {"Khách sạn", "Khách sạn", true, 20, 300},
            new Object[] {"Nhà nghỉ du lịch", "Nhà nghỉ", false, 5, 30},
            new Object[] {"Nhà ở có phòng cho khách du lịch thuê", "Homestay", false, 2, 10},
            new Object[] {"Biệt thự du lịch", "Biệt thự", false, 3, 12},
            new Object[] {"Căn hộ du lịch", "Căn hộ", false, 4, 40},
            new Object[] {"Bãi cắm trại du lịch", "Khu cắm trại", false, 10, 60});
    private static final List<String> LEVELS = List.of("Điểm du lịch", "Điểm du lịch", "Khu du lịch cấp tỉnh",
            "Khu du lịch quốc gia", "Chưa công nhận");
    private static final List<String> CATEGORIES = List.of("Văn hóa - lịch sử", "Tâm linh", "Sinh thái", "Làng nghề",
            "Cộng đồng", "Nghỉ dưỡng", "Vui chơi giải trí");
    private static final List<String> ATTRACTION_PREFIXES = List.of("Điểm du lịch", "Khu du lịch", "Làng nghề",
            "Khu sinh thái", "Điểm tham quan");
    private static final List<String> DESCRIPTIONS = List.of("Cảnh quan đẹp, phù hợp du lịch cuối tuần.",
            "Điểm đến gắn với lễ hội truyền thống mùa xuân.", "Có dịch vụ trải nghiệm làm sản phẩm thủ công.",
            "Điểm tham quan di tích và văn hóa Quan họ.");
    /** 2019-01-01T00:00:00Z and the span of update times after it (to the end of October 2025). */
    private static final long FIRST_UPDATE = 1_546_300_800L;
    private static final long UPDATE_SPAN = 215_000_000L;

    private TourismGenerator() {
    }

    /** One generated record: its id, its update time and its fields without {@code ngayCapNhat}. */
    record Generated(String id, Instant updatedAt, Map<String, Object> fields) {
    }

    static List<Generated> accommodations(long seed, int count) {
        Random random = new Random(seed);
        java.util.ArrayList<Generated> out = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String id = String.format("DLTM-LT-%05d", i);
            Object[] type = ACCOMMODATION_TYPES.get(random.nextInt(ACCOMMODATION_TYPES.size()));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("maCoSo", id);
            fields.put("tenCoSo", type[1] + " " + pick(random, PLACE_NAMES) + " " + i);
            fields.put("loaiHinh", type[0]);
            boolean graded = (Boolean) type[2] && random.nextInt(3) > 0;
            int stars = 1 + random.nextInt(5);
            fields.put("hangSao", graded ? stars + " sao" : (Boolean) type[2] ? "Chưa xếp hạng" : null);
            fields.put("soQuyetDinhCongNhan", graded ? (100 + random.nextInt(900)) + "/QĐ-SVHTTDL" : null);
            int minRooms = (Integer) type[3];
            fields.put("soBuong", minRooms + random.nextInt((Integer) type[4] - minRooms + 1));
            fields.put("maSoDoanhNghiep", String.format("23%08d", random.nextInt(100_000_000)));
            fields.put("viTri", location(random));
            out.add(new Generated(id, updateTime(random), fields));
        }
        return out;
    }

    static List<Generated> attractions(long seed, int count) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        java.util.ArrayList<Generated> out = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String id = String.format("DLTM-DD-%05d", i);
            String level = pick(random, LEVELS);
            boolean recognised = !"Chưa công nhận".equals(level);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("maDiem", id);
            fields.put("tenDiem", pick(random, ATTRACTION_PREFIXES) + " " + pick(random, PLACE_NAMES) + " " + i);
            fields.put("capCongNhan", level);
            fields.put("loaiHinh", pick(random, CATEGORIES));
            fields.put("soQuyetDinhCongNhan", recognised ? (100 + random.nextInt(2900)) + "/QĐ-UBND" : null);
            fields.put("ngayCongNhan", recognised ? LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5400)).toString() : null);
            fields.put("maDiTich", null);
            fields.put("viTri", location(random));
            fields.put("luotKhachNam", random.nextInt(900_000));
            fields.put("moTa", pick(random, DESCRIPTIONS));
            out.add(new Generated(id, updateTime(random), fields));
        }
        return out;
    }

    private static Map<String, Object> location(Random random) {
        String[] commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("maXa", commune[0]);
        where.put("tenXa", commune[1]);
        where.put("diaChi", "Số " + (1 + random.nextInt(300)) + " đường " + pick(random, STREETS));
        boolean located = random.nextInt(4) > 0;
        where.put("viDo", located ? coordinate(random, 21.0, 0.6) : null);
        where.put("kinhDo", located ? coordinate(random, 105.95, 0.9) : null);
        return where;
    }

    private static BigDecimal coordinate(Random random, double from, double span) {
        return BigDecimal.valueOf(from + random.nextDouble() * span).setScale(6, RoundingMode.HALF_UP);
    }

    private static Instant updateTime(Random random) {
        return Instant.ofEpochSecond(FIRST_UPDATE + (long) (random.nextDouble() * UPDATE_SPAN));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
