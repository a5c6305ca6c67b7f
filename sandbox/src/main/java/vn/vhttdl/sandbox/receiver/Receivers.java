package vn.vhttdl.sandbox.receiver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.sandbox.SandboxProperties;

/**
 * The configured receivers, by path. Checked at start, so a typo in a path or a format stops the
 * sandbox with a message instead of answering 401 or 500 to every delivery later.
 */
@Component
public class Receivers {

    /** Paths the sandbox itself answers on; a receiver there would be unreachable. */
    private static final List<String> RESERVED = List.of("/token", "/oauth2", "/.well-known", "/sandbox", "/actuator",
            "/error", "/lgsp-vnpt");

    private final Map<String, String> formatByPath = new LinkedHashMap<>();

    public Receivers(SandboxProperties properties, SchemaCatalog catalog) {
        List<String> problems = new ArrayList<>();
        for (SandboxProperties.Receiver receiver : properties.getReceivers()) {
            String path = receiver.getPath();
            if (!catalog.exists(receiver.getFormat())) {
                problems.add(path + ": no schema ships for format '" + receiver.getFormat() + "'");
            }
            if (RESERVED.stream().anyMatch(reserved -> path.equals(reserved) || path.startsWith(reserved + "/"))) {
                problems.add(path + ": the sandbox itself answers under " + RESERVED);
            }
            if (formatByPath.putIfAbsent(path, receiver.getFormat()) != null) {
                problems.add(path + ": configured twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cấu hình receiver sai / invalid sandbox.receivers: " + problems);
        }
    }

    /** @return the format of the receiver at {@code path}, empty when there is none */
    public Optional<String> formatOf(String path) {
        return Optional.ofNullable(formatByPath.get(path));
    }

    /** @return the receiver paths, in configuration order */
    public List<String> paths() {
        return List.copyOf(formatByPath.keySet());
    }
}
