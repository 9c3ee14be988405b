package org.excoord.bot.nudges;

import org.excoord.nudge.NudgeMail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delivery's settings, and no email without graph-sync: graph-sync's {@code NudgeMailConfiguration} provides the
 * Graph one exactly when {@code excoord.graph.enabled=true}; the same property decides here, so the outcome does not
 * depend on the order configurations are read in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "excoord.graph", name = "enabled", havingValue = "false", matchIfMissing = true)
    @ConditionalOnMissingBean(NudgeMail.class)
    NudgeMail noNudgeMail() {
        return new NoNudgeMail();
    }

    /** Nothing goes by email: people unreachable in Teams stay unreachable. */
    static final class NoNudgeMail implements NudgeMail {

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void send(String toAddress, String subject, String html) {
            throw new IllegalStateException("no email without graph-sync (excoord.graph.enabled)");
        }
    }
}
