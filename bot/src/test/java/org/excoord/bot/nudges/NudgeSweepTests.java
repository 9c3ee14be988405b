package org.excoord.bot.nudges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Role;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.NudgeLog;
import org.excoord.nudge.NudgePlanner;
import org.excoord.nudge.Notifications;
import org.excoord.nudge.PlannedNudge;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** The sweep's own rules, with its collaborators faked: what is claimed, sent, recorded and counted. */
class NudgeSweepTests {

    private static final Instant AT = Instant.parse("2026-12-02T14:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private final NudgePlanner planner = mock(NudgePlanner.class);
    private final Notifications notifications = mock(Notifications.class);
    private final NudgeLog log = mock(NudgeLog.class);
    private final NudgeCards cards = mock(NudgeCards.class);
    private final Delivery delivery = mock(Delivery.class);
    private final Directory directory = mock(Directory.class);
    private final ChatAddresses addresses = mock(ChatAddresses.class);
    private final SweepLog sweeps = mock(SweepLog.class);
    private final NudgeSweep sweep = new NudgeSweep(planner, notifications, log, cards, delivery, directory, addresses,
            sweeps, Clock.fixed(AT, ZoneOffset.UTC), new NoTransactions());

    @Test
    void oneFailingPersonDoesNotStopTheOthersAndEveryOutcomeIsCounted() {
        PlannedNudge sent = digest(1L);
        PlannedNudge failing = digest(2L);
        PlannedNudge unreachable = digest(3L);
        PlannedNudge alreadyClaimed = digest(4L);
        PlannedNudge throwing = digest(5L);
        when(planner.plan(AT)).thenReturn(List.of(sent, failing, unreachable, alreadyClaimed, throwing));
        when(notifications.plan(AT)).thenReturn(List.of());
        for (PlannedNudge p : List.of(sent, failing, unreachable, throwing)) {
            when(log.claim(eq(p), anyLong(), any())).thenReturn(Optional.of(new NudgeLog.Claim(p.personId(), p, 1)));
        }
        when(log.claim(eq(alreadyClaimed), anyLong(), any())).thenReturn(Optional.empty());
        for (long id = 1; id <= 5; id++) {
            when(directory.actorFor(id)).thenReturn(Optional.of(actor(id)));
        }
        when(addresses.personalChatOf(any())).thenReturn(Optional.empty());
        when(cards.draw(any(), any(), any())).thenReturn(Optional.of(JsonNodeFactory.instance.objectNode()));
        when(cards.draw(eq(throwing), any(), any())).thenThrow(new IllegalStateException("a broken record"));
        when(delivery.deliver(eq(1L), any(), anyString())).thenReturn(delivered(Delivery.Result.SENT));
        when(delivery.deliver(eq(2L), any(), anyString())).thenReturn(delivered(Delivery.Result.FAILED));
        when(delivery.deliver(eq(3L), any(), anyString())).thenReturn(delivered(Delivery.Result.UNREACHABLE));

        NudgeSweep.Report report = sweep.sweep(AT, NudgeSweep.Trigger.ADMIN);

        assertThat(report.counts()).isEqualTo(new NudgeSweep.Counts(5, 1, 2, 1, 1));
        verify(log).record(any(NudgeLog.Claim.class), eq(NudgeLog.Outcome.SENT), eq("a:1"), eq("1"), isNull(), isNull(),
                eq(AT));
        verify(log).record(any(NudgeLog.Claim.class), eq(NudgeLog.Outcome.FAILED), eq("a:1"), eq("1"), isNull(),
                isNull(), eq(AT));
        verify(delivery, never()).deliver(eq(4L), any(), anyString());
        verify(sweeps).finish(anyLong(), eq(report.counts()), eq(AT));
    }

    @Test
    void notificationsAreMarkedToldOnlyWhenTheirMessageWentOut() {
        PlannedNudge told = new PlannedNudge(1L, 1L, NudgeKind.NOTIFICATION, 10, DAY, "assigned", List.of(10L, 11L), 2, 0);
        PlannedNudge notYet = new PlannedNudge(2L, 2L, NudgeKind.NOTIFICATION, 12, DAY, "assigned", List.of(12L), 1, 0);
        when(planner.plan(AT)).thenReturn(List.of());
        when(notifications.plan(AT)).thenReturn(List.of(told, notYet));
        when(log.claim(eq(told), anyLong(), any())).thenReturn(Optional.of(new NudgeLog.Claim(77, told, 1)));
        when(log.claim(eq(notYet), anyLong(), any())).thenReturn(Optional.of(new NudgeLog.Claim(78, notYet, 1)));
        when(directory.actorFor(any())).thenReturn(Optional.of(actor(1L)));
        when(addresses.personalChatOf(any())).thenReturn(Optional.empty());
        when(cards.draw(any(), any(), any())).thenReturn(Optional.of(JsonNodeFactory.instance.objectNode()));
        when(delivery.deliver(eq(1L), any(), anyString())).thenReturn(delivered(Delivery.Result.SENT));
        when(delivery.deliver(eq(2L), any(), anyString())).thenReturn(delivered(Delivery.Result.FAILED));

        sweep.sweep(AT, NudgeSweep.Trigger.SCHEDULE);

        verify(notifications).told(List.of(10L, 11L), 77);
        verify(notifications, never()).told(eq(List.of(12L)), anyLong());
    }

    @Test
    void onlyAdministratorsPreviewOrSweep() {
        assertThat(sweep.preview(AT, actor(1L)).isDone()).isFalse();
        assertThat(sweep.sweepAsAdmin(AT, actor(1L)).isDone()).isFalse();
        assertThat(sweep.recent(5, actor(1L)).isDone()).isFalse();
        verify(planner, never()).plan(any());
    }

    private static PlannedNudge digest(Long personId) {
        return new PlannedNudge(personId, personId, NudgeKind.DIGEST, 0, DAY, "1 due today", List.of(100L), 1, 0);
    }

    private static Delivery.Delivered delivered(Delivery.Result result) {
        return new Delivery.Delivered(result, "a:1", "1", null, null);
    }

    private static Actor actor(Long id) {
        return new Actor(id, "Person " + id, null, EnumSet.of(Role.STAFF), List.of(), Set.of());
    }

    /** The sweep's transaction template runs its work directly. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
