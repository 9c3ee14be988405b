package org.excoord.graphsync.outofoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.nudge.NudgeMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Graph-sync off (the embedded default): no email fallback (the bot provides its unavailable default), no refresher. */
@TestPropertySource(properties = "excoord.graph.enabled=false")
class GraphOffBeansTests extends GraphSyncIntegrationTest {

    @Test
    void neitherTheMailNorTheRefresherNorTheirScheduleExist(@Autowired ApplicationContext ctx) {
        assertThat(ctx.getBeanProvider(NudgeMail.class).getIfAvailable()).isNull();
        assertThat(ctx.getBeanProvider(OutOfOfficeRefresher.class).getIfAvailable()).isNull();
        assertThat(ctx.getBeanProvider(OutOfOfficeSchedule.class).getIfAvailable()).isNull();
    }
}
