package vn.vhttdl.hub.datasets.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Latitude and longitude come together or not at all: half a position cannot be put on a map.
 * The refusal names the missing coordinate as its field.
 */
@Documented
@Constraint(validatedBy = CoordinatesPairedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CoordinatesPaired {

    String message() default "{vn.vhttdl.hub.coordinates.paired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
