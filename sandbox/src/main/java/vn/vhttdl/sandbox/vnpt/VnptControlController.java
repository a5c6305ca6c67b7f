package vn.vhttdl.sandbox.vnpt;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API of the stand-in VNPT LGSP, under {@code /sandbox/api/lgsp-vnpt} (no authentication). */
@RestController
@RequestMapping("/sandbox/api/lgsp-vnpt")
public class VnptControlController {

    private final VnptCalls calls;
    private final VnptFaults faults;
    private final VnptTokens tokens;

    public VnptControlController(VnptCalls calls, VnptFaults faults, VnptTokens tokens) {
        this.calls = calls;
        this.faults = faults;
        this.tokens = tokens;
    }

    /** Every token and business call, oldest first, with what its headers said. */
    @GetMapping("/calls")
    public List<VnptCall> calls() {
        return calls.all();
    }

    /** Forgets the calls and the business fault. */
    @DeleteMapping("/calls")
    public ResponseEntity<Void> clear() {
        calls.clear();
        faults.clear();
        return ResponseEntity.noContent().build();
    }

    /** The next {@code failNext} business calls are answered 200 with {@code errorCode}. */
    @PostMapping("/faults")
    public ResponseEntity<Void> fault(@Valid @RequestBody VnptFaults.Fault fault) {
        faults.set(fault);
        return ResponseEntity.noContent().build();
    }

    /** Every bearer token issued so far is refused from now on (401), as when the platform restarts. */
    @PostMapping("/expire-tokens")
    public ResponseEntity<Void> expireTokens() {
        tokens.expireAll();
        return ResponseEntity.noContent().build();
    }
}
