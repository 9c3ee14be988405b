package org.excoord.graphsync.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code excoord.graph.retry.*}: how the gateway retries a whole HTTP request that failed (5xx, 429 on the
 * envelope, timeouts, dropped connections): exponential backoff with jitter, or the server's Retry-After when it
 * gave one (capped). Sub-responses are not retried here: they go back to the caller.
 *
 * @param maxAttempts    attempts in all, the first included (default 5)
 * @param initialBackoff the first backoff before jitter (default 500 ms; doubles each attempt)
 * @param maxBackoff     the longest wait between two attempts, Retry-After included (default 30 s)
 * @param timeout        the longest one HTTP call may take, answer included (default 30 s)
 */
@ConfigurationProperties("excoord.graph.retry")
public record GraphRetrySettings(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout) {

    public GraphRetrySettings {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    public static GraphRetrySettings defaults() {
        return new GraphRetrySettings(null, null, null, null);
    }
}
