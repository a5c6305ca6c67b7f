package vn.vhttdl.hub.connectors.dvcqg;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import vn.vhttdl.hub.connectors.target.FailureClassifier;

/**
 * Decides whether a failed DVCQG delivery is worth retrying. Retriable: no answer (connection
 * refused, reset, timeout), HTTP 5xx, 429 and 408, a session refused even after a new login (the
 * portal's session store is having trouble), and "already exists" should it ever surface (the
 * next attempt goes through add-or-update again). Permanent: the portal's business refusals,
 * a refused login, an answer that is not the portal's JSON, and other HTTP 4xx.
 */
public final class DvcqgErrorClassifier implements FailureClassifier {

    /** @return whether {@code failure} (or its cause chain) is transient */
    @Override
    public boolean isRetriable(Throwable failure) {
        if (interrupted(failure)) {
            return false; // the hub is stopping; the message stays on its queue
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DvcqgTransportException transport) {
                int status = transport.status();
                return status == DvcqgTransportException.NO_ANSWER || status >= 500 || status == 429 || status == 408;
            }
            if (t instanceof DvcqgRejectedException rejected) {
                return rejected.alreadyExists();
            }
            if (t instanceof DvcqgSessionExpiredException) {
                return true;
            }
            if (t instanceof DvcqgLoginException || t instanceof DvcqgProtocolException) {
                return false;
            }
            if (t instanceof HttpTimeoutException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** @return a one-line reason for the run and the audit; DVCQG exceptions hold no secrets or personal data */
    @Override
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DvcqgException dvcqg) {
                return dvcqg.getMessage();
            }
        }
        return FailureClassifier.describeRootCause(failure);
    }

    private static boolean interrupted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
