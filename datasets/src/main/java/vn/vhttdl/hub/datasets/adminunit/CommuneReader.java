package vn.vhttdl.hub.datasets.adminunit;

import java.util.Objects;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.constraints.DigitCodeValidator;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Resolved;

/**
 * Reads the location columns of a source row — {@code commune_code}, {@code commune_name}, and
 * where the source still has them {@code district} and {@code province_code} — and resolves them
 * to a commune of 1 July 2025 through {@link AdminUnits}. A location that cannot be placed (an
 * unknown code, an old commune split between new ones, a name that fits several) refuses the
 * record on the field {@code communeCode}, with the reason; it is never guessed.
 */
public final class CommuneReader {

    /** The field every location refusal names. */
    public static final String FIELD = "communeCode";

    private final AdminUnits units;
    private final String defaultProvinceCode;

    /** @param defaultProvinceCode the province of rows without a {@code province_code} column */
    public CommuneReader(AdminUnits units, String defaultProvinceCode) {
        this.units = Objects.requireNonNull(units, "units");
        this.defaultProvinceCode = Objects.requireNonNull(defaultProvinceCode, "defaultProvinceCode");
    }

    /**
     * Resolves the row's location, old or new, code or name, and returns the commune's code and
     * official name of 1 July 2025 with its province. A name that contradicts the code is refused
     * on {@code communeName}. With neither code nor name the location is left empty, for Bean
     * Validation to refuse as missing.
     */
    public CommuneLocation read(SourceRow row, RecordReport report) {
        String code = row.code("commune_code", FIELD, 5);
        String name = row.text("commune_name", "communeName");
        String district = row.has("district") ? row.text("district", "district") : null;
        String province = row.has("province_code") ? row.code("province_code", "provinceCode", 2) : defaultProvinceCode;
        if (code == null && name == null) {
            return new CommuneLocation(null, null, province);
        }
        Resolution resolution = units.resolve(new LocationQuery(code, name, district, province));
        if (!(resolution instanceof Resolved resolved)) {
            report.reject(FIELD, resolution.messageVi(), resolution.messageEn());
            return new CommuneLocation(code, name, province);
        }
        Commune commune = resolved.commune();
        if (code != null && name != null && !namesEither(name, commune, resolved.from())) {
            String unit = resolved.from() == null ? commune.label() : resolved.from().label();
            report.reject("communeName",
                    "Tên xã '" + name + "' không khớp với mã xã " + code + ": " + unit,
                    "Commune name '" + name + "' does not match commune code " + code + ": " + unit);
        }
        return new CommuneLocation(commune.code(), commune.name(), commune.provinceCode());
    }

    /**
     * The lenient variant for sources that already hold 2025 codes: a valid code of 1 July 2025
     * and anything that is not a 5-digit code are left as they are (validation judges them); only
     * a pre-2025 code is translated, or refused when it cannot be.
     */
    public CommuneLocation translateOldCode(CommuneLocation given, RecordReport report) {
        String code = given.communeCode();
        if (code == null || !DigitCodeValidator.isDigitCode(code, 5) || units.commune(code).isPresent()) {
            return given;
        }
        Resolution resolution = units.resolve(new LocationQuery(code, given.communeName(), null, given.provinceCode()));
        if (resolution instanceof Resolved resolved) {
            return new CommuneLocation(resolved.commune().code(), resolved.commune().name(), given.provinceCode());
        }
        report.reject(FIELD, resolution.messageVi(), resolution.messageEn());
        return given;
    }

    /** Whether the name is the new commune's or, for old data, any name the old commune went by. */
    private boolean namesEither(String name, Commune commune, OldCommune from) {
        UnitName asked = UnitName.ofCommune(name);
        return asked.key().equals(UnitName.ofCommune(commune.name()).key())
                || (from != null && units.oldCommunesNamed(asked.key()).stream()
                        .anyMatch(old -> old.code().equals(from.code())));
    }
}
