package vn.vhttdl.hub.datasets.museum;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A national treasure is one by a decision of the Prime Minister: an object of class
 * {@link ObjectClass#BAO_VAT_QUOC_GIA} must name its recognition decision. The refusal names the
 * field {@code treasureDecision}.
 */
@Documented
@Constraint(validatedBy = TreasureHasDecision.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TreasureHasDecision {

    String message() default "{vn.vhttdl.hub.museum.treasureDecision.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link TreasureHasDecision}. */
    class Validator implements ConstraintValidator<TreasureHasDecision, MuseumObject> {

        @Override
        public boolean isValid(MuseumObject object, ConstraintValidatorContext context) {
            if (object == null || object.objectClass() != ObjectClass.BAO_VAT_QUOC_GIA
                    || (object.treasureDecision() != null && !object.treasureDecision().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("treasureDecision").addConstraintViolation();
            return false;
        }
    }
}
