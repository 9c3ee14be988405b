package org.excoord.bot.nudges;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who cannot be reached in Teams and why ({@code teams_reachability}), for their managers and admins: not in the
 * bot's roster or their conversation gone (UNREACHABLE: a later successful send clears it), or the bot blocked
 * (BLOCKED: nothing more is sent to them).
 */
@Component
public class Reachability {

    public enum State { UNREACHABLE, BLOCKED }

    private static final int MAX_REASON = 300;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Reachability(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<State> of(Long personId) {
        return jdbc.queryForList("select state from teams_reachability where person_id = ?", String.class, personId)
                .stream().findFirst().map(State::valueOf);
    }

    public void mark(Long personId, State state, String reason) {
        String r = reason == null || reason.isBlank() ? state.name() : reason.strip();
        jdbc.update("""
                insert into teams_reachability (person_id, state, reason, since) values (?, ?, ?, ?)
                on conflict (person_id) do update set state = excluded.state, reason = excluded.reason,
                    since = case when teams_reachability.state = excluded.state then teams_reachability.since
                                 else excluded.since end""",
                personId, state.name(), r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r,
                Timestamp.from(clock.instant()));
    }

    /** A message got through: whatever kept them unreachable is over. */
    public void clear(Long personId) {
        jdbc.update("delete from teams_reachability where person_id = ?", personId);
    }
}
