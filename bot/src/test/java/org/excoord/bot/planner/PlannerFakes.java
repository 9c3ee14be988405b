package org.excoord.bot.planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.excoord.directory.Actor;
import org.excoord.graphsync.link.PlannerLinkView;
import org.excoord.graphsync.link.PlannerLinks;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.excoord.graphsync.status.ItemSyncStatuses;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for graph-sync's ports, whose implementations live on other branches: item states a test sets, and
 * Planner links kept in memory. Primary, so that they win over the real ones once those are merged. Tests that
 * import this share one application context; each resets the fakes first.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlannerFakes {

    /**
     * graph-sync on (the bot treats it as off otherwise), with dummy credentials for the Graph gateway that is still
     * built (nothing calls it: the fakes answer), and its push and back-sync loops stopped.
     */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @org.springframework.test.context.TestPropertySource(properties = {"excoord.graph.enabled=true",
            "excoord.graph.tenant-id=00000000-0000-4000-8000-000000000001", "excoord.graph.client-id=fake-client",
            "excoord.graph.client-secret=fake-secret", "excoord.graph.push.scheduled=false",
            "excoord.graph.back-sync.scheduled=false", "excoord.graph.out-of-office.scheduled=false"})
    public @interface SyncOn {
    }

    public static final String GROUP = "0f3e6bb2-4b1c-4d5e-9a7f-2c8d1e0b6a41";
    public static final String UNKNOWN_GROUP = "00000000-0000-4000-8000-00000000dead";

    @Bean
    @Primary
    FakeStatuses fakeItemSyncStatuses() {
        return new FakeStatuses();
    }

    @Bean
    @Primary
    FakeLinks fakePlannerLinks() {
        return new FakeLinks();
    }

    /** Item states set by the test; counts single and batch reads so a test can tell an N+1 from a batch. */
    public static class FakeStatuses implements ItemSyncStatuses {

        // reached through methods: the refusal trail proxies the bean, and a proxy's fields are not the target's
        private final Map<Long, ItemSyncStatus> states = new ConcurrentHashMap<>();
        private final AtomicInteger singleReads = new AtomicInteger();
        private final AtomicInteger batchReads = new AtomicInteger();
        private final List<List<Long>> retries = new CopyOnWriteArrayList<>();

        public Map<Long, ItemSyncStatus> states() {
            return states;
        }

        public AtomicInteger singleReads() {
            return singleReads;
        }

        public AtomicInteger batchReads() {
            return batchReads;
        }

        /** The item ids of every retry that was let through, in order. */
        public List<List<Long>> retries() {
            return retries;
        }

        public void reset() {
            states.clear();
            singleReads.set(0);
            batchReads.set(0);
            retries.clear();
        }

        public ItemSyncStatus set(Long itemId, String number, ItemSyncStatus.State state, String reason,
                String taskUrl, int attempts) {
            ItemSyncStatus status = new ItemSyncStatus(itemId, number, state, reason, taskUrl,
                    state == ItemSyncStatus.State.SYNCED ? Instant.parse("2026-12-01T12:00:00Z") : null, attempts);
            states.put(itemId, status);
            return status;
        }

        @Override
        public Optional<ItemSyncStatus> of(Long itemId) {
            singleReads.incrementAndGet();
            return Optional.ofNullable(states.get(itemId));
        }

        @Override
        public Map<Long, ItemSyncStatus> of(Collection<Long> itemIds) {
            batchReads.incrementAndGet();
            Map<Long, ItemSyncStatus> found = new java.util.HashMap<>();
            itemIds.forEach(id -> Optional.ofNullable(states.get(id)).ifPresent(s -> found.put(id, s)));
            return found;
        }

        @Override
        public Outcome<List<ItemSyncStatus>> failures(int limit, int offset, Actor actor) {
            if (!actor.isAdmin()) {
                return Outcome.refused(Refusal.forbidden("fake: admins only"));
            }
            return Outcome.done(states.values().stream().filter(s -> s.state() == ItemSyncStatus.State.FAILED)
                    .sorted(Comparator.comparing(ItemSyncStatus::itemId).reversed()).skip(offset).limit(limit)
                    .toList());
        }

        @Override
        public Outcome<Integer> retry(Collection<Long> itemIds, Actor actor) {
            if (!actor.isAdmin()) {
                return Outcome.refused(Refusal.forbidden("fake: admins only"));
            }
            retries.add(List.copyOf(itemIds));
            List<ItemSyncStatus> failed = new ArrayList<>(states.values().stream()
                    .filter(s -> s.state() == ItemSyncStatus.State.FAILED)
                    .filter(s -> itemIds.isEmpty() || itemIds.contains(s.itemId())).toList());
            failed.forEach(s -> states.put(s.itemId(), new ItemSyncStatus(s.itemId(), s.itemNumber(),
                    ItemSyncStatus.State.PENDING, null, s.taskUrl(), s.syncedAt(), s.attempts())));
            return Outcome.done(failed.size());
        }
    }

    /** Links kept in memory; {@link #UNKNOWN_GROUP} is a group Graph does not know. */
    public static class FakeLinks implements PlannerLinks {

        private final Map<Long, PlannerLinkView> links = new ConcurrentHashMap<>();

        public Map<Long, PlannerLinkView> links() {
            return links;
        }

        public void reset() {
            links.clear();
        }

        @Override
        public Outcome<PlannerLinkView> link(Long orgUnitId, String groupId, Actor actor) {
            if (!actor.isAdmin()) {
                return Outcome.refused(Refusal.forbidden("fake: admins only"));
            }
            if (UNKNOWN_GROUP.equals(groupId)) {
                return Outcome.refused(Refusal.invalid("groupId", "Graph knows no group " + groupId));
            }
            PlannerLinkView view = new PlannerLinkView(orgUnitId, "unit " + orgUnitId, groupId, "plan-" + orgUnitId,
                    "excoord · unit " + orgUnitId, "https://planner.cloud.microsoft/webui/plan/plan-" + orgUnitId,
                    List.of(new PlannerLinkView.Bucket("general", "bucket-general", "General")),
                    Instant.parse("2026-12-01T12:00:00Z"), actor.displayName());
            links.put(orgUnitId, view);
            return Outcome.done(view);
        }

        @Override
        public Outcome<PlannerLinkView> view(Long orgUnitId, Actor actor) {
            PlannerLinkView view = links.get(orgUnitId);
            return view == null ? Outcome.refused(Refusal.notFound("org unit " + orgUnitId + " has no plan"))
                    : Outcome.done(view);
        }
    }
}
