package org.excoord.graphsync.outofoffice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.excoord.graphsync.graph.AutomaticReplies;
import org.excoord.graphsync.graph.GraphFailure;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphTimeZones;
import org.excoord.graphsync.graph.MailboxGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps core's {@code out_of_office} in step with people's Outlook automatic replies. A round reads, 20 to a
 * {@code $batch}, the replies of the people who matter now — an open item assigned to them due within the horizon
 * (overdue ones included), or a row in {@code out_of_office} that may have to go — those read longest ago first, at
 * most {@code perRound}, none read within the last half interval. {@code alwaysEnabled} → a row with open bounds,
 * {@code scheduled} → a row with its start and end as instants (a schedule already over → no row), {@code disabled}
 * or no mailbox (404) → no row. Each answer's time of reading goes to {@code graph_mailbox_check}.
 *
 * <p>A throttled sub-request (429/503) goes into a later batch of the same round after its Retry-After, at most
 * {@link #ATTEMPTS} times; then it is left for the next round, where it comes first. Any other refusal (403 when an
 * application access policy leaves the mailbox out) keeps the row as it was and is recorded as FAILED. When Graph
 * cannot be reached at all (after the gateway's retries) the round stops; what was read stays written.
 */
public final class OutOfOfficeRefresher {

    /** How often one person's read is tried within a round when Graph throttles it. */
    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(OutOfOfficeRefresher.class);

    /** Waits between batches; the real one sleeps, tests pass one that records. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * @param perRound  people read in one round at most
     * @param horizon   an item due this many days ahead (or earlier) makes its assignee worth reading
     * @param interval  the schedule's interval; someone read within half of it is not read again
     * @param maxWait   the longest wait for a Retry-After inside a round
     */
    public record Settings(int perRound, int horizon, Duration interval, Duration maxWait) {
    }

    /** What one round did. */
    public record Round(int read, int on, int off, int noMailbox, int failed, int leftThrottled, int batches,
            boolean stopped) {
    }

    private record Person(long id, String entraId, ZoneId zone, int attempts) {
        Person again() {
            return new Person(id, entraId, zone, attempts + 1);
        }
    }

    private final MailboxGateway gateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Settings settings;
    private final Pause pause;

    public OutOfOfficeRefresher(MailboxGateway gateway, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
            Settings settings, Pause pause) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.pause = pause;
    }

    /** One round at the clock's now. */
    public Round runOnce() {
        Instant at = clock.instant();
        Deque<Person> queue = new ArrayDeque<>(due(at));
        int read = 0, on = 0, off = 0, noMailbox = 0, failed = 0, left = 0, batches = 0;
        Duration wait = Duration.ZERO;
        while (!queue.isEmpty()) {
            List<Person> batch = new ArrayList<>();
            while (!queue.isEmpty() && batch.size() < GraphGateway.MAX_BATCH) {
                batch.add(queue.poll());
            }
            if (!wait.isZero() && !waited(wait)) {
                return new Round(read, on, off, noMailbox, failed, left + batch.size() + queue.size(), batches, true);
            }
            wait = Duration.ZERO;
            List<AutomaticReplies> answers;
            try {
                answers = gateway.automaticReplies(batch.stream().map(Person::entraId).toList());
            } catch (GraphFailure failure) {
                LOG.warn("Out-of-office round stopped after {} people: Graph answered {} {} ({})", read,
                        failure.status(), failure.errorCode(), failure.getMessage());
                return new Round(read, on, off, noMailbox, failed, left + batch.size() + queue.size(), batches + 1,
                        true);
            }
            batches++;
            Instant now = clock.instant();
            Map<Person, AutomaticReplies> answered = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                Person person = batch.get(i);
                AutomaticReplies answer = answers.get(i);
                if (answer.throttled()) {
                    if (person.attempts() + 1 < ATTEMPTS) {
                        queue.addLast(person.again());
                        Duration after = answer.retryAfter() == null ? Duration.ofSeconds(1) : answer.retryAfter();
                        wait = after.compareTo(wait) > 0 ? after : wait;
                    } else {
                        left++;
                    }
                    continue;
                }
                answered.put(person, answer);
            }
            if (wait.compareTo(settings.maxWait()) > 0) {
                wait = settings.maxWait();
            }
            Counts counts = tx.execute(status -> write(answered, now));
            read += answered.size();
            on += counts.on;
            off += counts.off;
            noMailbox += counts.noMailbox;
            failed += counts.failed;
        }
        Round round = new Round(read, on, off, noMailbox, failed, left, batches, false);
        if (read > 0 || left > 0) {
            LOG.info("Out-of-office round: {}", round);
        }
        return round;
    }

    private boolean waited(Duration wait) {
        try {
            pause.pause(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The people to read now, read longest ago (or never) first. */
    private List<Person> due(Instant at) {
        LocalDate lastDue = LocalDate.ofInstant(at, clock.getZone()).plusDays(settings.horizon());
        Instant readBefore = at.minus(settings.interval().dividedBy(2));
        return jdbc.query("""
                with wanted as (
                    select distinct i.assignee_person_id as person_id from action_item i
                     where i.is_open and i.due_date is not null and i.due_date <= ?
                       and i.assignee_person_id is not null
                    union
                    select o.person_id from out_of_office o
                )
                select p.id, p.entra_object_id, p.time_zone from wanted w
                  join person p on p.id = w.person_id
                  left join graph_mailbox_check c on c.person_id = p.id
                 where p.active and (c.checked_at is null or c.checked_at < ?)
                 order by c.checked_at nulls first, p.id
                 limit ?""",
                (rs, n) -> new Person(rs.getLong(1), rs.getString(2), zone(rs.getString(3)), 0),
                java.sql.Date.valueOf(lastDue), Timestamp.from(readBefore), settings.perRound());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("America/New_York");
        }
    }

    private static final class Counts {
        int on;
        int off;
        int noMailbox;
        int failed;
    }

    private Counts write(Map<Person, AutomaticReplies> answered, Instant now) {
        Counts counts = new Counts();
        answered.forEach((person, answer) -> {
            if (answer.status() == 404) {
                clear(person);
                check(person, now, "NO_MAILBOX", answer.errorCode());
                counts.noMailbox++;
            } else if (!answer.ok()) {
                LOG.warn("Automatic replies of person {} not read: {} {} {}", person.id(), answer.status(),
                        answer.errorCode(), answer.message());
                check(person, now, "FAILED", answer.status() + " " + answer.errorCode() + ": " + answer.message());
                counts.failed++;
            } else if (answer.state() == AutomaticReplies.State.DISABLED) {
                clear(person);
                check(person, now, "OFF", null);
                counts.off++;
            } else if (answer.state() == AutomaticReplies.State.ALWAYS_ENABLED) {
                away(person, null, null, now);
                check(person, now, "ON", null);
                counts.on++;
            } else {
                scheduled(person, answer, now, counts);
            }
        });
        return counts;
    }

    private void scheduled(Person person, AutomaticReplies answer, Instant now, Counts counts) {
        // the local times are in the zone Graph named; one it does not name, or one unknown here, is taken as the
        // person's own (that is where they set it in Outlook)
        ZoneId zone = GraphTimeZones.zone(answer.timeZone()).orElse(person.zone());
        Instant starts = instant(answer.scheduledStart(), zone);
        Instant ends = instant(answer.scheduledEnd(), zone);
        if (ends != null && !ends.isAfter(now)) {
            // Outlook leaves a past schedule "scheduled"; the replies are off
            clear(person);
            check(person, now, "OFF", "schedule ended " + ends);
            counts.off++;
            return;
        }
        away(person, starts, ends, now);
        check(person, now, "SCHEDULED", null);
        counts.on++;
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private void away(Person person, Instant starts, Instant ends, Instant now) {
        jdbc.update("""
                insert into out_of_office (person_id, starts_at, ends_at, checked_at) values (?, ?, ?, ?)
                on conflict (person_id) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                    checked_at = excluded.checked_at""",
                person.id(), timestamp(starts), timestamp(ends), Timestamp.from(now));
    }

    private void clear(Person person) {
        jdbc.update("delete from out_of_office where person_id = ?", person.id());
    }

    private void check(Person person, Instant now, String outcome, String detail) {
        String text = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.update("""
                insert into graph_mailbox_check (person_id, checked_at, outcome, detail) values (?, ?, ?, ?)
                on conflict (person_id) do update set checked_at = excluded.checked_at, outcome = excluded.outcome,
                    detail = excluded.detail""",
                person.id(), Timestamp.from(now), outcome, text);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
