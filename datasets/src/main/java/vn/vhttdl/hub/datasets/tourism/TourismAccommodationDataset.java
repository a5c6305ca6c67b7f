package vn.vhttdl.hub.datasets.tourism;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.adminunit.AdminUnits;
import vn.vhttdl.hub.datasets.adminunit.CommuneLocation;
import vn.vhttdl.hub.datasets.adminunit.CommuneReader;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The {@code tourism-accommodation} dataset: hotels, guest houses, homestays... (cơ sở lưu trú du
 * lịch) from the smart-tourism system.
 *
 * <p>Source columns: {@code id, name, accommodation_type, star_grade, grade_decision, rooms,
 * licence_number, commune_code, commune_name, address, latitude, longitude, updated_at} (and
 * optionally {@code district}, {@code province_code}). The location is resolved through
 * {@link CommuneReader}: old codes and names are mapped to the 2025 communes.
 */
public final class TourismAccommodationDataset extends MappedDataset<TourismAccommodation> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "tourism-accommodation";

    static final String FORMAT = "ministry/tourism-accommodation/v1";

    private final CommuneReader communes = new CommuneReader(AdminUnits.standard(), "24");

    public TourismAccommodationDataset() {
        super(ID, TourismAccommodation.class, FORMAT);
    }

    @Override
    protected TourismAccommodation read(SourceRow source, RecordReport report) {
        String id = source.text("id", "id");
        String name = source.text("name", "name");
        AccommodationType type = source.coded("accommodation_type", "accommodationType", AccommodationType.SPELLINGS);
        Integer stars = starGrade(source, report);
        String decision = source.text("grade_decision", "gradeDecision");
        Integer rooms = source.integer("rooms", "rooms");
        String licence = source.text("licence_number", "licenceNumber");
        CommuneLocation location = communes.read(source, report);
        return new TourismAccommodation(id, name, type, stars, decision, rooms,
                licence == null ? null : licence.replaceAll("[\\s.]", ""),
                location.communeCode(), location.communeName(), location.provinceCode(),
                source.text("address", "address"),
                source.decimal("latitude", "latitude"),
                source.decimal("longitude", "longitude"),
                source.instant("updated_at", "updatedAt"));
    }

    private static Integer starGrade(SourceRow source, RecordReport report) {
        Object raw = source.raw("star_grade");
        if (raw instanceof Number number) {
            // a numeric column writes "not graded" as 0
            return number.intValue() == 0 && number.doubleValue() == 0 ? null : source.integer("star_grade", "starGrade");
        }
        String text = source.text("star_grade", "starGrade");
        if (text == null) {
            return null;
        }
        Optional<StarGrade> grade = StarGrade.parse(text);
        if (grade.isEmpty()) {
            report.reject("starGrade",
                    "Giá trị '" + text + "' không hợp lệ cho " + StarGrade.SPELLINGS.labelVi() + " (trường starGrade)",
                    "Unknown " + StarGrade.SPELLINGS.labelEn() + " '" + text + "' (field starGrade)");
            return null;
        }
        return grade.get().stars();
    }

    @Override
    public String keyOf(TourismAccommodation record) {
        return record.id();
    }

    /** {@code ministry/tourism-accommodation/v1}, keys in the schema's order. */
    @Override
    protected Map<String, Object> map(String format, TourismAccommodation place) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maCoSo", place.id());
        payload.put("tenCoSo", place.name());
        payload.put("loaiCoSo", place.accommodationType() == null ? null : place.accommodationType().name());
        payload.put("hangSao", place.starGrade());
        payload.put("soQuyetDinhCongNhanHang", place.gradeDecision());
        payload.put("soBuong", place.rooms());
        payload.put("maSoDoanhNghiep", place.licenceNumber());
        payload.put("maTinh", place.provinceCode());
        payload.put("maXa", place.communeCode());
        payload.put("tenXa", place.communeName());
        payload.put("diaChi", place.address());
        payload.put("viDo", place.latitude());
        payload.put("kinhDo", place.longitude());
        payload.put("ngayCapNhat", VietnamTime.dateTime(place.updatedAt()));
        return payload;
    }
}
