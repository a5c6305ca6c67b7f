package vn.vhttdl.hub.datasets.culture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.adminunit.AdminUnits;
import vn.vhttdl.hub.datasets.adminunit.CommuneLocation;
import vn.vhttdl.hub.datasets.adminunit.CommuneReader;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The {@code cultural-title} dataset: gia đình, thôn, tổ dân phố văn hóa of the province.
 *
 * <p>Source columns: {@code id, title_type, holder_name, title_year, commune_code, commune_name,
 * district, province_code, decision_number, decision_date, updated_at}. The location columns
 * hold pre-2025 units (the source was never migrated); {@link CommuneReader} maps them, and an old
 * commune split between new ones, or a name that fits several, refuses the record on
 * {@code communeCode}. The year is read from {@code 2024}, {@code Năm 2024} or {@code 2024.0}.
 */
public final class CulturalTitleDataset extends MappedDataset<CulturalTitle> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "cultural-title";

    static final String FORMAT = "ministry/cultural-title/v1";

    private static final Pattern YEAR = Pattern.compile("(?:năm |nam )?(\\d{4})(?:\\.0+)?");

    private final CommuneReader communes = new CommuneReader(AdminUnits.standard(), "24");

    public CulturalTitleDataset() {
        super(ID, CulturalTitle.class, FORMAT);
    }

    @Override
    protected CulturalTitle read(SourceRow source, RecordReport report) {
        String id = source.text("id", "id");
        CulturalTitleType type = source.coded("title_type", "titleType", CulturalTitleType.SPELLINGS);
        String holder = source.text("holder_name", "holderName");
        Integer year = year(source, report);
        CommuneLocation location = communes.read(source, report);
        return new CulturalTitle(id, type, holder, year,
                location.communeCode(), location.communeName(), location.provinceCode(),
                source.text("decision_number", "decisionNumber"),
                source.date("decision_date", "decisionDate"),
                source.instant("updated_at", "updatedAt"));
    }

    private static Integer year(SourceRow source, RecordReport report) {
        if (source.raw("title_year") instanceof Number) {
            return source.integer("title_year", "year");
        }
        String text = source.text("title_year", "year");
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text.toLowerCase(java.util.Locale.ROOT));
        Optional<Integer> year = m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        if (year.isEmpty()) {
            report.reject("year",
                    "Giá trị '" + text + "' của trường year không phải là một năm (ví dụ 2024)",
                    "Value '" + text + "' of field year is not a year (e.g. 2024)");
        }
        return year.orElse(null);
    }

    @Override
    public String keyOf(CulturalTitle record) {
        return record.id();
    }

    /** {@code ministry/cultural-title/v1}, keys in the schema's order. */
    @Override
    protected Map<String, Object> map(String format, CulturalTitle title) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maDanhHieu", title.id());
        payload.put("loaiDanhHieu", title.titleType() == null ? null : title.titleType().name());
        payload.put("tenDonViCongNhan", title.holderName());
        payload.put("namCongNhan", title.year());
        payload.put("maTinh", title.provinceCode());
        payload.put("maXa", title.communeCode());
        payload.put("tenXa", title.communeName());
        payload.put("soQuyetDinh", title.decisionNumber());
        payload.put("ngayQuyetDinh", VietnamTime.date(title.decisionDate()));
        payload.put("ngayCapNhat", VietnamTime.dateTime(title.updatedAt()));
        return payload;
    }
}
