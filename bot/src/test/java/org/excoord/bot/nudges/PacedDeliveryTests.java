package org.excoord.bot.nudges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.excoord.bot.conversation.ChatAddress;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.teams.ProactiveConnector;
import org.excoord.bot.teams.RateLimitedConnector;
import org.excoord.bot.teams.TeamsProperties;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.nudge.NudgeMail;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paced delivery through the real HTTP path (ProactiveConnector) to the loopback connector that enforces Teams'
 * limits. Without the bot's context (every nudge port is not yet implemented on main): chat addresses and the
 * directory are faked, reachability is real, on a database of its own on the shared embedded PostgreSQL with a
 * {@code teams_reachability} shaped as V12's (without the person foreign key: no people here).
 */
class PacedDeliveryTests {

    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");
    private static RateLimitedConnector teams;
    private static JdbcTemplate db;
    /**
     * One for all tests, as the app has one: its connections stay open. A new client opens them on its first sends,
     * which can then reach the connector later than their tokens were taken, bunched with the next ones.
     */
    private static ProactiveConnector connector;

    /**
     * A tenant per test: the connector's windows outlive a test (as Teams' outlive a restart), a new delivery's
     * buckets start full, so a test right after another in the same tenant could be throttled for the first second.
     */
    private final String tenant = "tenant-" + java.util.UUID.randomUUID();
    private final ChatAddresses addresses = mock(ChatAddresses.class);
    private final Directory directory = mock(Directory.class);
    private final FakeMail mail = new FakeMail();
    private PacedDelivery delivery;
    private Reachability reachability;

    @BeforeAll
    static void start() throws Exception {
        teams = RateLimitedConnector.start(0);
        connector = new ProactiveConnector(new TeamsProperties("", "", "", null, null, null));
        warmUp();
        JdbcTemplate postgres = new JdbcTemplate(EmbeddedPostgresSupport.postgres().getPostgresDatabase());
        if (postgres.queryForList("select 1 from pg_database where datname = 'delivery_tests'").isEmpty()) {
            postgres.execute("create database delivery_tests");
        }
        DataSource own = EmbeddedPostgresSupport.postgres().getDatabase("postgres", "delivery_tests");
        db = new JdbcTemplate(own);
        db.execute("""
                create table if not exists teams_reachability (person_id bigint primary key,
                    state varchar(12) not null check (state in ('UNREACHABLE', 'BLOCKED')),
                    reason varchar(300) not null, since timestamptz not null)""");
    }

