package vn.vhttdl.hub.datasets.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A code of exactly {@link #value} ASCII digits, as administrative codes are (mã xã: 5, mã tỉnh:
 * 2). It accepts what {@code @Pattern(regexp = "[0-9]{n}")} accepts, {@code null} included, but
 * checks the characters directly: every record of a run passes this check, and a regular
 * expression's matcher costs several times the check itself.
 */
@Documented
@Constraint(validatedBy = DigitCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface DigitCode {

    /** @return how many digits the code has */
    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
