package org.excoord.graphsync.push;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.excoord.action.ExecutiveActionRepository;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.authority.LegalAuthorityRepository;
import org.excoord.directory.Directory;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.TeamsLinks;
import org.excoord.graphsync.graph.GraphGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The push side of the mirror, on when {@code excoord.graph.enabled=true}. The worker loop runs unless
 * {@code excoord.graph.push.scheduled=false} (tests drive rounds themselves); its idle poll is
 * {@code excoord.graph.push.idle-poll} (250 ms).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "excoord.graph", name = "enabled", havingValue = "true")
class PushConfiguration {

    @Bean
    SyncRows graphSyncRows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new SyncRows(jdbc, transactions);
    }

    @Bean
    PushMarks graphPushMarks(org.excoord.graphsync.status.SyncMarks marks, ActionItemRepository items, GraphSyncProperties properties) {
        return new PushMarks(marks, items, properties);
    }

    @Bean
    SyncMetrics graphSyncMetrics(SyncRows rows) {
        return new SyncMetrics(rows);
    }

    @Bean
    PushWorkers graphPushWorkers(SyncRows rows, ActionItemRepository items, Directory directory,
            ExecutiveActionRepository actions, LegalAuthorityRepository authorities, ObjectProvider<TeamsLinks> links,
            GraphSyncProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        MirrorTargets targets = new MirrorTargets(items, directory, actions, authorities, rows, links.getIfAvailable(),
                properties, transactions);
        return new PushWorkers(rows, targets, new PlannerBuckets(jdbc, transactions), properties);
    }

    @Bean
    PushWorker graphPushWorker(PushWorkers workers, GraphGateway gateway) {
        return workers.create(instanceId(), gateway);
    }

    @Bean
    @ConditionalOnProperty(prefix = "excoord.graph.push", name = "scheduled", havingValue = "true",
            matchIfMissing = true)
    PushScheduler graphPushScheduler(PushWorker worker,
            @org.springframework.beans.factory.annotation.Value("${excoord.graph.push.idle-poll:250ms}")
            Duration idlePoll) {
        return new PushScheduler(worker, idlePoll);
    }

    /** The lease owner: host and process, plus a random part so two JVMs in one container never collide. */
    private static String instanceId() {
        String runtime = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        String id = runtime + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 100 ? id : id.substring(id.length() - 100);
    }
}
