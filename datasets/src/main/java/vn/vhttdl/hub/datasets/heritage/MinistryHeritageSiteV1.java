package vn.vhttdl.hub.datasets.heritage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping of a {@link HeritageSite} to {@code ministry/heritage-site/v1}, the record the
 * Ministry's heritage database receives (schema in the {@code schemas} module). Keys come in the
 * schema's order so that the serialisation, and so the content hash, is stable.
 */
public final class MinistryHeritageSiteV1 {

    /** The format name, as exchange definitions and the schema catalogue name it. */
    public static final String FORMAT = "ministry/heritage-site/v1";

    /** Times are sent in Vietnam's time (UTC+7), with seconds and the offset: 2025-03-04T10:15:00+07:00. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** @return the payload, without sourceKey and idempotencyKey (the hub adds them) */
    public Map<String, Object> map(HeritageSite site) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maDiTich", site.id());
        payload.put("tenDiTich", site.name());
        payload.put("capXepHang", site.rankingLevel() == null ? null : site.rankingLevel().name());
        payload.put("loaiHinh", site.heritageType() == null ? null : site.heritageType().name());
        payload.put("soQuyetDinhXepHang", site.rankingDecision());
        payload.put("maTinh", site.provinceCode());
        payload.put("maXa", site.communeCode());
        payload.put("tenXa", site.communeName());
        payload.put("diaChi", site.address());
        payload.put("viDo", site.latitude());
        payload.put("kinhDo", site.longitude());
        payload.put("moTa", site.description());
        payload.put("ngayCapNhat", site.updatedAt() == null
                ? null
                : OFFSET_DATE_TIME.format(site.updatedAt().truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM)));
        return payload;
    }
}
