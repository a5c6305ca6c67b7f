package vn.vhttdl.hub.datasets.tthc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (ID numbers, phones, e-mail addresses: Law 91/2025 on personal data
 * protection) before it can reach a log line, an exception message or a refusal an operator
 * reads. What stays is enough to tell two values apart in a conversation with the applicant's
 * desk (the last two digits, the e-mail's domain), not enough to identify anyone.
 */
public final class PersonalData {

    /** Runs of 8 to 13 digits, optionally split by single spaces or dots: phones, CCCD, CMND. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\+?\\d(?:[ .]?\\d){7,12}(?![\\w])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final int KEPT_DIGITS = 2;

    private PersonalData() {
    }

    /**
     * Masks one personal value: {@code 001099012345} → {@code **********45},
     * {@code nguyen.van.a@example.com} → {@code n***@example.com}; a value of four characters or
     * fewer is masked entirely.
     *
     * @return the masked value; {@code ""} for {@code null}
     */
    public static String mask(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        int at = stripped.indexOf('@');
        if (at > 0) {
            return stripped.charAt(0) + "***" + stripped.substring(at);
        }
        if (stripped.length() <= 2 * KEPT_DIGITS) {
            return "*".repeat(stripped.length());
        }
        return "*".repeat(stripped.length() - KEPT_DIGITS) + stripped.substring(stripped.length() - KEPT_DIGITS);
    }

    /**
     * Masks every e-mail address and every number that may be an ID or a phone inside free text,
     * such as a portal's error message that quotes the record. Dossier codes, procedure codes and
     * 14-digit dates are left readable: they identify the case, not the person.
     *
     * @return the text with personal values masked; {@code ""} for {@code null}
     */
    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        String withoutEmails = replaceAll(EMAIL.matcher(text));
        return replaceAll(NUMBER.matcher(withoutEmails));
    }

    private static String replaceAll(Matcher matcher) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
