package org.excoord.nudge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the Outlook automatic replies graph-sync keeps in {@code out_of_office}: a row means the reply is on; its
 * start and end, when the reply is scheduled, bound it (open on either side when null).
 */
@Service
class JdbcOutOfOffice implements OutOfOffice {

    private final JdbcTemplate jdbc;

    JdbcOutOfOffice(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Away> at(Long personId, Instant at) {
        if (personId == null || at == null) {
            return Optional.empty();
        }
        Timestamp moment = Timestamp.from(at);
        return jdbc.query("""
                select person_id, starts_at, ends_at from out_of_office
                where person_id = ? and (starts_at is null or starts_at <= ?) and (ends_at is null or ends_at > ?)""",
                (rs, n) -> new Away(rs.getLong(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))), personId,
                moment, moment).stream().findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
