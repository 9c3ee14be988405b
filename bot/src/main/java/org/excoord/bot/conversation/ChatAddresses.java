package org.excoord.bot.conversation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remembers where people talk to the bot (on every turn), for proactive messages and per-user card views. */
@Service
public class ChatAddresses {

    /** Teams refreshes a card automatically for at most 60 users. */
    static final int MAX_REFRESH_USERS = 60;

    private final ChatAddressRepository addresses;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final java.util.Map<Seen, java.time.Instant> recentlyStored = new java.util.concurrent.ConcurrentHashMap<>();

    ChatAddresses(ChatAddressRepository addresses, Clock clock,
            ApplicationEventPublisher events) {
        this.addresses = addresses;
        this.clock = clock;
        this.events = events;
    }

    /** A known person wrote in their 1:1 chat with the bot: Teams can reach them there. */
    public record PersonalChatSeen(Long personId) {
    }

    /** One address of a turn. */
    public record Seen(Long personId, String aadObjectId, String userMri, String conversationId, ChatKind kind,
            String serviceUrl, String tenantId, String botId) {
    }

    /**
     * Stores the address unless this instance stored the very same one within the last minute: a busy conversation
     * would otherwise cost a write per message for nothing. A conversation of unknown type is not stored: nothing
     * proactive may go to a place whose audience the bot cannot tell.
     */
    @Transactional
    public void remember(Seen seen) {
        if (seen.kind() == ChatKind.OTHER) {
            return;
        }
        java.time.Instant now = clock.instant();
        java.time.Instant stored = recentlyStored.get(seen);
        if (stored != null && stored.isAfter(now.minusSeconds(60))) {
            return;
        }
        if (recentlyStored.size() > 10_000) {
            recentlyStored.clear();
        }
        addresses.upsert(seen.personId(), seen.aadObjectId(), seen.userMri(), seen.conversationId(), seen.kind().name(),
                seen.serviceUrl(), seen.tenantId(), seen.botId(), now);
        recentlyStored.put(seen, now);
        if (seen.kind() == ChatKind.PERSONAL && seen.personId() != null) {
            events.publishEvent(new PersonalChatSeen(seen.personId()));
        }
    }

    /** The person's 1:1 chat with the bot, if they have one. */
    @Transactional(readOnly = true)
    public Optional<ChatAddress> personalChatOf(Long personId) {
        return addresses.findFirstByPersonIdAndConversationTypeOrderByUpdatedAtDesc(personId, ChatKind.PERSONAL);
    }

    /**
     * Any place the person was seen in Teams (a channel, a group chat): their Teams user id, tenant and service URL,
     * enough to open a 1:1 conversation with them when they never wrote to the bot directly.
     */
    @Transactional(readOnly = true)
    public Optional<ChatAddress> anyAddressOf(Long personId) {
        return addresses.findFirstByPersonIdOrderByUpdatedAtDesc(personId);
    }

    /** The Teams ids of these people, for a card's {@code refresh.userIds}; at most 60. */
    @Transactional(readOnly = true)
    public List<String> teamsIdsOf(Collection<Long> personIds) {
        List<String> ids = addresses.findUserMrisOf(personIds.toArray(Long[]::new));
        return ids.size() > MAX_REFRESH_USERS ? ids.subList(0, MAX_REFRESH_USERS) : ids;
    }
}
