package vn.vhttdl.hub.connectors.dvcqg;

/**
 * The portal answered 2xx with something that is not its JSON answer (an HTML page of a proxy,
 * no {@code error_code}, a login answer without a session). Nothing says whether the records
 * arrived: an operator must look.
 */
public class DvcqgProtocolException extends DvcqgException {

    public DvcqgProtocolException(String service, String problem, Throwable cause) {
        super(service, problem, cause);
    }
}
