package org.excoord.graphsync.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.FakeGraphGateway;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.WithFakeGraph;
import org.excoord.shared.Refusal;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Only admins link units to Planner, and nothing but a GUID reaches Graph as a group id. */
@SecurityTest
@WithFakeGraph
class PlannerLinkRefusalTests extends GraphSyncIntegrationTest {

    @Autowired
    PlannerLinks links;
    @Autowired
    FakeGraphGateway graph;
    @Autowired
    JdbcTemplate jdbc;

    OrgUnit unit;
    Person manager;

    @BeforeEach
    void unit() {
        unit = fixtures.unit("Legal Office", null);
        manager = fixtures.manager("Morgan Manager", unit);
    }

    @Test
    void aManagerWhoIsNotAnAdminMayNotLinkTheirUnit() {
        long requests = graph.requestsSent();

        Refusal refusal = links.link(unit.getId(), graph.group(), fixtures.actor(manager)).refusal();

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(graph.requestsSent()).isEqualTo(requests);
        assertThat(jdbc.queryForObject("select count(*) from planner_link where org_unit_id = ?", Long.class,
                unit.getId())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-guid", "../../users/0f4c3e1a-1234-4abc-9def-0123456789ab",
            "0f4c3e1a-1234-4abc-9def-0123456789ab?$select=id", "0f4c3e1a-1234-4abc-9def-0123456789abc",
            "0f4c3e1a12344abc9def0123456789ab", "0f4c3e1a-1234-4abc-9def-01234567\u00a0ab", " ", ""})
    void aMalformedGroupIdIsInvalidAndNeverSentToGraph(String groupId) {
        Person admin = fixtures.person("Ada Admin", null, Role.ADMIN);
        long requests = graph.requestsSent();

        Refusal refusal = links.link(unit.getId(), groupId, fixtures.actor(admin)).refusal();

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.field()).isEqualTo("groupId");
        assertThat(graph.requestsSent()).isEqualTo(requests);
    }

    @Test
    void aMissingGroupIdIsInvalid() {
        Person admin = fixtures.person("Ada Admin", null, Role.ADMIN);

        assertThat(links.link(unit.getId(), null, fixtures.actor(admin)).refusal().field()).isEqualTo("groupId");
    }
}
