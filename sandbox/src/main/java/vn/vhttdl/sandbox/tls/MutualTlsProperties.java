package vn.vhttdl.sandbox.tls;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * An optional second listener ({@code sandbox.mutual-tls.*}) that serves the whole sandbox over
 * HTTPS and requires a client certificate, as a provincial gateway that admits only registered
 * systems does. The plain HTTP port stays for the control API and the health check.
 */
@Validated
@ConfigurationProperties("sandbox.mutual-tls")
public class MutualTlsProperties {

    /** Port of the HTTPS listener; 0: no such listener. */
    @Min(0)
    @Max(65535)
    private int port;

    /**
     * Spring Boot SSL bundle ({@code spring.ssl.bundle.jks.<name>.*}) holding the server's key and
     * certificate (key store) and the client certificates or CAs it admits (trust store).
     */
    private String sslBundle = "";

    /**
     * TLS versions offered, in Tomcat's syntax. TLS 1.3 sends its refusal of a missing client
     * certificate after the client has finished its side of the handshake, so a client may see a
     * broken pipe (which reads as transient) before the alert; {@code TLSv1.2} refuses inside the
     * handshake, which is what a rehearsal of "no certificate, no entry" wants to see every time.
     */
    private String protocols = "TLSv1.2+TLSv1.3";

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getProtocols() {
        return protocols;
    }

    public void setProtocols(String protocols) {
        this.protocols = protocols;
    }

    public String getSslBundle() {
        return sslBundle;
    }

    public void setSslBundle(String sslBundle) {
        this.sslBundle = sslBundle;
    }
}
