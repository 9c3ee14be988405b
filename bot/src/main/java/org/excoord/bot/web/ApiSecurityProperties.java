package org.excoord.bot.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the REST API authenticates callers ({@code excoord.security.*}). The token issuer, key set and
 * audiences are Spring Boot's standard {@code spring.security.oauth2.resourceserver.jwt.*} settings.
 *
 * @param mode      ENTRA (bearer tokens from Entra ID, the default) or NONE (local embedded default only)
 * @param localUser in NONE mode, the UPN of the person requests act as when they name nobody in the
 *                  {@code X-Excoord-User} header
 */
@ConfigurationProperties("excoord.security")
public record ApiSecurityProperties(Mode mode, String localUser) {

    public enum Mode {
        ENTRA, NONE
    }

    public ApiSecurityProperties {
        mode = mode == null ? Mode.ENTRA : mode;
    }
}
