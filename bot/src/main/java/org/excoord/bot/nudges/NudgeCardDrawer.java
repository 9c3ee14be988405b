package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.bot.conversation.CardModels;
import org.excoord.cards.Cards;
import org.excoord.cards.CorrespondenceLine;
import org.excoord.cards.DigestCard;
import org.excoord.cards.EscalationCard;
import org.excoord.cards.ItemLine;
import org.excoord.cards.NotificationLine;
import org.excoord.cards.NudgeLine;
import org.excoord.cards.Option;
import org.excoord.cards.TeamDigestCard;
import org.excoord.cards.Viewer;
import org.excoord.correspondence.Correspondence;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.RoutingState;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.PersonName;
import org.excoord.nudge.Delegations;
import org.excoord.nudge.Notification;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.NudgeMail;
import org.excoord.nudge.NudgeSettings;
import org.excoord.nudge.PlannedNudge;
import org.excoord.shared.Outcome;
import org.excoord.shared.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a planned message's card from the records as they are now: a line acted on since planning (closed, no longer
 * the person's, snoozed or muted since, no longer due) is left out, and a card with nothing left is not drawn. The
 * records are read as the person the message concerns (for a delegated one, the delegator: the delegation is what
 * sends their work to the delegate); what the recipient may do (Start) is asked for the recipient, and an item the
 * recipient may not see shows its number only.
 */
@Component
class NudgeCardDrawer implements NudgeCards {

    /** The team digest's Reassign pickers offer this many people of the team; the type-ahead searches the rest. */
    static final int REASSIGN_CHOICES = 10;
    /** The card names at most five; one more tells it that there are others. */
    private static final int UNREACHABLE_SHOWN = 6;

    private final ActionItemManagement items;
    private final CorrespondenceLog correspondence;
    private final Directory directory;
    private final CardModels models;
    private final NudgeSettings settings;
    private final Delegations delegations;
    private final EntityManager entities;
    private final Reachability reachability;
    private final NudgeMail mail;

    NudgeCardDrawer(ActionItemManagement items, CorrespondenceLog correspondence, Directory directory,
            CardModels models, NudgeSettings settings, Delegations delegations, EntityManager entities,
            Reachability reachability, NudgeMail mail) {
        this.items = items;
        this.correspondence = correspondence;
        this.directory = directory;
        this.models = models;
        this.settings = settings;
        this.delegations = delegations;
        this.entities = entities;
        this.reachability = reachability;
        this.mail = mail;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ObjectNode> draw(PlannedNudge nudge, Actor recipient, String recipientTeamsId) {
        Viewer viewer = new Viewer(recipientTeamsId, true); // nudges go to the recipient's 1:1 chat
        Optional<ObjectNode> card = switch (nudge.kind()) {
            case DIGEST -> digest(nudge, recipient, viewer, null, true);
            case TEAM_DIGEST -> teamDigest(nudge, recipient, viewer);
            case DUE_NOW -> dueNow(nudge, recipient, viewer);
            case ESCALATION -> escalation(nudge, recipient, viewer);
            case CORRESPONDENCE_DUE -> correspondenceDue(nudge);
            case SECRETARIAT_DIGEST -> secretariatDigest(nudge);
            case NOTIFICATION -> notifications(nudge, viewer);
        };
        return card.map(c -> nudge.delegated() ? forDelegate(c, nudge) : c);
    }

    /**
     * The digest as the records are now. {@code whenEmpty}: an empty digest is drawn ("nothing due") rather than
     * left out — the answer to a press on a digest's last line replaces the card, it is not a new message.
     */
    Optional<ObjectNode> digest(PlannedNudge nudge, Actor recipient, Viewer viewer, String notice,
            boolean leaveOutEmpty) {
        LocalDate today = nudge.day();
        List<NudgeLine> overdue = new ArrayList<>();
        List<NudgeLine> dueToday = new ArrayList<>();
        List<NudgeLine> dueSoon = new ArrayList<>();
        for (Long id : nudge.itemIds()) {
            Optional<ActionItem> found = stillTheirs(id, nudge);
            if (found.isEmpty() || found.get().getDueDate() == null || quietened(id, nudge.personId(), today)) {
                continue;
            }
            NudgeLine line = line(found.get(), recipient, today);
            LocalDate due = found.get().getDueDate();
            (due.isBefore(today) ? overdue : due.isEqual(today) ? dueToday : dueSoon).add(line);
        }
        int more = Math.max(0, nudge.total() - nudge.itemIds().size());
        if (overdue.isEmpty() && dueToday.isEmpty() && dueSoon.isEmpty() && leaveOutEmpty) {
            return Optional.empty();
        }
        return Optional.of(Cards.digest(new DigestCard(overdue, dueToday, dueSoon, more, today, notice), viewer));
    }

    Optional<ObjectNode> teamDigest(PlannedNudge nudge, Actor recipient, Viewer viewer) {
        LocalDate today = nudge.day();
        LocalDate weekEnd = WorkingDays.plusWorkingDays(today, 5);
        List<ActionItem> open = new ArrayList<>();
        for (Long id : nudge.itemIds()) {
            found(items.view(id, recipient)).filter(i -> i.getStatus().isOpen() && i.getDueDate() != null
                    && !i.getDueDate().isAfter(weekEnd)).ifPresent(open::add);
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        // grouped by person: the planner's order within each person, people in the order they first appear
        List<Long> people = open.stream().map(ActionItem::getAssigneePersonId).distinct().toList();
        open.sort(Comparator.comparingInt((ActionItem i) -> people.indexOf(i.getAssigneePersonId())));
        List<NudgeLine> lines = open.stream().map(i -> line(i, recipient, today)).toList();
        Outcome<List<PersonName>> likely = items.assignableTo(open.get(0).getId(), "", REASSIGN_CHOICES, 0, recipient);
        List<Option> reassignTo = likely.isDone() ? likely.orElseThrow().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.displayName())).toList() : List.of();
        String unit = directory.orgUnit(recipient.orgUnitId()).map(OrgUnit::getName).orElse(null);
        int more = Math.max(0, nudge.total() - nudge.itemIds().size());
        return Optional.of(Cards.teamDigest(new TeamDigestCard(unit, lines, more,
                settings.preferencesOf(recipient.personId()).teamDigest() == NudgeSettings.TeamDigest.WEEKLY,
                reassignTo, unreachableOf(nudge.personId(), recipient), recipient.personId()), viewer));
    }

