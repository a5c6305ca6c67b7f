package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

/** Checks {@link ConsistentDossierDates}, reporting each contradiction on the field to correct. */
public final class ConsistentDossierDatesValidator implements ConstraintValidator<ConsistentDossierDates, TthcDossier> {

    /** Statuses a dossier reaches only after the one-stop desk received it. */
    private static final Set<DossierStatus> RECEIVED = EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED, DossierStatus.PROCESSED,
            DossierStatus.RESULT_RETURNED);

    @Override
    public boolean isValid(TthcDossier dossier, ConstraintValidatorContext context) {
        if (dossier == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (dossier.status() != null && RECEIVED.contains(dossier.status()) && dossier.receivedAt() == null) {
            valid = refuse(context, "receivedAt", "Hồ sơ ở trạng thái " + dossier.status().code()
                    + " phải có ngày tiếp nhận / a dossier in status " + dossier.status().code() + " must have a reception date");
        }
        if (dossier.status() == DossierStatus.RESULT_RETURNED && dossier.returnedAt() == null) {
            valid = refuse(context, "returnedAt", "Hồ sơ đã trả kết quả phải có ngày trả / a dossier whose result was returned "
                    + "must have a return date");
        }
        if (dossier.receivedAt() != null && dossier.dueAt() != null && dossier.dueAt().isBefore(dossier.receivedAt())) {
            valid = refuse(context, "dueAt", "Ngày hẹn trả không được trước ngày tiếp nhận / the promised date must not be "
                    + "before the reception date");
        }
        return valid;
    }

    private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
