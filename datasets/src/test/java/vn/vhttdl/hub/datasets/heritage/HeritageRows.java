package vn.vhttdl.hub.datasets.heritage;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Source rows for tests: a valid relic, to be varied one column at a time. */
final class HeritageRows {

    private HeritageRows() {
    }

    /** Chùa Vĩnh Nghiêm, as the heritage-management system's query returns it. */
    static Map<String, Object> vinhNghiem() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "DT-0001");
        row.put("name", "Chùa Vĩnh Nghiêm");
        row.put("ranking_level", "Quốc gia đặc biệt");
        row.put("heritage_type", "Kiến trúc nghệ thuật");
        row.put("ranking_decision", "2383/QĐ-TTg");
        row.put("commune_code", "07682");
        row.put("commune_name", "Phường Tân An");
        row.put("address", "Thôn Quỳnh, phường Tân An");
        row.put("latitude", new BigDecimal("21.231500"));
        row.put("longitude", new BigDecimal("106.284100"));
        row.put("description", "Trung tâm Phật giáo Trúc Lâm thời Trần; lưu giữ mộc bản kinh Phật.");
        row.put("updated_at", java.time.Instant.parse("2025-03-04T03:15:00Z"));
        return row;
    }

    static Map<String, Object> vinhNghiemWith(String column, Object value) {
        Map<String, Object> row = vinhNghiem();
        row.put(column, value);
        return row;
    }
}
