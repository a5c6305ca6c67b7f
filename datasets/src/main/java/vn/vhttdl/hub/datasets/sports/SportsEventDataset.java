package vn.vhttdl.hub.datasets.sports;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.adminunit.AdminUnits;
import vn.vhttdl.hub.datasets.adminunit.CommuneLocation;
import vn.vhttdl.hub.datasets.adminunit.CommuneReader;
import vn.vhttdl.hub.datasets.time.DateRange;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The {@code sports-event} dataset: giải, sự kiện thể thao held in the province.
 *
 * <p>Source columns: {@code id, name, sport, level, event_dates, organiser, venue, commune_code,
 * commune_name, participants, updated_at}. {@code event_dates} is the free text the software
 * keeps ({@code 12–15/03/2025}, {@code 28/02 - 02/03/2025}, {@code Tháng 3/2025}), read as a
 * range of days; a range that ends before it starts is refused on {@code eventDates}.
 */
public final class SportsEventDataset extends MappedDataset<SportsEvent> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "sports-event";

    static final String FORMAT = "ministry/sports-event/v1";

    private final CommuneReader communes = new CommuneReader(AdminUnits.standard(), "24");

    public SportsEventDataset() {
        super(ID, SportsEvent.class, FORMAT);
    }

    @Override
    protected SportsEvent read(SourceRow source, RecordReport report) {
        String id = source.text("id", "id");
        String name = source.text("name", "name");
        Sport sport = source.coded("sport", "sport", Sport.SPELLINGS);
        EventLevel level = source.coded("level", "level", EventLevel.SPELLINGS);
        DateRange dates = source.dateRange("event_dates", "eventDates");
        String organiser = source.text("organiser", "organiser");
        String venue = source.text("venue", "venue");
        CommuneLocation location = communes.read(source, report);
        return new SportsEvent(id, name, sport, level, dates, organiser, venue, location.communeCode(), location.communeName(), location.provinceCode(),
                source.integer("participants", "participants"),
                source.instant("updated_at", "updatedAt"));
    }

    @Override
    public String keyOf(SportsEvent record) {
        return record.id();
    }

    /** {@code ministry/sports-event/v1}, keys in the schema's order. */
    @Override
    protected Map<String, Object> map(String format, SportsEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maGiai", event.id());
        payload.put("tenGiai", event.name());
        payload.put("monThiDau", event.sport() == null ? null : event.sport().name());
        payload.put("capGiai", event.level() == null ? null : event.level().name());
        payload.put("ngayBatDau", event.eventDates() == null ? null : VietnamTime.date(event.eventDates().from()));
        payload.put("ngayKetThuc", event.eventDates() == null ? null : VietnamTime.date(event.eventDates().to()));
        payload.put("donViToChuc", event.organiser());
        payload.put("diaDiem", event.venue());
        payload.put("maTinh", event.provinceCode());
        payload.put("maXa", event.communeCode());
        payload.put("tenXa", event.communeName());
        payload.put("soVanDongVien", event.participants());
        payload.put("ngayCapNhat", VietnamTime.dateTime(event.updatedAt()));
        return payload;
    }
}
