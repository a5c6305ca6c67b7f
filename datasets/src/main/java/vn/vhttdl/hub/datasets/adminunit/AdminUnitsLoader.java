package vn.vhttdl.hub.datasets.adminunit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the administrative-unit code lists (see {@code codelists/admin-units/SOURCE.md}). */
final class AdminUnitsLoader {

    private AdminUnitsLoader() {
    }

    static AdminUnits load(String folder) {
        CodeListFile provinceFile = CodeListFile.read(folder + "provinces-2025.csv");
        List<Province> provinces = new ArrayList<>();
        for (String[] row : provinceFile.rows()) {
            provinces.add(new Province(row[provinceFile.column("code")], row[provinceFile.column("name")]));
        }

        CodeListFile communeFile = CodeListFile.read(folder + "communes-2025.csv");
        List<Commune> communes = new ArrayList<>();
        for (String[] row : communeFile.rows()) {
            String type = row[communeFile.column("type")];
            try {
                communes.add(new Commune(row[communeFile.column("code")], row[communeFile.column("name")],
                        CommuneType.valueOf(type), row[communeFile.column("province_code")]));
            } catch (IllegalArgumentException unknownType) {
                throw new AdminUnitDataException(communeFile.resource(), "unknown commune type '" + type + "'", unknownType);
            }
        }

        CodeListFile oldProvinceFile = CodeListFile.read(folder + "old-provinces.csv");
        List<OldProvince> oldProvinces = new ArrayList<>();
        for (String[] row : oldProvinceFile.rows()) {
            Set<String> targets = new HashSet<>(Arrays.asList(row[oldProvinceFile.column("new_province_codes")].split(" ")));
            oldProvinces.add(new OldProvince(row[oldProvinceFile.column("code")], row[oldProvinceFile.column("name")], targets));
        }

        CodeListFile districtFile = CodeListFile.read(folder + "old-districts.csv");
        List<OldDistrict> districts = new ArrayList<>();
        for (String[] row : districtFile.rows()) {
            districts.add(new OldDistrict(row[districtFile.column("code")], row[districtFile.column("name")],
                    row[districtFile.column("province_code")]));
        }

        List<CrosswalkLink> links = new ArrayList<>();
        readLinks(CodeListFile.read(folder + "crosswalk-2025.csv"), CrosswalkLink.Basis.NSO_TABLE, links);
        readLinks(CodeListFile.read(folder + "crosswalk-supplement.csv"), CrosswalkLink.Basis.SUPPLEMENT, links);

        CodeListFile aliasFile = CodeListFile.read(folder + "old-commune-aliases.csv");
        Map<String, List<String>> aliases = new HashMap<>();
        for (String[] row : aliasFile.rows()) {
            aliases.computeIfAbsent(row[aliasFile.column("old_commune_code")], code -> new ArrayList<>())
                    .add(row[aliasFile.column("alias")]);
        }

        String version = communeFile.headerValue("version")
                .orElseThrow(() -> new AdminUnitDataException(communeFile.resource(), "has no '# version:' line"));
        return new AdminUnits(version, provinces, communes, oldProvinces, districts, links, aliases);
    }

    private static void readLinks(CodeListFile file, CrosswalkLink.Basis basis, List<CrosswalkLink> links) {
        for (String[] row : file.rows()) {
            links.add(new CrosswalkLink(emptyToNull(row[file.column("old_commune_code")]),
                    emptyToNull(row[file.column("old_commune_name")]), row[file.column("old_district_code")],
                    emptyToNull(row[file.column("new_commune_code")]), row[file.column("note")], basis));
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
