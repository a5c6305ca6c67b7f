package vn.vhttdl.hub.datasets.tourism;

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
 * An attraction is a điểm or khu du lịch only by a decision: a recognised level without the
 * decision number is refused on {@code recognitionDecision}.
 */
@Documented
@Constraint(validatedBy = RecognisedHasDecision.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecognisedHasDecision {

    String message() default "{vn.vhttdl.hub.attraction.recognitionDecision.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link RecognisedHasDecision}. */
    class Validator implements ConstraintValidator<RecognisedHasDecision, TouristAttraction> {

        @Override
        public boolean isValid(TouristAttraction attraction, ConstraintValidatorContext context) {
            if (attraction == null || attraction.level() == null || attraction.level() == AttractionLevel.CHUA_CONG_NHAN
                    || (attraction.recognitionDecision() != null && !attraction.recognitionDecision().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("recognitionDecision").addConstraintViolation();
            return false;
        }
    }
}
