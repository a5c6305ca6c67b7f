package vn.vhttdl.hub.datasets.sports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The {@code athlete} dataset: vận động viên of the province's teams.
 *
 * <p>Source columns: {@code id, full_name, gender, birth_date, sport, level, squad, province_code,
 * updated_at}. {@code birth_date} may be a date, a date written as text, or a bare year (older
 * records hold only the year); only the year is kept.
 */
public final class AthleteDataset extends MappedDataset<Athlete> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "athlete";

    static final String FORMAT = "ministry/athlete/v1";

    private static final String DEFAULT_PROVINCE_CODE = "24";


    public AthleteDataset() {
        super(ID, Athlete.class, FORMAT);
    }

    @Override
    protected Athlete read(SourceRow source, RecordReport report) {
        return new Athlete(
                source.text("id", "id"),
                source.text("full_name", "fullName"),
                source.coded("gender", "gender", Gender.SPELLINGS),
                birthYear(source),
                source.coded("sport", "sport", Sport.SPELLINGS),
                source.coded("level", "level", AthleteLevel.SPELLINGS),
                source.coded("squad", "squad", Squad.SPELLINGS),
                source.has("province_code") && source.raw("province_code") != null
                        ? source.code("province_code", "provinceCode", 2) : DEFAULT_PROVINCE_CODE,
                source.instant("updated_at", "updatedAt"));
    }

    /** A year alone ({@code 2006}) is a year; anything else must be a date. */
    private static Integer birthYear(SourceRow source) {
        Object raw = source.raw("birth_date");
        if (raw instanceof Number || (raw instanceof CharSequence text && text.toString().strip().matches("[0-9]{4}"))) {
            return source.integer("birth_date", "birthYear");
        }
        LocalDate born = source.date("birth_date", "birthYear");
        return born == null ? null : born.getYear();
    }

    @Override
    public String keyOf(Athlete record) {
        return record.id();
    }

    /** {@code ministry/athlete/v1}, keys in the schema's order. */
    @Override
    protected Map<String, Object> map(String format, Athlete athlete) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maVanDongVien", athlete.id());
        payload.put("hoTen", athlete.fullName());
        payload.put("gioiTinh", athlete.gender() == null ? null : athlete.gender().name());
        payload.put("namSinh", athlete.birthYear());
        payload.put("monThiDau", athlete.sport() == null ? null : athlete.sport().name());
        payload.put("dangCap", athlete.level() == null ? null : athlete.level().name());
        payload.put("tuyen", athlete.squad() == null ? null : athlete.squad().name());
        payload.put("maTinh", athlete.provinceCode());
        payload.put("ngayCapNhat", VietnamTime.dateTime(athlete.updatedAt()));
        return payload;
    }
}
