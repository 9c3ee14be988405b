package org.excoord.bot.nudges;

import org.excoord.nudge.NudgeRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(NudgeProperties.class)
class NudgeConfiguration {

    @Bean
    NudgeRules nudgeRules(NudgeProperties properties) {
        return properties.rules();
    }
}
