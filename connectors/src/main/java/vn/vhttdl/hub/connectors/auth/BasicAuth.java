package vn.vhttdl.hub.connectors.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP Basic, for older provincial services. */
public final class BasicAuth implements TargetAuth {

    private final String header;

    public BasicAuth(String username, String password) {
        this.header = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Authorization", header);
    }

    @Override
    public String toString() {
        return "BasicAuth[****]";
    }
}
