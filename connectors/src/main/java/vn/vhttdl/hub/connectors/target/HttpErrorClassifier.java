package vn.vhttdl.hub.connectors.target;

import java.io.IOException;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Decides whether a failed REST delivery is worth retrying. Connection failures, timeouts, 5xx
 * and 429 are transient; any other 4xx means the target refused the content or the credentials,
 * and retrying the same request cannot change that.
 */
public final class HttpErrorClassifier {

    /** @return whether {@code failure} (or its cause chain) is transient */
    public boolean isRetriable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                int status = http.getStatusCode();
                return status >= 500 || status == 429 || status == 408 || status == 401;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** @return a one-line description of the failure for the run and the audit, without secrets */
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                String body = http.getResponseBody() == null ? "" : http.getResponseBody().strip();
                if (body.length() > 500) {
                    body = body.substring(0, 500) + "…";
                }
                return "HTTP " + http.getStatusCode() + (body.isEmpty() ? "" : ": " + body);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
