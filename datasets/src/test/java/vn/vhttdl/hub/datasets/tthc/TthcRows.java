package vn.vhttdl.hub.datasets.tthc;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** Source rows for tests: a valid dossier and a valid step, to be varied one column at a time. */
final class TthcRows {

    /** Personal values the tests look for in every message: none may ever appear. */
    static final String CCCD = "027195001234";
    static final String PHONE = "0912345678";
    static final String EMAIL = "nguyen.thi.lan@example.com";

    private TthcRows() {
    }

    /** A tour-guide card returned to Nguyễn Thị Lan, as the one-stop system's query returns it. */
    static Map<String, Object> tourGuideCard() {
        Map<String, Object> row = new HashMap<>();
        row.put("dossier_code", "000.07.24.H05-250902-00017");
        row.put("procedure_code", "1.001829");
        row.put("procedure_name", "Cấp thẻ hướng dẫn viên du lịch nội địa");
        row.put("field_code", "HDVDL");
        row.put("field_name", "Hướng dẫn du lịch");
        row.put("channel", 2);
        row.put("applicant_type", 1);
        row.put("applicant_name", "Nguyễn Thị Lan");
        row.put("applicant_document_number", CCCD);
        row.put("applicant_code", null);
        row.put("email", EMAIL);
        row.put("fax", null);
        row.put("phone", "0912.345.678");
        row.put("summary", "Cấp thẻ hướng dẫn viên du lịch nội địa cho Nguyễn Thị Lan");
        row.put("status", 10);
        // DATETIME columns hold UTC: 02:15 UTC is 09:15 in Hà Nội
        row.put("submitted_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-02T02:15:00")));
        row.put("received_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-03T01:30:00")));
        // this column holds the portal's format, in Vietnam's time
        row.put("due_at", "20250917163000");
        row.put("refused_at", null);
        row.put("processing_ended_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-15T08:00:00")));
        row.put("returned_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-16T02:05:00")));
        row.put("return_info", "Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh");
        row.put("result_by_post", Boolean.FALSE);
        row.put("handling_unit", "Phòng Quản lý Du lịch - Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh");
        row.put("note", null);
        row.put("submission_place", "Cổng Dịch vụ công quốc gia");
        row.put("has_digitised_components", 1);
        row.put("vneid_verified", (byte) 1);
        row.put("paid_online", "1");
        row.put("identifiers", "[{\"type\": 1, \"number\": \"" + CCCD + "\"}]");
        row.put("submitted_documents", """
                [{"file_id": "TL-101", "file_name": "Đơn đề nghị cấp thẻ.pdf", "deleted": 0, "component_code": "TP01.01",
                  "download_url": "https://motcua.example/tep/0017/01.pdf", "digitised": 1, "reusable": 1,
                  "from_national_store": 0, "replaces_result_code": null},
                 {"file_id": "TL-102", "file_name": "Ảnh chân dung 3x4.pdf", "deleted": 0, "component_code": "TP01.05",
                  "download_url": "https://motcua.example/tep/0017/05.pdf", "digitised": 0, "reusable": 0,
                  "from_national_store": 0, "replaces_result_code": null}]""");
        row.put("fees", """
                [{"code": "PHI-HDV", "name": "Phí thẩm định cấp thẻ hướng dẫn viên du lịch", "kind": "1",
                  "collection_stage": 1, "amount": 650000.00}]""");
        row.put("result_documents", """
                [{"document_id": "KQ-9", "name": "Thẻ hướng dẫn viên du lịch nội địa", "component_code": "KQ01",
                  "file_url": "https://motcua.example/tep/0017/ket-qua.pdf", "result_code": "241000123"}]""");
        row.put("connected_databases", "[\"CSDLQGDC\"]");
        row.put("updated_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-16T02:10:00")));
        return row;
    }

    static Map<String, Object> tourGuideCardWith(String column, Object value) {
        Map<String, Object> row = tourGuideCard();
        row.put(column, value);
        return row;
    }

    /** The reception step of that dossier. */
    static Map<String, Object> receptionStep() {
        Map<String, Object> row = new HashMap<>();
        row.put("step_id", "TD-000412");
        row.put("dossier_code", "000.07.24.H05-250902-00017");
        row.put("handler", "Nguyễn Thị Thu Hà");
        row.put("handler_title", "Chuyên viên Bộ phận một cửa");
        row.put("department", "Bộ phận một cửa");
        row.put("content", "Tiếp nhận hồ sơ, hẹn trả kết quả");
        row.put("status", new BigDecimal("2"));
        row.put("handled_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-03T01:30:00")));
        row.put("started_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-03T01:30:00")));
        row.put("due_at", null);
        row.put("updated_at", Timestamp.valueOf(LocalDateTime.parse("2025-09-03T01:31:00")));
        return row;
    }

    static Map<String, Object> receptionStepWith(String column, Object value) {
        Map<String, Object> row = receptionStep();
        row.put(column, value);
        return row;
    }
}
