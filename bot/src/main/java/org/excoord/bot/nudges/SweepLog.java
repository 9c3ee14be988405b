package org.excoord.bot.nudges;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each sweep's counts ({@code nudge_sweep}), kept for the admins. */
@Repository
class SweepLog {

    private final JdbcTemplate jdbc;

    SweepLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(Instant at, NudgeSweep.Trigger trigger, Instant now) {
        return jdbc.queryForObject("insert into nudge_sweep (at, started_at, trigger) values (?, ?, ?) returning id",
                Long.class, Timestamp.from(at), Timestamp.from(now), trigger.name());
    }

    void finish(long id, NudgeSweep.Counts counts, Instant now) {
        jdbc.update("update nudge_sweep set finished_at = ?, planned = ?, sent = ?, failed = ?, unreachable = ?, "
                + "skipped = ? where id = ?", Timestamp.from(now), counts.planned(), counts.sent(), counts.failed(),
                counts.unreachable(), counts.skipped(), id);
    }

    List<NudgeSweep.Report> recent(int limit) {
        return jdbc.query("select id, at, started_at, finished_at, trigger, planned, sent, failed, unreachable, skipped "
                + "from nudge_sweep order by started_at desc, id desc limit ?", (rs, n) -> new NudgeSweep.Report(
                        rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        NudgeSweep.Trigger.valueOf(rs.getString("trigger")),
                        new NudgeSweep.Counts(rs.getInt("planned"), rs.getInt("sent"), rs.getInt("failed"),
                                rs.getInt("unreachable"), rs.getInt("skipped"))), limit);
    }
}
