package vn.vhttdl.hub.datasets;

import java.util.ArrayList;
import java.util.List;

/** What happened to one record on its way in: the fields repaired and the fields refused. */
public final class RecordReport {

    private final List<FieldError> errors = new ArrayList<>();
    private int repairedFields;

    /** Counts a text field whose value was repaired (re-encoded, normalised). */
    public void repaired(String field) {
        repairedFields++;
    }

    /** Refuses a field; the record will be quarantined with this reason. */
    public void reject(String field, String messageVi, String messageEn) {
        errors.add(new FieldError(field, messageVi, messageEn));
    }

    /** Adds errors found later, e.g. by Bean Validation. */
    public void rejectAll(List<FieldError> more) {
        errors.addAll(more);
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int repairedFields() {
        return repairedFields;
    }
}
