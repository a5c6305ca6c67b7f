package vn.vhttdl.sandbox.control;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.sandbox.fault.ReceiverFault;
import vn.vhttdl.sandbox.fault.ReceiverFaults;
import vn.vhttdl.sandbox.receiver.Receivers;
import vn.vhttdl.sandbox.soap.SoapSandboxProperties;
import vn.vhttdl.sandbox.token.IssuedTokens;
import vn.vhttdl.sandbox.token.TokenFault;
import vn.vhttdl.sandbox.token.TokenFaults;

/** Control API: inject, show and clear faults. */
@RestController
@RequestMapping("/sandbox/api/faults")
public class FaultsController {

    private final Receivers receivers;
    private final ReceiverFaults receiverFaults;
    private final TokenFaults tokenFaults;
    private final IssuedTokens issuedTokens;
    private final SoapSandboxProperties soap;

    public FaultsController(Receivers receivers, ReceiverFaults receiverFaults, TokenFaults tokenFaults,
            IssuedTokens issuedTokens, SoapSandboxProperties soap) {
        this.receivers = receivers;
        this.soap = soap;
        this.receiverFaults = receiverFaults;
        this.tokenFaults = tokenFaults;
        this.issuedTokens = issuedTokens;
    }

    /** Sets the fault of one receiver (or of the SOAP service), replacing its previous one. */
    @PostMapping
    public Faults setReceiverFault(@Valid @RequestBody ReceiverFault fault) {
        if (receivers.formatOf(fault.path()).isEmpty() && !soap.getPath().equals(fault.path())) {
            throw new UnknownReceiverException(fault.path(), receivers.paths());
        }
        receiverFaults.set(fault);
        return faults();
    }

    /** Expires the tokens issued so far and/or makes the token endpoint fail or slow. */
    @PostMapping("/tokens")
    public Faults setTokenFault(@Valid @RequestBody TokenFault fault) {
        if (Boolean.TRUE.equals(fault.expireIssuedTokens())) {
            issuedTokens.expireAll();
        }
        if (fault.tokenEndpointFailNext() != null) {
            tokenFaults.failNext(fault.tokenEndpointFailNext(),
                    fault.status() == null ? TokenFault.DEFAULT_STATUS : fault.status(), fault.retryAfterSeconds());
        }
        if (fault.delayMs() != null) {
            tokenFaults.delay(fault.delayMs());
        }
        return faults();
    }

    /** The standing faults. */
    @GetMapping
    public Faults faults() {
        return new Faults(receiverFaults.state(), tokenFaults.state(), issuedTokens.currentGeneration());
    }

    /** Removes every fault, of receivers and of the token endpoint. */
    @DeleteMapping
    public ResponseEntity<Void> clear() {
        receiverFaults.clear();
        tokenFaults.clear();
        return ResponseEntity.noContent().build();
    }

    /**
     * The standing faults, as shown by the control API.
     *
     * @param receivers       by receiver path
     * @param tokenEndpoint   of {@code POST /token}
     * @param tokenGeneration generation of the tokens now valid
     */
    public record Faults(Map<String, ReceiverFaults.State> receivers, TokenFaults.State tokenEndpoint,
            long tokenGeneration) {
    }
}
