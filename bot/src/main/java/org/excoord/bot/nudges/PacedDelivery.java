package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.excoord.bot.conversation.ChatAddress;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Messenger;
import org.excoord.bot.conversation.Messenger.MessengerException;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.nudge.NudgeMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@link Delivery} to Teams, paced under its limits with token buckets (Bucket4j): one per conversation (7/1 s,
 * 8/2 s, 60/30 s, 1,800/h) and one per tenant (30/s), a send waiting until both have a token. Each bucket holds a
 * small burst {@code b} and refills at {@code r} with {@code b + r·W ≤ limit − margin}, so no sliding window of
 * length W sees more tokens taken than the limit, which a bucket of the limit's full size would allow twice over.
 * Tokens are taken before the message travels, so each send also holds a place in an {@link ArrivalWindow} of its
 * conversation and tenant: what bounds the arrivals, however late a message leaves after its token. Throttled
 * (429, after its Retry-After), precondition-failed (412) and gateway (502, 504) answers are retried with jittered
 * exponential back-off (Resilience4j), a few times, then FAILED with when to try again. Not in the roster or no such
 * conversation: the person is marked unreachable and the card goes by email when graph-sync can send it. Blocked:
 * nothing more goes to them. Never throws.
 */
@Service
public class PacedDelivery implements Delivery {

    private static final Logger log = LoggerFactory.getLogger(PacedDelivery.class);
    private static final int MAX_IDLE_PACES = 20_000;

    private final Messenger messenger;
    private final ChatAddresses addresses;
    private final Reachability reachability;
    private final NudgeMail mail;
    private final Directory directory;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Paces conversations;
    private final Paces tenants;
    private final Retry retry;

    public PacedDelivery(Messenger messenger, ChatAddresses addresses, Reachability reachability, NudgeMail mail,
            Directory directory, DeliveryProperties properties, Clock clock) {
        this.messenger = messenger;
        this.addresses = addresses;
        this.reachability = reachability;
        this.mail = mail;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.conversations = new Paces(properties.perConversation(), properties.margin());
        this.tenants = new Paces(List.of(properties.perTenant()), properties.margin());
        this.retry = Retry.of("teams-send", RetryConfig.custom().maxAttempts(properties.maxAttempts())
                .retryOnException(e -> e instanceof MessengerException m && transientFailure(m))
                .intervalBiFunction(backoff(properties.initialBackoff())).build());
    }

    @Override
    public Delivered deliver(Long personId, ObjectNode card, String subject) {
        try {
            if (reachability.of(personId).filter(s -> s == Reachability.State.BLOCKED).isPresent()) {
                return new Delivered(Result.BLOCKED, null, null, "blocked the bot in Teams", null);
            }
            Optional<ChatAddress> chat = addresses.personalChatOf(personId);
            if (chat.isEmpty()) {
                Created created = openChat(personId);
                if (created.address == null) {
                    return notInTeams(personId, card, subject, created.why);
                }
                chat = Optional.of(created.address);
            }
            ChatAddress to = chat.get();
            String activityId = paced(to.getConversationId(), to.getTenantId(), () -> messenger.send(to, card));
            reachability.clear(personId);
            return new Delivered(Result.SENT, to.getConversationId(), activityId, null, null);
        } catch (MessengerException e) {
            return refused(personId, card, subject, e);
        } catch (RuntimeException e) {
            log.warn("A nudge to person {} was not delivered", personId, e);
            return new Delivered(Result.FAILED, null, null, "not delivered: " + e.getClass().getSimpleName(),
                    clock.instant().plus(properties.retryLater()));
        }
    }

    @Override
    public boolean update(Long personId, String conversationId, String activityId, ObjectNode card) {
        try {
            Optional<ChatAddress> chat = addresses.personalChatOf(personId)
                    .filter(a -> a.getConversationId().equals(conversationId));
            if (chat.isEmpty() || activityId == null) {
                return false;
            }
            ChatAddress to = chat.get();
            paced(to.getConversationId(), to.getTenantId(), () -> {
                messenger.update(to, activityId, card);
                return activityId;
            });
            return true;
        } catch (RuntimeException e) {
            log.warn("The card {} of person {} was not updated: {}", activityId, personId, e.getMessage());
            return false;
        }
    }

    /**
     * One send: before each attempt, waits for a token of the conversation and of the tenant, then for a place in
     * their arrival windows, which it holds until a window after the attempt ended.
     */
    private String paced(String conversationId, String tenantId, Supplier<String> send) {
        return retry.executeSupplier(() -> {
            ArrivalWindow conversation = conversations.enter(conversationId);
            try {
                ArrivalWindow tenant = tenants.enter(tenantId == null ? "" : tenantId);
                try {
                    return send.get();
                } finally {
                    tenant.leave();
                }
            } finally {
                conversation.leave();
            }
        });
    }

    private record Created(ChatAddress address, String why) {
    }

    /** Someone without a 1:1 chat: opened with their Teams id and tenant, as seen elsewhere in Teams. */
    private Created openChat(Long personId) {
        Optional<ChatAddress> seen = addresses.anyAddressOf(personId);
        String serviceUrl;
        String tenant;
        String bot;
        String user;
        String aad;
        if (seen.isPresent() && seen.get().getTenantId() != null) {
            ChatAddress a = seen.get();
            serviceUrl = a.getServiceUrl();
            tenant = a.getTenantId();
            bot = a.getBotId();
            user = a.getUserMri();
            aad = a.getAadObjectId();
        } else {
            return new Created(null, "has never used the bot in Teams, and no Teams id of theirs is known");
        }
        try {
            String conversation = paced("create:" + user, tenant,
                    () -> messenger.createPersonalConversation(serviceUrl, tenant, bot, user));
            addresses.remember(new ChatAddresses.Seen(personId, aad, user, conversation, ChatKind.PERSONAL,
                    serviceUrl, tenant, bot));
            return new Created(addresses.personalChatOf(personId).orElseThrow(), null);
        } catch (MessengerException e) {
            if (e.status() == 403 || e.status() == 404) {
                return new Created(null, "the app is not installed for them in Teams (" + e.status() + " "
                        + e.code() + ")");
            }
            throw e;
        }
    }

