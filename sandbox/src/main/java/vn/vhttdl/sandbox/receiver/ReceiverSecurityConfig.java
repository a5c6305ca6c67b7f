package vn.vhttdl.sandbox.receiver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform's gateway in front of the receivers: every call needs a valid bearer token issued
 * by this sandbox; a missing, invalid, expired or revoked one is answered 401 with a
 * {@code WWW-Authenticate: Bearer ...} header. Anything not matched by an earlier chain lands
 * here, so an unknown path also needs a token, as behind a real gateway.
 */
@Configuration(proxyBeanMethods = false)
public class ReceiverSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain receiverChain(HttpSecurity http, JwtDecoder sandboxTokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(sandboxTokens)))
                // bearer tokens, no cookies: there is no session to forge a request in
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
