package org.excoord;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the core domain alone (JPA, Flyway, services) for core's integration tests. Not in the test-jar. */
@SpringBootApplication
public class CoreTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("America/New_York"));
    }

    @Bean
    org.excoord.nudge.NudgeRules nudgeRules() {
        return org.excoord.nudge.NudgeRules.defaults();
    }
}
