package vn.vhttdl.hub.connectors.target;

/**
 * Reads the body of a 2xx answer for the platform's own verdict. Some platforms answer HTTP 200
 * for a refused call and say so in the body; a check throws {@link BusinessRefusalException}
 * then, so the batch is not counted as delivered.
 */
@FunctionalInterface
public interface AnswerCheck {

    /** For platforms whose 2xx always means accepted. */
    AnswerCheck HTTP_STATUS_ONLY = body -> { };

    /**
     * @param body the answer body as text (may be empty)
     * @throws BusinessRefusalException when the platform refused the call in its body
     */
    void check(String body);
}
