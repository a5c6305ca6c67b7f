package vn.vhttdl.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Valid heritage-site records and batches, as the hub sends them to the ministry. */
public final class HeritageSites {

    public static final String PATH = "/vhttdl/1.0/di-tich";
    public static final String FORMAT = "ministry/heritage-site/v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private HeritageSites() {
    }

    /** @return a fresh 64-hex key, as the hub's SHA-256 based batch and idempotency keys */
    public static String key() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** @return a valid record of Chùa Vĩnh Nghiêm with this source key and idempotency key */
    public static ObjectNode site(String sourceKey, String idempotencyKey) {
        ObjectNode site = JSON.createObjectNode();
        site.put("sourceKey", sourceKey);
        site.put("idempotencyKey", idempotencyKey);
        site.put("maDiTich", sourceKey);
        site.put("tenDiTich", "Chùa Vĩnh Nghiêm");
        site.put("capXepHang", "QUOC_GIA_DAC_BIET");
        site.put("loaiHinh", "KIEN_TRUC_NGHE_THUAT");
        site.put("soQuyetDinhXepHang", "2383/QĐ-TTg");
        site.put("maTinh", "24");
        site.put("maXa", "07696");
        site.put("tenXa", "Xã Tân An");
        site.put("diaChi", "Thôn Quất Du");
        site.put("viDo", 21.276);
        site.put("kinhDo", 106.239);
        site.putNull("moTa");
        site.put("ngayCapNhat", "2025-03-04T10:15:00+07:00");
        return site;
    }

    /** @return the envelope of one batch holding {@code records} */
    public static ObjectNode batch(String batchId, ObjectNode... records) {
        ObjectNode batch = JSON.createObjectNode();
        batch.put("batchId", batchId);
        batch.put("exchange", "heritage-sites-to-ministry");
        batch.put("dataset", "heritage-site");
        batch.put("format", FORMAT);
        batch.put("sentAt", "2025-03-04T10:15:00+07:00");
        ArrayNode array = batch.putArray("records");
        for (ObjectNode record : records) {
            array.add(record);
        }
        return batch;
    }
}
