package vn.vhttdl.sandbox.control;

import java.util.Map;

/**
 * {@code GET /sandbox/api/stats}.
 *
 * @param tokenRequests   calls to {@code POST /token}, failed ones included
 * @param tokenGeneration generation of the tokens now issued (starts at 1, +1 per {@code expireIssuedTokens})
 * @param receivers       counts per receiver path
 */
public record Stats(long tokenRequests, long tokenGeneration, Map<String, ReceiverStats> receivers) {
}
