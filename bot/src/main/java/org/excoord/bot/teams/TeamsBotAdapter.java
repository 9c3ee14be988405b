package org.excoord.bot.teams;

import com.auth0.jwt.JWT;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's adapter with single-tenant outbound tokens: 4.14.3 asks the multi-tenant botframework.com authority,
 * which new (single-tenant) Azure Bot registrations are refused by.
 */
class TeamsBotAdapter extends BotFrameworkHttpAdapter {

    private final String appPassword;
    private final String tenantId;
    private final CredentialProvider credentials;
    private final ChannelProvider channel;
    private final Map<String, ValidToken> validTokens = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_TOKENS = 10_000;

    TeamsBotAdapter(TeamsProperties properties) {
        this(properties, new SimpleCredentialProvider(properties.appId(), properties.appPassword()),
                new SimpleChannelProvider());
    }

    private TeamsBotAdapter(TeamsProperties properties, CredentialProvider credentials, ChannelProvider channel) {
        super(credentials, channel);
        this.appPassword = properties.appPassword();
        this.tenantId = properties.tenantId();
        this.credentials = credentials;
        this.channel = channel;
    }

    /**
     * Authenticates, then runs the turn on the calling (request) thread. The SDK's own
     * {@code processIncomingActivity} continues the turn on its small shared executor, where blocking database work
     * would cap the bot at a handful of concurrent turns.
     */
    InvokeResponse process(String authorization, Activity activity, Bot bot) {
        return processActivity(authenticate(authorization, activity), activity, bot::onTurn).join();
    }

    /**
     * The Connector sends the same token for up to an hour; once it has passed every check for a channel and service
     * URL, the same token for the same pair is accepted again until it expires, without another signature check.
     */
    private ClaimsIdentity authenticate(String authorization, Activity activity) {
        if (authorization == null || authorization.isBlank()) {
            return JwtTokenValidation.authenticateRequest(activity, authorization, credentials, channel).join();
        }
        String key = activity.getChannelId() + ' ' + activity.getServiceUrl() + ' ' + authorization;
        Instant now = Instant.now();
        ValidToken known = validTokens.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.identity();
        }
        ClaimsIdentity identity = JwtTokenValidation.authenticateRequest(activity, authorization, credentials, channel)
                .join();
        java.util.Date expires = JWT.decode(authorization.substring(authorization.indexOf(' ') + 1)).getExpiresAt();
        if (expires == null) {
            return identity;
        }
        if (validTokens.size() >= MAX_CACHED_TOKENS) {
            validTokens.values().removeIf(t -> !now.isBefore(t.until()));
            if (validTokens.size() >= MAX_CACHED_TOKENS) {
                validTokens.clear();
            }
        }
        validTokens.put(key, new ValidToken(identity, expires.toInstant()));
        return identity;
    }

    private record ValidToken(ClaimsIdentity identity, Instant until) {
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, appPassword, tenantId, oAuthScope));
    }
}
