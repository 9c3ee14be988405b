package org.excoord.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.excoord.action.ActionReference;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.Progress;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.LegalAuthority;
import org.excoord.bot.planner.PlannerSync;
import org.excoord.cards.ActionCard;
import org.excoord.cards.CommentLine;
import org.excoord.cards.CorrespondenceCard;
import org.excoord.cards.CorrespondenceLine;
import org.excoord.cards.ItemCard;
import org.excoord.cards.ItemLine;
import org.excoord.cards.Option;
import org.excoord.cards.SyncFailureLine;
import org.excoord.correspondence.Correspondence;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.RoutingState;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.PersonName;
import org.excoord.directory.Role;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.excoord.shared.Outcome;
import org.excoord.shared.SecurityClassification;
import org.springframework.stereotype.Component;

/** Domain records → the cards' view models, for one viewer. */
@Component
public class CardModels {

    /** The reassign picker's choices in the card itself; Teams' type-ahead shows 15 at a time too. */
    static final int REASSIGN_CHOICES = 15;

    private final ActionItemManagement items;
    private final ExecutiveActionManagement actions;
    private final AuthorityCatalog authorities;
    private final Directory directory;
    private final ChatAddresses addresses;
    private final PlannerSync sync;
    private final java.time.ZoneId zone;

    CardModels(ActionItemManagement items, ExecutiveActionManagement actions, AuthorityCatalog authorities,
            Directory directory, ChatAddresses addresses, org.excoord.bot.CoordinationProperties properties,
            PlannerSync sync) {
        this.zone = properties.timeZone(); // the day of a decision, in the organisation's time zone
        this.sync = sync;
        this.items = items;
        this.actions = actions;
        this.authorities = authorities;
        this.directory = directory;
        this.addresses = addresses;
    }

    public ItemCard item(ActionItem i, Actor viewer, String notice) {
        return item(i, viewer, notice, List.of());
    }

