package org.excoord.bot.teams;

import org.springframework.http.HttpStatus;

/**
 * An activity refused before any turn runs: a 401 or 403 with {@link #detail} as the problem detail, and
 * {@link #getMessage} (why, for operations) in the WARN log line.
 */
final class ActivityRefused extends RuntimeException {

    private final HttpStatus status;
    private final String detail;

    private ActivityRefused(HttpStatus status, String detail, String why) {
        super(why, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    /** The token or the activity's claim to come from Teams does not hold. */
    static ActivityRefused unauthenticated(String why) {
        return new ActivityRefused(HttpStatus.UNAUTHORIZED, "the Bot Connector token is missing or invalid", why);
    }

    /** Authenticated, but not for this bot's tenant. */
    static ActivityRefused otherTenant(String why) {
        return new ActivityRefused(HttpStatus.FORBIDDEN, "the activity is not from this bot's tenant", why);
    }

    HttpStatus status() {
        return status;
    }

    String detail() {
        return detail;
    }
}
