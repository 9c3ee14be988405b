package org.excoord.bot.nudges;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.excoord.bot.conversation.ChatAddresses;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Who cannot be reached in Teams and why ({@code teams_reachability}), for their managers (the team digest) and
 * admins ({@code GET /api/v1/admin/nudges/unreachable}): not in the bot's roster or their conversation gone
 * (UNREACHABLE), or the bot blocked (BLOCKED: nothing more is sent to them). A later successful send, or the person
 * writing to the bot in their 1:1 chat (they installed or unblocked it), clears it.
 */
@Component
public class Reachability {

    public enum State { UNREACHABLE, BLOCKED }

    /** Someone the bot cannot reach, and since when. */
    public record Unreachable(Long personId, String displayName, State state, String reason, Instant since) {
    }

    private static final int MAX_REASON = 300;
    private static final String SELECT = """
            select r.person_id, p.display_name, r.state, r.reason, r.since
              from teams_reachability r join person p on p.id = r.person_id
            """;
    private static final RowMapper<Unreachable> ROW = (rs, n) -> new Unreachable(rs.getLong("person_id"),
            rs.getString("display_name"), State.valueOf(rs.getString("state")), rs.getString("reason"),
            rs.getTimestamp("since").toInstant());

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

    /** Everyone unreachable, the longest first (admins). */
    public List<Unreachable> all(int limit) {
        return jdbc.query(SELECT + " order by r.since, r.person_id limit ?", ROW, limit);
    }

    /** The unreachable people of the units this manager manages and the units below them, the longest first. */
    public List<Unreachable> ofTeam(Long managerId, int limit) {
        return jdbc.query("""
                with recursive under as (
                  select id from org_unit where manager_id = ?
                  union
                  select o.id from org_unit o join under u on o.parent_id = u.id)
                """ + SELECT + """
                 where p.org_unit_id in (select id from under) and p.id <> ? and p.active
                 order by r.since, r.person_id limit ?""", ROW, managerId, managerId, limit);
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

    /** They wrote to the bot in their 1:1 chat: it is installed and not blocked, and their chat exists. */
    @EventListener
    void on(ChatAddresses.PersonalChatSeen seen) {
        clear(seen.personId());
    }
}
