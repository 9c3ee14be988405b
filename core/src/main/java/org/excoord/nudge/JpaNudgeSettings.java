package org.excoord.nudge;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digest preferences ({@code nudge_preference}; no row = the defaults of {@link NudgeRules}), per-item snooze and
 * mute ({@code item_nudge_control}) and acknowledgements ({@code item_acknowledgement}). Snooze and mute are allowed
 * on the items the actor may see, by {@link ActionItemManagement#view} (the item policy with its classification and
 * the refusal trail); a delegate's snooze or mute on the delegator's item quiets the delegator's nudges (which the
 * delegate is receiving). An acknowledgement only by the assignee or the person standing in for them. Every change is
 * audited, "on behalf of" when done for a delegator.
 */
@Service
@Transactional(readOnly = true)
class JpaNudgeSettings implements NudgeSettings {

    static final String PREFERENCES = "NudgePreference";
    static final String CONTROL = "ItemNudgeControl";
    /** A snooze reaches at most this far: a longer silence is a mute. */
    static final int MAX_SNOOZE_DAYS = 90;

    private final JdbcTemplate jdbc;
    private final ActionItemManagement items;
    private final Directory directory;
    private final AuditLog audit;
    private final NudgeRules rules;
    private final Clock clock;

    JpaNudgeSettings(JdbcTemplate jdbc, ActionItemManagement items, Directory directory, AuditLog audit,
            NudgeRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.directory = directory;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Preferences preferencesOf(Long personId) {
        return jdbc.query("select digest_time, digests_on, team_digest, urgent_in_quiet_hours from nudge_preference"
                + " where person_id = ?", (rs, n) -> new Preferences(rs.getTime(1).toLocalTime(), rs.getBoolean(2),
                        TeamDigest.valueOf(rs.getString(3)), rs.getBoolean(4)), personId)
                .stream().findFirst().orElseGet(this::defaults);
    }

    private Preferences defaults() {
        return new Preferences(rules.digestTime(), true, TeamDigest.DAILY, false);
    }

    @Override
    @Transactional
    public Outcome<Preferences> update(Preferences preferences, Actor actor) {
        if (actor.personId() == null) {
            return Outcome.refused(Refusal.invalid("personId", "settings belong to a person"));
        }
        if (preferences == null || preferences.digestTime() == null) {
            return Outcome.refused(Refusal.invalid("digestTime", "choose the time of your morning digest"));
        }
        if (preferences.teamDigest() == null) {
            return Outcome.refused(Refusal.invalid("teamDigest", "choose DAILY, WEEKLY or OFF"));
        }
        // minutes only: a digest at 08:30:17 is a typing accident, and the sweep runs by the minute
        Preferences p = new Preferences(preferences.digestTime().withSecond(0).withNano(0), preferences.digestsOn(),
                preferences.teamDigest(), preferences.urgentInQuietHours());
        Preferences before = preferencesOf(actor.personId());
        jdbc.update("""
                insert into nudge_preference (person_id, digest_time, digests_on, team_digest, urgent_in_quiet_hours,
                                              updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (person_id) do update set digest_time = excluded.digest_time,
                    digests_on = excluded.digests_on, team_digest = excluded.team_digest,
                    urgent_in_quiet_hours = excluded.urgent_in_quiet_hours, updated_at = excluded.updated_at,
                    version = nudge_preference.version + 1""", actor.personId(), Time.valueOf(p.digestTime()),
                p.digestsOn(), p.teamDigest().name(), p.urgentInQuietHours(), Timestamp.from(clock.instant()));
        audit.record(actor, PREFERENCES, actor.personId(), "UPDATED", fields(before), fields(p));
        return Outcome.done(p);
    }

    @Override
    @Transactional
    public Outcome<ItemControl> snooze(Long itemId, LocalDate until, Actor actor) {
        Outcome<ActionItem> item = visible(itemId, actor);
        if (!item.isDone()) {
            return Outcome.refused(item.refusal());
        }
        LocalDate today = todayOf(actor);
        if (until == null || !until.isAfter(today)) {
            return Outcome.refused(Refusal.invalid("until", "snooze until a day after today"));
        }
        if (until.isAfter(today.plusDays(MAX_SNOOZE_DAYS))) {
            return Outcome.refused(Refusal.invalid("until", "snooze at most " + MAX_SNOOZE_DAYS
                    + " days; mute the item to hear nothing more of it"));
        }
        Long person = whoseNudges(item.orElseThrow(), actor);
        ItemControl before = controlOf(itemId, person).orElse(null);
        jdbc.update("""
                insert into item_nudge_control (person_id, item_id, snoozed_until, updated_at) values (?, ?, ?, ?)
                on conflict (person_id, item_id) do update set snoozed_until = excluded.snoozed_until,
                    updated_at = excluded.updated_at""", person, itemId, Date.valueOf(until),
                Timestamp.from(clock.instant()));
        return recorded(itemId, person, actor, "SNOOZED", before);
    }

    @Override
    @Transactional
    public Outcome<ItemControl> mute(Long itemId, boolean muted, Actor actor) {
        Outcome<ActionItem> item = visible(itemId, actor);
        if (!item.isDone()) {
            return Outcome.refused(item.refusal());
        }
        Long person = whoseNudges(item.orElseThrow(), actor);
        ItemControl before = controlOf(itemId, person).orElse(null);
        jdbc.update("""
                insert into item_nudge_control (person_id, item_id, muted, updated_at) values (?, ?, ?, ?)
                on conflict (person_id, item_id) do update set muted = excluded.muted,
                    updated_at = excluded.updated_at""", person, itemId, muted,
                Timestamp.from(clock.instant()));
        return recorded(itemId, person, actor, muted ? "MUTED" : "UNMUTED", before);
    }

    @Override
    public Optional<ItemControl> controlOf(Long itemId, Long personId) {
        return jdbc.query("select item_id, snoozed_until, muted from item_nudge_control where item_id = ? and person_id = ?",
                (rs, n) -> new ItemControl(rs.getLong(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        rs.getBoolean(3)), itemId, personId).stream().findFirst();
    }

    @Override
    @Transactional
    public Outcome<Instant> acknowledge(Long itemId, Actor actor) {
        Outcome<ActionItem> found = visible(itemId, actor);
        if (!found.isDone()) {
            return Outcome.refused(found.refusal());
        }
        ActionItem item = found.orElseThrow();
        Long assignee = item.getAssigneePersonId();
        boolean own = actor.is(assignee);
        if (!own && !actor.standsInFor(assignee)) {
            return Outcome.refused(Refusal.forbidden("only the assignee of " + item.getNumber()
                    + " (or the person standing in for them) acknowledges it"));
        }
        // the item's row is locked: two presses at once record one acknowledgement
        Boolean needs = jdbc.queryForObject("select needs_acknowledgement from action_item where id = ? for update",
                Boolean.class, itemId);
        if (!Boolean.TRUE.equals(needs)) {
            return Outcome.refused(Refusal.invalid("itemId", item.getNumber() + " does not ask to be acknowledged"));
        }
        Optional<Acknowledgement> already = acknowledgementOf(itemId);
        if (already.isPresent()) {
            return Outcome.done(already.get().at());
        }
        // as PostgreSQL keeps it: the first answer and every later one name the same instant
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        jdbc.update("insert into item_acknowledgement (item_id, person_id, acknowledged_at) values (?, ?, ?)", itemId,
                actor.personId(), Timestamp.from(now));
        Actor audited = own ? actor : actor.onBehalfOf(directory.person(assignee).map(Person::getDisplayName)
                .orElse("person " + assignee));
        audit.record(audited, "ActionItem", itemId, "ACKNOWLEDGED", null, Map.of("acknowledgedAt", now,
                "personId", actor.personId()));
        return Outcome.done(now);
    }

    @Override
    public Optional<Acknowledgement> acknowledgementOf(Long itemId) {
        return jdbc.query("""
                select a.person_id, p.display_name, a.acknowledged_at from item_acknowledgement a
                join person p on p.id = a.person_id where a.item_id = ? order by a.acknowledged_at, a.person_id limit 1""",
                (rs, n) -> new Acknowledgement(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), itemId)
                .stream().findFirst();
    }

    /** The item if the actor, a person, may see it (refusals as the item's own, classification included). */
    private Outcome<ActionItem> visible(Long itemId, Actor actor) {
        if (actor.personId() == null) {
            return Outcome.refused(Refusal.invalid("personId", "nudge controls belong to a person"));
        }
        if (itemId == null) {
            return Outcome.refused(Refusal.notFound("no action item"));
        }
        return items.view(itemId, actor);
    }

    /**
     * Whose nudges about the item a snooze or mute quiets: the actor's own, except on an item of someone they stand
     * in for (not their own by any other right): that person's nudges, which the delegate is receiving.
     */
    private Long whoseNudges(ActionItem item, Actor actor) {
        Long assignee = item.getAssigneePersonId();
        return actor.standsInFor(assignee) ? assignee : actor.personId();
    }

    private Outcome<ItemControl> recorded(Long itemId, Long person, Actor actor, String action, ItemControl before) {
        ItemControl after = controlOf(itemId, person).orElseThrow();
        Actor audited = person.equals(actor.personId()) ? actor : actor.onBehalfOf(directory.person(person)
                .map(Person::getDisplayName).orElse("person " + person));
        audit.record(audited, CONTROL, itemId + "/" + person, action, before == null ? Map.of()
                : fields(before), fields(after));
        return Outcome.done(after);
    }

    private LocalDate todayOf(Actor actor) {
        return LocalDate.now(clock.withZone(directory.person(actor.personId()).map(Person::getTimeZone)
                .orElse(clock.getZone())));
    }

    private static Map<String, Object> fields(Preferences p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("digestTime", p.digestTime().toString());
        fields.put("digestsOn", p.digestsOn());
        fields.put("teamDigest", p.teamDigest().name());
        fields.put("urgentInQuietHours", p.urgentInQuietHours());
        return fields;
    }

    private static Map<String, Object> fields(ItemControl c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("snoozedUntil", c.snoozedUntil() == null ? null : c.snoozedUntil().toString());
        fields.put("muted", c.muted());
        return fields;
    }
}
