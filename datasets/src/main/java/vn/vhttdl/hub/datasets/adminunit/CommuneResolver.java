package vn.vhttdl.hub.datasets.adminunit;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Ambiguous;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Resolved;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Split;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Unknown;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Via;
import vn.vhttdl.hub.datasets.constraints.DigitCodeValidator;

/**
 * The rules of {@link AdminUnits#resolve}. The 2025 codes re-use old ones (the new Phường Bắc
 * Giang has 07210, the old Phường Hoàng Văn Thụ's code), and 138 re-used codes belonged to an old
 * commune that was split: a code alone is read as a code of today, unless the row also names
 * the old commune or its district, which only old data can do.
 */
final class CommuneResolver {

    private final AdminUnits units;

    CommuneResolver(AdminUnits units) {
        this.units = units;
    }

    Resolution resolve(LocationQuery query) {
        Scope scope = Scope.ALL;
        if (query.province() != null) {
            Found<Scope> province = province(query.province());
            if (province.refusal() != null) {
                return province.refusal();
            }
            scope = province.value();
        }
        OldDistrict district = null;
        if (query.district() != null) {
            Found<OldDistrict> found = district(query.district(), scope);
            if (found.refusal() != null) {
                return found.refusal();
            }
            district = found.value();
        }
        if (query.communeCode() != null) {
            return byCode(query, scope, district);
        }
        if (query.communeName() != null) {
            return byName(query.communeName(), scope, district);
        }
        if (district != null) {
            return byDistrictAlone(district);
        }
        return new Unknown(query.describe(), "Không có mã hoặc tên xã", "Neither a commune code nor a commune name is given");
    }

    private Resolution byCode(LocationQuery query, Scope scope, OldDistrict district) {
        String code = query.communeCode();
        if (!DigitCodeValidator.isDigitCode(code, 5)) {
            return new Unknown(code, "Mã xã '" + code + "' phải gồm đúng 5 chữ số",
                    "Commune code '" + code + "' must be exactly 5 digits");
        }
        Commune current = units.communeMap().get(code);
        OldCommune old = units.oldCommune(code).orElse(null);
        boolean currentFits = current != null && scope.allowsNew(current.provinceCode());
        boolean oldFits = old != null && scope.allowsOld(old.provinceCode())
                && (district == null || old.districtCode().equals(district.code()));
        boolean readAsOld = oldFits;
        if (currentFits && oldFits) {
            String name = query.communeName();
            readAsOld = district != null
                    || (name != null && sameName(name, old.name()) && !sameName(name, current.name()));
        }
        if (readAsOld) {
            return viaCrosswalk(old, Via.OLD_CODE);
        }
        if (currentFits) {
            return new Resolved(current, Via.CURRENT_CODE, null, null);
        }
        if (current != null || old != null) {
            String name = current != null ? current.label() : old.label();
            return new Unknown(code, name + " không thuộc " + scope.describe(district),
                    "Commune " + name + " does not lie in " + scope.describe(district));
        }
        return new Unknown(code, "Mã xã '" + code + "' không có trong danh mục xã từ 01/7/2025 lẫn bảng chuyển đổi xã cũ",
                "Commune code '" + code + "' is neither in the list of communes from 1 July 2025 nor in the old-to-new crosswalk");
    }

