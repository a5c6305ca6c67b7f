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
 * The rules between the fields of a guide card (Law on Tourism 2017, Circular 06/2017/TT-BVHTTDL),
 * each refused on the field it concerns:
 * <ul>
 *   <li>{@code cardNumber}: the first digit is the card type's (1 quốc tế, 2 nội địa, 3 tại điểm);</li>
 *   <li>{@code expiresOn}: international and domestic cards expire (5 years), after they are issued
 *       and at most 5 years after;</li>
 *   <li>{@code languages}: an international guide works in at least one foreign language.</li>
 * </ul>
 */
@Documented
@Constraint(validatedBy = GuideCardConsistent.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuideCardConsistent {

    String message() default "{vn.vhttdl.hub.guide.card.consistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link GuideCardConsistent}. */
    class Validator implements ConstraintValidator<GuideCardConsistent, TourGuide> {

        @Override
        public boolean isValid(TourGuide guide, ConstraintValidatorContext context) {
            if (guide == null || guide.cardType() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            String number = guide.cardNumber();
            if (number != null && number.matches("[0-9]{9}") && number.charAt(0) != guide.cardType().cardNumberDigit()) {
                valid = refuse(context, "cardNumber", "{vn.vhttdl.hub.guide.cardNumber.type}");
            }
            if (guide.cardType().expires() && guide.expiresOn() == null) {
                valid = refuse(context, "expiresOn", "{vn.vhttdl.hub.guide.expiresOn.required}");
            } else if (guide.expiresOn() != null && guide.issuedOn() != null
                    && (!guide.expiresOn().isAfter(guide.issuedOn()) || guide.expiresOn().isAfter(guide.issuedOn().plusYears(5)))) {
                valid = refuse(context, "expiresOn", "{vn.vhttdl.hub.guide.expiresOn.range}");
            }
            if (guide.cardType() == GuideCardType.QUOC_TE && (guide.languages() == null || guide.languages().isEmpty())) {
                valid = refuse(context, "languages", "{vn.vhttdl.hub.guide.languages.required}");
            }
            return valid;
        }

        private static boolean refuse(ConstraintValidatorContext context, String field, String template) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
