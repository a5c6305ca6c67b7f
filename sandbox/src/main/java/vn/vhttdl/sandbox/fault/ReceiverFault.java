package vn.vhttdl.sandbox.fault;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fault to inject at one receiver ({@code POST /sandbox/api/faults}); it replaces any fault
 * set before for that path. Absent fields mean "no such fault".
 *
 * @param path                      the receiver path, e.g. {@code /vhttdl/1.0/di-tich}
 * @param status                    status of failed calls (default 503)
 * @param failNext                  the next N calls fail with {@code status}; nothing of them is stored
 * @param forSeconds                every call fails with {@code status} for this many seconds from now
 * @param delayMs                   every answer of this path is delayed by this much, until cleared
 * @param retryAfterSeconds         sent as {@code Retry-After} on failed calls
 * @param dropConnectionAfterAccept the next call that would be answered 200 is stored (or recognised as
 *                                  a repeat) and then its connection is closed without an answer: a lost
 *                                  acknowledgement. One-shot, so the caller's retry gets the receipt.
 */
public record ReceiverFault(
        @NotBlank String path,
        @Min(400) @Max(599) Integer status,
        @PositiveOrZero Integer failNext,
        @Positive Integer forSeconds,
        @PositiveOrZero @Max(600_000) Long delayMs,
        @Positive Integer retryAfterSeconds,
        Boolean dropConnectionAfterAccept) {

    /** Status of failed calls when none is given: what an overloaded platform answers. */
    public static final int DEFAULT_STATUS = 503;
}
