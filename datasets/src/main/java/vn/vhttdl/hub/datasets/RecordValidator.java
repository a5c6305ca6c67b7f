package vn.vhttdl.hub.datasets;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation of canonical records, with every refusal in Vietnamese and English. The
 * messages live in {@code ValidationMessages_vi.properties} and {@code
 * ValidationMessages.properties} (English); each names the rule it enforces.
 *
 * <p>Thread-safe: the underlying validators are.
 */
public final class RecordValidator {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Validator vietnamese;
    private final Validator english;

    /** Uses the default Bean Validation provider (Hibernate Validator). */
    public RecordValidator() {
        this(Validation.buildDefaultValidatorFactory());
    }

    public RecordValidator(ValidatorFactory factory) {
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        this.vietnamese = factory.usingContext()
                .messageInterpolator(new FixedLocaleInterpolator(interpolator, VIETNAMESE))
                .getValidator();
        this.english = factory.usingContext()
                .messageInterpolator(new FixedLocaleInterpolator(interpolator, Locale.ENGLISH))
                .getValidator();
    }

    /** @return the refused fields of {@code record}, ordered by field; empty when it is valid */
    public List<FieldError> validate(Object record) {
        Set<ConstraintViolation<Object>> inVietnamese = vietnamese.validate(record);
        if (inVietnamese.isEmpty()) {
            return List.of();
        }
        Map<String, String> inEnglish = new HashMap<>();
        for (ConstraintViolation<Object> violation : english.validate(record)) {
            inEnglish.put(keyOf(violation), violation.getMessage());
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : inVietnamese) {
            String messageEn = inEnglish.getOrDefault(keyOf(violation), violation.getMessage());
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage(), messageEn));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageEn));
        return List.copyOf(errors);
    }

    /**
     * Validates {@code record} and adds its refusals to {@code report}, except for fields the
     * report already refused while reading the row: an unknown ranking is reported once, as
     * unknown, not again as missing.
     */
    public void validateInto(Object record, RecordReport report) {
        List<FieldError> fresh = validate(record).stream()
                .filter(error -> !report.hasErrorOn(error.field()))
                .toList();
        report.rejectAll(fresh);
    }

    private static String keyOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + "\u0000" + violation.getMessageTemplate() + "\u0000"
                + violation.getConstraintDescriptor().getAnnotation().annotationType().getName();
    }

    /** Interpolates every message in one language, whatever the JVM's default locale. */
    private record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignored) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
