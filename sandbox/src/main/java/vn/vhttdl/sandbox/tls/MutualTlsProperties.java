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

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getSslBundle() {
        return sslBundle;
    }

    public void setSslBundle(String sslBundle) {
        this.sslBundle = sslBundle;
    }
}
