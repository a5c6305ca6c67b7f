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
 * Stars only where the Law on Tourism grants them, and always by a decision: a star grade on a
 * guest house or a homestay is refused on {@code starGrade}, a star grade without the decision
 * recognising it on {@code gradeDecision}.
 */
@Documented
@Constraint(validatedBy = StarGradeAllowed.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StarGradeAllowed {

    String message() default "{vn.vhttdl.hub.accommodation.starGrade.type}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link StarGradeAllowed}. */
    class Validator implements ConstraintValidator<StarGradeAllowed, TourismAccommodation> {

        @Override
        public boolean isValid(TourismAccommodation place, ConstraintValidatorContext context) {
            if (place == null || place.starGrade() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (place.accommodationType() != null && !place.accommodationType().graded()) {
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("starGrade").addConstraintViolation();
                return false;
            }
            if (place.gradeDecision() == null || place.gradeDecision().isBlank()) {
                context.buildConstraintViolationWithTemplate("{vn.vhttdl.hub.accommodation.gradeDecision.required}")
                        .addPropertyNode("gradeDecision").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