    /** Four connections opened, as the four senders of a sweep keep them, in a tenant of their own. */
    private static void warmUp() throws Exception {
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ChatAddress a = mock(ChatAddress.class);
                when(a.getConversationId()).thenReturn("a:warm-up-" + i);
                when(a.getUserMri()).thenReturn("29:warm-up");
                when(a.getServiceUrl()).thenReturn(teams.serviceUrl());
                when(a.getTenantId()).thenReturn("warm-up");
                when(a.getBotId()).thenReturn("28:bot");
                sends.add(four.submit(() -> connector.send(a, card("warm-up"))));
            }
            for (Future<String> send : sends) {
                assertThat(send.get()).isNotNull();
            }
        } finally {
            four.shutdownNow();
        }
    }

    @AfterAll
    static void stop() {
        teams.close();
    }

    @BeforeEach
    void fresh() {
        teams.reset();
        db.update("delete from teams_reachability");
        reachability = new Reachability(db, Clock.fixed(NOW, ZoneOffset.UTC));
        delivery = delivery(mail);
    }

    private PacedDelivery delivery(NudgeMail nudgeMail) {
        return new PacedDelivery(connector, addresses,
                reachability, nudgeMail, directory,
                new DeliveryProperties(null, null, null, 4, Duration.ofMillis(50), null, null),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Past the 60 per 30 s limit, which only a conversation's 61st message in 30 s meets. */
    @Test
    void seventyCardsToOneConversationAreNeverThrottled() {
        chat(1L, "a:busy");
        List<Delivery.Delivered> outcomes = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            outcomes.add(delivery.deliver(1L, card("card " + i), "subject"));
        }
        assertThat(outcomes).extracting(Delivery.Delivered::result).containsOnly(Delivery.Result.SENT);
        assertThat(outcomes).extracting(Delivery.Delivered::activityId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(teams.throttled()).isEmpty();
        assertThat(teams.counters().messages()).isEqualTo(70);
    }

    @Test
    void threeHundredConversationsFromFourSendersAreNeverThrottled() throws Exception {
        for (long id = 1000; id < 1300; id++) {
            chat(id, "a:p" + id);
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Delivery.Delivered>> sends = new ArrayList<>();
            for (long id = 1000; id < 1300; id++) {
                long person = id;
                sends.add(senders.submit(() -> delivery.deliver(person, card("digest"), "subject")));
            }
            for (Future<Delivery.Delivered> send : sends) {
                assertThat(send.get().result()).isEqualTo(Delivery.Result.SENT);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(teams.throttled()).isEmpty();
        assertThat(teams.received()).extracting(RateLimitedConnector.Received::conversationId)
                .hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void aPreconditionFailedAndABadGatewayAreRetriedAndOneMessageArrives() {
        chat(2L, "a:flaky");
        teams.refuse("a:flaky", 412, "PreconditionFailed", 1);
        Delivery.Delivered first = delivery.deliver(2L, card("after 412"), "subject");
        teams.refuse("a:flaky", 502, "BadGateway", 2);
        Delivery.Delivered second = delivery.deliver(2L, card("after 502"), "subject");

        assertThat(List.of(first.result(), second.result())).containsOnly(Delivery.Result.SENT);
        assertThat(teams.counters().byStatus()).containsEntry(412, 1L).containsEntry(502, 2L).containsEntry(200, 2L);
        assertThat(teams.received()).extracting(r -> r.activity().toString())
                .satisfiesExactly(a -> assertThat(a).contains("after 412"), a -> assertThat(a).contains("after 502"));
    }

    @Test
    void aFailureThatOutlivesTheRetriesIsFailedWithWhenToRetryAndDoesNotThrow() {
        chat(3L, "a:down");
        teams.refuseAlways("a:down", 504, "GatewayTimeout");
        Delivery.Delivered outcome = delivery.deliver(3L, card("never"), "subject");
        assertThat(outcome.result()).isEqualTo(Delivery.Result.FAILED);
        assertThat(outcome.retryAt()).isAfter(NOW);
        assertThat(teams.counters().byStatus()).containsEntry(504, 4L);
        assertThat(teams.received()).isEmpty();
    }

    @Test
    void notInTheRosterIsUnreachableAndRecorded() {
        chat(4L, "a:removed");
        teams.refuseAlways("a:removed", 403, "BotNotInConversationRoster");
        Delivery.Delivered outcome = delivery(new DeliveryConfiguration.NoNudgeMail()).deliver(4L, card("x"), "s");
        assertThat(outcome.result()).isEqualTo(Delivery.Result.UNREACHABLE);
        assertThat(reachability.of(4L)).contains(Reachability.State.UNREACHABLE);
        assertThat(db.queryForObject("select reason from teams_reachability where person_id = 4", String.class))
                .contains("not installed for them");
        assertThat(teams.counters().byStatus()).as("a 403 is not retried").containsEntry(403, 1L);

        teams.reset();
        assertThat(delivery.deliver(4L, card("back"), "s").result()).isEqualTo(Delivery.Result.SENT);
        assertThat(reachability.of(4L)).as("a later success clears it").isEmpty();
    }

    @Test
    void blockedIsBlockedAndNothingMoreIsAttempted() {
        chat(5L, "a:blocked");
        teams.refuseAlways("a:blocked", 403, "ConversationBlockedByUser");
        assertThat(delivery.deliver(5L, card("x"), "s").result()).isEqualTo(Delivery.Result.BLOCKED);
        assertThat(delivery.deliver(5L, card("y"), "s").result()).isEqualTo(Delivery.Result.BLOCKED);
        assertThat(teams.counters().byStatus()).containsOnlyKeys(403).containsEntry(403, 1L);
        assertThat(reachability.of(5L)).contains(Reachability.State.BLOCKED);
    }

    @Test
    void aGoneConversationGoesByEmailWhenMailIsAvailable() {
        chat(6L, "a:gone");
        when(directory.person(6L)).thenReturn(Optional.of(new Person("oid-6", "megan@agency.example", "Megan Bowen",
                1L, ZoneId.of("America/New_York"), Set.of())));
        teams.refuseAlways("a:gone", 404, "ConversationNotFound");
        Delivery.Delivered outcome = delivery.deliver(6L, card("Reply to <Minister>"), "Your action items today");
        assertThat(outcome.result()).isEqualTo(Delivery.Result.EMAILED);
        assertThat(mail.sent).singleElement().satisfies(m -> {
            assertThat(m).startsWith("megan@agency.example|Your action items today|");
            assertThat(m).contains("<p>Reply to &lt;Minister&gt;</p>").doesNotContain("Action.Execute");
        });
        assertThat(reachability.of(6L)).contains(Reachability.State.UNREACHABLE);
    }

    @Test
    void someoneSeenOnlyInAChannelGetsANewPersonalChat() {
        ChatAddress created = address(7L, "a:newcomer-1to1", ChatKind.PERSONAL);
        when(addresses.personalChatOf(7L)).thenReturn(Optional.empty(), Optional.of(created));
        ChatAddress channel = address(7L, "19:channel@thread.tacv2", ChatKind.CHANNEL);
        when(addresses.anyAddressOf(7L)).thenReturn(Optional.of(channel));

        Delivery.Delivered outcome = delivery.deliver(7L, card("hello"), "s");

        assertThat(outcome.result()).isEqualTo(Delivery.Result.SENT);
        assertThat(outcome.conversationId()).isEqualTo("a:newcomer-1to1");
        assertThat(teams.received()).extracting(RateLimitedConnector.Received::method).containsExactly("CREATE", "POST");
        assertThat(teams.received().get(0).activity().path("channelData").path("tenant").path("id").asText())
                .isEqualTo(tenant);
        verify(addresses).remember(any(ChatAddresses.Seen.class));
    }

    @Test
    void whereTheAppIsNotInstalledTheNewcomerIsUnreachable() {
        when(addresses.personalChatOf(8L)).thenReturn(Optional.empty());
        ChatAddress channel = address(8L, "19:c@thread", ChatKind.CHANNEL);
        when(addresses.anyAddressOf(8L)).thenReturn(Optional.of(channel));
        teams.refuseAlways("29:u8", 403, "BotNotInConversationRoster");
        Delivery.Delivered outcome = delivery(new DeliveryConfiguration.NoNudgeMail()).deliver(8L, card("x"), "s");
        assertThat(outcome.result()).isEqualTo(Delivery.Result.UNREACHABLE);
        assertThat(outcome.detail()).contains("not installed");
    }

    @Test
    void anUpdateReplacesTheSentCard() {
        chat(9L, "a:digest");
        Delivery.Delivered sent = delivery.deliver(9L, card("v1"), "s");
        assertThat(delivery.update(9L, "a:digest", sent.activityId(), card("v2"))).isTrue();
        assertThat(teams.received()).extracting(RateLimitedConnector.Received::method).containsExactly("POST", "PUT");
        teams.refuseAlways("a:digest", 404, "ConversationNotFound");
        assertThat(delivery.update(9L, "a:digest", sent.activityId(), card("v3"))).isFalse();
    }

    /** A team digest's Reassign picker is a type-ahead ({@code "choices.data"}): it reaches Teams with its key as is. */
    @Test
    void aCardsDottedKeysReachTeamsAsTheyAre() {
        chat(10L, "a:picker");
        ObjectNode card = card("picker");
        ((ObjectNode) card.withArray("body").addObject().put("type", "Input.ChoiceSet").put("id", "assignee1")
                .putObject("choices.data")).put("type", "Data.Query").put("dataset", "people.assignable:1");
        Delivery.Delivered sent = delivery.deliver(10L, card, "s");
        delivery.update(10L, "a:picker", sent.activityId(), card);
        assertThat(teams.received()).hasSize(2).allSatisfy(r -> assertThat(r.activity()
                .at("/attachments/0/content/body/1").has("choices.data")).isTrue());
    }

    private void chat(Long personId, String conversation) {
        ChatAddress a = address(personId, conversation, ChatKind.PERSONAL);
        when(addresses.personalChatOf(personId)).thenReturn(Optional.of(a));
    }

    private ChatAddress address(Long personId, String conversation, ChatKind kind) {
        ChatAddress a = mock(ChatAddress.class);
        when(a.getPersonId()).thenReturn(personId);
        when(a.getConversationId()).thenReturn(conversation);
        when(a.getConversationType()).thenReturn(kind);
        when(a.getUserMri()).thenReturn("29:u" + personId);
        when(a.getServiceUrl()).thenReturn(teams.serviceUrl());
        when(a.getTenantId()).thenReturn(tenant);
        when(a.getBotId()).thenReturn("28:bot");
        return a;
    }

    private static ObjectNode card(String text) {
        ObjectNode card = JsonNodeFactory.instance.objectNode().put("type", "AdaptiveCard").put("version", "1.4");
        card.putArray("body").addObject().put("type", "TextBlock").put("text", text);
        card.putArray("actions").addObject().put("type", "Action.Execute").put("title", "Start");
        return card;
    }

    private static final class FakeMail implements NudgeMail {
        final List<String> sent = new ArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void send(String toAddress, String subject, String html) {
            sent.add(toAddress + "|" + subject + "|" + html);
        }
    }
}
