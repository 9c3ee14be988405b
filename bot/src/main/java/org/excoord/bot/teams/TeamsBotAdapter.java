package org.excoord.bot.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SkillValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.ExpectedReplies;
import java.time.Duration;
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
    private final boolean authenticationEnabled;
    private final Duration maxTokenLifetime;
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
        this.authenticationEnabled = properties.authenticationEnabled();
        this.maxTokenLifetime = properties.maxTokenLifetime();
        this.credentials = credentials;
        this.channel = channel;
    }

    /**
     * Authenticates, then runs the turn on the calling (request) thread. This is the SDK's {@code processActivity}
     * (4.14.3) with two differences. The turn stays on this thread: the SDK's {@code processIncomingActivity}
     * continues on its small shared executor, where blocking database work would cap the bot at a handful of
     * concurrent turns. And the turn leaves nothing to finalize: the SDK's turn context and its state collection have
     * finalizers (closing what is already closed) that kept every turn's activity and answered card alive through an
     * extra garbage collection, which made young pauses 25 to 70 ms long under load.
     *
     * <p>Before the SDK sees the activity, it must come from Teams with a token of bounded lifetime; after the token
     * is verified, a single-tenant bot requires its own tenant ({@link ConnectorRules}). A refused activity throws
     * {@link ActivityRefused} and runs no turn.
     */
    InvokeResponse process(String authorization, Activity activity, Bot bot) {
        if (authenticationEnabled) {
            ConnectorRules.requireTeamsChannel(activity);
        }
        ClaimsIdentity identity = authenticate(authorization, activity);
        if (!tenantId.isEmpty()) {
            ConnectorRules.requireTenant(activity, tenantId);
        }
        boolean skill = SkillValidation.isSkillClaim(identity.claims());
        String appId = skill ? JwtTokenValidation.getAppIdFromClaims(identity.claims()) : null;
        activity.setCallerId(credentials.isAuthenticationDisabled().join() ? null
                : skill ? "urn:botframework:aadappid:" + appId
                : channel.isPublicAzure() ? "urn:botframework:azure"
                : channel.isGovernment() ? "urn:botframework:azureusgov" : null);
        String scope = skill ? appId + "/.default"
                : channel.isGovernment() ? "https://api.botframework.us/.default" : "https://api.botframework.com/.default";
        try (Turn context = new Turn(this, activity)) {
            context.getTurnState().add(BOT_IDENTITY_KEY, identity);
            context.getTurnState().add(OAUTH_SCOPE_KEY, scope);
            context.getTurnState().add(CONNECTOR_CLIENT_KEY,
                    createConnectorClient(activity.getServiceUrl(), identity, scope).join());
            runPipeline(context, bot::onTurn).join();
            return answerOf(context);
        }
    }

    /** As the SDK answers: buffered replies when asked for them, the invoke response of an invoke (501 if none). */
    private static InvokeResponse answerOf(TurnContextImpl context) {
        Activity activity = context.getActivity();
        if (DeliveryModes.fromString(activity.getDeliveryMode()) == DeliveryModes.EXPECT_REPLIES) {
            return new InvokeResponse(200, new ExpectedReplies(context.getBufferedReplyActivities()));
        }
        if (!activity.isType(ActivityTypes.INVOKE)) {
            return null;
        }
        Activity answer = context.getTurnState().get(INVOKE_RESPONSE_KEY);
        return answer == null ? new InvokeResponse(501, null) : (InvokeResponse) answer.getValue();
    }

    /**
     * The SDK's turn context without a finalizer, and with its turn state emptied when it is closed: the state
     * collection's own finalizer then keeps nothing alive (see {@link #process}).
     */
    private static final class Turn extends TurnContextImpl {

        Turn(BotAdapter adapter, Activity activity) {
            super(adapter, activity);
        }

        @Override
        @SuppressWarnings({"deprecation", "removal", "java:S1113"})
        public void finalize() {
            // empty on purpose: the JVM registers no finalizer for a class whose finalize() is empty
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (Exception e) {
                throw new IllegalStateException("the turn could not be closed", e);
            } finally {
                getTurnState().getTurnStateServices().clear();
            }
        }
    }

    /**
     * The Connector sends the same token for up to an hour; once it has passed every check for a channel and service
     * URL, the same token for the same pair is accepted again until it expires, without another signature check.
     * Its lifetime is checked first ({@link ConnectorRules#requireBoundedLifetime}), so nothing is reused for longer
     * than {@code maxTokenLifetime}, and a token without {@code exp} is never accepted, let alone reused.
     */
    private ClaimsIdentity authenticate(String authorization, Activity activity) {
        if (!authenticationEnabled) {
            return JwtTokenValidation.authenticateRequest(activity, authorization, credentials, channel).join();
        }
        String key = activity.getChannelId() + ' ' + activity.getServiceUrl() + ' ' + authorization;
        Instant now = Instant.now();
        ValidToken known = validTokens.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.identity();
        }
        Instant expires = ConnectorRules.requireBoundedLifetime(authorization, now, maxTokenLifetime);
        ClaimsIdentity identity = JwtTokenValidation.authenticateRequest(activity, authorization, credentials, channel)
                .join();
        if (validTokens.size() >= MAX_CACHED_TOKENS) {
            validTokens.values().removeIf(t -> !now.isBefore(t.until()));
            if (validTokens.size() >= MAX_CACHED_TOKENS) {
                validTokens.clear();
            }
        }
        Instant cap = now.plus(maxTokenLifetime);
        validTokens.put(key, new ValidToken(identity, expires.isBefore(cap) ? expires : cap));
        return identity;
    }

    private record ValidToken(ClaimsIdentity identity, Instant until) {
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, appPassword, tenantId, oAuthScope));
    }
}
