package org.excoord.bot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * What excoord requires of the Bot Connector beyond the SDK's checks (signature, issuer, audience, lifetime,
 * {@code serviceurl} claim, endorsement). Each rule throws {@link ActivityRefused} saying why.
 */
final class ConnectorRules {

    static final String TEAMS = "msteams";

    private ConnectorRules() {
    }

    /**
     * The SDK checks the signing key's endorsement for the activity's {@code channelId} and skips that check when
     * the channel id is empty, so a key endorsed for another channel would pass: only Teams gets as far as the SDK.
     */
    static void requireTeamsChannel(Activity activity) {
        if (!TEAMS.equals(activity.getChannelId())) {
            throw ActivityRefused.unauthenticated("the channelId is " + quoted(activity.getChannelId())
                    + ", not " + TEAMS);
        }
    }

    /**
     * The token says when it expires and since when it is valid, and is valid for at most {@code max}: the SDK
     * accepts a token without {@code exp}, and one valid for ten years. Checked on the unverified token, before
     * the signature: a token refused here is refused whoever signed it.
     *
     * @return the token's expiry
     */
    static Instant requireBoundedLifetime(String authorization, Instant now, Duration max) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ActivityRefused.unauthenticated("the Authorization header is not a bearer token");
        }
        DecodedJWT token = JWT.decode(authorization.substring(7).strip());
        Date expires = token.getExpiresAt();
        if (expires == null) {
            throw ActivityRefused.unauthenticated("the token has no exp");
        }
        Instant start = earliest(token.getNotBefore(), token.getIssuedAt());
        if (start == null) {
            throw ActivityRefused.unauthenticated("the token has neither nbf nor iat");
        }
        Instant exp = expires.toInstant();
        if (Duration.between(start, exp).compareTo(max) > 0) {
            throw ActivityRefused.unauthenticated("the token is valid from " + start + " to " + exp + ", longer than "
                    + max);
        }
        if (Duration.between(now, exp).compareTo(max) > 0) {
            throw ActivityRefused.unauthenticated("the token expires at " + exp + ", more than " + max + " from now");
        }
        return exp;
    }

    /**
     * A single-tenant bot answers its own tenant only: each of {@code channelData.tenant.id} and
     * {@code conversation.tenantId} that is present must be it, and at least one must be present.
     */
    static void requireTenant(Activity activity, String tenantId) {
        JsonNode channelData = activity.getChannelData() == null ? null
                : BotMessagesController.BOT_JSON.valueToTree(activity.getChannelData());
        JsonNode fromChannelData = channelData == null ? null : channelData.path("tenant").get("id");
        String fromConversation = activity.getConversation().getTenantId();
        if ((fromChannelData == null || fromChannelData.isNull()) && fromConversation == null) {
            throw ActivityRefused.otherTenant("the activity names no tenant");
        }
        if (fromChannelData != null && !fromChannelData.isNull()
                && !(fromChannelData.isTextual() && tenantId.equalsIgnoreCase(fromChannelData.asText()))) {
            throw ActivityRefused.otherTenant("channelData.tenant.id is " + quoted(fromChannelData.toString())
                    + ", not this bot's tenant");
        }
        if (fromConversation != null && !tenantId.equalsIgnoreCase(fromConversation)) {
            throw ActivityRefused.otherTenant("conversation.tenantId is " + quoted(fromConversation)
                    + ", not this bot's tenant");
        }
    }

    private static Instant earliest(Date a, Date b) {
        if (a == null || b == null) {
            return a == null ? b == null ? null : b.toInstant() : a.toInstant();
        }
        return a.before(b) ? a.toInstant() : b.toInstant();
    }

    private static String quoted(String value) {
        return value == null ? "absent" : "\"" + LogSafe.of(value) + "\"";
    }
}
