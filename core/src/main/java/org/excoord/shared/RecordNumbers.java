package org.excoord.shared;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues the human-facing record numbers ({@code EA-2026-000123}) from database sequences, so numbers are
 * unique across replicas. Gaps (a rolled-back transaction) are acceptable; duplicates are not.
 */
@Component
public class RecordNumbers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RecordNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String executiveAction() {
        return next("EA", "executive_action_number_seq");
    }

    public String actionItem() {
        return next("AI", "action_item_number_seq");
    }

    public String correspondence() {
        return next("CR", "correspondence_number_seq");
    }

    private String next(String prefix, String sequence) {
        Long n = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
        return String.format("%s-%d-%06d", prefix, Year.now(clock).getValue(), n);
    }
}