    /** The manager's people the bot cannot reach in Teams, in the zone of the card's reader. */
    private List<TeamDigestCard.Unreachable> unreachableOf(Long managerId, Actor reader) {
        ZoneId zone = directory.person(reader.personId()).map(Person::getTimeZone).orElse(ZoneOffset.UTC);
        return reachability.ofTeam(managerId, UNREACHABLE_SHOWN).stream().map(u -> new TeamDigestCard.Unreachable(
                u.displayName(), u.reason(), u.state() == Reachability.State.BLOCKED, LocalDate.ofInstant(u.since(), zone),
                u.state() == Reachability.State.UNREACHABLE && mail.available())).toList();
    }

    private Optional<ObjectNode> dueNow(PlannedNudge nudge, Actor recipient, Viewer viewer) {
        return stillTheirs(nudge.subjectId(), nudge)
                .filter(i -> !quietened(i.getId(), nudge.personId(), nudge.day()))
                .map(i -> Cards.dueNow(line(i, recipient, nudge.day()), nudge.day(), viewer));
    }

    private Optional<ObjectNode> escalation(PlannedNudge nudge, Actor recipient, Viewer viewer) {
        Outcome<ActionItem> found = items.view(nudge.subjectId(), recipient);
        if (!found.isDone() || !found.orElseThrow().isOverdue(nudge.day())) {
            return Optional.empty();
        }
        ActionItem item = found.orElseThrow();
        Outcome<List<PersonName>> likely = items.assignableTo(item.getId(), "", REASSIGN_CHOICES, 0, recipient);
        List<Option> reassignTo = likely.isDone() ? likely.orElseThrow().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.displayName())).toList() : List.of();
        String unit = item.getOrgUnitId() == null ? null
                : directory.orgUnit(item.getOrgUnitId()).map(OrgUnit::getName).orElse(null);
        return Optional.of(Cards.escalation(new EscalationCard(line(item, recipient, nudge.day()),
                Math.max(1, nudge.level()), workingDaysBetween(item.getDueDate(), nudge.day()), unit, reassignTo),
                viewer));
    }

    private Optional<ObjectNode> correspondenceDue(PlannedNudge nudge) {
        return openLetter(nudge.subjectId(), nudge).map(models::correspondenceLine)
                .filter(line -> line.dueDate() != null && !line.dueDate().isAfter(nudge.day()))
                .map(Cards::correspondenceDue);
    }

    private Optional<ObjectNode> secretariatDigest(PlannedNudge nudge) {
        List<CorrespondenceLine> unacknowledged = new ArrayList<>();
        List<CorrespondenceLine> dueForReply = new ArrayList<>();
        for (Long id : nudge.itemIds()) {
            openLetter(id, nudge).ifPresent(c -> (c.getAcknowledgedAt() == null ? unacknowledged : dueForReply)
                    .add(models.correspondenceLine(c)));
        }
        if (unacknowledged.isEmpty() && dueForReply.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Cards.secretariatDigest(unacknowledged, dueForReply,
                Math.max(0, nudge.total() - nudge.itemIds().size())));
    }

    /**
     * The notifications still worth telling: each one read by its id for the person it was meant for (anything else
     * is left out), its item or letter named only if the recipient may see it.
     */
    private Optional<ObjectNode> notifications(PlannedNudge nudge, Viewer viewer) {
        Actor person = directory.actorFor(nudge.personId()).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        List<NotificationLine> lines = new ArrayList<>();
        for (Long id : nudge.itemIds()) {
            Notification n = entities.find(Notification.class, id);
            if (n == null || !Objects.equals(n.getRecipientId(), nudge.personId())) {
                continue;
            }
            notificationLine(n, person).ifPresent(lines::add);
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(Cards.notifications(lines, viewer));
    }

    private Optional<NotificationLine> notificationLine(Notification n, Actor person) {
        String actor = n.getActorId() == null ? null : models.personName(n.getActorId());
        if (n.getItemId() != null) {
            // "no longer yours" is told although its reader may no longer open the item: it says only its number
            Optional<ActionItem> item = found(items.view(n.getItemId(), person));
            ItemLine line = item.map(models::line).orElse(null);
            if (item.isEmpty() && n.getKind() != org.excoord.nudge.NotificationKind.UNASSIGNED) {
                return Optional.empty();
            }
            String newAssignee = n.getKind() == org.excoord.nudge.NotificationKind.UNASSIGNED ? currentAssignee(
                    n.getItemId()) : null;
            return Optional.of(new NotificationLine(n.getKind().name(), actor, newAssignee, n.getNote(),
                    item.isPresent() ? n.getItemId() : null, null, line == null ? numberOf(n.getItemId())
                    : line.number(), line == null ? null : line.subject(), n.getCreatedAt(),
                    line == null || line.classified()));
        }
        if (n.getCorrespondenceId() != null) {
            Outcome<CorrespondenceDetails> letter = correspondence.view(n.getCorrespondenceId(), person);
            if (!letter.isDone()) {
                return Optional.empty();
            }
            CorrespondenceLine line = models.correspondenceLine(letter.orElseThrow().correspondence());
            return Optional.of(new NotificationLine(n.getKind().name(), actor, null, n.getNote(), null, line.id(),
                    line.referenceNumber(), line.subject(), n.getCreatedAt(), false));
        }
        return Optional.of(new NotificationLine(n.getKind().name(), actor, null, n.getNote(), null, null, null, null,
                n.getCreatedAt(), false));
    }

    // read as the system: the former assignee may no longer see the item, but may learn its number and new assignee
    private String currentAssignee(Long itemId) {
        return found(items.view(itemId, Actor.system())).map(models::assigneeName).orElse(null);
    }

    private String numberOf(Long itemId) {
        return found(items.view(itemId, Actor.system())).map(ActionItem::getNumber).orElse(null);
    }

    ObjectNode forDelegate(ObjectNode card, PlannedNudge nudge) {
        String name = directory.person(nudge.personId()).map(Person::getDisplayName).orElse(null);
        LocalDate until = delegations.activeFor(nudge.personId(), nudge.day()).map(Delegations.Delegation::endsOn)
                .orElse(null);
        return Cards.forDelegate(card, name, until, nudge.personId());
    }

    /**
     * The item if it is still open and still the person's (read as them). A delegated message's recipient is the
     * delegate; the delegation is what lets them see the delegator's work, so the records are read as the delegator.
     */
    private Optional<ActionItem> stillTheirs(Long itemId, PlannedNudge nudge) {
        Actor person = directory.actorFor(nudge.personId()).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        return found(items.view(itemId, person)).filter(i -> i.getStatus().isOpen()
                && Objects.equals(i.getAssigneePersonId(), nudge.personId()));
    }

    private Optional<Correspondence> openLetter(Long id, PlannedNudge nudge) {
        Actor person = directory.actorFor(nudge.personId()).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        return found(correspondence.view(id, person)).map(CorrespondenceDetails::correspondence)
                .filter(c -> c.getState() != RoutingState.RESOLVED);
    }

    /** Snoozed until after today, or muted, since the message was planned. */
    private boolean quietened(Long itemId, Long personId, LocalDate today) {
        return settings.controlOf(itemId, personId).map(c -> c.muted()
                || (c.snoozedUntil() != null && c.snoozedUntil().isAfter(today))).orElse(false);
    }

    private NudgeLine line(ActionItem i, Actor recipient, LocalDate today) {
        ItemLine line = models.line(i);
        boolean visible = items.view(i.getId(), recipient).isDone();
        boolean mayStart = visible && items.mayStartNow(i, recipient);
        return new NudgeLine(i.getId(), i.getNumber(), i.getSubject(), i.getDueDate(), i.isOverdue(today), mayStart,
                i.getVersion(), i.getAssigneePersonId(), models.assigneeName(i), line.classified() || !visible,
                line.statusLabel());
    }

    /** Working days after the due date up to today: Friday's item is 1 working day overdue on Monday. */
    static int workingDaysBetween(LocalDate due, LocalDate today) {
        // ten years of days at most: an item due longer ago is as overdue as it gets
        LocalDate from = due.isBefore(today.minusYears(10)) ? today.minusYears(10) : due;
        return Math.max(1, WorkingDays.workingDaysBetween(from, today));
    }

    private static <T> Optional<T> found(Outcome<T> outcome) {
        return outcome.isDone() ? Optional.ofNullable(outcome.orElseThrow()) : Optional.empty();
    }
}
