package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of a {@link PersonalIdentifier} has as many digits as its type demands: 12 for a
 * citizen ID card, 9 for an old ID card. The refusal names the field, never the number.
 */
@Documented
@Constraint(validatedBy = IdentifierMatchesTypeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentifierMatchesType {

    String message() default "Số định danh không đúng độ dài của loại định danh / identifier number does not fit its type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
