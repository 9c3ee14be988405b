package org.excoord.graphsync.push;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.UUID;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The push on a real PostgreSQL (shared by the JVM, never cleaned). Each test links its own org unit to its own plan,
 * and first settles the rows other tests left pending, so its workers push only its own items.
 */
@SpringBootTest(classes = org.excoord.graphsync.GraphSyncTestApplication.class, properties = {
        "spring.flyway.locations=classpath:db/migration/core,classpath:db/migration/graphsync",
        "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false", "excoord.graph.enabled=true",
        "excoord.graph.push.scheduled=false", "excoord.graph.back-sync.scheduled=false", "excoord.graph.debounce=0s",
        "excoord.graph.out-of-office.scheduled=false"})
@org.springframework.context.annotation.Import(org.excoord.graphsync.TestClockConfiguration.class)
abstract class PushIntegrationTest {

    protected ApplicationContext context;
    protected Fixtures fixtures;
    protected JdbcTemplate jdbc;
    protected ActionItemManagement items;
    protected ActionItemRepository itemRepository;
    protected PushWorkers workers;

    private static GraphEmulator emulator;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
        GraphEmulator graph = emulator();
        registry.add("excoord.graph.base-url", graph::baseUrl);
        registry.add("excoord.graph.login-host", graph::loginHost);
        registry.add("excoord.graph.tenant-id", graph::tenantId);
        registry.add("excoord.graph.client-id", graph::clientId);
        registry.add("excoord.graph.client-secret", graph::clientSecret);
        registry.add("excoord.graph.retry.initial-backoff", () -> "10ms");
        registry.add("excoord.graph.retry.max-backoff", () -> "200ms");
    }

    /** One loopback Graph per test JVM (tests keep apart by their own groups, plans and users). */
    protected static synchronized GraphEmulator emulator() {
        if (emulator == null) {
            emulator = new GraphEmulator().start();
        }
        return emulator;
    }

    @BeforeEach
    void setUpPush(@Autowired ApplicationContext applicationContext) {
        context = applicationContext;
        fixtures = new Fixtures(context);
        jdbc = context.getBean(JdbcTemplate.class);
        items = context.getBean(ActionItemManagement.class);
        itemRepository = context.getBean(ActionItemRepository.class);
        workers = context.getBean(PushWorkers.class);
        jdbc.update("update graph_item_sync set pushed_seq = change_seq, claimed_by = null, claimed_until = null"
                + " where pushed_seq < change_seq or claimed_by is not null");
    }

    /** Links the unit to a new plan (as the link service would) and returns the plan's id. */
    protected String link(OrgUnit unit) {
        String planId = "plan-" + UUID.randomUUID();
        jdbc.update("insert into planner_link (org_unit_id, group_id, plan_id, plan_title, linked_at, linked_by)"
                + " values (?, ?, ?, ?, ?, 'test')", unit.getId(), "group-" + UUID.randomUUID(), planId,
                "Executive Coordination", Timestamp.from(Instant.now()));
        return planId;
    }

    protected PushWorker worker(GraphGateway gateway) {
        return workers.create("test-" + UUID.randomUUID().toString().substring(0, 8), gateway);
    }

    protected ActionItem create(Actor actor, String subject, Person assignee, LocalDate due) {
        return items.create(NewActionItem.adHoc(subject, assignee == null ? null : assignee.getId(), due, null), actor)
                .orElseThrow();
    }

    protected ActionItem reload(ActionItem item) {
        return itemRepository.findById(item.getId()).orElseThrow();
    }

    protected String state(ActionItem item) {
        return jdbc.queryForObject("select state from graph_item_sync where item_id = ?", String.class, item.getId());
    }

    /** Lets every lease run out, as time passing after a crash would. */
    protected void expireLeases() {
        jdbc.update("update graph_item_sync set claimed_until = now() - interval '1 second' where claimed_by is not null");
    }
}
