package vn.vhttdl.sandbox;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The sandbox: a stand-in for the provincial integration platform (LGSP) and the ministry
 * receivers behind it. It issues OAuth2 tokens, receives batches, validates them with the same
 * schemas the hub uses, records what it received and injects faults on demand, so the hub can be
 * rehearsed and tested against real HTTP before go-live.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(SandboxApplication.class, args);
    }

    /** Times are shown and sent in Vietnam's zone, as the platform does. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
