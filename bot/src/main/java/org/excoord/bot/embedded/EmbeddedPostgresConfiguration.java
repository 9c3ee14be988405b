package org.excoord.bot.embedded;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL before anything needs the database and hands out its data source; Boot's
 * own data source configuration backs off because a {@link DataSource} bean exists. The app connects as
 * {@link DatabaseRoles#APP}; Flyway migrates as {@link DatabaseRoles#OWNER}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "excoord.embedded-postgres.enabled", havingValue = "true")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir(), properties.port(), properties.clean());
    }

    /**
     * Fails fast while the server is away (a 503 after 2.5 s, not a request thread blocked for 30 s), and finds it
     * again by itself once the supervisor has restarted it: Hikari drops broken connections and opens new ones.
     */
    @Bean
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(DatabaseRoles.APP);
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionTimeout(2_500);
        dataSource.setValidationTimeout(1_000);
        dataSource.addDataSourceProperty("connectTimeout", "2");
        dataSource.setPoolName("excoord-embedded");
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgresServer postgres) {
        return configuration -> configuration.dataSource(postgres.jdbcUrl(), DatabaseRoles.OWNER, "");
    }
}
