package org.excoord.bot.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL ({@code excoord.embedded-postgres.*}).
 *
 * @param enabled  start an embedded PostgreSQL and use it as the data source (the local default; off in prod)
 * @param dataDir  where its data lives; kept across restarts
 * @param port     its port on 127.0.0.1; 0 picks a free one
 * @param clean    wipe the data directory at start (tests)
 */
@ConfigurationProperties("excoord.embedded-postgres")
public record EmbeddedPostgresProperties(boolean enabled, Path dataDir, int port, boolean clean) {

    public EmbeddedPostgresProperties {
        dataDir = dataDir == null ? Path.of(".excoord", "pgdata") : dataDir;
    }
}
