package org.excoord.bot.nudges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.excoord.CoordinationApplication;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.teams.RateLimitedConnector;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.WorkingDays;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the app on one PostgreSQL (a database of their own, migrated by the first) sweep the same
 * morning at the same moment, through the real sweep, nudge log, cards and paced delivery, to the loopback Bot
 * Connector that enforces Teams' limits: every planned message (a digest for each person among them) arrives exactly
 * once, and a third sweep of the same moment sends nothing.
 */
class NudgeReplicasTests {

    private static final int PEOPLE = 12;
    private static final String DATABASE = "nudge_replicas";

    private static RateLimitedConnector teams;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoReplicas() {
        teams = RateLimitedConnector.start(0);
        new JdbcTemplate(EmbeddedPostgresSupport.postgres().getPostgresDatabase()).execute(
                "drop database if exists " + DATABASE + "; create database " + DATABASE + " owner "
                        + EmbeddedPostgresSupport.OWNER);
        first = replica();
        second = replica();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {first, second}) {
            if (c != null) {
                c.close();
            }
        }
        if (teams != null) {
            teams.close();
        }
    }

    private static ConfigurableApplicationContext replica() {
        String url = "jdbc:postgresql://localhost:" + EmbeddedPostgresSupport.postgres().getPort() + "/" + DATABASE;
        // command-line arguments: they outrank every application.yml on the class path
        return new SpringApplicationBuilder(CoordinationApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--excoord.embedded-postgres.enabled=false",
                "--excoord.demo.enabled=false", "--excoord.security.mode=NONE", "--excoord.nudges.enabled=false",
                "--excoord.teams.tenant-id=tenant-replicas", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedPostgresSupport.APP, "--spring.datasource.password=",
                "--spring.flyway.user=" + EmbeddedPostgresSupport.OWNER, "--spring.flyway.password=");
    }

    @Test
    void twoReplicasSweepingTheSameMorningSendEveryDigestOnce() throws Exception {
        LocalDate morning = WorkingDays.nextWorkingDay(first.getBean(ActionItemManagement.class).today().plusDays(1));
        // 10:00 in New York (the people's zone): after the 08:30 digest time, inside the working hours
        Instant at = morning.atTime(10, 0).atZone(java.time.ZoneId.of("America/New_York")).toInstant();
        Fixtures fixtures = new Fixtures(first);
        OrgUnit unit = fixtures.unit("Replicas", null);
        Person boss = fixtures.manager("Replica Boss", unit);
        ActionItemManagement items = first.getBean(ActionItemManagement.class);
        ChatAddresses addresses = first.getBean(ChatAddresses.class);
        List<String> conversations = new ArrayList<>();
        Map<Long, String> conversationOf = new java.util.HashMap<>();
        for (int i = 0; i < PEOPLE; i++) {
            Person person = fixtures.person("Replica Person " + i, unit);
            items.create(NewActionItem.adHoc("Report on the replicas " + i, person.getId(), morning, null),
                    fixtures.actor(boss)).orElseThrow();
            String conversation = "a:replica-" + i;
            addresses.remember(new ChatAddresses.Seen(person.getId(), person.getEntraObjectId(), "29:replica-" + i,
                    conversation, ChatKind.PERSONAL, teams.serviceUrl(), "tenant-replicas", "28:bot"));
            conversations.add(conversation);
            conversationOf.put(person.getId(), conversation);
        }

        // what the sweeps should send these people (a digest each, and whatever else the morning holds for them)
        List<org.excoord.nudge.PlannedNudge> expected = new ArrayList<>(first.getBean(org.excoord.nudge.NudgePlanner.class)
                .plan(at));
        expected.addAll(first.getBean(org.excoord.nudge.Notifications.class).plan(at));
        expected.removeIf(n -> !conversationOf.containsKey(n.recipientId()));
        assertThat(expected).filteredOn(n -> n.kind() == org.excoord.nudge.NudgeKind.DIGEST).hasSize(PEOPLE);
        Map<String, Long> expectedPerConversation = expected.stream().collect(Collectors.groupingBy(
                n -> conversationOf.get(n.recipientId()), Collectors.counting()));

        CyclicBarrier together = new CyclicBarrier(2);
        Function<ConfigurableApplicationContext, CompletableFuture<NudgeSweep.Report>> sweepAt = app ->
                CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return app.getBean(NudgeSweep.class).sweep(at, NudgeSweep.Trigger.SCHEDULE);
                });
        CompletableFuture<NudgeSweep.Report> a = sweepAt.apply(first);
        CompletableFuture<NudgeSweep.Report> b = sweepAt.apply(second);
        NudgeSweep.Report one = a.get();
        NudgeSweep.Report two = b.get();

        Map<String, Long> digests = teams.received().stream().filter(r -> r.method().equals("POST"))
                .filter(r -> conversations.contains(r.conversationId()))
                .collect(Collectors.groupingBy(RateLimitedConnector.Received::conversationId, Collectors.counting()));
        assertThat(digests).as("sent per conversation, planned: " + expected).isEqualTo(expectedPerConversation);
        assertThat(teams.counters().throttled()).isZero();
        assertThat(one.counts().sent() + two.counts().sent()).isEqualTo(expected.size());
        assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from nudge_log where kind = 'DIGEST' and state = 'SENT' and day = ?", Long.class,
                morning)).isEqualTo(PEOPLE);

        NudgeSweep.Report again = second.getBean(NudgeSweep.class).sweep(at, NudgeSweep.Trigger.ADMIN);
        assertThat(again.counts().sent()).isZero();
        assertThat(teams.received().stream().filter(r -> conversations.contains(r.conversationId())))
                .hasSize(expected.size());
    }
}