    /**
     * @param alsoRefreshFor people whose copy of the card must refresh although they are no longer involved (the
     *                       previous assignee of a reassigned item: their refreshed view has none of the work's buttons)
     */
    public ItemCard item(ActionItem i, Actor viewer, String notice, Collection<Long> alsoRefreshFor) {
        // the trace line names the action only if the viewer may see it, whatever they may do to the item
        ActionReference action = actions.reference(i.getExecutiveActionId(), viewer).orElse(null);
        SecurityClassification classification = action == null ? SecurityClassification.UNCLASSIFIED
                : action.classification();
        boolean manage = items.mayManage(i, viewer);
        // a complete or cancelled item is finished with: no new due date, no new assignee (the domain refuses both)
        boolean replan = manage && !i.isClosed();
        // a few likely people (the item's unit first) for clients without type-ahead; the picker searches the rest
        Outcome<List<PersonName>> likely = replan ? items.assignableTo(i.getId(), "", REASSIGN_CHOICES, 0, viewer)
                : null;
        List<Option> reassign = likely != null && likely.isDone() ? likely.orElseThrow().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.displayName())).toList() : List.of();
        List<CommentLine> comments = items.recentComments(i.getId(), 5).stream()
                // comments without an author are excoord's own (e.g. a Planner change put back)
                .map(c -> new CommentLine(c.authorName() == null ? "excoord" : c.authorName(), c.body(), c.createdAt()))
                .toList();
        // Start is left out while the workflow would refuse it, and the card says why
        ActionItemManagement.Offer offer = items.offerFor(i, viewer);
        List<String> verbs = offer.verbs().stream().map(Enum::name).toList();
        if (offer.startWaits() != null && notice == null) {
            notice = "Not ready to start: " + offer.startWaits() + ".";
        }
        return new ItemCard(i.getId(), i.getNumber(), i.getSubject(), i.getDetails(), i.getStatus().name(),
                i.getStatus().label(), i.getPriority().name(), i.getDueDate(), i.isOverdue(items.today()), assignee(i),
                action == null ? null : action.label(), action == null ? null : authorityOf(action.sourceAuthorityId()),
                classification.label(), classification.isAboveUnclassified(),
                comments, verbs, replan, replan, true, reassign,
                i.getVersion(), notice, addresses.teamsIdsOf(refreshed(i, alsoRefreshFor)), sync(i, viewer),
                items.expectedReviewerOf(i).map(this::name).orElse(null), i.getDeferredUntil(), decision(i),
                items.today(), mentionIdOf(i), i.recurrence());
    }

    /** The decision behind the status, if the status is one (approved, returned, cancelled, deferred). */
    private ItemCard.Decision decision(ActionItem i) {
        if (i.getDecidedAt() == null) {
            return null;
        }
        String kind = switch (i.getStatus()) {
            case COMPLETE -> "APPROVED";
            case RETURNED, CANCELLED, DEFERRED -> i.getStatus().name();
            default -> null;
        };
        return kind == null ? null : new ItemCard.Decision(kind, name(i.getDecidedById()),
                i.getDecidedAt().atZone(zone).toLocalDate(), i.getDecisionNote());
    }

    /**
     * Who the item card @mentions in a group chat or channel: the assigned person by their Entra object id (Teams
     * accepts it in a card's mention, it is the same in every chat and known for everyone in the directory), else
     * by the Teams user id of their 1:1 chat with the bot. A team is not mentioned.
     */
    private String mentionIdOf(ActionItem i) {
        Long person = i.getAssigneePersonId();
        if (person == null) {
            return null;
        }
        return directory.person(person).map(Person::getEntraObjectId).filter(id -> !id.isBlank())
                .or(() -> addresses.personalChatOf(person).map(ChatAddress::getUserMri)).orElse(null);
    }

    /** The item's Planner line; why it failed only for those who can act on it (assignee, managers, admins). */
    private ItemCard.Sync sync(ActionItem i, Actor viewer) {
        ItemSyncStatus status = sync.of(i.getId()).orElse(null);
        if (status == null || status.state() == null) {
            return null;
        }
        String reason = status.state() == ItemSyncStatus.State.FAILED && sync.mayReadReason(i, viewer)
                ? status.reason() : null;
        return new ItemCard.Sync(status.state().name(), reason, status.taskUrl());
    }

    public SyncFailureLine failureLine(ItemSyncStatus s) {
        return new SyncFailureLine(s.itemId(), s.itemNumber(), s.reason(), s.attempts(), s.syncedAt());
    }

    /**
     * A stale card's notice: who changed the item since. No clock time: the notice is plain text for one time zone,
     * and the card it sits on is the current version anyway.
     */
    public String changedNotice(ActionItem current) {
        return "Changed by " + Objects.requireNonNullElse(current.getUpdatedBy(), "someone")
                + " since this card was shown. This is the current version; nothing was changed.";
    }

    public ItemLine line(ActionItem i) {
        SecurityClassification c = classificationOf(i.getExecutiveActionId() == null ? null
                : actions.find(i.getExecutiveActionId()).orElse(null));
        return new ItemLine(i.getId(), i.getNumber(), i.getSubject(), i.getStatus().label(), i.getDueDate(),
                i.isOverdue(items.today()), assignee(i), c.isAboveUnclassified());
    }

    /**
     * The card of an action the viewer may see, with page {@code page} (zero-based) of the items they may see, in the
     * action's order; the roll-up counts all its items.
     */
    public ActionCard action(ExecutiveAction a, Actor viewer, int page) {
        Progress p = items.progressOf(a.getId());
        int size = org.excoord.cards.Cards.ACTION_ITEMS_PER_PAGE;
        List<ItemLine> lines = items.visibleItemsOf(a.getId(), viewer).stream()
                .skip((long) page * size).limit(size + 1L).map(this::line).toList();
        return new ActionCard(a.getId(), a.getNumber(), a.getName(), a.getStatus().label(), a.getPriority().name(),
                a.getDueDate(), name(a.getOwnerId()), a.getClassification().label(),
                a.getClassification().isAboveUnclassified(), authorityOf(a.getSourceAuthorityId()), p.percentComplete(), p.total(),
                p.complete(), p.overdue(), lines.subList(0, Math.min(size, lines.size())), page, lines.size() > size);
    }

    public CorrespondenceLine correspondenceLine(Correspondence c) {
        ExecutiveAction a = actions.find(c.getExecutiveActionId()).orElseThrow();
        return new CorrespondenceLine(c.getExecutiveActionId(), c.getReferenceNumber(), a.getName(), from(a),
                a.getReceipt() == null ? null : a.getReceipt().receivedAt(), c.getState().name(), a.getDueDate(),
                a.getDueDate() != null && a.getDueDate().isBefore(items.today()) && c.getState() != RoutingState.RESOLVED);
    }

    public CorrespondenceCard correspondence(CorrespondenceDetails d, Actor viewer, String notice) {
        Correspondence c = d.correspondence();
        ExecutiveAction a = d.action();
        boolean secretariat = viewer.has(Role.SECRETARIAT) || viewer.isAdmin();
        boolean managesRouted = c.getRoutedOrgUnitId() != null && viewer.manages(directory.pathOf(c.getRoutedOrgUnitId()));
        RoutingState state = c.getState();
        boolean open = state != RoutingState.RESOLVED;
        List<Option> units = directory.orgUnitTree().stream()
                .map(u -> new Option(String.valueOf(u.getId()), u.getName())).limit(50).toList();
        List<Option> people = c.getRoutedOrgUnitId() == null ? List.of() : peopleUnder(c.getRoutedOrgUnitId());
        // the card shows each step's time in the reader's own time zone
        List<CorrespondenceCard.Step> history = d.history().stream().map(h -> new CorrespondenceCard.Step(
                h.getOccurredAt(), h.getStep().name().toLowerCase()
                + (h.getOrgUnitId() == null ? "" : " to " + unitName(h.getOrgUnitId()))
                + (h.getPersonId() == null ? "" : " → " + name(h.getPersonId())))).toList();
        return new CorrespondenceCard(c.getExecutiveActionId(), c.getReferenceNumber(), a.getName(),
                a.getReceipt() == null ? null : a.getReceipt().fromPerson(),
                a.getReceipt() == null ? null : a.getReceipt().fromOrganization(),
                a.getReceipt() == null ? null : a.getReceipt().receivedAt(),
                a.getReceipt() == null || a.getReceipt().method() == null ? null : a.getReceipt().method().name(),
                state.name(), c.getRoutedOrgUnitId() == null ? null : unitName(c.getRoutedOrgUnitId()),
                c.getAssignedPersonId() == null ? null : name(c.getAssignedPersonId()), c.getAcknowledgedAt(),
                a.getDueDate(), a.getDueDate() != null && open && a.getDueDate().isBefore(items.today()), history,
                secretariat && open, managesRouted && state == RoutingState.ROUTED,
                managesRouted && (state == RoutingState.ACCEPTED || state == RoutingState.ASSIGNED),
                secretariat && c.getAcknowledgedAt() == null,
                open && (secretariat || viewer.is(c.getAssignedPersonId()) || managesRouted), units, people,
                c.getVersion(), notice);
    }

    private String authorityOf(Long authorityId) {
        return authorityId == null ? null : authorities.find(authorityId).map(CardModels::shortName).orElse(null);
    }

    /**
     * The authority's numbered sections ("Sec. 1", "Sec. 2", …), not their subsections and paragraphs: the count a
     * reader can check against the text, and the one the analysis summary gives ("has 13 sections").
     */
    public static int numberedSections(org.excoord.authority.AuthorityDetails d) {
        return (int) d.sections().stream().filter(s -> s.getParentSectionId() == null).count();
    }

    public static String shortName(LegalAuthority a) {
        if (a.getExecutiveOrderNumber() != null) {
            return "EO " + a.getExecutiveOrderNumber();
        }
        return a.getCitation() != null ? a.getCitation() : a.getName();
    }

    private List<Option> peopleUnder(Long orgUnitId) {
        String path = directory.pathOf(orgUnitId);
        List<Option> people = new ArrayList<>();
        for (OrgUnit u : directory.orgUnitTree()) {
            if (path != null && u.getPath().startsWith(path)) {
                directory.peopleOf(u.getId()).forEach(p -> people.add(new Option(String.valueOf(p.getId()),
                        p.getDisplayName())));
            }
        }
        return people.size() > 50 ? people.subList(0, 50) : people;
    }

    private static SecurityClassification classificationOf(ExecutiveAction action) {
        return action == null ? SecurityClassification.UNCLASSIFIED : action.getClassification();
    }

    private static String from(ExecutiveAction a) {
        if (a.getReceipt() == null) {
            return null;
        }
        String person = a.getReceipt().fromPerson();
        String org = a.getReceipt().fromOrganization();
        return person == null ? org : org == null ? person : person + ", " + org;
    }

    private String assignee(ActionItem i) {
        if (i.getAssigneeTeamId() != null) {
            return directory.team(i.getAssigneeTeamId()).map(t -> t.getName()).orElse(null);
        }
        return name(i.getAssigneePersonId());
    }

    private Set<Long> refreshed(ActionItem i, Collection<Long> also) {
        Set<Long> ids = involved(i);
        also.stream().filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Who does the item now: the assignee's or the team's name, "nobody" when unassigned. */
    public String assigneeName(ActionItem i) {
        return Objects.requireNonNullElse(assignee(i), "nobody");
    }

    /** A person's display name; "someone" when unknown. */
    public String personName(Long personId) {
        return Objects.requireNonNullElse(name(personId), "someone");
    }

    /** The people whose buttons depend on the item: assignee, originator, reviewer and the assignee's manager. */
    private Set<Long> involved(ActionItem i) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(i.getAssigneePersonId());
        ids.add(i.getOriginatorId());
        ids.add(i.getReviewerId());
        if (i.getAssigneePersonId() != null) {
            directory.person(i.getAssigneePersonId()).flatMap(directory::managerOf).map(Person::getId).ifPresent(ids::add);
        }
        ids.remove(null);
        return ids;
    }

    private String name(Long personId) {
        return personId == null ? null : directory.person(personId).map(Person::getDisplayName).orElse(null);
    }

    private String unitName(Long orgUnitId) {
        return directory.orgUnit(orgUnitId).map(OrgUnit::getName).orElse(null);
    }

    public LocalDate today() {
        return items.today();
    }
}
