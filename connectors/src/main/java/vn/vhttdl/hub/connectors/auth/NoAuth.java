package vn.vhttdl.hub.connectors.auth;

import java.util.Map;

/** For targets on a trusted network that ask for no credentials. */
public final class NoAuth implements TargetAuth {

    @Override
    public Map<String, String> headers() {
        return Map.of();
    }
}
