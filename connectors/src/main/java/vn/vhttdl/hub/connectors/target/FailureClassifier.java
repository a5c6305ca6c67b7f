package vn.vhttdl.hub.connectors.target;

/**
 * A target kind's reading of its failures, the one place where its error policy lives: which
 * failures another call may cure, and how to say what went wrong.
 */
public interface FailureClassifier {

    /** @return whether {@code failure} (or its cause chain) is transient: worth another call */
    boolean isRetriable(Throwable failure);

    /** @return a one-line reason for the run, the audit and the dead letter, without secrets */
    String describe(Throwable failure);

    /** @return the root cause's type and message: the reason of a failure no classifier knows more about */
    static String describeRootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
