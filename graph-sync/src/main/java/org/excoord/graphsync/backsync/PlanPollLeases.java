package org.excoord.graphsync.backsync;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Leases on planner_link so that replicas never poll the same plan at once: a claim sets poll_claimed_until in one
 * autocommitted statement whose row lock is taken with SKIP LOCKED (a replica never waits for another), and the
 * lease itself keeps the plan until the poll is over; a replica that dies mid-poll loses the plan when the lease
 * ends. The database's clock decides, so replicas' clocks may differ.
 */
@Component
class PlanPollLeases {

    private final JdbcTemplate jdbc;

    PlanPollLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan polled longest ago whose interval has passed and which no one holds, now held by the caller. */
    Optional<String> claimDue(Duration interval, Duration lease) {
        return jdbc.queryForList("""
                update planner_link set poll_claimed_until = now() + make_interval(secs => ?)
                where org_unit_id = (select org_unit_id from planner_link
                    where (poll_claimed_until is null or poll_claimed_until < now())
                      and (polled_at is null or polled_at <= now() - make_interval(secs => ?))
                    order by polled_at nulls first, org_unit_id limit 1 for update skip locked)
                returning plan_id""", String.class, seconds(lease), seconds(interval)).stream().findFirst();
    }

    /** This plan, if no one holds it (whenever it was polled last). */
    boolean claim(String planId, Duration lease) {
        return !jdbc.queryForList("""
                update planner_link set poll_claimed_until = now() + make_interval(secs => ?)
                where org_unit_id = (select org_unit_id from planner_link where plan_id = ?
                    and (poll_claimed_until is null or poll_claimed_until < now()) for update skip locked)
                returning plan_id""", String.class, seconds(lease), planId).isEmpty();
    }

    /** Ends the caller's lease; the plan is due again one interval from now. */
    void release(String planId) {
        jdbc.update("update planner_link set polled_at = now(), poll_claimed_until = null where plan_id = ?", planId);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
