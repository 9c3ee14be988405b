package org.excoord.graphsync;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Graph-sync on against {@link FakeGraphGateway}. The SDK gateway is still built (graph-sync on), so it gets
 * credentials and a host that is never contacted (the fake is primary); the schedulers are off or far apart, the
 * tests drive pushes and polls themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(FakeGraphConfiguration.class)
@TestPropertySource(properties = {"excoord.graph.enabled=true", "excoord.graph.poll-interval=1h",
        "excoord.graph.push.scheduled=false", "excoord.graph.back-sync.scheduled=false",
        "excoord.graph.out-of-office.scheduled=false",
        "excoord.graph.tenant-id=tenant-1",
        "excoord.graph.client-id=fake-client", "excoord.graph.client-secret=fake-secret",
        "excoord.graph.base-url=https://127.0.0.1:9/v1.0", "excoord.graph.login-host=https://127.0.0.1:9"})
public @interface WithFakeGraph {
}
