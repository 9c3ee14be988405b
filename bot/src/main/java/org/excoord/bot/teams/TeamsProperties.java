package org.excoord.bot.teams;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's Entra ID registration ({@code excoord.teams.*}).
 *
 * @param appId              the bot's app id; empty only in the local embedded default (no authentication)
 * @param appPassword        its client secret, for the outbound Bot Connector token
 * @param tenantId           the agency's tenant: outbound tokens are single-tenant (new Azure Bot registrations are),
 *                           and activities from any other tenant are refused; empty for a multi-tenant bot
 * @param openIdMetadataUrl  where the Bot Connector's signing keys are published; tests point it at their own keys
 * @param maxActivityBytes   larger request bodies are refused with 400 before they are parsed
 * @param maxTokenLifetime   the longest a Bot Connector token may be valid, from its {@code nbf}/{@code iat} to its
 *                           {@code exp}, and the longest one is reused without another signature check; the
 *                           Connector's live about an hour, so the default of 2 h leaves room for clock skew
 */
@ConfigurationProperties("excoord.teams")
public record TeamsProperties(String appId, String appPassword, String tenantId, String openIdMetadataUrl,
        Integer maxActivityBytes, Duration maxTokenLifetime) {

    public TeamsProperties {
        appId = appId == null ? "" : appId.strip();
        appPassword = appPassword == null ? "" : appPassword;
        tenantId = tenantId == null ? "" : tenantId.strip();
        maxActivityBytes = maxActivityBytes == null ? 262_144 : maxActivityBytes;
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofHours(2) : maxTokenLifetime;
        if (maxTokenLifetime.isNegative() || maxTokenLifetime.isZero()) {
            throw new IllegalArgumentException("excoord.teams.max-token-lifetime must be positive");
        }
    }

    boolean authenticationEnabled() {
        return !appId.isEmpty();
    }

    /** A single-tenant bot answers its own tenant only. */
    boolean singleTenant() {
        return !tenantId.isEmpty();
    }
}
