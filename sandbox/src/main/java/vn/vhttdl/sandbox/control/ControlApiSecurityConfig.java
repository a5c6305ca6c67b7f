package vn.vhttdl.sandbox.control;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The control API and the health check are open: the sandbox is a test double on a developer's
 * machine or a rehearsal network, and tests drive it without credentials. It must never be
 * reachable from where real data lives.
 */
@Configuration(proxyBeanMethods = false)
public class ControlApiSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain controlApiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/sandbox/api/**", "/actuator/**", "/error")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // JSON calls from scripts and tests, no cookies
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
