package vn.vhttdl.sandbox.dvcqg;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The stand-in portal authenticates in the body ({@code session}), not with HTTP credentials, so
 * its two endpoints are open to the HTTP layer and checked by {@link PortalController}. Ahead of
 * the receivers' chain, which would otherwise ask for a bearer token.
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain dvcqgPortalChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/dvcqg/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // JSON calls between servers, no cookies
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