    private Resolution byName(String text, Scope scope, OldDistrict district) {
        UnitName name = UnitName.ofCommune(text);
        if (district == null) {
            List<Commune> current = bestSpelled(name, units.communesNamed(name.key()).stream()
                    .filter(commune -> scope.allowsNew(commune.provinceCode()))
                    .filter(commune -> name.type() == null || commune.type() == name.type())
                    .sorted(Comparator.comparing(Commune::code)).toList(), Commune::name);
            if (current.size() == 1) {
                return new Resolved(current.get(0), Via.CURRENT_NAME, null, null);
            }
            if (current.size() > 1) {
                return new Ambiguous("'" + text + "'", current.stream()
                        .map(commune -> commune.label() + " – " + provinceName(commune.provinceCode())).toList());
            }
        }
        List<OldCommune> old = bestSpelled(name, units.oldCommunesNamed(name.key()).stream()
                .filter(commune -> scope.allowsOld(commune.provinceCode()))
                .filter(commune -> district == null || commune.districtCode().equals(district.code()))
                .filter(commune -> name.type() == null || UnitName.ofCommune(commune.name()).type() == name.type())
                .sorted(Comparator.comparing(OldCommune::code)).toList(), OldCommune::name);
        if (old.size() == 1) {
            return viaCrosswalk(old.get(0), Via.OLD_NAME);
        }
        if (old.size() > 1) {
            return new Ambiguous("'" + text + "'", old.stream()
                    .map(commune -> commune.label() + " – " + districtName(commune.districtCode())).toList());
        }
        return new Unknown("'" + text + "'",
                "Không có xã nào tên '" + text + "' trong " + scope.describe(district) + " (danh mục 2025 và xã cũ)",
                "No commune named '" + text + "' in " + scope.describe(district) + " (2025 list and old communes)");
    }

    /**
     * Folding makes {@code Văn Lang} and {@code Văn Lăng}, {@code Đồng Tiến} and {@code Đông Tiến}
     * one name. When the source wrote its marks, the candidates with the same marks are meant, if
     * there are any; otherwise (or without marks) all stay.
     */
    private static <T> List<T> bestSpelled(UnitName asked, List<T> candidates, Function<T, String> nameOf) {
        if (candidates.size() < 2 || !asked.hasMarks()) {
            return candidates;
        }
        List<T> same = candidates.stream()
                .filter(candidate -> UnitName.ofCommune(nameOf.apply(candidate)).marked().equals(asked.marked())).toList();
        return same.isEmpty() ? candidates : same;
    }

    private Resolution byDistrictAlone(OldDistrict district) {
        Set<String> targets = new TreeSet<>();
        units.linksOfDistrict(district.code()).forEach(link -> {
            if (link.newCommuneCode() != null) {
                targets.add(link.newCommuneCode());
            }
        });
        if (targets.size() == 1) {
            Commune commune = units.communeMap().get(targets.iterator().next());
            return new Resolved(commune, Via.OLD_CODE, null, units.linksOfDistrict(district.code()).get(0).note());
        }
        return new Ambiguous(district.name() + " (" + district.code() + ")",
                targets.stream().map(code -> units.communeMap().get(code).label()).toList());
    }

    private Resolution viaCrosswalk(OldCommune old, Via via) {
        List<CrosswalkLink> links = units.crosswalk(old.code());
        Set<String> targets = new TreeSet<>(units.targetsOf(old.code()));
        if (targets.isEmpty()) {
            String note = links.isEmpty() ? "" : links.get(0).note();
            int slash = note.indexOf(" / ");
            String vi = slash < 0 ? note : note.substring(0, slash);
            String en = slash < 0 ? note : note.substring(slash + 3);
            return new Unknown(old.label(), "Xã cũ " + old.label() + " chưa ánh xạ được sang xã mới: " + vi,
                    "Old commune " + old.label() + " has no new commune yet: " + en);
        }
        if (targets.size() == 1) {
            String target = targets.iterator().next();
            String note = links.stream().filter(link -> target.equals(link.newCommuneCode()))
                    .map(CrosswalkLink::note).findFirst().orElse(null);
            return new Resolved(units.communeMap().get(target), via, old, note);
        }
        return new Split(old, targets.stream().map(code -> units.communeMap().get(code)).toList());
    }

