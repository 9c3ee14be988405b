package org.excoord.graphsync.mail;

import org.excoord.graphsync.graph.MailboxGateway;
import org.excoord.nudge.NudgeMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The email fallback, only with graph-sync on ({@code excoord.graph.enabled=true}); without it the bot provides an
 * unavailable default. Available once {@code excoord.graph.mail-from} names the mailbox to send from.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "excoord.graph", name = "enabled", havingValue = "true")
class NudgeMailConfiguration {

    @Bean
    NudgeMail graphNudgeMail(MailboxGateway gateway, @Value("${excoord.graph.mail-from:}") String from) {
        return new GraphNudgeMail(gateway, from);
    }
}
