package org.excoord.graphsync;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Graph-sync on, against {@link FakeGraphGateway} (primary, so it wins over an SDK gateway if one is configured). */
@TestConfiguration(proxyBeanMethods = false)
public class FakeGraphConfiguration {

    @Bean
    @Primary
    FakeGraphGateway fakeGraphGateway() {
        return new FakeGraphGateway();
    }
}
