package vn.vhttdl.hub.datasets.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DigitCode}. */
public class DigitCodeValidator implements ConstraintValidator<DigitCode, CharSequence> {

    private int digits;

    @Override
    public void initialize(DigitCode constraint) {
        digits = constraint.value();
    }

    @Override
    public boolean isValid(CharSequence code, ConstraintValidatorContext context) {
        return code == null || isDigitCode(code, digits);
    }

    /**
     * @return whether {@code text} is exactly {@code digits} of {@code 0}–{@code 9}: other
     *     scripts' digits ({@code ٠٧}) are not, as {@code [0-9]} does not match them
     */
    public static boolean isDigitCode(CharSequence text, int digits) {
        if (text.length() != digits) {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
