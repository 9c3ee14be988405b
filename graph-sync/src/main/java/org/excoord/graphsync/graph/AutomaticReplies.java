package org.excoord.graphsync.graph;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A user's Outlook automatic replies as Graph answered for them ({@code automaticRepliesSetting}), or why it did not:
 * {@code status} is the sub-response's HTTP status; on success {@code state} says whether the replies are off, on
 * until turned off, or on between the scheduled local times, which are in {@code timeZone} as Graph gave it (a
 * Windows name such as "Pacific Standard Time", an IANA id, or "UTC": see {@link GraphTimeZones}).
 */
public record AutomaticReplies(int status, Duration retryAfter, String errorCode, String message, State state,
        LocalDateTime scheduledStart, LocalDateTime scheduledEnd, String timeZone) {

    public enum State { DISABLED, ALWAYS_ENABLED, SCHEDULED }

    public boolean ok() {
        return status >= 200 && status < 300 && state != null;
    }

    public boolean throttled() {
        return status == 429 || status == 503;
    }

    static AutomaticReplies failed(int status, Duration retryAfter, String errorCode, String message) {
        return new AutomaticReplies(status, retryAfter, errorCode, message, null, null, null, null);
    }
}
