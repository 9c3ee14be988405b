package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last translation of a refused constraint, on errors the real PostgreSQL raises (in a schema of its own, dropped
 * afterwards): bad input is a 400 naming the field in the API's spelling, only a duplicate is a 409.
 */
@SecurityTest
class DatabaseRefusalTests {

    private final String schema = "refusal_" + System.nanoTime();
    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresSupport.postgres().getPostgresDatabase());

    @BeforeEach
    void tables() {
        jdbc.execute("create schema " + schema);
        jdbc.execute("create table " + schema + ".parent_record (id bigint primary key)");
        jdbc.execute("create table " + schema + ".child_record (id bigint primary key, short_name varchar(5) not null,"
                + " status varchar(5) check (status in ('OPEN')), parent_id bigint references " + schema
                + ".parent_record (id), reference_code varchar(10) unique)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop schema " + schema + " cascade");
    }

    @Test
    void aMissingValueNamesItsField() {
        assertThat(refusal("insert into %s.child_record (id) values (1)"))
                .isEqualTo(new DatabaseRefusal(HttpStatus.BAD_REQUEST, "shortName", "shortName is required"));
    }

    @Test
    void aReferenceToNothingNamesItsField() {
        assertThat(refusal("insert into %s.child_record (id, short_name, parent_id) values (1, 'a', 99)"))
                .isEqualTo(new DatabaseRefusal(HttpStatus.BAD_REQUEST, "parentId",
                        "parentId refers to no existing parent record"));
    }

    @Test
    void aValueACheckRefusesNamesItsField() {
        assertThat(refusal("insert into %s.child_record (id, short_name, status) values (1, 'a', 'NOPE')"))
                .isEqualTo(new DatabaseRefusal(HttpStatus.BAD_REQUEST, "status", "status has a value that is not allowed"));
    }

    @Test
    void aDuplicateIsAConflictNamingItsField() {
        jdbc.update("insert into " + schema + ".child_record (id, short_name, reference_code) values (1, 'a', 'R1')");
        assertThat(refusal("insert into %s.child_record (id, short_name, reference_code) values (2, 'b', 'R1')"))
                .isEqualTo(new DatabaseRefusal(HttpStatus.CONFLICT, "referenceCode",
                        "there is already a record with this referenceCode"));
    }

    @Test
    void aTooLongValueOrAnUnstorableCharacterIsBadInput() {
        assertThat(refusal("insert into %s.child_record (id, short_name) values (1, 'much too long')").status())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        DataIntegrityViolationException nul = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.update("insert into " + schema + ".child_record (id, short_name) values (1, ?)", "a\u0000"));
        assertThat(DatabaseRefusal.of(nul).status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(DatabaseRefusal.of(nul).message()).contains("cannot store");
    }

    private DatabaseRefusal refusal(String sql) {
        DataIntegrityViolationException e = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.update(sql.formatted(schema)));
        assertThat(e).isNotNull();
        return DatabaseRefusal.of(e);
    }
}
