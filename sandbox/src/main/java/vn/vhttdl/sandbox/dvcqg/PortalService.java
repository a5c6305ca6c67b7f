package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;

/** One service of the stand-in portal, reached by {@code "service": "<name>"} in the call. */
public interface PortalService {

    /** @return the service name, e.g. {@code DongBoHoSoMC} */
    String name();

    /**
     * @param call the whole call; session and unit code were checked already
     * @return the portal's answer, success or business error
     */
    PortalAnswer handle(JsonNode call);
}
