package org.excoord.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The core domain on a real PostgreSQL, migrated by Flyway and validated by Hibernate. The database is shared
 * by all tests of the JVM and never cleaned, so each test builds its own data with {@link Fixtures}.
 */
@SpringBootTest(properties = {"spring.flyway.locations=classpath:db/migration/core",
        "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false"})
public abstract class CoreIntegrationTest {

    protected ApplicationContext context;

    protected Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    /** Parameter injection, not field injection: the ArchUnit rule applies to test support too. */
    @BeforeEach
    void createFixtures(@Autowired ApplicationContext applicationContext) {
        context = applicationContext;
        fixtures = new Fixtures(context);
    }
}
