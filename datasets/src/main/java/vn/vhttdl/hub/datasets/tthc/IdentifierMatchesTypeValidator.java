package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IdentifierMatchesType}; a missing type or number is left to their own constraints. */
public final class IdentifierMatchesTypeValidator implements ConstraintValidator<IdentifierMatchesType, PersonalIdentifier> {

    @Override
    public boolean isValid(PersonalIdentifier identifier, ConstraintValidatorContext context) {
        if (identifier == null || identifier.type() == null || identifier.number() == null || identifier.number().isBlank()) {
            return true;
        }
        int digits = identifier.type().digits();
        if (identifier.number().matches("[0-9]{" + digits + "}")) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("Số định danh loại " + identifier.type().code() + " phải gồm đúng "
                        + digits + " chữ số / an identifier number of type " + identifier.type().code() + " must be exactly "
                        + digits + " digits")
                .addPropertyNode("number")
                .addConstraintViolation();
        return false;
    }
}
