package org.excoord.graphsync.push;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Core and graph-sync on the embedded PostgreSQL for the push's tests; the application's gateway talks to the JVM's
 * Graph emulator ({@link PushIntegrationTest}), and tests make workers of their own as they need.
 */
// core's packages by name, not org.excoord: core's own test application must not come along in a reactor build
@SpringBootApplication(scanBasePackages = {"org.excoord.action", "org.excoord.actionitem", "org.excoord.audit",
        "org.excoord.authority", "org.excoord.correspondence", "org.excoord.directory", "org.excoord.oversight",
        "org.excoord.process", "org.excoord.shared", "org.excoord.graphsync"})
@EntityScan("org.excoord")
@EnableJpaRepositories("org.excoord")
@ConfigurationPropertiesScan("org.excoord.graphsync")
public class PushTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("America/New_York"));
    }
}
