package vn.vhttdl.hub.datasets.museum;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;

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
public final class MuseumObjectDataset implements DatasetType<MuseumObject> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "museum-object";

    private final VietnameseTextRepair textRepair = new VietnameseTextRepair();
    private final MinistryMuseumObjectV1 ministryV1 = new MinistryMuseumObjectV1();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<MuseumObject> recordType() {
        return MuseumObject.class;
    }

    @Override
    public MuseumObject fromRow(Map<String, Object> row, RecordReport report) {
        SourceRow source = new SourceRow(row, report, textRepair, Set.of("inventoryNumber"));
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
    public boolean supportsFormat(String format) {
        return MinistryMuseumObjectV1.FORMAT.equals(format);
    }

    @Override
    public Map<String, Object> toFormat(String format, MuseumObject record) {
        if (!supportsFormat(format)) {
            throw new UnsupportedFormatException(ID, format);
        }
        return ministryV1.map(record);
    }
}
