package org.excoord.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.excoord.directory.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail in the caller's transaction, so a change and its audit row commit or roll
 * back together (refusals excepted, see {@link #recordIndependently}).
 */
@Service
public class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change. Only the fields whose values differ are written, so a row reads as "status: New →
     * In Progress". A change that changes nothing is not recorded.
     *
     * @param before the record's audited fields before the change, null for a creation
     * @param after  the record's audited fields after the change, null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String recordType, Object recordId, String action, Map<String, ?> before,
            Map<String, ?> after, boolean aiAssisted) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        Map<String, ?> b = before == null ? Map.of() : before;
        Map<String, ?> a = after == null ? Map.of() : after;
        for (String key : union(b, a)) {
            if (!Objects.equals(b.get(key), a.get(key))) {
                changedBefore.put(key, b.get(key));
                changedAfter.put(key, a.get(key));
            }
        }
        if (changedAfter.isEmpty() && before != null && after != null) {
            return;
        }
        jdbc.update("insert into audit_entry (occurred_at, actor_id, actor_label, record_type, record_id, action,"
                + " before_state, after_state, ai_assisted) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)",
                Timestamp.from(clock.instant()), actor.personId(), actor.displayName(), recordType,
                String.valueOf(recordId), action, before == null ? null : json(changedBefore),
                after == null ? null : json(changedAfter), aiAssisted);
    }

    /** Shorthand for a change a person made by hand. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String recordType, Object recordId, String action, Map<String, ?> before,
            Map<String, ?> after) {
        record(actor, recordType, recordId, action, before, after, false);
    }

    /**
     * Records something in a transaction of its own, committed whatever becomes of the caller's: a refusal, whose
     * command rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(Actor actor, String recordType, Object recordId, String action,
            Map<String, ?> after) {
        record(actor, recordType, recordId, action, null, after, false);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String recordType, Object recordId) {
        return jdbc.query("select id, occurred_at, actor_id, actor_label, record_type, record_id, action,"
                + " before_state::text, after_state::text, ai_assisted from audit_entry"
                + " where record_type = ? and record_id = ? order by id",
                (rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        (Long) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10)),
                recordType, String.valueOf(recordId));
    }

    private static List<String> union(Map<String, ?> b, Map<String, ?> a) {
        LinkedHashMap<String, Boolean> keys = new LinkedHashMap<>();
        b.keySet().forEach(k -> keys.put(k, true));
        a.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }

    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit fields are not serializable: " + fields.keySet(), e);
        }
    }
}
