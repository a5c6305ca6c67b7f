package vn.vhttdl.hub.api;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import vn.vhttdl.hub.config.AccessProperties;

/**
 * Who may call what: VIEWER reads, OPERATOR also starts runs and replays, ADMIN may do all.
 * HTTP Basic over the admin API; health stays open for load balancers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").hasRole("VIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/exchanges/*/runs", "/api/dead-letters/**").hasRole("OPERATOR")
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable()) // a JSON API with Basic auth: no browser session to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_OPERATOR\nROLE_OPERATOR > ROLE_VIEWER");
    }

    /**
     * Every API call with HTTP Basic checks the password again. Passwords given in plain text in
     * the configuration are hashed here, in memory only, with BCrypt at cost 4 (about a
     * millisecond) instead of the default 10 (60–140 ms a call on this hardware, which was most
     * of a single record's latency): the hash never leaves the process, and whoever can read
     * the process can read the configuration too. A {bcrypt} hash given in the configuration
     * keeps its own cost.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(IN_MEMORY_BCRYPT_COST));
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
        // other stored formats ({pbkdf2}, {argon2}, ...) are checked by Spring's standard encoders
        delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return delegating;
    }

    private static final int IN_MEMORY_BCRYPT_COST = 4;

    @Bean
    UserDetailsService users(AccessProperties access, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (AccessProperties.User user : access.users()) {
            String password = user.password().startsWith("{") ? user.password() : encoder.encode(user.password());
            users.add(User.withUsername(user.username()).password(password)
                    .roles(user.roles().stream().map(Enum::name).toArray(String[]::new)).build());
        }
        if (users.isEmpty()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            users.add(User.withUsername("admin").password(encoder.encode(password)).roles("ADMIN").build());
            // printed once on purpose: the zero-setup demo has no other way to hand over a login
            LOG.warn("\n\n  Tài khoản quản trị tạm thời / temporary admin login:  admin / {}\n"
                    + "  Set hub.security.users to replace it.\n", password);
        }
        return new InMemoryUserDetailsManager(users);
    }
}
