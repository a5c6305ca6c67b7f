package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The portal's answer to one service call.
 *
 * @param service   the service called ({@code DongBoHoSoMC})
 * @param errorCode its {@code error_code}, as text ({@code "00"}, {@code "3"})
 * @param message   its {@code message}, personal data masked; {@code ""} when there is none
 * @param body      the whole answer, e.g. the {@code result} of {@code TraCuuHoSo}
 */
public record DvcqgAnswer(String service, String errorCode, String message, JsonNode body) {

    public boolean isSuccess() {
        return DvcqgErrorCode.isSuccess(errorCode);
    }

    public boolean isAlreadyExists() {
        return DvcqgErrorCode.isAlreadyExists(errorCode);
    }

    /** The body may quote personal data; it stays out of logs. */
    @Override
    public String toString() {
        return "DvcqgAnswer[service=" + service + ", errorCode=" + errorCode + ", message=" + message + "]";
    }
}
