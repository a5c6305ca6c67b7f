package vn.vhttdl.sandbox.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.sandbox.received.ReceivedBatches;
import vn.vhttdl.sandbox.received.ReceivedRecords;
import vn.vhttdl.sandbox.receiver.Receivers;
import vn.vhttdl.sandbox.soap.SoapSandboxProperties;
import vn.vhttdl.sandbox.token.IssuedTokens;
import vn.vhttdl.sandbox.token.TokenRequests;

/** Control API: what the receivers received, and the counts. */
@RestController
@RequestMapping("/sandbox/api")
public class ReceivedController {

    private static final Logger log = LoggerFactory.getLogger(ReceivedController.class);

    private final Receivers receivers;
    private final ReceivedRecords received;
    private final TokenRequests tokenRequests;
    private final IssuedTokens issuedTokens;
    private final SoapSandboxProperties soap;

    public ReceivedController(Receivers receivers, ReceivedRecords received, TokenRequests tokenRequests,
            IssuedTokens issuedTokens, SoapSandboxProperties soap) {
        this.receivers = receivers;
        this.soap = soap;
        this.received = received;
        this.tokenRequests = tokenRequests;
        this.issuedTokens = issuedTokens;
    }

    /** The records received at one receiver (or the SOAP service), in arrival order, and how often each idempotency key came. */
    @GetMapping("/received")
    public ReceivedBatches received(@RequestParam String path) {
        requireReceiver(path);
        return received.received(path);
    }

    /** Counts per receiver and of token requests. */
    @GetMapping("/stats")
    public Stats stats() {
        Map<String, ReceiverStats> byPath = new LinkedHashMap<>();
        for (String path : receivers.paths()) {
            byPath.put(path, new ReceiverStats(receivers.formatOf(path).orElseThrow(), received.counts(path)));
        }
        return new Stats(tokenRequests.count(), issuedTokens.currentGeneration(), byPath);
    }

    /** Forgets every record, receipt and count (token requests included); faults stay. */
    @DeleteMapping("/received")
    public ResponseEntity<Void> clear() {
        received.clear();
        tokenRequests.reset();
        log.info("received records and counts cleared");
        return ResponseEntity.noContent().build();
    }

    private void requireReceiver(String path) {
        // the SOAP data-sharing service keeps what it received under its own path
        if (receivers.formatOf(path).isEmpty() && !soap.getPath().equals(path)) {
            throw new UnknownReceiverException(path, receivers.paths());
        }
    }
}
