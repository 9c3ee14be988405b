package org.excoord.nudge;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.shared.Inputs;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations in table {@code delegation}: one active per delegator (a new one revokes the ones not yet over), a
 * person sets their own, an admin anyone's, audited as record type {@value #RECORD}. The days are the delegator's
 * local days. The rights a delegation lends are the {@link org.excoord.directory.Directory}'s business (it adds the
 * delegators to the delegate's {@link Actor}); this class only keeps the periods.
 */
@Service
@Transactional(readOnly = true)
class JpaDelegations implements Delegations {

    static final String RECORD = "Delegation";
    /** A delegation covers at most this many days: an absence, not a standing arrangement. */
    static final int MAX_DAYS = 366;

    private static final String SELECT = """
            select d.id, d.delegator_id, o.display_name as delegator_name, d.delegate_id,
                   e.display_name as delegate_name, d.starts_on, d.ends_on, d.source
            from delegation d join person o on o.id = d.delegator_id join person e on e.id = d.delegate_id
            where d.revoked_at is null and\s""";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    JpaDelegations(JdbcTemplate jdbc, Directory directory, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Delegation> delegate(Long delegatorId, Long delegateId, LocalDate startsOn, LocalDate endsOn,
            Actor actor) {
        Refusal refused = mayChange(delegatorId, actor);
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Refusal invalid = Inputs.firstOf(
                startsOn == null ? Refusal.invalid("startsOn", "a delegation needs a first day") : null,
                endsOn == null ? Refusal.invalid("endsOn", "a delegation needs a last day") : null,
                Inputs.date("startsOn", startsOn), Inputs.date("endsOn", endsOn));
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        Person delegator = directory.person(delegatorId).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(delegator.getTimeZone()));
        if (delegateId == null) {
            return Outcome.refused(Refusal.invalid("delegateId", "name the person who stands in"));
        }
        if (delegateId.equals(delegatorId)) {
            return Outcome.refused(Refusal.invalid("delegateId", "a person cannot stand in for themself"));
        }
        Optional<Person> delegate = directory.person(delegateId).filter(Person::isActive);
        if (delegate.isEmpty()) {
            return Outcome.refused(Refusal.invalid("delegateId", "there is no active person " + delegateId));
        }
        if (endsOn.isBefore(startsOn)) {
            return Outcome.refused(Refusal.invalid("endsOn", "the last day is before the first day"));
        }
        if (endsOn.isBefore(today)) {
            return Outcome.refused(Refusal.invalid("endsOn", "the last day is already past"));
        }
        if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
            return Outcome.refused(Refusal.invalid("endsOn", "a delegation lasts at most " + MAX_DAYS + " days"));
        }
        // one active per delegator: the new one replaces any that is not over yet
        List<Delegation> replaced = jdbc.query(SELECT + "d.delegator_id = ? and d.ends_on >= ? for update of d",
                JpaDelegations::delegation, delegatorId, Date.valueOf(today));
        for (Delegation old : replaced) {
            revokeRow(old, actor, "REPLACED");
        }
        Long id = jdbc.queryForObject("""
                insert into delegation (delegator_id, delegate_id, starts_on, ends_on, source, created_by_id, created_at)
                values (?, ?, ?, ?, 'PERSON', ?, ?) returning id""", Long.class, delegatorId, delegateId,
                Date.valueOf(startsOn), Date.valueOf(endsOn), actor.personId(), Timestamp.from(clock.instant()));
        Delegation made = new Delegation(id, delegatorId, delegator.getDisplayName(), delegateId,
                delegate.get().getDisplayName(), startsOn, endsOn, "PERSON");
        audit.record(actor, RECORD, id, "DELEGATED", null, fields(made));
        return Outcome.done(made);
    }

    @Override
    @Transactional
    public Outcome<Void> revoke(Long delegatorId, Actor actor) {
        Refusal refused = mayChange(delegatorId, actor);
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Person delegator = directory.person(delegatorId).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(delegator.getTimeZone()));
        List<Delegation> current = jdbc.query(SELECT + "d.delegator_id = ? and d.ends_on >= ? for update of d",
                JpaDelegations::delegation, delegatorId, Date.valueOf(today));
        if (current.isEmpty()) {
            return Outcome.refused(Refusal.notFound(delegator.getDisplayName() + " has no delegation to revoke"));
        }
        current.forEach(d -> revokeRow(d, actor, "REVOKED"));
        return Outcome.done(null);
    }

    @Override
    public Optional<Delegation> activeFor(Long delegatorId, LocalDate day) {
        return jdbc.query(SELECT + "d.delegator_id = ? and ? between d.starts_on and d.ends_on and e.active"
                + " order by d.created_at desc, d.id desc limit 1", JpaDelegations::delegation, delegatorId,
                Date.valueOf(day)).stream().findFirst();
    }

    /** The delegation of that person that is not over on that day (active or yet to start), for the settings. */
    Optional<Delegation> currentOf(Long delegatorId, LocalDate day) {
        return jdbc.query(SELECT + "d.delegator_id = ? and d.ends_on >= ? order by d.starts_on, d.id limit 1",
                JpaDelegations::delegation, delegatorId, Date.valueOf(day)).stream().findFirst();
    }

    @Override
    public List<Long> delegatorsOf(Long delegateId, LocalDate day) {
        return jdbc.queryForList("select d.delegator_id from delegation d join person o on o.id = d.delegator_id"
                + " where d.delegate_id = ? and d.revoked_at is null and o.active and ? between d.starts_on and d.ends_on"
                + " order by d.delegator_id", Long.class, delegateId, Date.valueOf(day));
    }

    /** A person sets their own delegation, an administrator anyone's; the delegator must exist. */
    private Refusal mayChange(Long delegatorId, Actor actor) {
        if (delegatorId == null || directory.person(delegatorId).isEmpty()) {
            return Refusal.notFound("there is no person " + delegatorId);
        }
        if (!actor.is(delegatorId) && !actor.isAdmin()) {
            return Refusal.forbidden("you may name a delegate only for yourself").about(RECORD, delegatorId, null);
        }
        return null;
    }

    private void revokeRow(Delegation d, Actor actor, String action) {
        jdbc.update("update delegation set revoked_at = ? where id = ?", Timestamp.from(clock.instant()), d.id());
        audit.record(actor, RECORD, d.id(), action, fields(d), Map.of());
    }

    private static Map<String, Object> fields(Delegation d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("delegatorId", d.delegatorId());
        fields.put("delegator", d.delegatorName());
        fields.put("delegateId", d.delegateId());
        fields.put("delegate", d.delegateName());
        fields.put("startsOn", d.startsOn());
        fields.put("endsOn", d.endsOn());
        return fields;
    }

    private static Delegation delegation(ResultSet rs, int row) throws SQLException {
        return new Delegation(rs.getLong("id"), rs.getLong("delegator_id"), rs.getString("delegator_name"),
                rs.getLong("delegate_id"), rs.getString("delegate_name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getString("source"));
    }
}
