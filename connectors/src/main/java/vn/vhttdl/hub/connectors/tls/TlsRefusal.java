package vn.vhttdl.hub.connectors.tls;

import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Tells a TLS handshake the other side (or we) refused — an unknown server certificate, a host
 * name that does not match, no client certificate or one the server does not trust — from a
 * connection that merely broke while encrypted. The first is a setting to fix (trust store, client
 * certificate) and retrying cannot help; the second is a network failure like any other.
 */
public final class TlsRefusal {

    private TlsRefusal() {
    }

    /** @return the refused handshake in {@code failure}'s cause chain, if there is one */
    public static Optional<SSLException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException) {
                return Optional.of((SSLException) t);
            }
            // with TLS 1.3 the server judges the client certificate after the client's handshake is
            // done, so its refusal arrives as a fatal alert on the first read, not as a handshake exception
            if (t instanceof SSLException tls && tls.getMessage() != null && tls.getMessage().contains("fatal alert")) {
                return Optional.of(tls);
            }
        }
        return Optional.empty();
    }

    /** @return a one-line reason for the run and the audit, bilingual */
    public static String describe(SSLException refusal) {
        return "Bắt tay TLS bị từ chối (kiểm tra kho tin cậy, chứng thư máy khách của kết nối) / TLS handshake refused "
                + "(check the connector's trust store and client certificate): " + refusal.getMessage();
    }
}
