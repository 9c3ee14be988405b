package org.excoord.bot.nudges;

import org.excoord.nudge.NudgeRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sweep's rules; its lock comes from graph-sync's {@code SchedulerLockConfiguration}, the app's only one. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NudgeProperties.class)
class NudgeConfiguration {

    @Bean
    NudgeRules nudgeRules(NudgeProperties properties) {
        return properties.rules();
    }
}
