package org.excoord.graphsync.push;

import java.time.Clock;
import java.time.ZoneId;
import org.excoord.graphsync.graph.GraphGateway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Core and graph-sync's push on the embedded PostgreSQL, for the push's tests (workers are made per test). */
// core's packages by name, not org.excoord: core's own test application must not come along in a reactor build
@SpringBootApplication(scanBasePackages = {"org.excoord.action", "org.excoord.actionitem", "org.excoord.audit",
        "org.excoord.authority", "org.excoord.correspondence", "org.excoord.directory", "org.excoord.oversight",
        "org.excoord.process", "org.excoord.shared", "org.excoord.graphsync"})
@EntityScan("org.excoord")
@EnableJpaRepositories("org.excoord")
@ConfigurationPropertiesScan("org.excoord.graphsync")
public class PushTestApplication {

    /** The application's default worker needs a gateway; the tests give each of their workers its own. */
    @Bean
    GraphGateway graphGateway() {
        return new FakeGraph();
    }
}
