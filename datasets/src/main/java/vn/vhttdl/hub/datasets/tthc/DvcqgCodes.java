package vn.vhttdl.hub.datasets.tthc;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

/**
 * Reads the one-stop system's value of a coded field into the portal's code. One-stop systems
 * hold the codes as numbers ({@code 4}), as text ({@code "4"}, {@code "04"}) or, in older ones, as
 * the Vietnamese name ({@code Đang xử lý}); all three are read. A value that names no code of the
 * list is refused with the value, the field and the list named: it is never guessed, because a
 * wrong status on the national portal misinforms the citizen.
 */
public final class DvcqgCodes {

    private static final int MAX_QUOTED = 40;

    private DvcqgCodes() {
    }

    /**
     * @param type     the enum of the code list
     * @param listFile the code list's file, e.g. {@link DvcqgCodeList#TRANG_THAI_HO_SO}
     * @param value    the source value: a number, text, or {@code null}
     * @param field    the canonical field, named in the refusal ({@code status}, {@code fees[1].collectionStage})
     * @return the constant; {@code null} when the value is absent or blank (left to validation), or unknown (reported)
     */
    public static <E extends Enum<E> & DvcqgCode> E read(Class<E> type, String listFile, Object value, String field,
            RecordReport report) {
        String text = asText(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        DvcqgCodeList list = DvcqgCodeList.named(listFile);
        Optional<E> found = byCode(type, normalisedCode(text))
                .or(() -> byLabel(type, list, text))
                .or(() -> byConstantName(type, text));
        if (found.isEmpty()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(DvcqgCode::code).collect(Collectors.joining(", "));
            String quoted = quote(text);
            report.reject(field,
                    "Giá trị '" + quoted + "' của trường " + field + " không có trong danh mục " + list.name()
                            + " (" + allowed + ")",
                    "Value '" + quoted + "' of field " + field + " is not in code list " + list.name()
                            + " (" + allowed + ")");
        }
        return found.orElse(null);
    }

    private static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString().strip();
    }

    /** {@code "04"} and {@code 4} are the code {@code "4"}. */
    private static String normalisedCode(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            return text;
        }
        String stripped = text.replaceFirst("^0+(?=.)", "");
        return stripped;
    }

    private static <E extends Enum<E> & DvcqgCode> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.code().equals(code)).findFirst();
    }

    private static <E extends Enum<E> & DvcqgCode> Optional<E> byLabel(Class<E> type, DvcqgCodeList list, String text) {
        String folded = VietnameseFolding.fold(text);
        return list.entries().stream()
                .filter(entry -> VietnameseFolding.fold(entry.labelVi()).equals(folded))
                .findFirst()
                .flatMap(entry -> byCode(type, entry.code()));
    }

    private static <E extends Enum<E> & DvcqgCode> Optional<E> byConstantName(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text)).findFirst();
    }

    /** A misplaced column may put anything here, even personal data: quote it short and redacted. */
    private static String quote(String text) {
        String redacted = PersonalData.redact(text);
        return redacted.length() <= MAX_QUOTED ? redacted : redacted.substring(0, MAX_QUOTED) + "…";
    }
}
