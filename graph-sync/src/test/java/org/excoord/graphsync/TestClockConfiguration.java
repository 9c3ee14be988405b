package org.excoord.graphsync;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The app's clock (New York's day, as the bot's) and core's nudge rules (the bot binds them from its settings), for
 * {@link GraphSyncTestApplication}'s tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("America/New_York"));
    }

    @Bean
    org.excoord.nudge.NudgeRules nudgeRules() {
        return org.excoord.nudge.NudgeRules.defaults();
    }
}