    private Delivered refused(Long personId, ObjectNode card, String subject, MessengerException e) {
        if (e.status() == 403 && e.code().equals("ConversationBlockedByUser")) {
            reachability.mark(personId, Reachability.State.BLOCKED, "they blocked the bot in Teams");
            return new Delivered(Result.BLOCKED, null, null, "they blocked the bot in Teams", null);
        }
        if ((e.status() == 403 && e.code().equals("BotNotInConversationRoster")) || e.status() == 404) {
            return notInTeams(personId, card, subject, e.status() == 404 ? "their chat with the bot was deleted"
                    : "the app is not installed for them in Teams");
        }
        Duration later = e.retryAfter() != null && e.retryAfter().compareTo(properties.retryLater()) > 0
                ? e.retryAfter() : properties.retryLater();
        log.warn("A nudge to person {} failed: {}", personId, e.getMessage());
        return new Delivered(Result.FAILED, null, null, "Teams answered " + e.status() + " " + e.code(),
                clock.instant().plus(later));
    }

    /** Marked unreachable; by email when it can go by email. */
    private Delivered notInTeams(Long personId, ObjectNode card, String subject, String why) {
        reachability.mark(personId, Reachability.State.UNREACHABLE, why);
        String address = directory.person(personId).map(PacedDelivery::mailAddressOf).orElse(null);
        if (mail.available() && address != null) {
            try {
                mail.send(address, subject, CardMail.html(card, subject));
                return new Delivered(Result.EMAILED, null, null, "by email: " + why, null);
            } catch (RuntimeException e) {
                log.warn("The email to person {} failed too: {}", personId, e.getMessage());
                return new Delivered(Result.UNREACHABLE, null, null, why + "; the email failed", null);
            }
        }
        return new Delivered(Result.UNREACHABLE, null, null, why, null);
    }

    private static String mailAddressOf(Person p) {
        return p.getEmail() != null && !p.getEmail().isBlank() ? p.getEmail() : p.getUpn();
    }

    static boolean transientFailure(MessengerException e) {
        return switch (e.status()) {
            case 429, 412, 502, 504 -> true;
            default -> false;
        };
    }

    /** Exponential with full jitter around it (×0.5 to ×1.5); a longer Retry-After wins. */
    private static IntervalBiFunction<Object> backoff(Duration initial) {
        return (attempt, outcome) -> {
            long base = initial.toMillis() << Math.min(attempt - 1, 10);
            long jittered = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
            if (outcome.isLeft() && outcome.getLeft() instanceof MessengerException m && m.retryAfter() != null) {
                return Math.max(jittered, m.retryAfter().toMillis());
            }
            return jittered;
        };
    }

    /**
     * The pacing of each conversation, or of each tenant: a bucket that spreads the sends and a window that bounds
     * their arrivals. Idle ones are forgotten once there are many, at most once per doubling, so that a morning's
     * 50,000 conversations cost no scan per send.
     */
    private static final class Paces {

        private record Pace(Bucket bucket, ArrivalWindow window) {
        }

        private final Map<String, Pace> byKey = new ConcurrentHashMap<>();
        private final List<DeliveryProperties.Limit> limits;
        private final List<Bandwidth> bandwidths;
        private final long fullBucket;
        private volatile int forgetAbove = MAX_IDLE_PACES;

        Paces(List<DeliveryProperties.Limit> limits, int margin) {
            this.limits = List.copyOf(limits);
            this.bandwidths = limits.stream().map(limit -> {
                long usable = Math.max(2, limit.count() - margin);
                long burst = Math.max(1, usable / 20);
                return Bandwidth.builder().capacity(burst).refillGreedy(usable - burst, limit.per()).build();
            }).toList();
            this.fullBucket = bandwidths.stream().mapToLong(Bandwidth::getCapacity).min().orElse(1);
        }

        /** Waits for a token, then for a place in the window, which the caller leaves when the attempt ended. */
        ArrivalWindow enter(String key) {
            acquire(pace(key).bucket());
            try {
                while (true) {
                    ArrivalWindow window = pace(key).window();
                    if (window.enter()) {
                        return window;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessengerException("interrupted while paced", e, 0, "Interrupted", null);
            }
        }

        private Pace pace(String key) {
            if (byKey.size() > forgetAbove) {
                // a full bucket and an empty window: forgetting them loses nothing, new ones start so too
                byKey.values().removeIf(p -> p.bucket().getAvailableTokens() >= fullBucket
                        && p.window().retireIfIdle());
                forgetAbove = Math.max(MAX_IDLE_PACES, 2 * byKey.size());
            }
            return byKey.computeIfAbsent(key, k -> {
                var builder = Bucket.builder();
                bandwidths.forEach(builder::addLimit);
                return new Pace(builder.build(), new ArrivalWindow(limits));
            });
        }
    }

    private static void acquire(Bucket bucket) {
        try {
            bucket.asBlocking().consume(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessengerException("interrupted while paced", e, 0, "Interrupted", null);
        }
    }
}
