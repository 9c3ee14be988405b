package org.excoord.graphsync.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The embedded default: graph-sync off, no gateway; linking says so instead of failing. */
@TestPropertySource(properties = "excoord.graph.enabled=false")
class PlannerLinksGraphOffTests extends GraphSyncIntegrationTest {

    @Autowired
    PlannerLinks links;

    @Test
    void linkingIsRefusedWithAClearMessageWhenGraphSyncIsOff(@Autowired ApplicationContext ctx) {
        OrgUnit unit = fixtures.unit("Press Office", null);
        Person admin = fixtures.person("Ada Admin", null, Role.ADMIN);

        Refusal refusal = links.link(unit.getId(), "0f4c3e1a-1234-4abc-9def-0123456789ab", fixtures.actor(admin))
                .refusal();

        assertThat(ctx.getBeanProvider(GraphGateway.class).getIfAvailable()).isNull();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.field()).isEqualTo("groupId");
        assertThat(refusal.message()).contains("Planner sync is off", "excoord.graph.enabled=false");
    }
}
