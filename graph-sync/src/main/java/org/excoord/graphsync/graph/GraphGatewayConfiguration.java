package org.excoord.graphsync.graph;

import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Graph gateway, only with {@code excoord.graph.enabled=true} (the embedded default runs without Graph). Hosts
 * follow {@code excoord.cloud} unless {@code excoord.graph.base-url} / {@code login-host} say otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "excoord.graph", name = "enabled", havingValue = "true")
@EnableConfigurationProperties({GraphSyncProperties.class, GraphRetrySettings.class})
public class GraphGatewayConfiguration {

    @Bean
    SdkGraphGateway graphGateway(GraphSyncProperties properties, GraphRetrySettings retry,
            @Value("${excoord.cloud:worldwide}") String cloud) {
        return SdkGraphGateway.create(properties, Cloud.of(cloud), retry);
    }
}
