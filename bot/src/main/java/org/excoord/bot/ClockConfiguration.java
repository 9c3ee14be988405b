package org.excoord.bot;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the app, in the agency's time zone, so tests can replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(CoordinationProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
