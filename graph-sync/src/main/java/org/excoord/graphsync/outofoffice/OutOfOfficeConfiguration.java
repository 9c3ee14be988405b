package org.excoord.graphsync.outofoffice;

import java.time.Clock;
import java.time.Duration;
import org.excoord.graphsync.graph.MailboxGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outlook automatic replies → {@code out_of_office}, only with graph-sync on. Settings:
 * {@code excoord.graph.out-of-office-interval} (30m), {@code excoord.graph.out-of-office.per-round} (500),
 * {@code excoord.graph.out-of-office.horizon-days} (7), {@code excoord.graph.out-of-office.max-wait} (30s, the
 * longest Retry-After waited for inside a round), {@code excoord.graph.out-of-office.scheduled} (true; tests set
 * false and call {@link OutOfOfficeRefresher#runOnce()}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "excoord.graph", name = "enabled", havingValue = "true")
class OutOfOfficeConfiguration {

    @Bean
    OutOfOfficeRefresher outOfOfficeRefresher(MailboxGateway gateway, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${excoord.graph.out-of-office.per-round:500}") int perRound,
            @Value("${excoord.graph.out-of-office.horizon-days:7}") int horizon,
            @Value("${excoord.graph.out-of-office-interval:30m}") Duration interval,
            @Value("${excoord.graph.out-of-office.max-wait:30s}") Duration maxWait) {
        return new OutOfOfficeRefresher(gateway, jdbc, new TransactionTemplate(transactions), clock,
                new OutOfOfficeRefresher.Settings(perRound, horizon, interval, maxWait),
                duration -> Thread.sleep(duration.toMillis()));
    }

    @Bean
    @ConditionalOnExpression("${excoord.graph.out-of-office.scheduled:true}")
    OutOfOfficeSchedule outOfOfficeSchedule(OutOfOfficeRefresher refresher) {
        return new OutOfOfficeSchedule(refresher);
    }
}
