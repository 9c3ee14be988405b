package org.excoord.bot.web;

import java.util.List;
import java.util.Optional;
import org.excoord.bot.local.EndpointAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Bearer tokens from Entra ID on every API call (issuer, signature, expiry and audience are checked by
 * Spring Security's resource server from the {@code spring.security.oauth2.resourceserver.jwt.*} settings).
 * Without authentication the app only starts bound to a loopback address ({@code org.excoord.bot.local}), and
 * says so loudly.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String UNAUTHORIZED_BODY = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"a valid Entra ID bearer token is required\"}";
    private static final Duration MAX_TOKEN_LIFETIME = Duration.ofHours(28);
    private static final BearerTokenAuthenticationEntryPoint BEARER = new BearerTokenAuthenticationEntryPoint();

    /**
     * The Bot Connector's endpoint authenticates its own tokens (the SDK, in the teams package): no session, no
     * bearer-token filter, none of the rest of the chain on the bot's hottest path.
     */
    @Bean
    @org.springframework.core.annotation.Order(0)
    SecurityFilterChain botConnectorEndpoint(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/messages").csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable()).securityContext(c -> c.disable()).anonymous(a -> a.disable())
                .headers(h -> h.disable()).logout(l -> l.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }

    /**
     * Everything but the bot's endpoint: the REST API, health and the API document. Unauthenticated it takes JSON, and
     * Markdown for an authority's text (a type no web page can send to another site without asking first).
     */
    @Bean
    EndpointAuthentication apiAuthentication(ApiSecurityProperties properties) {
        return new EndpointAuthentication("the REST API",
                properties.mode() == ApiSecurityProperties.Mode.NONE ? Optional.of("excoord.security.mode=NONE")
                        : Optional.empty(),
                path -> !path.equals("/api/messages"),
                List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType(AuthorityController.MARKDOWN)));
    }

    /**
     * Added to Spring Boot's token checks, which accept a token without {@code exp}: Entra ID always says when a token
     * expires, and its longest-lived tokens (continuous access evaluation) last 28 hours. The cap is on what is left of
     * a token's life, because Spring Security fills in a missing {@code iat} from {@code exp}.
     */
    @Bean
    OAuth2TokenValidator<Jwt> tokenLifetime() {
        return jwt -> {
            Instant expires = jwt.getExpiresAt();
            if (expires == null || expires.isAfter(Instant.now().plus(MAX_TOKEN_LIFETIME))) {
                return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "the token must expire (exp), and within 28 hours", null));
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProperties properties, Environment environment)
            throws Exception {
        http.csrf(csrf -> csrf.disable()) // a stateless bearer-token API: no cookies, nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized));
        if (properties.mode() == ApiSecurityProperties.Mode.NONE) {
            // one log call per line: the log escapes line breaks inside a message (no forged lines)
            """
                    ************************************************************************************
                    *  AUTHENTICATION IS OFF (excoord.security.mode=NONE): local embedded default only. *
                    *  Bound to %s; every request acts as the X-Excoord-User header or %s.
                    *  Never run like this anywhere but on your own machine.                           *
                    ************************************************************************************"""
                    .formatted(environment.getProperty("server.address"), properties.localUser())
                    .lines().forEach(log::warn);
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        if (environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri") == null) {
            throw new IllegalStateException("excoord.security.mode=ENTRA needs "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (e.g. https://login.microsoftonline.com/<tenant>/v2.0)");
        }
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/v3/api-docs/**").permitAll()
                        // the bot endpoint authenticates Bot Connector tokens itself
                        .requestMatchers("/api/messages").permitAll()
                        .anyRequest().authenticated())
                // a token that fails its checks gets the same problem detail as a missing one
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(SecurityConfiguration::unauthorized));
        return http.build();
    }

    /** 401 with RFC 6750's {@code WWW-Authenticate} (why a token failed) and a problem detail. */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        BEARER.commence(request, response, failure);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(UNAUTHORIZED_BODY);
    }
}
