package vn.vhttdl.hub.datasets.heritage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.adminunit.AdminUnits;
import vn.vhttdl.hub.datasets.adminunit.CommuneLocation;
import vn.vhttdl.hub.datasets.adminunit.CommuneReader;

/**
 * The {@code heritage-site} dataset: relics (di tích) from the heritage-management system.
 *
 * <p>Source rows use the canonical columns {@code id, name, ranking_level, heritage_type,
 * ranking_decision, commune_code, commune_name, province_code, address, latitude, longitude,
 * description, updated_at}; the exchange's SQL renames the source's own columns to these. A row
 * without a {@code province_code} column belongs to the configured province. The source holds
 * 2025 commune codes; a pre-2025 code left behind is translated through the crosswalk, or the
 * record refused on {@code communeCode} when it cannot be (see {@link CommuneReader#translateOldCode}).
 */
public final class HeritageSiteDataset extends MappedDataset<HeritageSite> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "heritage-site";

    /** Bắc Ninh (the former Bắc Giang and Bắc Ninh, merged on 1 July 2025). */
    public static final String DEFAULT_PROVINCE_CODE = "24";

    private final String defaultProvinceCode;
    private final MinistryHeritageSiteV1 ministryV1 = new MinistryHeritageSiteV1();
    private final CommuneReader communes;

    public HeritageSiteDataset() {
        this(DEFAULT_PROVINCE_CODE);
    }

    /** @param defaultProvinceCode the province of rows that carry no {@code province_code} column */
    public HeritageSiteDataset(String defaultProvinceCode) {
        super(ID, HeritageSite.class, MinistryHeritageSiteV1.FORMAT);
        this.defaultProvinceCode = Objects.requireNonNull(defaultProvinceCode, "defaultProvinceCode");
        this.communes = new CommuneReader(AdminUnits.standard(), defaultProvinceCode);
    }

    @Override
    protected HeritageSite read(SourceRow source, RecordReport report) {
        String id = source.text("id", "id");
        String name = source.text("name", "name");
        RankingLevel rankingLevel = rankingLevel(source, report);
        HeritageType heritageType = heritageType(source, report);
        String rankingDecision = source.text("ranking_decision", "rankingDecision");
        CommuneLocation location = communes.translateOldCode(new CommuneLocation(
                source.code("commune_code", "communeCode", 5),
                source.text("commune_name", "communeName"),
                source.has("province_code") ? source.code("province_code", "provinceCode", 2) : defaultProvinceCode),
                report);
        return new HeritageSite(
                id,
                name,
                rankingLevel,
                heritageType,
                rankingDecision,
                location.communeCode(),
                location.communeName(),
                location.provinceCode(),
                source.text("address", "address"),
                source.decimal("latitude", "latitude"),
                source.decimal("longitude", "longitude"),
                source.text("description", "description"),
                source.instant("updated_at", "updatedAt"));
    }

    @Override
    public String keyOf(HeritageSite record) {
        return record.id();
    }

    @Override
    protected Map<String, Object> map(String format, HeritageSite record) {
        return ministryV1.map(record);
    }

    private static RankingLevel rankingLevel(SourceRow source, RecordReport report) {
        String text = source.text("ranking_level", "rankingLevel");
        Optional<RankingLevel> level = RankingLevel.fromSourceText(text);
        if (level.isEmpty()) {
            report.reject("rankingLevel",
                    "Giá trị '" + text + "' không hợp lệ cho cấp xếp hạng",
                    "Unknown ranking level '" + text + "'");
        }
        return level.orElse(null);
    }

    private static HeritageType heritageType(SourceRow source, RecordReport report) {
        String text = source.text("heritage_type", "heritageType");
        Optional<HeritageType> type = HeritageType.fromSourceText(text);
        // a missing type is left to validation ("required"); only an unreadable one is refused here
        if (type.isEmpty() && text != null) {
            report.reject("heritageType",
                    "Giá trị '" + text + "' không hợp lệ cho loại hình di tích",
                    "Unknown heritage type '" + text + "'");
        }
        return type.orElse(null);
    }
}
