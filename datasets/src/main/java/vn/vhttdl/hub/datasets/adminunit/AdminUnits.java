package vn.vhttdl.hub.datasets.adminunit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The administrative units of Vietnam since 1 July 2025 (34 provinces, 3,321 communes; no more
 * districts) and the crosswalk from the units before: the code lists of the {@code schemas}
 * module under {@code codelists/admin-units/}, read once. {@link #resolve} turns whatever a source
 * system holds — old or new codes, names with or without marks and unit words — into a commune
 * of 1 July 2025, or says why it cannot.
 *
 * <p>Immutable and thread-safe.
 */
public final class AdminUnits {

    /** Where the code lists live on the class path. */
    public static final String FOLDER = "/codelists/admin-units/";

    private final String version;
    private final Map<String, Province> provinces;
    private final Map<String, Commune> communes;
    private final Map<String, OldProvince> oldProvinces;
    private final Map<String, OldDistrict> oldDistricts;
    private final Map<String, OldCommune> oldCommunes;
    private final Map<String, List<CrosswalkLink>> linksByOldCommune;
    private final Map<String, List<CrosswalkLink>> linksByOldDistrict;
    private final Map<String, List<Commune>> communesByKey;
    private final Map<String, List<OldCommune>> oldCommunesByKey;
    private final Map<String, List<OldDistrict>> oldDistrictsByKey;
    private final Map<String, List<Province>> provincesByKey;
    private final Map<String, List<OldProvince>> oldProvincesByKey;
    private final CommuneResolver resolver;

    AdminUnits(String version, Collection<Province> provinces, Collection<Commune> communes,
            Collection<OldProvince> oldProvinces, Collection<OldDistrict> oldDistricts, Collection<CrosswalkLink> links,
            Map<String, List<String>> oldCommuneAliases) {
        this.version = version;
        this.provinces = byCode(provinces, Province::code);
        this.communes = byCode(communes, Commune::code);
        this.oldProvinces = byCode(oldProvinces, OldProvince::code);
        this.oldDistricts = byCode(oldDistricts, OldDistrict::code);
        Map<String, OldCommune> olds = new TreeMap<>();
        Map<String, List<CrosswalkLink>> byCommune = new TreeMap<>();
        Map<String, List<CrosswalkLink>> byDistrict = new TreeMap<>();
        Map<String, List<OldCommune>> oldByKey = new TreeMap<>();
        for (CrosswalkLink link : links) {
            byDistrict.computeIfAbsent(link.oldDistrictCode(), code -> new ArrayList<>()).add(link);
            if (link.oldCommuneCode() == null) {
                continue;
            }
            byCommune.computeIfAbsent(link.oldCommuneCode(), code -> new ArrayList<>()).add(link);
            OldDistrict district = this.oldDistricts.get(link.oldDistrictCode());
            if (district == null) {
                throw new AdminUnitDataException(FOLDER, "old commune " + link.oldCommuneCode()
                        + " names unknown district " + link.oldDistrictCode());
            }
            OldCommune old = new OldCommune(link.oldCommuneCode(), link.oldCommuneName(), district.code(),
                    district.provinceCode());
            olds.putIfAbsent(old.code(), old);
            // the table spells a few old communes two ways (00553): both spellings find it
            indexName(oldByKey, old.name(), olds.get(old.code()));
        }
        oldCommuneAliases.forEach((code, aliases) -> {
            OldCommune old = olds.get(code);
            if (old == null) {
                throw new AdminUnitDataException(FOLDER, "an alias names unknown old commune " + code);
            }
            aliases.forEach(alias -> indexName(oldByKey, alias, old));
        });
        for (CrosswalkLink link : links) {
            if (link.newCommuneCode() != null && !this.communes.containsKey(link.newCommuneCode())) {
                throw new AdminUnitDataException(FOLDER, "the crosswalk maps to unknown commune " + link.newCommuneCode());
            }
        }
        Map<String, List<Commune>> byKey = new TreeMap<>();
        for (Commune commune : this.communes.values()) {
            byKey.computeIfAbsent(UnitName.ofCommune(commune.name()).key(), key -> new ArrayList<>()).add(commune);
        }
        this.oldCommunes = Map.copyOf(olds);
        this.linksByOldCommune = freeze(byCommune);
        this.linksByOldDistrict = freeze(byDistrict);
        this.communesByKey = freeze(byKey);
        this.oldCommunesByKey = freeze(oldByKey);
        this.oldDistrictsByKey = index(this.oldDistricts.values(), district -> UnitName.districtKey(district.name()));
        this.provincesByKey = index(this.provinces.values(), province -> UnitName.provinceKey(province.name()));
        this.oldProvincesByKey = index(this.oldProvinces.values(), province -> UnitName.provinceKey(province.name()));
        this.resolver = new CommuneResolver(this);
    }

    /** @return the units shipped in the {@code schemas} module, loaded on first use */
    public static AdminUnits standard() {
        return Shipped.INSTANCE;
    }

    /** @return the version of the new-unit list, as its file header gives it */
    public String version() {
        return version;
    }

    /** Resolves a location to a commune of 1 July 2025; never throws for bad data. */
    public Resolution resolve(LocationQuery query) {
        return resolver.resolve(query);
    }

    /** @return the commune of 1 July 2025 with this code */
    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code == null ? null : communes.get(code));
    }

    /** @return the province of 1 July 2025 with this code */
    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code));
    }

    /** @return the communes of a province of 1 July 2025, by code */
    public List<Commune> communesOf(String provinceCode) {
        return communes.values().stream().filter(commune -> commune.provinceCode().equals(provinceCode))
                .sorted(Comparator.comparing(Commune::code)).toList();
    }

    /** @return every province of 1 July 2025, by code */
    public List<Province> provinces() {
        return provinces.values().stream().sorted(Comparator.comparing(Province::code)).toList();
    }

    /** @return the pre-2025 commune with this code, if the crosswalk or its supplement knows it */
    public Optional<OldCommune> oldCommune(String code) {
        return Optional.ofNullable(code == null ? null : oldCommunes.get(code));
    }

    /** @return every pre-2025 commune the crosswalk or its supplement knows, by code */
    public List<OldCommune> oldCommunes() {
        return oldCommunes.values().stream().sorted(Comparator.comparing(OldCommune::code)).toList();
    }

    /** @return the crosswalk rows of a pre-2025 commune; several when it was split */
    public List<CrosswalkLink> crosswalk(String oldCommuneCode) {
        return linksByOldCommune.getOrDefault(oldCommuneCode, List.of());
    }

    Map<String, Province> provinceMap() {
        return provinces;
    }

    Map<String, Commune> communeMap() {
        return communes;
    }

    Map<String, OldProvince> oldProvinceMap() {
        return oldProvinces;
    }

    Map<String, OldDistrict> oldDistrictMap() {
        return oldDistricts;
    }

    List<CrosswalkLink> linksOfDistrict(String districtCode) {
        return linksByOldDistrict.getOrDefault(districtCode, List.of());
    }

    List<Commune> communesNamed(String key) {
        return communesByKey.getOrDefault(key, List.of());
    }

    List<OldCommune> oldCommunesNamed(String key) {
        return oldCommunesByKey.getOrDefault(key, List.of());
    }

    List<OldDistrict> oldDistrictsNamed(String key) {
        return oldDistrictsByKey.getOrDefault(key, List.of());
    }

    List<Province> provincesNamed(String key) {
        return provincesByKey.getOrDefault(key, List.of());
    }

    List<OldProvince> oldProvincesNamed(String key) {
        return oldProvincesByKey.getOrDefault(key, List.of());
    }

    /** @return the new communes an old one went to, by code; empty when the supplement withholds it */
    Set<String> targetsOf(String oldCommuneCode) {
        Set<String> targets = new HashSet<>();
        for (CrosswalkLink link : crosswalk(oldCommuneCode)) {
            if (link.newCommuneCode() != null) {
                targets.add(link.newCommuneCode());
            }
        }
        return targets;
    }

    private static <T> Map<String, T> byCode(Collection<T> units, java.util.function.Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T unit : units) {
            if (map.put(code.apply(unit), unit) != null) {
                throw new AdminUnitDataException(FOLDER, "code " + code.apply(unit) + " appears twice");
            }
        }
        return Map.copyOf(map);
    }

    private static void indexName(Map<String, List<OldCommune>> byKey, String name, OldCommune old) {
        List<OldCommune> sameKey = byKey.computeIfAbsent(UnitName.ofCommune(name).key(), key -> new ArrayList<>());
        if (sameKey.stream().noneMatch(known -> known.code().equals(old.code()))) {
            sameKey.add(old);
        }
    }

    private static <T> Map<String, List<T>> index(Collection<T> units, java.util.function.Function<T, String> key) {
        Map<String, List<T>> map = new TreeMap<>();
        for (T unit : units) {
            map.computeIfAbsent(key.apply(unit), k -> new ArrayList<>()).add(unit);
        }
        return freeze(map);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    /** Loads the shipped lists on first use only: 10,000 crosswalk rows are not free. */
    private static final class Shipped {
        static final AdminUnits INSTANCE = AdminUnitsLoader.load(FOLDER);
    }
}
