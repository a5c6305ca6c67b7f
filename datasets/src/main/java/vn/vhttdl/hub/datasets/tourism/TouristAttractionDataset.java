package vn.vhttdl.hub.datasets.tourism;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.adminunit.AdminUnits;
import vn.vhttdl.hub.datasets.adminunit.CommuneLocation;
import vn.vhttdl.hub.datasets.adminunit.CommuneReader;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The {@code tourist-attraction} dataset: khu, điểm du lịch of the smart-tourism system.
 *
 * <p>Source columns: {@code id, name, level, category, recognition_decision, recognised_on,
 * heritage_site_id, commune_code, commune_name, address, latitude, longitude, annual_visitors,
 * description, updated_at} (and optionally {@code district}, {@code province_code}).
 */
public final class TouristAttractionDataset extends MappedDataset<TouristAttraction> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "tourist-attraction";

    static final String FORMAT = "ministry/tourist-attraction/v1";

    private final CommuneReader communes = new CommuneReader(AdminUnits.standard(), "24");

    public TouristAttractionDataset() {
        super(ID, TouristAttraction.class, FORMAT);
    }

    @Override
    protected TouristAttraction read(SourceRow source, RecordReport report) {
        String id = source.text("id", "id");
        String name = source.text("name", "name");
        AttractionLevel level = source.coded("level", "level", AttractionLevel.SPELLINGS);
        AttractionCategory category = source.coded("category", "category", AttractionCategory.SPELLINGS);
        String decision = source.text("recognition_decision", "recognitionDecision");
        CommuneLocation location = communes.read(source, report);
        return new TouristAttraction(id, name, level, category, decision,
                source.date("recognised_on", "recognisedOn"),
                source.text("heritage_site_id", "heritageSiteId"),
                location.communeCode(), location.communeName(), location.provinceCode(),
                source.text("address", "address"),
                source.decimal("latitude", "latitude"),
                source.decimal("longitude", "longitude"),
                source.integer("annual_visitors", "annualVisitors"),
                source.text("description", "description"),
                source.instant("updated_at", "updatedAt"));
    }

    @Override
    public String keyOf(TouristAttraction record) {
        return record.id();
    }

    /** {@code ministry/tourist-attraction/v1}, keys in the schema's order. */
    @Override
    protected Map<String, Object> map(String format, TouristAttraction attraction) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maDiemDuLich", attraction.id());
        payload.put("tenDiemDuLich", attraction.name());
        payload.put("capCongNhan", attraction.level() == null ? null : attraction.level().name());
        payload.put("loaiHinh", attraction.category() == null ? null : attraction.category().name());
        payload.put("soQuyetDinhCongNhan", attraction.recognitionDecision());
        payload.put("ngayCongNhan", VietnamTime.date(attraction.recognisedOn()));
        payload.put("maDiTich", attraction.heritageSiteId());
        payload.put("maTinh", attraction.provinceCode());
        payload.put("maXa", attraction.communeCode());
        payload.put("tenXa", attraction.communeName());
        payload.put("diaChi", attraction.address());
        payload.put("viDo", attraction.latitude());
        payload.put("kinhDo", attraction.longitude());
        payload.put("luotKhachNam", attraction.annualVisitors());
        payload.put("moTa", attraction.description());
        payload.put("ngayCapNhat", VietnamTime.dateTime(attraction.updatedAt()));
        return payload;
    }
}
