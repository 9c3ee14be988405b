package org.excoord.bot.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's Entra ID registration ({@code excoord.teams.*}).
 *
 * @param appId              the bot's app id; empty only in the local embedded default (no authentication)
 * @param appPassword        its client secret, for the outbound Bot Connector token
 * @param tenantId           the agency's tenant: outbound tokens are single-tenant (new Azure Bot registrations are)
 * @param openIdMetadataUrl  where the Bot Connector's signing keys are published; tests point it at their own keys
 * @param maxActivityBytes   larger request bodies are refused with 400 before they are parsed
 */
@ConfigurationProperties("excoord.teams")
public record TeamsProperties(String appId, String appPassword, String tenantId, String openIdMetadataUrl,
        Integer maxActivityBytes) {

    public TeamsProperties {
        appId = appId == null ? "" : appId.strip();
        appPassword = appPassword == null ? "" : appPassword;
        maxActivityBytes = maxActivityBytes == null ? 262_144 : maxActivityBytes;
    }

    boolean authenticationEnabled() {
        return !appId.isEmpty();
    }
}
