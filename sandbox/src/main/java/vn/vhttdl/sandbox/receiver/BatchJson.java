package vn.vhttdl.sandbox.receiver;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a batch from an untrusted request body: a bounded number of bytes, then one JSON
 * document within Jackson's stream-read limits (depth, string, number and document length),
 * duplicate keys refused (two {@code maXa} in one record would make the schema check and the
 * stored record disagree) and nothing after the document.
 */
public class BatchJson {

    private final int maxBytes;
    private final ObjectMapper parser;

    /**
     * @param maxBytes        largest body read
     * @param maxDepth        deepest nesting parsed
     * @param maxStringLength longest string value parsed, in characters
     */
    public BatchJson(int maxBytes, int maxDepth, int maxStringLength) {
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .maxDocumentLength(maxBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.parser = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // keep decimals exactly as sent: the record is stored and shown back verbatim
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** @return the largest body read, in bytes */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads at most {@link #maxBytes()} bytes of {@code body}.
     *
     * @throws BatchTooLargeException when there is more
     */
    public byte[] read(InputStream body) throws IOException, BatchTooLargeException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new BatchTooLargeException(maxBytes);
        }
        return bytes;
    }

    /**
     * Parses one JSON document.
     *
     * @throws MalformedBatchException when it is not well-formed or breaks a limit; the message
     *                                 names the line and column, never quotes the body
     */
    public JsonNode parse(byte[] body) throws MalformedBatchException {
        if (body.length == 0) {
            throw new MalformedBatchException("empty request body", null);
        }
        try {
            return parser.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new MalformedBatchException(e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            // parsing an in-memory array does no I/O; anything else is still a body we cannot read
            throw new MalformedBatchException("unreadable JSON: " + e.getMessage(), e);
        }
    }
}
