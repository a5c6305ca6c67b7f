package vn.vhttdl.hub.datasets.culture;

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
 * A title is decided at the end of its year or early in the next (the commune's year-end review):
 * a decision dated in another year belongs to another title, and is refused on
 * {@code decisionDate}.
 */
@Documented
@Constraint(validatedBy = DecisionInTitleYear.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DecisionInTitleYear {

    String message() default "{vn.vhttdl.hub.title.decisionDate.year}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link DecisionInTitleYear}. */
    class Validator implements ConstraintValidator<DecisionInTitleYear, CulturalTitle> {

        @Override
        public boolean isValid(CulturalTitle title, ConstraintValidatorContext context) {
            if (title == null || title.year() == null || title.decisionDate() == null) {
                return true;
            }
            int decided = title.decisionDate().getYear();
            if (decided == title.year() || decided == title.year() + 1) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("decisionDate").addConstraintViolation();
            return false;
        }
    }
}
