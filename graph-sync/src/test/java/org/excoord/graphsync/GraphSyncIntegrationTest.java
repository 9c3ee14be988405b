package org.excoord.graphsync;

import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Core and graph-sync on the shared embedded PostgreSQL, migrated by Flyway (core's and graph-sync's folders) as
 * the schema's owner and used as the app's role. Graph-sync is off unless a subclass turns it on (and then brings
 * a gateway, see {@link FakeGraphGateway}). The database is never cleaned: each test builds its own data.
 */
@SpringBootTest(classes = GraphSyncTestApplication.class, properties = {
        "spring.flyway.locations=classpath:db/migration/core,classpath:db/migration/graphsync",
        "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false"})
@Import(TestClockConfiguration.class)
public abstract class GraphSyncIntegrationTest {

    protected ApplicationContext context;

    protected Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @BeforeEach
    void createFixtures(@Autowired ApplicationContext applicationContext) {
        context = applicationContext;
        fixtures = new Fixtures(context);
    }
}
