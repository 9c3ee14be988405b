package org.excoord.bot.nudges;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pacing and retries of proactive sends ({@code excoord.nudges.delivery.*}); the defaults are Teams' published
 * limits (PROTOCOL.md §6), the buckets refilling {@code margin} messages under each (the arrival windows keep the
 * limits themselves, so none is needed for them).
 *
 * @param perConversation per bot per conversation: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour
 * @param perTenant       per app per tenant: 30 per second
 * @param margin          how many messages under each limit the buckets refill (default 0: the arrival windows
 *                        already absorb the delays between a token and its message)
 * @param maxAttempts     attempts of one send on 429, 412, 502, 504 before it is given up for now (FAILED)
 * @param initialBackoff  the first back-off; doubled per attempt, with jitter; a longer Retry-After wins
 * @param retryLater      after the attempts, when the sweep should try again
 * @param serviceUrl      where to open a 1:1 chat with someone seen nowhere in Teams (their Entra object id as the
 *                        member); empty: such people are unreachable until they talk to the bot
 */
@ConfigurationProperties("excoord.nudges.delivery")
public record DeliveryProperties(List<Limit> perConversation, Limit perTenant, Integer margin, Integer maxAttempts,
        Duration initialBackoff, Duration retryLater, String serviceUrl) {

    /** At most {@code count} messages in any {@code per}. */
    public record Limit(int count, Duration per) {
    }

    public DeliveryProperties {
        perConversation = perConversation == null || perConversation.isEmpty()
                ? List.of(new Limit(7, Duration.ofSeconds(1)), new Limit(8, Duration.ofSeconds(2)),
                        new Limit(60, Duration.ofSeconds(30)), new Limit(1_800, Duration.ofHours(1)))
                : List.copyOf(perConversation);
        perTenant = perTenant == null ? new Limit(30, Duration.ofSeconds(1)) : perTenant;
        margin = margin == null ? 0 : margin;
        maxAttempts = maxAttempts == null ? 4 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        retryLater = retryLater == null ? Duration.ofMinutes(5) : retryLater;
        serviceUrl = serviceUrl == null ? "" : serviceUrl.strip();
        if (maxAttempts < 1 || margin < 0) {
            throw new IllegalArgumentException("excoord.nudges.delivery: max-attempts >= 1 and margin >= 0");
        }
    }

    public static DeliveryProperties defaults() {
        return new DeliveryProperties(null, null, null, null, null, null, null);
    }
}
