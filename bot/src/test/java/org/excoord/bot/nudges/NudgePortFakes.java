package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.excoord.directory.Actor;
import org.excoord.nudge.Delegations;
import org.excoord.nudge.Notification;
import org.excoord.nudge.Notifications;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.NudgeLog;
import org.excoord.nudge.NudgeMail;
import org.excoord.nudge.NudgePlanner;
import org.excoord.nudge.NudgeSettings;
import org.excoord.nudge.OutOfOffice;
import org.excoord.nudge.PlannedNudge;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * In-memory stand-ins for the nudge ports other helpers are implementing (planner, log, settings, delegations, out of
 * office, notifications; the bot's delivery), imported only by the tests of the cards and the conversation feature.
 * {@code @Primary} here, so these tests keep their fakes once the real implementations are in the context too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NudgePortFakes {

    @Bean
    @Primary
    FakePlanner fakeNudgePlanner() {
        return new FakePlanner();
    }

    @Bean
    @Primary
    FakeSettings fakeNudgeSettings() {
        return new FakeSettings();
    }

    @Bean
    @Primary
    FakeDelegations fakeDelegations() {
        return new FakeDelegations();
    }

    @Bean
    @Primary
    FakeNotifications fakeNotifications() {
        return new FakeNotifications();
    }

    @Bean
    @Primary
    OutOfOffice fakeOutOfOffice() {
        return (personId, at) -> Optional.empty();
    }

    @Bean
    @Primary
    NudgeLog fakeNudgeLog() {
        return new NudgeLog() {
            @Override
            public Optional<Claim> claim(PlannedNudge nudge, long sweepId, Instant now) {
                return Optional.empty();
            }

            @Override
            public void record(Claim claim, Outcome outcome, String conversationId, String activityId, String detail,
                    Instant retryAt, Instant now) {
            }

            @Override
            public Optional<String> sentActivityOf(Long personId, NudgeKind kind, LocalDate day) {
                return Optional.empty();
            }
        };
    }

    @Bean
    @Primary
    Delivery fakeDelivery() {
        return new Delivery() {
            @Override
            public Delivered deliver(Long personId, ObjectNode card, String subject) {
                return new Delivered(Result.SENT, "a:" + personId, "1", null, null);
            }

            @Override
            public boolean update(Long personId, String conversationId, String activityId, ObjectNode card) {
                return true;
            }
        };
    }

    @Bean
    @Primary
    NudgeMail fakeNudgeMail() {
        return new NudgeMail() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public void send(String toAddress, String subject, String html) {
                throw new IllegalStateException("no mail in these tests");
            }
        };
    }

    /** The digest each person would get now, as the test sets it. */
    public static class FakePlanner implements NudgePlanner {

        public final Map<Long, PlannedNudge> digests = new ConcurrentHashMap<>();

        @Override
        public List<PlannedNudge> plan(Instant at) {
            return List.of();
        }

        @Override
        public Optional<PlannedNudge> digestOf(Long personId, Instant at) {
            return Optional.ofNullable(digests.get(personId));
        }

        @Override
        public Optional<PlannedNudge> teamDigestOf(Long managerId, Instant at) {
            return Optional.ofNullable(teams.get(managerId));
        }

        public final Map<Long, PlannedNudge> teams = new ConcurrentHashMap<>();
    }

    /** Snoozes, mutes, preferences and acknowledgements kept in memory, each the actor's own. */
    public static class FakeSettings implements NudgeSettings {

        public final Map<Long, Preferences> preferences = new ConcurrentHashMap<>();
        public final Map<String, ItemControl> controls = new ConcurrentHashMap<>();
        public final Map<Long, Acknowledgement> acknowledgements = new ConcurrentHashMap<>();

        /** Whether the person saved preferences (a method: the bean may be proxied, its fields are not). */
        public boolean saved(Long personId) {
            return preferences.containsKey(personId);
        }

        @Override
        public Preferences preferencesOf(Long personId) {
            return preferences.getOrDefault(personId, new Preferences(java.time.LocalTime.of(8, 30), true,
                    TeamDigest.DAILY, false));
        }

        @Override
        public Outcome<Preferences> update(Preferences p, Actor actor) {
            preferences.put(actor.personId(), p);
            return Outcome.done(p);
        }

        @Override
        public Outcome<ItemControl> snooze(Long itemId, LocalDate until, Actor actor) {
            ItemControl control = new ItemControl(itemId, until, false);
            controls.put(actor.personId() + ":" + itemId, control);
            return Outcome.done(control);
        }

        @Override
        public Outcome<ItemControl> mute(Long itemId, boolean muted, Actor actor) {
            ItemControl control = new ItemControl(itemId, null, muted);
            controls.put(actor.personId() + ":" + itemId, control);
            return Outcome.done(control);
        }

        @Override
        public Optional<ItemControl> controlOf(Long itemId, Long personId) {
            return Optional.ofNullable(controls.get(personId + ":" + itemId));
        }

        @Override
        public Outcome<Instant> acknowledge(Long itemId, Actor actor) {
            Instant at = Instant.parse("2026-12-02T15:00:00Z");
            acknowledgements.put(itemId, new Acknowledgement(actor.personId(), actor.displayName(), at));
            return Outcome.done(at);
        }

        @Override
        public Optional<Acknowledgement> acknowledgementOf(Long itemId) {
            return Optional.ofNullable(acknowledgements.get(itemId));
        }
    }

    /** Delegations kept in memory; a person may name anyone but themselves. */
    public static class FakeDelegations implements Delegations {

        public final Map<Long, Delegation> active = new ConcurrentHashMap<>();

        @Override
        public Outcome<Delegation> delegate(Long delegatorId, Long delegateId, LocalDate startsOn, LocalDate endsOn,
                Actor actor) {
            if (delegatorId.equals(delegateId)) {
                return Outcome.refused(Refusal.invalid("delegateId", "you cannot stand in for yourself"));
            }
            Delegation d = new Delegation(1L, delegatorId, actor.displayName(), delegateId, "the delegate", startsOn,
                    endsOn, "PERSON");
            active.put(delegatorId, d);
            return Outcome.done(d);
        }

        @Override
        public Outcome<Void> revoke(Long delegatorId, Actor actor) {
            active.remove(delegatorId);
            return Outcome.done(null);
        }

        @Override
        public Optional<Delegation> activeFor(Long delegatorId, LocalDate day) {
            return Optional.ofNullable(active.get(delegatorId));
        }

        @Override
        public List<Long> delegatorsOf(Long delegateId, LocalDate day) {
            return active.values().stream().filter(d -> d.delegateId().equals(delegateId))
                    .map(Delegation::delegatorId).toList();
        }
    }

    /** What the "change" wrote, as the test says; the told-line reads it. */
    public static class FakeNotifications implements Notifications {

        public final List<Notification> written = new CopyOnWriteArrayList<>();

        @Override
        public List<PlannedNudge> plan(Instant at) {
            return List.of();
        }

        @Override
        public List<Notification> writtenInThisTransaction() {
            return new ArrayList<>(written);
        }

        @Override
        public void told(List<Long> notificationIds, long logId) {
        }
    }
}
