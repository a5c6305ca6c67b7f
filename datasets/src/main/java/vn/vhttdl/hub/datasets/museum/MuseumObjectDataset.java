package vn.vhttdl.hub.datasets.museum;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;

/**
 * The {@code museum-object} dataset: objects (hiện vật) of the provincial museum's inventory.
 *
 * <p>Source columns: {@code id, inventory_number, name, object_class, material, material_detail,
 * dimensions, dating, quantity, custodian, treasure_decision, description, updated_at}. The
 * material group is read from {@code material}; the dating text is kept verbatim and read into
 * a machine range ({@link DatingParser}); a dating it cannot read refuses the record on
 * {@code datingText}. The inventory number is taken as written: repair is off for it, since its
 * characters are the value.
 */
public final class MuseumObjectDataset extends MappedDataset<MuseumObject> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "museum-object";

    private final MinistryMuseumObjectV1 ministryV1 = new MinistryMuseumObjectV1();

    public MuseumObjectDataset() {
        super(ID, MuseumObject.class, Set.of(MinistryMuseumObjectV1.FORMAT), Set.of("inventoryNumber"));
    }

    @Override
    protected MuseumObject read(SourceRow source, RecordReport report) {
        String dimensionsText = source.text("dimensions", "dimensionsText");
        String datingText = source.text("dating", "datingText");
        return new MuseumObject(
                source.text("id", "id"),
                source.text("inventory_number", "inventoryNumber"),
                source.text("name", "name"),
                source.coded("object_class", "objectClass", ObjectClass.SPELLINGS),
                material(source, report),
                source.text("material_detail", "materialDetail"),
                dimensionsText,
                DimensionsParser.parse(dimensionsText).orElse(Dimensions.NONE),
                datingText,
                dating(datingText, report),
                source.has("quantity") && source.raw("quantity") != null ? source.integer("quantity", "quantity") : 1,
                source.text("custodian", "custodian"),
                source.text("treasure_decision", "treasureDecision"),
                source.text("description", "description"),
                source.instant("updated_at", "updatedAt"));
    }

    /**
     * "Gốm men lam, cốt trắng": the group is named by the first words, before the details; the
     * longest leading run of words that names a group wins ("Gốm men" before "Gốm").
     */
    private static Optional<Material> leadingWords(String text) {
        String[] words = text.split("[,;(]| - ", 2)[0].strip().split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            Optional<Material> material = Material.SPELLINGS.parse(String.join(" ", Arrays.copyOf(words, n)));
            if (material.isPresent()) {
                return material;
            }
        }
        return Optional.empty();
    }

    /** The material group, or a refusal naming the value when the text names none. */
    private static Material material(SourceRow source, RecordReport report) {
        String text = source.text("material", "material");
        if (text == null) {
            return null;
        }
        Optional<Material> material = Material.SPELLINGS.parse(text).or(() -> leadingWords(text));
        if (material.isEmpty()) {
            report.reject("material",
                    "Giá trị '" + text + "' không hợp lệ cho " + Material.SPELLINGS.labelVi() + " (trường material)",
                    "Unknown " + Material.SPELLINGS.labelEn() + " '" + text + "' (field material)");
        }
        return material.orElse(null);
    }

    private static Dating dating(String text, RecordReport report) {
        if (text == null) {
            return null;
        }
        Optional<Dating> dating = DatingParser.parse(text);
        if (dating.isEmpty()) {
            report.reject("datingText",
                    "Không đọc được niên đại '" + text + "' (trường datingText): cần năm, thế kỷ, niên hiệu hoặc thời kỳ",
                    "Cannot read dating '" + text + "' (field datingText): give a year, century, reign era or period");
        }
        return dating.orElse(null);
    }

    @Override
    public String keyOf(MuseumObject record) {
        return record.id();
    }

    @Override
    protected Map<String, Object> map(String format, MuseumObject record) {
        return ministryV1.map(record);
    }
}
