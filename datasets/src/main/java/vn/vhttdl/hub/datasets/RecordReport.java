package vn.vhttdl.hub.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What happened to one record on its way in: the fields repaired and the fields refused. */
public final class RecordReport {

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> repairedFieldNames = new LinkedHashSet<>();
    private int repairedFields;

    /** Counts a text field whose value was repaired (re-encoded, normalised). */
    public void repaired(String field) {
        repairedFields++;
        repairedFieldNames.add(field);
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

    /** @return whether {@code field} has already been refused */
    public boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int repairedFields() {
        return repairedFields;
    }

    /** @return the names of the repaired fields, in the order they were first repaired */
    public Set<String> repairedFieldNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(repairedFieldNames));
    }
}
