package vn.vhttdl.sandbox.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import vn.vhttdl.sandbox.SandboxProperties;

/**
 * The platform's OAuth2 token endpoint, as WSO2-style gateways expose it: {@code POST /token},
 * {@code grant_type=client_credentials}, client id and secret as HTTP Basic, a signed JWT back.
 * Also the decoder the receivers use to check those JWTs.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfig {

    /** The platform's path, not Spring Authorization Server's default {@code /oauth2/token}. */
    public static final String TOKEN_PATH = "/token";

    /** Scope granted when the client asks for it; WSO2 gateways call their catch-all scope so. */
    private static final String DEFAULT_SCOPE = "default";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, ObjectMapper json) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        RequestMatcher endpoints = authorizationServer.getEndpointsMatcher();
        http.securityMatcher(endpoints)
                .with(authorizationServer, server -> server
                        .tokenEndpoint(token -> token.accessTokenResponseHandler(new TokenAnswer(json))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // machine-to-machine endpoints: no browser, no cookies, nothing to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(SandboxProperties properties) {
        SandboxProperties.OAuth2 oauth2 = properties.getOauth2();
        RegisteredClient hub = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(oauth2.getClientId())
                // {noop}: the secret is a sandbox setting held in memory only; hashing it would
                // add nothing but a slower token endpoint
                .clientSecret("{noop}" + oauth2.getClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(DEFAULT_SCOPE)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(oauth2.getTokenTtl())
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(hub);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SandboxProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder().tokenEndpoint(TOKEN_PATH);
        String issuer = properties.getOauth2().getIssuer();
        if (StringUtils.hasText(issuer)) {
            settings.issuer(issuer);
        }
        return settings.build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey.jwk()));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> generationStamp(IssuedTokens issuedTokens) {
        return issuedTokens.stamp();
    }

    /** Checks the sandbox's own tokens: signature, expiry (no clock skew: the same clock issued them), generation. */
    @Bean
    JwtDecoder jwtDecoder(SigningKey signingKey, IssuedTokens issuedTokens, SandboxProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(Duration.ZERO));
        validators.add(issuedTokens.validator());
        String issuer = properties.getOauth2().getIssuer();
        if (StringUtils.hasText(issuer)) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    @Bean
    FilterRegistrationBean<TokenEndpointGuard> tokenEndpointGuard(TokenRequests requests, TokenFaults faults,
            ObjectMapper json) {
        FilterRegistrationBean<TokenEndpointGuard> registration =
                new FilterRegistrationBean<>(new TokenEndpointGuard(requests, faults, json));
        registration.addUrlPatterns(TOKEN_PATH);
        // ahead of Spring Security, so a failing or slow token endpoint does not even look at the client
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
