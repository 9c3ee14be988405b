package org.excoord.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (503, retry) and which are faults of a request or the app. */
class DatabaseUnavailableTests {

    @Test
    void anUnreachableDatabaseIsRecognisedHoweverDeepItIsWrapped() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "excoord-embedded - Connection is not available, request timed out after 2500ms");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no tx", poolTimeout))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CompletionException(new IllegalStateException("turn",
                new CannotGetJdbcConnectionException("no connection", poolTimeout))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new JDBCConnectionException("lost", new SQLException("io", "08006"))))
                .isTrue();
        // a commit or query on a connection that broke mid-request, as the JPA layer wraps it
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void faultsOfTheRequestOrTheAppAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("permission denied for table audit_entry", "42501")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
