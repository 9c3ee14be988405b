package org.excoord.actionitem;

import org.excoord.shared.Inputs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionRepository;
import org.excoord.shared.SecurityClassification;
import org.excoord.audit.AuditLog;
import org.excoord.authority.AuthorityStatus;
import org.excoord.authority.LegalAuthorityRepository;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.PeopleQuery;
import org.excoord.directory.PersonName;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.directory.Team;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Outcome;
import org.excoord.shared.RecordNumbers;
import org.excoord.shared.Refusal;
import org.excoord.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything users do to action items. Each command checks the actor's rights ({@link ActionItemPolicy}),
 * the workflow ({@link ItemWorkflow}) and the version the user saw, then changes the item, appends to the
 * audit trail and publishes an event that listeners receive after commit. Expected refusals come back as
 * {@link Outcome.Refused}; a concurrent change that slips between the version check and the commit is
 * stopped by the database (optimistic locking) and surfaces as Spring's
 * {@code ObjectOptimisticLockingFailureException}, which the edges report as a conflict.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemManagement {

    static final String RECORD = "ActionItem";
    static final int MAX_SUBJECT = 400;
    static final int MAX_TEXT = 10_000;
    /** The longest name a people picker looks for. */
    public static final int MAX_PEOPLE_QUERY = 100;

    /** The verbs that are someone's decision about the work rather than a step of it. */
    private static final java.util.Set<ItemVerb> DECISIONS = java.util.EnumSet.of(ItemVerb.APPROVE, ItemVerb.RETURN,
            ItemVerb.CANCEL, ItemVerb.DEFER);

    private final ActionItemRepository items;
    private final CommentRepository comments;
    private final ExecutiveActionRepository actions;
    private final ExecutiveActionManagement actionManagement;
    private final Directory directory;
    private final RecordNumbers numbers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LegalAuthorityRepository authorities;

    public ActionItemManagement(ActionItemRepository items, CommentRepository comments,
            ExecutiveActionRepository actions, ExecutiveActionManagement actionManagement, Directory directory,
            RecordNumbers numbers, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            LegalAuthorityRepository authorities) {
        this.authorities = authorities;
        this.actionManagement = actionManagement;
        this.items = items;
        this.comments = comments;
        this.actions = actions;
        this.directory = directory;
        this.numbers = numbers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an ad hoc item (or one step of a process). The actor becomes its originator. */
    @Transactional
    public Outcome<ActionItem> create(NewActionItem spec, Actor actor) {
        Refusal invalid = validateNew(spec);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        Long executiveActionId = spec.executiveActionId();
        if (spec.parentId() != null) {
            ActionItem parent = items.findById(spec.parentId()).orElse(null);
            if (parent == null) {
                return Outcome.refused(Refusal.invalid("parentId", "there is no action item " + spec.parentId()));
            }
            ActionItemPolicy.ItemContext parentContext = contextOf(parent);
            if (!ActionItemPolicy.may(actor, ItemVerb.Right.WORK, parentContext)
                    && !ActionItemPolicy.mayManage(actor, parentContext)) {
                return Outcome.refused(Refusal.forbidden("you may not add sub-items to " + parent.getNumber())
                        .about(RECORD, parent.getId(), classificationOf(parent)));
            }
            executiveActionId = parent.getExecutiveActionId();
        } else if (executiveActionId != null) {
            // an item under an action is a link to it: only who may change the action may add one
            Refusal refused = actionManagement.checkAddUnder(executiveActionId, actor, "executiveActionId",
                    "add items to it");
            if (refused != null) {
                return Outcome.refused(refused);
            }
        }
        Outcome<Assignee> assignee = resolveAssignee(spec.assigneePersonId(), spec.assigneeTeamId(), actor);
        if (assignee instanceof Outcome.Refused<Assignee> r) {
            return Outcome.refused(r.refusal());
        }
        Assignee to = assignee.orElseThrow();
        if (to.orgUnitId() == null && actor.orgUnitId() != null) {
            to = new Assignee(to.personId(), to.teamId(), actor.orgUnitId());
        }
        return Outcome.done(insert(spec, to, actor.personId(), executiveActionId, null, actor, null));
    }

    /**
     * Saves a new item, audits and announces it: the one way items come to be, whether a person creates one or a
     * recurring item its next occurrence ({@code follows}, with the audit's {@code note}), so that every listener
     * (Planner sync, the digest) sees them alike.
     */
    private ActionItem insert(NewActionItem spec, Assignee to, Long originatorId, Long executiveActionId,
            ActionItem follows, Actor actor, String note) {
        ActionItem created = new ActionItem(numbers.actionItem(), spec, to, originatorId, executiveActionId,
                clock.instant(), actor.displayName());
        if (follows != null) {
            created.follows(follows.getId());
        }
        ActionItem item = items.save(created);
        Map<String, Object> snapshot = item.auditSnapshot();
        if (note != null) {
            snapshot.put("note", note);
        }
        audit.record(actor, RECORD, item.getId(), "CREATED", null, snapshot);
        events.publishEvent(new ActionItemCreated(item.getId(), item.getNumber(), item.getAssigneePersonId(),
                item.getAssigneeTeamId(), item.getDueDate(), actor.personId(), clock.instant()));
        return item;
    }

    /**
     * A recurring item just completed: creates its next occurrence, in the same transaction, with the same subject,
     * details, type, priority, assignee, unit, action and recurrence, due one period after the completed one's due
     * date (or after today when it had none). None when that date is past the recurrence's end, when the authority
     * behind the executive action is no longer in force (repealed or superseded) or expires before it, or when the
     * next occurrence exists already (a completion replayed, or reopened and completed again).
     *
     * @return the next occurrence, if one was created
     */
    Optional<ActionItem> nextOccurrence(ActionItem done, Actor actor) {
        Recurrence recurrence = done.recurrence();
        if (recurrence == null || done.getStatus() != ActionStatus.COMPLETE
                || items.findByRecurPreviousId(done.getId()).isPresent()) {
            return Optional.empty();
        }
        LocalDate due = recurrence.nextDue(done.getDueDate(), today());
        if (!recurrence.allows(due) || !inForceOn(done.getExecutiveActionId(), due)) {
            return Optional.empty();
        }
        // the assignee stays; a person who has left leaves the occurrence to triage in the same unit
        Assignee to = done.assignee();
        if (to.personId() != null && directory.person(to.personId()).map(p -> !p.isActive()).orElse(true)) {
            to = new Assignee(null, null, to.orgUnitId());
        }
        NewActionItem spec = new NewActionItem(done.getSubject(), done.getDetails(), done.getType(), done.getPriority(),
                to.personId(), to.teamId(), done.getReviewerId(), done.getExecutiveActionId(), done.getParentId(), null,
                due, null, null, done.getSequenceNo(), recurrence);
        String note = "Next occurrence of " + done.getNumber() + " created, due " + due;
        ActionItem next = insert(spec, to, done.getOriginatorId(), done.getExecutiveActionId(), done, actor, note);
        audit.record(actor, RECORD, done.getId(), "NEXT_OCCURRENCE", null, Map.of("note", note, "nextNumber",
                next.getNumber()));
        return Optional.of(next);
    }

    /** Whether the authority behind an executive action (if any) is still in force on {@code due}. */
    private boolean inForceOn(Long executiveActionId, LocalDate due) {
        Long authorityId = executiveActionId == null ? null : actions.findById(executiveActionId)
                .map(ExecutiveAction::getSourceAuthorityId).orElse(null);
        if (authorityId == null) {
            return true;
        }
        return authorities.findById(authorityId).map(a -> (a.getStatus() == AuthorityStatus.ACTIVE
                || a.getStatus() == AuthorityStatus.PENDING)
                && (a.getExpirationDate() == null || !due.isAfter(a.getExpirationDate()))).orElse(true);
    }

    /** As {@link #apply(Long, ItemVerb, long, String, LocalDate, Actor)} for the verbs that need no date. */
    @Transactional
    public Outcome<ActionItem> apply(Long id, ItemVerb verb, long expectedVersion, String comment, Actor actor) {
        return apply(id, verb, expectedVersion, comment, null, actor);
    }

    /**
     * Applies a workflow verb. {@code comment} is required to return or cancel an item (the reason) and is kept with
     * the item otherwise; {@code deferUntil} is required to defer it (today or later) and ignored by other verbs.
     * Approving, returning, cancelling and deferring record who decided, when, and their words on the item.
     */
    @Transactional
    public Outcome<ActionItem> apply(Long id, ItemVerb verb, long expectedVersion, String comment,
            LocalDate deferUntil, Actor actor) {
        Refusal invalid = Inputs.firstOf(Inputs.text("comment", comment, MAX_TEXT, true),
                verb == ItemVerb.DEFER ? Inputs.date("deferUntil", deferUntil) : null);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, verb.right(), verb.name(), item -> {
            ItemWorkflow.Neighbours neighbours = neighboursOf(item);
            Refusal refused = ItemWorkflow.check(verb, item, neighbours, comment, deferUntil, today());
            if (refused != null) {
                return refused;
            }
            if (comment != null && comment.length() > MAX_TEXT) {
                return Refusal.invalid("comment", "the comment is longer than " + MAX_TEXT + " characters");
            }
            ActionStatus from = item.getStatus();
            ActionStatus to = verb.targetFor(item);
            item.moveTo(to, today(), clock.instant(), actor.displayName());
            if (DECISIONS.contains(verb)) {
                item.decided(actor.personId(), clock.instant(), comment);
            }
            if (verb == ItemVerb.DEFER) {
                item.deferUntil(deferUntil);
            }
            if (comment != null && !comment.isBlank()) {
                Comment.Kind kind = switch (verb) {
                    case RETURN -> Comment.Kind.RETURN_REASON;
                    case APPROVE -> Comment.Kind.APPROVAL_NOTE;
                    case CANCEL -> Comment.Kind.CANCEL_REASON;
                    default -> Comment.Kind.COMMENT;
                };
                comments.save(new Comment(id, actor.personId(), kind, comment.strip(), clock.instant()));
            }
            events.publishEvent(new ActionItemStatusChanged(id, from, to, actor.personId(), clock.instant()));
            if (to == ActionStatus.COMPLETE || to == ActionStatus.CANCELLED) {
                openSuccessors(item, actor);
            }
            if (to == ActionStatus.COMPLETE) {
                nextOccurrence(item, actor); // a cancelled occurrence ends the recurrence
            }
            return null;
        });
    }

    /**
     * Who is expected to review the item: the named reviewer, else its originator, unless that is the assignee
     * (nobody reviews their own work), in which case the assignee's manager. Empty when nobody can be named (a team's
     * item without a reviewer, or no manager): then any manager of the item's unit reviews it.
     */
    public Optional<Long> expectedReviewerOf(ActionItem item) {
        Long reviewer = ActionItemPolicy.reviewerOf(item);
        if (reviewer != null && !reviewer.equals(item.getAssigneePersonId())) {
            return Optional.of(reviewer);
        }
        return item.getAssigneePersonId() == null ? Optional.empty()
                : directory.person(item.getAssigneePersonId()).flatMap(directory::managerOf).map(Person::getId);
    }

    /** Hands the item to a person or a team (exactly one of the two). */
    @Transactional
    public Outcome<ActionItem> assign(Long id, Long personId, Long teamId, long expectedVersion, Actor actor) {
        if ((personId == null) == (teamId == null)) {
            return Outcome.refused(Refusal.invalid("assigneePersonId", "give either a person or a team"));
        }
        return change(id, expectedVersion, actor, ItemVerb.Right.MANAGE, "ASSIGNED", item -> {
            if (!item.getStatus().isOpen() && item.getStatus() != ActionStatus.DEFERRED) {
                return Refusal.invalid("assigneePersonId", item.getNumber() + " is " + item.getStatus().label()
                        + " and can no longer be reassigned");
            }
            Outcome<Assignee> resolved = resolveAssignee(personId, teamId, actor);
            if (resolved instanceof Outcome.Refused<Assignee> r) {
                return r.refusal();
            }
            Assignee before = item.assignee();
            item.assign(resolved.orElseThrow(), clock.instant(), actor.displayName());
            events.publishEvent(new ActionItemAssigned(id, before.personId(), before.teamId(), personId, teamId,
                    actor.personId(), clock.instant()));
            return null;
        });
    }

    /**
     * The people the actor may hand the item to, whose name or user name contains {@code text}, by name with the
     * item's unit first: the actor's own unit, the units they manage (with their sub-units), everyone for the
     * secretariat and administrators, and the actor themself; never the current assignee. For an item under a
     * classified action, only the people cleared to see that action are offered: handing secret work to someone who
     * may not read its action is a decision the picker does not suggest. Every person offered is one
     * {@link #assign} accepts.
     *
     * @return refused when the actor may not reassign the item (forbidden, traced), it does not exist, it is closed,
     *         or the text is longer than {@value #MAX_PEOPLE_QUERY} characters
     */
    public Outcome<List<PersonName>> assignableTo(Long id, String text, int limit, int offset, Actor actor) {
        if (text != null && text.length() > MAX_PEOPLE_QUERY) {
            return Outcome.refused(Refusal.invalid("queryText", "a name to look for has at most " + MAX_PEOPLE_QUERY
                    + " characters"));
        }
        Optional<ActionItem> found = id == null ? Optional.empty() : items.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no action item " + id));
        }
        ActionItem item = found.get();
        if (!ActionItemPolicy.mayManage(actor, contextOf(item))) {
            return Outcome.refused(Refusal.forbidden(refusalFor(ItemVerb.Right.MANAGE, item))
                    .about(RECORD, id, classificationOf(item)));
        }
        if (!item.getStatus().isOpen() && item.getStatus() != ActionStatus.DEFERRED) {
            return Outcome.refused(Refusal.invalid("itemId", item.getNumber() + " is " + item.getStatus().label()
                    + " and can no longer be reassigned"));
        }
        ExecutiveAction action = item.getExecutiveActionId() == null ? null
                : actions.findById(item.getExecutiveActionId()).orElse(null);
        boolean classified = action != null && action.getClassification().isAboveUnclassified();
        List<PersonName> people = directory.findPeople(new PeopleQuery(text, assignableUnits(actor), actor.personId(),
                item.getAssigneePersonId(), classified ? clearedFor(action) : null, item.getOrgUnitId(),
                Math.max(1, limit), Math.max(0, offset)));
        if (!classified) {
            return Outcome.done(people);
        }
        // the query above spells the clearance rule in SQL; the policy itself has the last word on each person offered
        return Outcome.done(people.stream().filter(p -> directory.actorFor(p.id())
                .map(candidate -> actionManagement.mayView(action, candidate)).orElse(false)).toList());
    }

    /** The units whose people the actor may task; null for every unit. */
    private Set<Long> assignableUnits(Actor actor) {
        if (actor.isAdmin() || actor.has(Role.SECRETARIAT)) {
            return null;
        }
        Set<Long> units = new HashSet<>();
        if (actor.orgUnitId() != null) {
            units.add(actor.orgUnitId());
        }
        if (!actor.managedPaths().isEmpty()) {
            directory.orgUnitTree().stream().filter(u -> actor.manages(u.getPath())).map(OrgUnit::getId)
                    .forEach(units::add);
        }
        return units;
    }

    /**
     * Who may see a classified action ({@link org.excoord.action.ExecutiveActionPolicy#mayView}): its owner, the
     * managers of the owner's unit and of the units above it, the secretariat and the administrators.
     */
    private Set<Long> clearedFor(ExecutiveAction action) {
        Set<Long> cleared = new HashSet<>(directory.peopleWithRoles(EnumSet.of(Role.SECRETARIAT, Role.ADMIN)));
        if (action.getOwnerId() != null) {
            cleared.add(action.getOwnerId());
            String ownerPath = directory.person(action.getOwnerId()).map(Person::getOrgUnitId).map(directory::pathOf)
                    .orElse(null);
            if (ownerPath != null) {
                directory.orgUnitTree().stream().filter(u -> u.getManagerId() != null && ownerPath.startsWith(u.getPath()))
                        .map(OrgUnit::getManagerId).forEach(cleared::add);
            }
        }
        return cleared;
    }

    @Transactional
    public Outcome<ActionItem> changeDueDate(Long id, LocalDate dueDate, long expectedVersion, Actor actor) {
        Refusal invalid = Inputs.date("dueDate", dueDate);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, ItemVerb.Right.MANAGE, "DUE_DATE_CHANGED", item -> {
            if (item.isClosed()) {
                return Refusal.invalid("dueDate", item.getNumber() + " is " + item.getStatus().label()
                        + " and its due date can no longer change");
            }
            if (dueDate != null && item.getStartDate() != null && dueDate.isBefore(item.getStartDate())) {
                return Refusal.invalid("dueDate", "the due date " + dueDate + " is before the start date "
                        + item.getStartDate());
            }
            LocalDate before = item.getDueDate();
            item.changeDueDate(dueDate, clock.instant(), actor.displayName());
            events.publishEvent(new ActionItemDueDateChanged(id, before, dueDate, actor.personId(), clock.instant()));
            return null;
        });
    }

    /** Edits the descriptive fields; the assignee may do this as well as those who manage the item. */
    @Transactional
    public Outcome<ActionItem> edit(Long id, String subject, String details, String nextSteps,
            org.excoord.shared.Priority priority, long expectedVersion, Actor actor) {
        if (subject == null || subject.isBlank()) {
            return Outcome.refused(Refusal.invalid("subject", "an action item needs a subject"));
        }
        if (subject.length() > MAX_SUBJECT) {
            return Outcome.refused(Refusal.invalid("subject", "the subject is longer than " + MAX_SUBJECT + " characters"));
        }
        Refusal invalid = Inputs.firstOf(Inputs.text("subject", subject, MAX_SUBJECT, false),
                Inputs.text("details", details, MAX_TEXT, true), Inputs.text("nextSteps", nextSteps, MAX_TEXT, true));
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, ItemVerb.Right.WORK, "EDITED", item -> {
            item.edit(subject.strip(), details, nextSteps, priority == null ? item.getPriority() : priority,
                    clock.instant(), actor.displayName());
            events.publishEvent(new ActionItemEdited(id, actor.personId(), clock.instant()));
            return null;
        });
    }

    /** Puts an item on hold (or takes it off); a paused item cannot move on until resumed. */
    @Transactional
    public Outcome<ActionItem> setPaused(Long id, boolean paused, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, ItemVerb.Right.MANAGE, paused ? "PAUSED" : "RESUMED", item -> {
            item.pause(paused, clock.instant(), actor.displayName());
            return null;
        });
    }

    /** Adds a comment. Comments never conflict, so no version is needed; anyone who may see the item may comment. */
    @Transactional
    public Outcome<Comment> comment(Long id, String body, Actor actor) {
        if (body == null || body.isBlank()) {
            return Outcome.refused(Refusal.invalid("body", "the comment is empty"));
        }
        if (body.length() > MAX_TEXT) {
            return Outcome.refused(Refusal.invalid("body", "the comment is longer than " + MAX_TEXT + " characters"));
        }
        Refusal invalid = Inputs.text("body", body, MAX_TEXT, true);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        Optional<ActionItem> found = items.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no action item " + id));
        }
        if (!ActionItemPolicy.mayView(actor, contextOf(found.get()))) {
            return Outcome.refused(Refusal.forbidden("you may not comment on " + found.get().getNumber())
                    .about(RECORD, id, classificationOf(found.get())));
        }
        Comment comment = comments.save(new Comment(id, actor.personId(), Comment.Kind.COMMENT, body.strip(),
                clock.instant()));
        Actor audited = ActionItemPolicy.viewsOnlyByDelegation(actor, contextOf(found.get()))
                ? onBehalf(actor, found.get()) : actor;
        audit.record(audited, RECORD, id, "COMMENTED", null, Map.of("commentId", comment.getId(), "body",
                comment.getBody()));
        events.publishEvent(new ActionItemCommented(id, comment.getId(), actor.personId(), clock.instant()));
        return Outcome.done(comment);
    }

    /** The item if the actor may see it. */
    public Outcome<ActionItem> view(Long id, Actor actor) {
        Optional<ActionItem> found = items.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no action item " + id));
        }
        if (!ActionItemPolicy.mayView(actor, contextOf(found.get()))) {
            return Outcome.refused(Refusal.forbidden("you may not see " + found.get().getNumber())
                    .about(RECORD, id, classificationOf(found.get())));
        }
        return Outcome.done(found.get());
    }

    public Outcome<ActionItem> viewByNumber(String number, Actor actor) {
        return items.findByNumber(number).map(i -> view(i.getId(), actor))
                .orElseGet(() -> Outcome.refused(Refusal.notFound("no action item " + number)));
    }

    /** The verbs the actor could apply to the item now (for buttons); does not look at the neighbours. */
    public List<ItemVerb> verbsFor(ActionItem item, Actor actor) {
        ActionItemPolicy.ItemContext context = contextOf(item);
        List<ItemVerb> verbs = new ArrayList<>();
        for (ItemVerb verb : ItemVerb.values()) {
            boolean typeAllows = !(verb == ItemVerb.COMPLETE && item.getType().needsReview());
            if (verb.appliesTo(item.getStatus()) && typeAllows && ActionItemPolicy.may(actor, verb.right(), context)) {
                verbs.add(verb);
            }
        }
        return verbs;
    }

    /**
     * What a card offers the actor now: {@link #verbsFor} without Start while the workflow would refuse it (the
     * parent not underway, the previous step not done, the item paused), and why ({@code startWaits}, null when Start
     * is not held back), so that nothing offered is then refused. The neighbours are read only when Start is in play.
     */
    public record Offer(List<ItemVerb> verbs, String startWaits) {
    }

    public Offer offerFor(ActionItem item, Actor actor) {
        List<ItemVerb> verbs = verbsFor(item, actor);
        Refusal waits = verbs.contains(ItemVerb.START)
                ? ItemWorkflow.check(ItemVerb.START, item, neighboursOf(item), null) : null;
        if (waits != null) {
            verbs.remove(ItemVerb.START);
        }
        return new Offer(verbs, waits == null ? null : waits.message());
    }

    /** The verbs of {@link #offerFor}: what a card offers and the API lists as allowed. */
    public List<ItemVerb> verbsNow(ActionItem item, Actor actor) {
        return offerFor(item, actor).verbs();
    }

    /** Why Start, which the actor may otherwise press, is held back now; empty when it is not ({@link #offerFor}). */
    public Optional<String> startWaits(ActionItem item, Actor actor) {
        return Optional.ofNullable(offerFor(item, actor).startWaits());
    }

    /** Whether Start would succeed now — for a line that offers Start only where pressing it works. */
    public boolean mayStartNow(ActionItem item, Actor actor) {
        return verbsNow(item, actor).contains(ItemVerb.START);
    }

    public boolean mayManage(ActionItem item, Actor actor) {
        return ActionItemPolicy.mayManage(actor, contextOf(item));
    }

    public List<RecentComment> recentComments(Long itemId, int limit) {
        return comments.recentOf(itemId, limit);
    }

    /** Open items of a person (directly or through a team), soonest due first. */
    public List<ActionItem> openItemsOf(Long personId, int limit, int offset) {
        return items.findOpenOf(personId, limit, offset);
    }

    /** Overdue open items of an org unit and its sub-units; only for those who manage it, the secretariat and admins. */
    public Outcome<List<ActionItem>> overdueUnder(Long orgUnitId, int limit, int offset, Actor actor) {
        Optional<OrgUnit> unit = directory.orgUnit(orgUnitId);
        if (unit.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no org unit " + orgUnitId));
        }
        if (!actor.manages(unit.get().getPath()) && !actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            return Outcome.refused(Refusal.forbidden("only managers of " + unit.get().getName()
                    + ", the secretariat and administrators see its overdue items"));
        }
        return Outcome.done(items.findOverdueUnder(likePrefix(unit.get().getPath()), today(), limit, offset));
    }

    /** The person's own overdue open items (directly or through a team), most overdue first. */
    public List<ActionItem> overdueOf(Long personId, int limit, int offset) {
        return items.findOverdueOf(personId, today(), limit, offset);
    }

    /**
     * Open items of an org unit and everything below it, each once, overdue first then soonest due; items assigned to
     * {@code exceptPersonId} personally are left out (a manager's own work is in their own list). Only for those who
     * manage the unit, the secretariat and admins.
     */
    public Outcome<List<ActionItem>> openUnder(Long orgUnitId, Long exceptPersonId, int limit, int offset,
            Actor actor) {
        Optional<OrgUnit> unit = directory.orgUnit(orgUnitId);
        if (unit.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no org unit " + orgUnitId));
        }
        if (!actor.manages(unit.get().getPath()) && !actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            return Outcome.refused(Refusal.forbidden("only managers of " + unit.get().getName()
                    + ", the secretariat and administrators see its open items"));
        }
        return Outcome.done(items.findOpenUnder(likePrefix(unit.get().getPath()),
                exceptPersonId == null ? -1L : exceptPersonId, today(), limit, offset));
    }

    public List<ActionItem> itemsOf(Long executiveActionId) {
        return items.findByExecutiveActionIdOrderBySequenceNoAscIdAsc(executiveActionId);
    }

    public List<ActionItem> children(Long itemId) {
        return items.findByParentIdOrderBySequenceNoAscIdAsc(itemId);
    }

    /** The items of an executive action the actor may see (an action's card and view list no others). */
    public List<ActionItem> visibleItemsOf(Long executiveActionId, Actor actor) {
        return itemsOf(executiveActionId).stream().filter(i -> ActionItemPolicy.mayView(actor, contextOf(i))).toList();
    }

    /** Rolls up an executive action's progress from its items. */
    public Progress progressOf(Long executiveActionId) {
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        long overdue = 0;
        LocalDate nextDue = null;
        for (ActionItemRepository.StatusCount row : items.countByStatus(executiveActionId, today())) {
            byStatus.put(row.getStatus(), row.getCount());
            overdue += row.getOverdue();
            if (row.getStatus().isOpen() && row.getNextDue() != null
                    && (nextDue == null || row.getNextDue().isBefore(nextDue))) {
                nextDue = row.getNextDue();
            }
        }
        long total = byStatus.entrySet().stream().filter(e -> e.getKey() != ActionStatus.CANCELLED)
                .mapToLong(Map.Entry::getValue).sum();
        long complete = byStatus.getOrDefault(ActionStatus.COMPLETE, 0L);
        int percent = total == 0 ? 0 : (int) (complete * 100 / total);
        return new Progress(byStatus, total, complete, overdue, percent, nextDue);
    }

    /** A LIKE pattern for "starts with": org codes may contain the wildcards '_' and '%'. */
    static String likePrefix(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Outcome<ActionItem> change(Long id, long expectedVersion, Actor actor, ItemVerb.Right right,
            String auditAction, java.util.function.Function<ActionItem, Refusal> mutation) {
        Optional<ActionItem> found = items.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no action item " + id));
        }
        ActionItem item = found.get();
        ActionItemPolicy.ItemContext context = contextOf(item);
        if (!ActionItemPolicy.may(actor, right, context)) {
            return Outcome.refused(Refusal.forbidden(refusalFor(right, item)).about(RECORD, id, classificationOf(item)));
        }
        Refusal stale = StaleVersion.check(item.getNumber(), expectedVersion, item.getVersion(), item.getUpdatedBy(),
                item.getUpdatedAt());
        if (stale != null) {
            return Outcome.refused(stale);
        }
        Map<String, Object> before = item.auditSnapshot();
        Actor audited = ActionItemPolicy.onlyByDelegation(actor, right, context) ? onBehalf(actor, item) : actor;
        Refusal refused = mutation.apply(item);
        if (refused != null) {
            return Outcome.refused(refused);
        }
        audit.record(audited, RECORD, id, auditAction, before, item.auditSnapshot());
        // flush now so that a concurrent writer's version bump fails here, inside the caller's transaction
        return Outcome.done(items.saveAndFlush(item));
    }

    /** The actor as the audit names them when they act for the item's assignee: "X on behalf of Y". */
    private Actor onBehalf(Actor actor, ActionItem item) {
        return actor.onBehalfOf(directory.person(item.getAssigneePersonId()).map(Person::getDisplayName)
                .orElse("person " + item.getAssigneePersonId()));
    }

    private void openSuccessors(ActionItem closed, Actor actor) {
        for (ActionItem next : items.findByPredecessorId(closed.getId())) {
            Map<String, Object> before = next.auditSnapshot();
            next.open(today(), clock.instant(), actor.displayName());
            audit.record(actor, RECORD, next.getId(), "OPENED", before, next.auditSnapshot());
            events.publishEvent(new ActionItemOpened(next.getId(), closed.getId(), clock.instant()));
        }
    }

    private ItemWorkflow.Neighbours neighboursOf(ActionItem item) {
        ActionStatus parent = item.getParentId() == null ? null
                : items.findById(item.getParentId()).map(ActionItem::getStatus).orElse(null);
        ActionStatus predecessor = item.getPredecessorId() == null ? null
                : items.findById(item.getPredecessorId()).map(ActionItem::getStatus).orElse(null);
        return new ItemWorkflow.Neighbours(parent, predecessor, items.countUnfinishedChildren(item.getId()));
    }

    /** An item is as classified as its executive action. */
    private SecurityClassification classificationOf(ActionItem item) {
        return item.getExecutiveActionId() == null ? SecurityClassification.UNCLASSIFIED
                : actions.findById(item.getExecutiveActionId()).map(ExecutiveAction::getClassification)
                        .orElse(SecurityClassification.UNCLASSIFIED);
    }

    ActionItemPolicy.ItemContext contextOf(ActionItem item) {
        Long owner = item.getExecutiveActionId() == null ? null
                : actions.findById(item.getExecutiveActionId()).map(ExecutiveAction::getOwnerId).orElse(null);
        return new ActionItemPolicy.ItemContext(item, directory.pathOf(item.getOrgUnitId()), owner);
    }

    private Outcome<Assignee> resolveAssignee(Long personId, Long teamId, Actor actor) {
        if (personId != null && teamId != null) {
            return Outcome.refused(Refusal.invalid("assigneeTeamId", "assign to a person or a team, not both"));
        }
        if (personId != null) {
            Optional<Person> person = directory.person(personId);
            if (person.isEmpty() || !person.get().isActive()) {
                return Outcome.refused(Refusal.invalid("assigneePersonId", "there is no active person " + personId));
            }
            if (!ActionItemPolicy.mayAssignTo(actor, personId, person.get().getOrgUnitId())) {
                return Outcome.refused(Refusal.forbidden("you may assign work only to yourself and your own org unit"));
            }
            return Outcome.done(new Assignee(personId, null, person.get().getOrgUnitId()));
        }
        if (teamId != null) {
            Optional<Team> team = directory.team(teamId);
            if (team.isEmpty()) {
                return Outcome.refused(Refusal.invalid("assigneeTeamId", "there is no team " + teamId));
            }
            if (!ActionItemPolicy.mayAssignTo(actor, null, team.get().getOrgUnitId()) && !team.get().hasMember(actor.personId())) {
                return Outcome.refused(Refusal.forbidden("you may assign work only to your own teams and org unit"));
            }
            return Outcome.done(new Assignee(null, teamId, team.get().getOrgUnitId()));
        }
        return Outcome.done(new Assignee(null, null, null));
    }

    private Refusal validateNew(NewActionItem spec) {
        if (spec.subject() == null || spec.subject().isBlank()) {
            return Refusal.invalid("subject", "an action item needs a subject");
        }
        if (spec.subject().length() > MAX_SUBJECT) {
            return Refusal.invalid("subject", "the subject is longer than " + MAX_SUBJECT + " characters");
        }
        if (spec.details() != null && spec.details().length() > MAX_TEXT) {
            return Refusal.invalid("details", "the details are longer than " + MAX_TEXT + " characters");
        }
        Refusal invalid = Inputs.check(spec);
        if (invalid != null) {
            return invalid;
        }
        if (spec.startDate() != null && spec.dueDate() != null && spec.dueDate().isBefore(spec.startDate())) {
            return Refusal.invalid("dueDate", "the due date is before the start date");
        }
        if (spec.recurrence() != null) {
            Refusal recurrence = Inputs.firstOf(Recurrence.check("recurrence", spec.recurrence().period()),
                    Inputs.date("recurrenceUntil", spec.recurrence().until()));
            if (recurrence != null) {
                return recurrence;
            }
            if (spec.recurrence().until() != null && spec.dueDate() != null
                    && spec.recurrence().until().isBefore(spec.dueDate())) {
                return Refusal.invalid("recurrenceUntil", "the recurrence ends before the first due date");
            }
        }
        if (spec.reviewerId() != null && directory.person(spec.reviewerId()).isEmpty()) {
            return Refusal.invalid("reviewerId", "there is no person " + spec.reviewerId());
        }
        return null;
    }

    private static String refusalFor(ItemVerb.Right right, ActionItem item) {
        return switch (right) {
            case WORK -> "only the assignee of " + item.getNumber() + " or their managers may do that";
            case REVIEW -> "only the reviewer of " + item.getNumber() + " or a manager may review it (not its assignee)";
            case MANAGE -> "only the originator of " + item.getNumber() + ", the executive action's owner or a manager may do that";
        };
    }

}
