package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The gateway exists only with excoord.graph.enabled=true, and is built from the excoord.graph.* settings. */
class GraphGatewayConfigurationTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GraphGatewayConfiguration.class);

    @Test
    void offByDefault() {
        context.run(c -> assertThat(c).doesNotHaveBean(GraphGateway.class));
        context.withPropertyValues("excoord.graph.enabled=false").run(c -> assertThat(c).doesNotHaveBean(GraphGateway.class));
    }

    @Test
    void builtFromTheSettingsWhenEnabled() {
        try (GraphEmulator graph = new GraphEmulator().start().addGroup("g1")) {
            context.withPropertyValues("excoord.graph.enabled=true", "excoord.cloud=worldwide",
                    "excoord.graph.base-url=" + graph.baseUrl(), "excoord.graph.login-host=" + graph.loginHost(),
                    "excoord.graph.tenant-id=" + graph.tenantId(), "excoord.graph.client-id=" + graph.clientId(),
                    "excoord.graph.client-secret=" + graph.clientSecret(), "excoord.graph.retry.max-attempts=2",
                    "excoord.graph.retry.timeout=5s").run(c -> {
                        assertThat(c).hasSingleBean(GraphGateway.class).hasSingleBean(GraphSyncProperties.class);
                        assertThat(c.getBean(GraphRetrySettings.class).maxAttempts()).isEqualTo(2);
                        GraphGateway gateway = c.getBean(GraphGateway.class);
                        assertThat(gateway.findOrCreatePlan("g1", "Unit A").groupId()).isEqualTo("g1");
                        assertThat(gateway.requestsSent()).isEqualTo(2);
                    });
            assertThat(graph.plans("g1")).containsValue("Unit A");
        }
    }
}
