package org.excoord.nudge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionRepository;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemAssigned;
import org.excoord.actionitem.ActionItemCommented;
import org.excoord.actionitem.ActionItemCreated;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ActionItemPolicy;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.actionitem.ActionItemStatusChanged;
import org.excoord.actionitem.Comment;
import org.excoord.actionitem.CommentRepository;
import org.excoord.correspondence.CorrespondenceAssigned;
import org.excoord.correspondence.CorrespondenceRouted;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.shared.ActionStatus;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox of changes meant for someone. Core's events are heard synchronously, in the transaction of the change
 * ({@link EventListener}, not after commit), so a notification row commits or rolls back with its change and none is
 * lost between the two. Who is told:
 * <ul>
 *   <li>ASSIGNED: the new assignee (on creation with a person, and on reassignment); UNASSIGNED: the previous one;</li>
 *   <li>RETURNED: the assignee, with the reviewer's words;</li>
 *   <li>SUBMITTED: the item's expected reviewer as the workflow names them
 *       ({@link ActionItemManagement#expectedReviewerOf}: the named reviewer, else the originator, else — when that
 *       is the assignee — the assignee's manager);</li>
 *   <li>APPROVED (completed from a review state) and COMPLETED (completed without review): the originator;</li>
 *   <li>CORRESPONDENCE_ROUTED: the target unit's manager, or the nearest manager above it when it has none;
 *       CORRESPONDENCE_ASSIGNED: the assignee;</li>
 *   <li>MENTIONED: each person a comment names as {@code @Display Name} (as typed in a comment box; a Teams
 *       {@code <at>Display Name</at>} counts the same), who may see the item.</li>
 * </ul>
 * Never the person who made the change, and never an inactive person. Team assignments tell nobody (a team has no
 * chat of its own to be nudged in).
 */
@Service
@Transactional(readOnly = true)
class OutboxNotifications implements Notifications {

    /** A mention is "@" and up to this many words of a display name. */
    static final int MENTION_WORDS = 4;
    static final int MAX_NOTE = 2000;

    private static final Pattern AT_TAG = Pattern.compile("<at>([^<]{1,200})</at>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([\\p{L}\\p{N}][\\p{L}\\p{N}.'\\-]*"
            + "(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.'\\-]*){0," + (MENTION_WORDS - 1) + "})");
    private static final Object WRITTEN = new Object() {
        @Override
        public String toString() {
            return "notifications written in this transaction";
        }
    };

    @PersistenceContext
    private EntityManager entities;

    private final JdbcTemplate jdbc;
    private final ActionItemRepository items;
    private final ActionItemManagement itemManagement;
    private final CommentRepository comments;
    private final ExecutiveActionRepository actions;
    private final Directory directory;
    private final NudgeRules rules;
    private final Clock clock;

    OutboxNotifications(JdbcTemplate jdbc, ActionItemRepository items, ActionItemManagement itemManagement,
            CommentRepository comments, ExecutiveActionRepository actions, Directory directory, NudgeRules rules,
            Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.itemManagement = itemManagement;
        this.comments = comments;
        this.actions = actions;
        this.directory = directory;
        this.rules = rules;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- listening

    @EventListener
    @Transactional
    public void on(ActionItemCreated e) {
        if (e.assigneePersonId() != null) {
            write(e.assigneePersonId(), NotificationKind.ASSIGNED, e.itemId(), null, e.byPersonId(), null);
        }
    }

    @EventListener
    @Transactional
    public void on(ActionItemAssigned e) {
        if (e.toPersonId() != null && !e.toPersonId().equals(e.fromPersonId())) {
            write(e.toPersonId(), NotificationKind.ASSIGNED, e.itemId(), null, e.byPersonId(), null);
        }
        if (e.fromPersonId() != null && !e.fromPersonId().equals(e.toPersonId())) {
            write(e.fromPersonId(), NotificationKind.UNASSIGNED, e.itemId(), null, e.byPersonId(), null);
        }
    }

    @EventListener
    @Transactional
    public void on(ActionItemStatusChanged e) {
        Optional<ActionItem> found = items.findById(e.itemId());
        if (found.isEmpty()) {
            return;
        }
        ActionItem item = found.get();
        switch (e.to()) {
            case RETURNED -> write(item.getAssigneePersonId(), NotificationKind.RETURNED, item.getId(), null,
                    e.byPersonId(), item.getDecisionNote());
            case SUBMITTED_FOR_REVIEW -> itemManagement.expectedReviewerOf(item).ifPresent(reviewer -> write(reviewer,
                    NotificationKind.SUBMITTED, item.getId(), null, e.byPersonId(), null));
            case COMPLETE -> write(item.getOriginatorId(), fromReview(e.from()) ? NotificationKind.APPROVED
                    : NotificationKind.COMPLETED, item.getId(), null, e.byPersonId(),
                    fromReview(e.from()) ? item.getDecisionNote() : null);
            default -> {
                // started, rescinded, deferred, cancelled, reopened: nobody is waiting to be told
            }
        }
    }

    private static boolean fromReview(ActionStatus from) {
        return from == ActionStatus.SUBMITTED_FOR_REVIEW || from == ActionStatus.REVIEW_IN_PROGRESS;
    }

    @EventListener
    @Transactional
    public void on(ActionItemCommented e) {
        Optional<Comment> comment = comments.findById(e.commentId());
        Optional<ActionItem> item = items.findById(e.itemId());
        if (comment.isEmpty() || item.isEmpty()) {
            return;
        }
        for (Long person : mentionedIn(comment.get().getBody())) {
            boolean mayView = directory.actorFor(person).map(a -> ActionItemPolicy.mayView(a, contextOf(item.get())))
                    .orElse(false);
            if (mayView) {
                write(person, NotificationKind.MENTIONED, e.itemId(), null, e.authorId(), comment.get().getBody());
            }
        }
    }

    @EventListener
    @Transactional
    public void on(CorrespondenceRouted e) {
        Optional<OrgUnit> unit = directory.orgUnit(e.toOrgUnitId());
        while (unit.isPresent() && unit.get().getManagerId() == null) {
            unit = directory.orgUnit(unit.get().getParentId());
        }
        unit.ifPresent(u -> write(u.getManagerId(), NotificationKind.CORRESPONDENCE_ROUTED, null,
                e.executiveActionId(), e.byPersonId(), null));
    }

    @EventListener
    @Transactional
    public void on(CorrespondenceAssigned e) {
        write(e.personId(), NotificationKind.CORRESPONDENCE_ASSIGNED, null, e.executiveActionId(), e.byPersonId(),
                null);
    }

    /** The people a comment names as "@Display Name" (longest name first) or as a Teams {@code <at>} mention. */
    Set<Long> mentionedIn(String body) {
        if (body == null || body.indexOf('@') < 0 && !body.toLowerCase(Locale.ROOT).contains("<at>")) {
            return Set.of();
        }
        Set<String> candidates = new LinkedHashSet<>();
        Matcher tag = AT_TAG.matcher(body);
        while (tag.find()) {
            candidates.add(tag.group(1).strip().toLowerCase(Locale.ROOT));
        }
        Matcher m = MENTION.matcher(AT_TAG.matcher(body).replaceAll(" "));
        while (m.find()) {
            // "@Ann Lee please look" may name "Ann", "Ann Lee", "Ann Lee please": every prefix is a candidate
            String[] words = m.group(1).split("\\s+");
            StringBuilder name = new StringBuilder();
            for (String word : words) {
                name.append(name.isEmpty() ? "" : " ").append(word);
                candidates.add(name.toString().replaceAll("[.,;:!?]+$", "").toLowerCase(Locale.ROOT));
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc.query(connection -> {
            var statement = connection.prepareStatement("select id from person where active and"
                    + " lower(display_name) = any (?) order by id");
            statement.setArray(1, connection.createArrayOf("varchar", candidates.toArray()));
            return statement;
        }, (rs, n) -> rs.getLong(1));
        return new LinkedHashSet<>(ids);
    }

    private ActionItemPolicy.ItemContext contextOf(ActionItem item) {
        Long owner = item.getExecutiveActionId() == null ? null
                : actions.findById(item.getExecutiveActionId()).map(ExecutiveAction::getOwnerId).orElse(null);
        return new ActionItemPolicy.ItemContext(item, directory.pathOf(item.getOrgUnitId()), owner);
    }

    private void write(Long recipientId, NotificationKind kind, Long itemId, Long correspondenceId, Long actorId,
            String note) {
        if (recipientId == null || recipientId.equals(actorId)
                || directory.person(recipientId).map(p -> !p.isActive()).orElse(true)) {
            return;
        }
        Notification notification = new Notification(recipientId, kind, itemId, correspondenceId, actorId,
                noteOf(note), clock.instant());
        // an identity key: persisting inserts the row at once, in the change's transaction
        entities.persist(notification);
        written().add(notification);
    }

    /**
     * A card's line: one line (a note is single-line text, a comment may have several), at most {@value #MAX_NOTE}
     * characters, never cut inside a surrogate pair.
     */
    static String noteOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_NOTE) {
            return line;
        }
        int cut = MAX_NOTE - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }

    @SuppressWarnings("unchecked")
    private List<Notification> written() {
        List<Notification> list = (List<Notification>) TransactionSynchronizationManager.getResource(WRITTEN);
        if (list == null) {
            list = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(WRITTEN, list);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WRITTEN);
                }
            });
        }
        return list;
    }

    @Override
    public List<Notification> writtenInThisTransaction() {
        @SuppressWarnings("unchecked")
        List<Notification> list = (List<Notification>) TransactionSynchronizationManager.getResource(WRITTEN);
        return list == null ? List.of() : List.copyOf(list);
    }

    // ---------------------------------------------------------------- planning

    /**
     * One set-based statement: per person with waiting notifications created by {@code at}, the newest older than
     * the fold window (so a burst of changes is one card), addressed to their active delegate if any, outside the
     * recipient's quiet hours (local {@code quietStart..quietEnd} on Monday to Friday).
     */
    private static final String PLAN = """
            with waiting as (
                select n.recipient_id, array_agg(n.id order by n.id) as ids, count(*) as total,
                       max(n.created_at) as newest, array_agg(n.kind order by n.id) as kinds
                from notification n
                where n.told_by_log_id is null and n.created_at <= ?
                group by n.recipient_id
            ), addressed as (
                select w.*, p.time_zone as person_zone,
                       (cast(? as timestamptz) at time zone p.time_zone)::date as person_day,
                       coalesce(d.delegate_id, p.id) as to_id
                from waiting w
                join person p on p.id = w.recipient_id and p.active
                left join lateral (
                    select g.delegate_id from delegation g join person e on e.id = g.delegate_id and e.active
                    where g.delegator_id = p.id and g.revoked_at is null
                      and (cast(? as timestamptz) at time zone p.time_zone)::date between g.starts_on and g.ends_on
                    order by g.created_at desc, g.id desc limit 1) d on true
                where w.newest <= cast(? as timestamptz) - cast(? as interval)
            )
            select a.recipient_id, a.to_id, a.ids, a.total, a.person_day, a.kinds
            from addressed a join person r on r.id = a.to_id
            where extract(isodow from cast(? as timestamptz) at time zone r.time_zone) between 1 and 5
              and (cast(? as timestamptz) at time zone r.time_zone)::time >= ?
              and (cast(? as timestamptz) at time zone r.time_zone)::time < ?
            order by a.recipient_id""";

    @Override
    public List<PlannedNudge> plan(Instant at) {
        Timestamp moment = Timestamp.from(at);
        String window = rules.foldWindow().toMillis() + " milliseconds";
        return jdbc.query(PLAN, (rs, n) -> {
            Long[] ids = (Long[]) rs.getArray("ids").getArray();
            List<Long> listed = Arrays.asList(ids).subList(0, Math.min(ids.length, PlannedNudge.MAX_LINES));
            return new PlannedNudge(rs.getLong("recipient_id"), rs.getLong("to_id"), NudgeKind.NOTIFICATION,
                    ids[0], rs.getDate("person_day").toLocalDate(), reason(rs.getArray("kinds")), listed,
                    listed.size(), 0);
        }, moment, moment, moment, moment, window, moment, moment, Time.valueOf(rules.quietStart()), moment,
                Time.valueOf(rules.quietEnd()));
    }

    /** "2 changes: 1 assigned, 1 mentioned". */
    private static String reason(Array kinds) throws java.sql.SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : (String[]) kinds.getArray()) {
            counts.merge(kind.toLowerCase(Locale.ROOT).replace('_', ' '), 1, Integer::sum);
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder reason = new StringBuilder(total + (total == 1 ? " change: " : " changes: "));
        counts.forEach((kind, count) -> reason.append(reason.toString().endsWith(": ") ? "" : ", ").append(count)
                .append(' ').append(kind));
        return reason.toString();
    }

    @Override
    @Transactional
    public void told(List<Long> notificationIds, long logId) {
        if (notificationIds.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "update notification set told_by_log_id = ? where id = any (?) and told_by_log_id is null");
            statement.setLong(1, logId);
            statement.setArray(2, connection.createArrayOf("bigint", notificationIds.toArray()));
            return statement;
        });
    }
}
