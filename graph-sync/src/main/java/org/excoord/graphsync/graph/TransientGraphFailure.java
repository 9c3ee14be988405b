package org.excoord.graphsync.graph;

import java.time.Duration;

/** A whole request that may succeed if sent again (5xx, 429, timeout, dropped connection); retried inside. */
final class TransientGraphFailure extends GraphFailure {

    private final transient Duration retryAfter;

    TransientGraphFailure(int status, String errorCode, String message, Duration retryAfter, Throwable cause) {
        super(status, errorCode, message, cause);
        this.retryAfter = retryAfter;
    }

    /** The server's Retry-After, or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
