package vn.vhttdl.sandbox.vnpt;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The stand-in VNPT LGSP authenticates its own headers ({@code lgspaccesstoken}, its opaque
 * bearer tokens), checked by {@link VnptGatewayController}, so its paths are open to Spring
 * Security; ahead of the receivers' chain, which would otherwise ask for a sandbox JWT.
 */
@Configuration(proxyBeanMethods = false)
public class VnptSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain vnptLgspChain(HttpSecurity http) throws Exception {
        http.securityMatcher(VnptGatewayController.PREFIX + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // calls between servers, no cookies
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
