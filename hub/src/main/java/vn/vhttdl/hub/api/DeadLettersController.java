package vn.vhttdl.hub.api;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.hub.delivery.DeadLetter;
import vn.vhttdl.hub.delivery.DeadLetters;
import vn.vhttdl.hub.exchange.ExchangeRegistry;

/** Browse and replay dead letters (OPERATOR). Every replay names who and why in the audit trail. */
@RestController
@RequestMapping("/api/dead-letters")
public class DeadLettersController {

    private final DeadLetters deadLetters;
    private final ExchangeRegistry registry;

    public DeadLettersController(DeadLetters deadLetters, ExchangeRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @GetMapping
    public List<DeadLetter> list(@RequestParam(required = false) String exchange) {
        if (exchange != null) {
            requireExchange(exchange);
        }
        return deadLetters.list(exchange);
    }

    @PostMapping("/{id}/replay")
    public DeadLetter replay(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal principal) {
        return deadLetters.replay(id, principal.getName(), reason)
                .orElseThrow(() -> new NotFoundException("thư lỗi / dead letter", id));
    }

    @PostMapping("/replay")
    public List<DeadLetter> replayAll(@RequestParam String exchange, @RequestParam(defaultValue = "") String reason,
            Principal principal) {
        requireExchange(exchange);
        return deadLetters.replayAll(exchange, principal.getName(), reason);
    }

    private void requireExchange(String exchange) {
        if (registry.catalog().find(exchange).isEmpty()) {
            throw new NotFoundException("luồng trao đổi / exchange", exchange);
        }
    }
}
