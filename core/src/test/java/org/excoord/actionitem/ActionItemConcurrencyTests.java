package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Fifty people changing the same item at once: one wins, the others are told, nothing is lost or swallowed. */
class ActionItemConcurrencyTests extends CoreIntegrationTest {

    private static final int THREADS = 50;
    /** Each writer loses at most THREADS - 1 races; more attempts than that means retries are not converging. */
    private static final int MAX_ATTEMPTS = THREADS * 2;
    /** The whole race takes about a second here; a stuck writer fails the test instead of hanging the build. */
    private static final Duration RACE_TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    ActionItemManagement items;

    @Autowired
    AuditLog audit;

    @Test
    void fiftyConcurrentDueDateChangesFromTheSameVersionLeaveExactlyOneWinner() throws Exception {
        OrgUnit unit = fixtures.unit("Race Office", null);
        Person manager = fixtures.manager("Rae Manager", unit);
        Person worker = fixtures.person("Wes Worker", unit);
        Actor boss = fixtures.actor(manager);
        ActionItem item = items.create(NewActionItem.adHoc("Contended item", worker.getId(), LocalDate.of(2027, 1, 1),
                null), boss).orElseThrow();

        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            LocalDate due = LocalDate.of(2027, 2, 1).plusDays(i);
            attempts.add(() -> items.changeDueDate(item.getId(), due, item.getVersion(), boss));
        }
        List<Object> results = runTogether(attempts);

        long winners = results.stream().filter(r -> r instanceof Outcome<?> o && o.isDone()).count();
        long refusedAsStale = results.stream().filter(r -> r instanceof Outcome<?> o && !o.isDone()
                && o.refusal().kind() == Refusal.Kind.CONFLICT).count();
        long lostTheRace = results.stream().filter(r -> r instanceof ObjectOptimisticLockingFailureException).count();
        assertThat(winners).isEqualTo(1);
        assertThat(refusedAsStale + lostTheRace).isEqualTo(THREADS - 1);
        assertThat(results).allMatch(r -> r instanceof Outcome<?> || r instanceof ObjectOptimisticLockingFailureException);

        ActionItem after = items.view(item.getId(), boss).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + 1);
        LocalDate winningDate = ((Outcome<?>) results.stream().filter(r -> r instanceof Outcome<?> o && o.isDone())
                .findFirst().orElseThrow()).map(v -> ((ActionItem) v).getDueDate()).orElseThrow();
        assertThat(after.getDueDate()).isEqualTo(winningDate);
        assertThat(audit.history("ActionItem", item.getId())).filteredOn(e -> e.action().equals("DUE_DATE_CHANGED"))
                .hasSize(1);
    }

    @Test
    void fiftyWritersThatRetryOnConflictAllGetTheirChangeIn() throws Exception {
        OrgUnit unit = fixtures.unit("Retry Office", null);
        Person manager = fixtures.manager("Ray Manager", unit);
        Person worker = fixtures.person("Wil Worker", unit);
        Actor boss = fixtures.actor(manager);
        ActionItem item = items.create(NewActionItem.adHoc("Edited by many", worker.getId(), null, null), boss)
                .orElseThrow();

        List<Callable<Object>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            writers.add(() -> {
                for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                    ActionItem current = items.view(item.getId(), boss).orElseThrow();
                    String steps = current.getNextSteps() == null ? "" : current.getNextSteps();
                    try {
                        Outcome<ActionItem> r = items.edit(item.getId(), current.getSubject(), null, steps + "[" + n + "]",
                                null, current.getVersion(), boss);
                        if (r.isDone()) {
                            return r;
                        }
                    } catch (ObjectOptimisticLockingFailureException lost) {
                        // somebody else committed first: read again and retry
                    }
                }
                throw new AssertionError("writer " + n + " did not get its change in after " + MAX_ATTEMPTS + " attempts");
            });
        }
        List<Object> results = runTogether(writers);

        assertThat(results).as("every writer's final attempt").allSatisfy(r -> assertThat(r)
                .isInstanceOfSatisfying(Outcome.class, o -> assertThat(o.isDone()).isTrue()));
        ActionItem after = items.view(item.getId(), boss).orElseThrow();
        for (int i = 0; i < THREADS; i++) {
            assertThat(after.getNextSteps()).contains("[" + i + "]");
        }
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + THREADS);
        assertThat(audit.history("ActionItem", item.getId())).filteredOn(e -> e.action().equals("EDITED"))
                .hasSize(THREADS);
    }

    /**
     * Starts all tasks at the same moment; returns each one's result or the exception it threw. Every wait is
     * bounded: a task that has not finished within {@link #RACE_TIMEOUT} fails the test.
     */
    private static List<Object> runTogether(List<Callable<Object>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    if (!start.await(RACE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                        throw new AssertionError("the start signal never came");
                    }
                    return task.call();
                }));
            }
            start.countDown();
            long deadline = System.nanoTime() + RACE_TIMEOUT.toNanos();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                try {
                    results.add(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    results.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a task did not finish within " + RACE_TIMEOUT, e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
