package vn.vhttdl.hub.datasets.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CoordinatesPaired}. */
public class CoordinatesPairedValidator implements ConstraintValidator<CoordinatesPaired, GeoLocated> {

    @Override
    public boolean isValid(GeoLocated located, ConstraintValidatorContext context) {
        if (located == null || (located.latitude() == null) == (located.longitude() == null)) {
            return true;
        }
        String missing = located.latitude() == null ? "latitude" : "longitude";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(missing)
                .addConstraintViolation();
        return false;
    }
}