    private Found<Scope> province(String text) {
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 2) {
            String code = text.length() == 1 ? "0" + text : text;
            if (units.provinceMap().containsKey(code)) {
                return Found.of(Scope.ofNew(code, units));
            }
            OldProvince old = units.oldProvinceMap().get(code);
            if (old != null) {
                return Found.of(Scope.ofOld(old));
            }
            return Found.refused(new Unknown(text, "Mã tỉnh '" + text + "' không tồn tại (trước hay sau 01/7/2025)",
                    "Province code '" + text + "' does not exist (before or after 1 July 2025)"));
        }
        String key = UnitName.provinceKey(text);
        List<Province> current = units.provincesNamed(key);
        if (current.size() == 1) {
            return Found.of(Scope.ofNew(current.get(0).code(), units));
        }
        List<OldProvince> old = units.oldProvincesNamed(key);
        if (old.size() == 1) {
            return Found.of(Scope.ofOld(old.get(0)));
        }
        return Found.refused(new Unknown(text, "Không có tỉnh nào tên '" + text + "'", "No province is named '" + text + "'"));
    }

    private Found<OldDistrict> district(String text, Scope scope) {
        List<OldDistrict> found;
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 3) {
            String code = "0".repeat(3 - text.length()) + text;
            OldDistrict district = units.oldDistrictMap().get(code);
            found = district == null ? List.of() : List.of(district);
        } else {
            found = units.oldDistrictsNamed(UnitName.districtKey(text));
        }
        found = found.stream().filter(district -> scope.allowsOld(district.provinceCode())).toList();
        if (found.size() == 1) {
            return Found.of(found.get(0));
        }
        if (found.size() > 1) {
            return Found.refused(new Ambiguous("'" + text + "'", found.stream()
                    .map(district -> district.name() + " (" + district.code() + ") – " + oldProvinceName(district.provinceCode()))
                    .toList()));
        }
        return Found.refused(new Unknown(text, "Không có huyện cũ '" + text + "' trong " + scope.describe(null),
                "No old district '" + text + "' in " + scope.describe(null)));
    }

    private String provinceName(String code) {
        return units.province(code).map(Province::name).orElse(code);
    }

    private String districtName(String code) {
        OldDistrict district = units.oldDistrictMap().get(code);
        return district == null ? code : district.name() + ", " + oldProvinceName(district.provinceCode());
    }

    private String oldProvinceName(String code) {
        OldProvince province = units.oldProvinceMap().get(code);
        return province == null ? code : province.name();
    }

    private static boolean sameName(String queried, String unitName) {
        UnitName asked = UnitName.ofCommune(queried);
        UnitName unit = UnitName.ofCommune(unitName);
        return asked.key().equals(unit.key()) && (asked.type() == null || asked.type() == unit.type());
    }

    /**
     * The provinces a query is confined to, as new and as old codes: Bắc Ninh (24) today covers
     * the old Bắc Giang (24) and the old Bắc Ninh (27).
     *
     * @param newCodes new province codes; {@code null} for no limit
     * @param oldCodes old province codes; {@code null} for no limit
     * @param label    how messages name it
     */
    private record Scope(Set<String> newCodes, Set<String> oldCodes, String label) {

        static final Scope ALL = new Scope(null, null, null);

        static Scope ofNew(String code, AdminUnits units) {
            Set<String> olds = new TreeSet<>();
            units.oldProvinceMap().values().stream().filter(old -> old.newProvinceCodes().contains(code))
                    .map(OldProvince::code).forEach(olds::add);
            return new Scope(Set.of(code), olds, units.province(code).map(Province::name).orElse(code) + " (" + code + ")");
        }

        static Scope ofOld(OldProvince old) {
            return new Scope(old.newProvinceCodes(), Set.of(old.code()), old.name() + " (" + old.code() + ", trước 2025)");
        }

        boolean allowsNew(String provinceCode) {
            return newCodes == null || newCodes.contains(provinceCode);
        }

        boolean allowsOld(String provinceCode) {
            return oldCodes == null || oldCodes.contains(provinceCode);
        }

        String describe(OldDistrict district) {
            String where = district == null ? null : district.name() + " (" + district.code() + ")";
            if (label == null) {
                return where == null ? "Việt Nam" : where;
            }
            return where == null ? label : where + ", " + label;
        }
    }

    /** A province or district looked up on the way: either found, or the refusal to return. */
    private record Found<T>(T value, Resolution refusal) {

        static <T> Found<T> of(T value) {
            return new Found<>(value, null);
        }

        static <T> Found<T> refused(Resolution refusal) {
            return new Found<>(null, refusal);
        }
    }
}
