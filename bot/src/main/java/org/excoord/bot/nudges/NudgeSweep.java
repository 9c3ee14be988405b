package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.excoord.bot.conversation.ChatAddress;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.NudgeLog;
import org.excoord.nudge.NudgePlanner;
import org.excoord.nudge.Notifications;
import org.excoord.nudge.PlannedNudge;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sweep: everything due at a moment (core's plan, notifications included), each message claimed in the nudge log
 * before it is sent (a claim another replica or an earlier sweep holds is skipped), drawn from the records as they are
 * now, delivered, and its outcome recorded. A failure for one person never stops the others. The moment may be any
 * instant: an admin re-runs a morning missed in an outage, and a second sweep of the same moment sends nothing.
 */
@Service
public class NudgeSweep implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NudgeSweep.class);
    /** Delivery waits on the pacing of Teams' limits; a few senders keep the per-app budget busy while cards are drawn. */
    private static final int SENDERS = 4;

    public enum Trigger { SCHEDULE, ADMIN }

    public record Counts(int planned, int sent, int failed, int unreachable, int skipped) {
    }

    public record Report(long id, Instant at, Instant startedAt, Instant finishedAt, Trigger trigger, Counts counts) {
    }

    private final NudgePlanner planner;
    private final Notifications notifications;
    private final NudgeLog nudgeLog;
    private final NudgeCards cards;
    private final Delivery delivery;
    private final Directory directory;
    private final ChatAddresses addresses;
    private final SweepLog sweeps;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
        Thread t = new Thread(r, "nudge-sender");
        t.setDaemon(true);
        return t;
    });

    NudgeSweep(NudgePlanner planner, Notifications notifications, NudgeLog nudgeLog, NudgeCards cards,
            Delivery delivery, Directory directory, ChatAddresses addresses, SweepLog sweeps, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.planner = planner;
        this.notifications = notifications;
        this.nudgeLog = nudgeLog;
        this.cards = cards;
        this.delivery = delivery;
        this.directory = directory;
        this.addresses = addresses;
        this.sweeps = sweeps;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a sweep at {@code at} would send, to whom and why; admins only. */
    public Outcome<List<PlannedNudge>> preview(Instant at, Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators see the nudge plan"));
        }
        return Outcome.done(plan(at));
    }

    /** Runs a sweep as if it were {@code at}; admins only. */
    public Outcome<Report> sweepAsAdmin(Instant at, Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators run a nudge sweep"));
        }
        return Outcome.done(sweep(at, Trigger.ADMIN));
    }

    public Outcome<List<Report>> recent(int limit, Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators see the nudge sweeps"));
        }
        return Outcome.done(sweeps.recent(limit));
    }

    public Report sweep(Instant at, Trigger trigger) {
        Instant started = clock.instant();
        long id = sweeps.start(at, trigger, started);
        List<PlannedNudge> planned = plan(at);
        Tally tally = new Tally();
        List<Future<?>> sends = new ArrayList<>(planned.size());
        for (PlannedNudge nudge : planned) {
            sends.add(senders.submit(() -> send(nudge, id, tally)));
        }
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (java.util.concurrent.ExecutionException e) {
                tally.failed.incrementAndGet();
                log.error("A nudge could not be sent; the sweep goes on", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Counts counts = new Counts(planned.size(), tally.sent.get(), tally.failed.get(), tally.unreachable.get(),
                tally.skipped.get());
        Instant finished = clock.instant();
        sweeps.finish(id, counts, finished);
        if (counts.planned() > 0) {
            log.info("Nudge sweep {} for {}: {} planned, {} sent, {} failed, {} unreachable, {} skipped in {} ms", id,
                    at, counts.planned(), counts.sent(), counts.failed(), counts.unreachable(), counts.skipped(),
                    java.time.Duration.between(started, finished).toMillis());
        }
        return new Report(id, at, started, finished, trigger, counts);
    }

    private List<PlannedNudge> plan(Instant at) {
        List<PlannedNudge> all = new ArrayList<>(planner.plan(at));
        all.addAll(notifications.plan(at));
        return all;
    }

    private void send(PlannedNudge nudge, long sweepId, Tally tally) {
        Optional<NudgeLog.Claim> claimed = nudgeLog.claim(nudge, sweepId, clock.instant());
        if (claimed.isEmpty()) {
            tally.skipped.incrementAndGet();
            return;
        }
        NudgeLog.Claim claim = claimed.get();
        Optional<Actor> recipient = directory.actorFor(nudge.recipientId());
        if (recipient.isEmpty()) {
            nudgeLog.record(claim, NudgeLog.Outcome.UNREACHABLE, null, null, "no such person", null, clock.instant());
            tally.unreachable.incrementAndGet();
            return;
        }
        String teamsId = addresses.personalChatOf(nudge.recipientId()).map(ChatAddress::getUserMri).orElse(null);
        Optional<ObjectNode> card = cards.draw(nudge, recipient.get(), teamsId);
        if (card.isEmpty()) {
            // everything it would list was acted on since planning: nothing to say, and nothing to say again today
            nudgeLog.record(claim, NudgeLog.Outcome.SENT, null, null, "nothing left to tell", null, clock.instant());
            tally.skipped.incrementAndGet();
            return;
        }
        Delivery.Delivered delivered = delivery.deliver(nudge.recipientId(), card.get(), subject(nudge));
        NudgeLog.Outcome outcome = switch (delivered.result()) {
            case SENT -> NudgeLog.Outcome.SENT;
            case EMAILED -> NudgeLog.Outcome.EMAILED;
            case UNREACHABLE -> NudgeLog.Outcome.UNREACHABLE;
            case BLOCKED -> NudgeLog.Outcome.BLOCKED;
            case FAILED -> NudgeLog.Outcome.FAILED;
        };
        // the outcome and the notifications it told commit together: told but unrecorded would send them again,
        // recorded but untold would leave them waiting behind a final log row forever
        transactions.executeWithoutResult(tx -> {
            nudgeLog.record(claim, outcome, delivered.conversationId(), delivered.activityId(), delivered.detail(),
                    delivered.retryAt(), clock.instant());
            if (nudge.kind() == NudgeKind.NOTIFICATION && outcome != NudgeLog.Outcome.FAILED) {
                notifications.told(nudge.itemIds(), claim.id());
            }
        });
        switch (outcome) {
            case SENT, EMAILED -> tally.sent.incrementAndGet();
            case UNREACHABLE, BLOCKED -> tally.unreachable.incrementAndGet();
            case FAILED -> tally.failed.incrementAndGet();
        }
    }

    /** The email's subject when the message cannot go through Teams. */
    private static String subject(PlannedNudge nudge) {
        return switch (nudge.kind()) {
            case DIGEST -> "Your action items today";
            case TEAM_DIGEST -> "Your team's action items";
            case DUE_NOW, CORRESPONDENCE_DUE -> "Due today";
            case ESCALATION -> "An overdue action item was escalated to you";
            case SECRETARIAT_DIGEST -> "Correspondence waiting for the secretariat";
            case NOTIFICATION -> "Updates on your action items";
        };
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }

    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger unreachable = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
    }
}
