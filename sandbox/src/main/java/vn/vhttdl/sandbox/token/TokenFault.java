package vn.vhttdl.sandbox.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fault of the token side ({@code POST /sandbox/api/faults/tokens}). Absent fields change nothing.
 *
 * @param expireIssuedTokens    true: every token issued so far becomes invalid (the next call with one is 401);
 *                              tokens issued afterwards work. An action, not a standing fault: clearing faults
 *                              does not bring the old tokens back
 * @param tokenEndpointFailNext the next N token requests fail with {@code status}
 * @param status                status of those failures (default 503)
 * @param retryAfterSeconds     sent as {@code Retry-After} on those failures
 * @param delayMs               every token answer is delayed by this much, until cleared
 */
public record TokenFault(
        Boolean expireIssuedTokens,
        @PositiveOrZero Integer tokenEndpointFailNext,
        @Min(400) @Max(599) Integer status,
        @Positive Integer retryAfterSeconds,
        @PositiveOrZero @Max(600_000) Long delayMs) {

    /** Status of failed token requests when none is given. */
    public static final int DEFAULT_STATUS = 503;
}
