package org.excoord.graphsync.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.FakeGraphGateway;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.WithFakeGraph;
import org.excoord.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@WithFakeGraph
class PlannerLinksTests extends GraphSyncIntegrationTest {

    @Autowired
    PlannerLinks links;
    @Autowired
    FakeGraphGateway graph;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActionItemManagement items;

    Person admin;
    OrgUnit unit;
    Person manager;
    Person staff;

    @BeforeEach
    void unit() {
        admin = fixtures.person("Ada Admin", null, Role.ADMIN);
        unit = fixtures.unit("Budget Office", null);
        manager = fixtures.manager("Morgan Manager", unit);
        staff = fixtures.person("Alex Wilber", unit);
    }

    @Test
    void anAdminLinksAUnitThePlanIsCreatedOnceAndFoundTheSecondTime() {
        String group = graph.group();
        long created = graph.plansCreated();

        PlannerLinkView first = links.link(unit.getId(), group, fixtures.actor(admin)).orElseThrow();
        PlannerLinkView second = links.link(unit.getId(), group.toUpperCase(), fixtures.actor(admin)).orElseThrow();

        assertThat(graph.plansCreated()).isEqualTo(created + 1);
        assertThat(second.planId()).isEqualTo(first.planId());
        assertThat(second.groupId()).isEqualTo(group);
        assertThat(second.planTitle()).isEqualTo("Executive Coordination · " + unit.getName());
        assertThat(second.orgUnitName()).isEqualTo(unit.getName());
        assertThat(second.planUrl()).isEqualTo("https://planner.cloud.microsoft/webui/plan/" + first.planId()
                + "/view/board?tid=tenant-1");
        assertThat(second.buckets()).extracting(PlannerLinkView.Bucket::key, PlannerLinkView.Bucket::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("general", "General"));
        assertThat(graph.buckets(first.planId())).hasSize(1);
        assertThat(second.linkedBy()).isEqualTo("Ada Admin");
    }

    @Test
    void linkingMarksTheUnitsOpenItemsAndOnlyThoseAndIsAudited() {
        ActionItem open = item(manager, staff);
        ActionItem closed = item(manager, staff);
        items.apply(closed.getId(), ItemVerb.CANCEL, closed.getVersion(), "No longer needed", fixtures.actor(manager)).orElseThrow();
        OrgUnit other = fixtures.unit("Other Office", null);
        ActionItem elsewhere = item(fixtures.manager("Other Manager", other),
                fixtures.person("Other Staff", other));
        Map<Long, Long> before = changeSeqs(open, closed, elsewhere);

        links.link(unit.getId(), graph.group(), fixtures.actor(admin)).orElseThrow();

        Map<Long, Long> after = changeSeqs(open, closed, elsewhere);
        assertThat(after.get(open.getId())).isEqualTo(before.get(open.getId()) + 1);
        assertThat(after.get(closed.getId())).isEqualTo(before.get(closed.getId()));
        assertThat(after.get(elsewhere.getId())).isEqualTo(before.get(elsewhere.getId()));
        assertThat(jdbc.queryForObject("select count(*) from graph_item_sync where item_id = ?"
                + " and pushed_seq < change_seq and ready_at <= now()", Long.class, open.getId())).isEqualTo(1);
        assertThat(jdbc.queryForList("select actor_label from audit_entry where record_type = 'OrgUnit'"
                + " and record_id = ? and action = 'PLANNER_LINKED'", String.class, String.valueOf(unit.getId())))
                .containsExactly("Ada Admin");
    }

    @Test
    void relinkingToAnotherGroupReplacesTheLinkAndMarksAgain() {
        ActionItem open = item(manager, staff);
        PlannerLinkView first = links.link(unit.getId(), graph.group(), fixtures.actor(admin)).orElseThrow();
        long seq = changeSeqs(open).get(open.getId());
        String otherGroup = graph.group();

        PlannerLinkView second = links.link(unit.getId(), otherGroup, fixtures.actor(admin)).orElseThrow();

        assertThat(second.groupId()).isEqualTo(otherGroup);
        assertThat(second.planId()).isNotEqualTo(first.planId());
        assertThat(links.view(unit.getId(), fixtures.actor(admin)).orElseThrow().planId()).isEqualTo(second.planId());
        assertThat(jdbc.queryForObject("select count(*) from planner_bucket where plan_id = ?", Long.class,
                first.planId())).isZero();
        assertThat(changeSeqs(open).get(open.getId())).isEqualTo(seq + 1);
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'OrgUnit'"
                + " and record_id = ?", String.class, String.valueOf(unit.getId()))).hasSize(2);
    }

    @Test
    void aGroupGraphDoesNotKnowIsRefusedAsInvalid() {
        String unknown = "0f4c3e1a-1234-4abc-9def-0123456789ab";

        Refusal refusal = links.link(unit.getId(), unknown, fixtures.actor(admin)).refusal();

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.field()).isEqualTo("groupId");
        assertThat(refusal.message()).startsWith("Graph does not know group " + unknown);
        assertThat(links.view(unit.getId(), fixtures.actor(admin)).refusal().kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void theUnitsManagersSeeTheLinkItsStaffDoNot() {
        links.link(unit.getId(), graph.group(), fixtures.actor(admin)).orElseThrow();

        assertThat(links.view(unit.getId(), fixtures.actor(manager)).isDone()).isTrue();
        assertThat(links.view(unit.getId(), fixtures.actor(staff)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(links.view(-1L, fixtures.actor(admin)).refusal().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    private ActionItem item(Person by, Person to) {
        return items.create(NewActionItem.adHoc("Brief the minister", to.getId(), items.today().plusDays(7), null),
                fixtures.actor(by)).orElseThrow();
    }

    /** The items' change_seq, 0 for an item without a row. */
    private Map<Long, Long> changeSeqs(ActionItem... of) {
        Map<Long, Long> seqs = new java.util.HashMap<>();
        for (ActionItem i : of) {
            List<Long> seq = jdbc.queryForList("select change_seq from graph_item_sync where item_id = ?", Long.class,
                    i.getId());
            seqs.put(i.getId(), seq.isEmpty() ? 0L : seq.get(0));
        }
        return seqs;
    }
}
