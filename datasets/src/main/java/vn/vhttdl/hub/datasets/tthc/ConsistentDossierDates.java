package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The dates of a {@link TthcDossier} agree with each other and with its status: a dossier past
 * reception has a reception date, a returned result has a return date, and the promised date is
 * not before reception. The portal shows these dates to the citizen; a contradiction there is
 * worse than a late record.
 */
@Documented
@Constraint(validatedBy = ConsistentDossierDatesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentDossierDates {

    String message() default "Các ngày của hồ sơ mâu thuẫn nhau / the dossier's dates contradict each other";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
