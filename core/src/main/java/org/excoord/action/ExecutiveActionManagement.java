package org.excoord.action;

import org.excoord.shared.Inputs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Outcome;
import org.excoord.shared.RecordNumbers;
import org.excoord.shared.Refusal;
import org.excoord.shared.StaleVersion;
import org.excoord.shared.StatusGraph;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes executive actions. Every change is audited; events are delivered after commit. */
@Service
@Transactional(readOnly = true)
public class ExecutiveActionManagement {

    static final int MAX_TEXT = 100_000;
    static final String RECORD = "ExecutiveAction";

    private final ExecutiveActionRepository actions;
    private final ExecutiveActionTypeRepository types;
    private final Directory directory;
    private final RecordNumbers numbers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ExecutiveActionManagement(ExecutiveActionRepository actions, ExecutiveActionTypeRepository types,
            Directory directory, RecordNumbers numbers, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.types = types;
        this.directory = directory;
        this.numbers = numbers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome<ExecutiveAction> create(NewExecutiveAction spec, Actor actor) {
        if (!ExecutiveActionPolicy.mayCreate(actor)) {
            return Outcome.refused(Refusal.forbidden("only managers, the secretariat and administrators may create executive actions"));
        }
        Refusal invalid = validate(spec);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        if (spec.parentId() != null) {
            ExecutiveAction parent = actions.findById(spec.parentId()).orElseThrow();
            if (!ExecutiveActionPolicy.mayAddUnder(actor, parent, ownerUnitPath(parent))) {
                return Outcome.refused(addUnderRefusal(parent, "add sub-actions to it"));
            }
        }
        NewExecutiveAction owned = spec.ownerId() == null ? spec.withOwner(actor.personId()) : spec;
        if (owned.ownerId() == null) {
            return Outcome.refused(Refusal.invalid("ownerId", "an executive action needs an owner"));
        }
        ActionCategory category = owned.typeId() != null ? types.findById(owned.typeId()).orElseThrow().getCategory()
                : owned.category();
        ExecutiveAction action = actions.save(new ExecutiveAction(numbers.executiveAction(), owned, category,
                clock.instant(), actor.displayName()));
        audit.record(actor, RECORD, action.getId(), "CREATED", null, action.auditSnapshot());
        events.publishEvent(new ExecutiveActionCreated(action.getId(), action.getNumber(), action.getOwnerId(),
                action.isReceived(), clock.instant()));
        return Outcome.done(action);
    }

    @Transactional
    public Outcome<ExecutiveAction> changeStatus(Long id, ActionStatus to, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, "STATUS_CHANGED", action -> {
            ActionStatus from = action.getStatus();
            if (!StatusGraph.allows(from, to)) {
                return Refusal.invalid("status", "an executive action cannot go from " + from.label() + " to " + to.label());
            }
            action.changeStatus(to, clock.instant(), actor.displayName());
            events.publishEvent(new ExecutiveActionStatusChanged(id, from, to, actor.personId(), clock.instant()));
            return null;
        });
    }

    @Transactional
    public Outcome<ExecutiveAction> changeDueDate(Long id, LocalDate dueDate, long expectedVersion, Actor actor) {
        Refusal invalid = Inputs.date("dueDate", dueDate);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, "DUE_DATE_CHANGED", action -> {
            action.changeDueDate(dueDate, clock.instant(), actor.displayName());
            return null;
        });
    }

    @Transactional
    public Outcome<ExecutiveAction> recordOutcome(Long id, String summary, long expectedVersion, Actor actor) {
        Refusal invalid = Inputs.text("outcomeSummary", summary, MAX_TEXT, true);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, "OUTCOME_RECORDED", action -> {
            action.recordOutcome(summary, clock.instant(), actor.displayName());
            return null;
        });
    }

    /**
     * Hands an action to a new owner and status on behalf of the correspondence log, which has already checked
     * the actor's routing rights (routing is a right of its own, distinct from owning the action). Audited.
     */
    @Transactional
    public ExecutiveAction applyRouting(Long id, Long newOwnerId, ActionStatus status, String outcome, Actor actor) {
        ExecutiveAction action = actions.findById(id).orElseThrow();
        Map<String, Object> before = action.auditSnapshot();
        ActionStatus from = action.getStatus();
        if (newOwnerId != null) {
            action.reassignOwner(newOwnerId, clock.instant(), actor.displayName());
        }
        if (status != null && status != from) {
            action.changeStatus(status, clock.instant(), actor.displayName());
            events.publishEvent(new ExecutiveActionStatusChanged(id, from, status, actor.personId(), clock.instant()));
        }
        if (outcome != null) {
            action.recordOutcome(outcome, clock.instant(), actor.displayName());
        }
        audit.record(actor, RECORD, id, "ROUTED", before, action.auditSnapshot());
        return action;
    }

    /** The action if it exists and the actor may see it. */
    public Outcome<ExecutiveAction> view(Long id, Actor actor) {
        Optional<ExecutiveAction> found = actions.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no executive action " + id));
        }
        ExecutiveAction action = found.get();
        if (!mayView(action, actor)) {
            return Outcome.refused(Refusal.forbidden("executive action " + action.getNumber() + " is classified "
                    + action.getClassification().label() + " and you are not among the people who may see it")
                    .about(RECORD, id, action.getClassification()));
        }
        return Outcome.done(action);
    }

    /** Whether the actor may see the action's details (every unclassified one; classified ones by the policy). */
    public boolean mayView(ExecutiveAction action, Actor actor) {
        return !action.getClassification().isAboveUnclassified()
                || ExecutiveActionPolicy.mayView(actor, action, ownerUnitPath(action));
    }

    /** The actions of a list the actor may see, in order. */
    public List<ExecutiveAction> visible(List<ExecutiveAction> found, Actor actor) {
        return found.stream().filter(a -> mayView(a, actor)).toList();
    }

    /**
     * How another record (an item, a list line) may show the action to this viewer: its title and source only if
     * they may see it. Every path that reveals a parent action goes through here.
     */
    public Optional<ActionReference> reference(Long id, Actor actor) {
        return id == null ? Optional.empty() : actions.findById(id).map(a -> {
            boolean visible = mayView(a, actor);
            return new ActionReference(a.getId(), a.getNumber(), a.getClassification(), visible,
                    visible ? a.getName() : null, visible ? a.getSourceAuthorityId() : null);
        });
    }

    /**
     * Null if the actor may create or link a record under the action (an item, a process), else the refusal: not
     * found, or forbidden (classified actions are audited as such).
     *
     * @param what what they wanted to do, for the message ("add items to it")
     */
    public Refusal checkAddUnder(Long id, Actor actor, String field, String what) {
        Optional<ExecutiveAction> found = actions.findById(id);
        if (found.isEmpty()) {
            return Refusal.invalid(field, "there is no executive action " + id);
        }
        ExecutiveAction action = found.get();
        return ExecutiveActionPolicy.mayAddUnder(actor, action, ownerUnitPath(action)) ? null
                : addUnderRefusal(action, what);
    }

    private Refusal addUnderRefusal(ExecutiveAction action, String what) {
        // the number only: the refusal must not tell a person who may not see a classified action what it is about
        return Refusal.forbidden("only the owner of " + action.getNumber() + ", their managers or an administrator may "
                + what).about(RECORD, action.getId(), action.getClassification());
    }

    public Optional<ExecutiveAction> find(Long id) {
        return actions.findById(id);
    }

    public Optional<ExecutiveAction> findByNumber(String number) {
        return actions.findByNumber(number);
    }

    public Page<ExecutiveAction> list(Pageable page) {
        return actions.findAllByOrderByIdDesc(page);
    }

    public List<ExecutiveAction> subActions(Long id) {
        return actions.findByParentIdOrderById(id);
    }

    public List<ExecutiveActionType> types() {
        return types.findAllByOrderByCategoryAscNameAsc();
    }

    /** Whether the actor may change the action (the policy, with the owner's unit looked up). */
    public boolean mayChange(ExecutiveAction action, Actor actor) {
        return ExecutiveActionPolicy.mayChange(actor, action, ownerUnitPath(action));
    }

    private String ownerUnitPath(ExecutiveAction action) {
        return directory.person(action.getOwnerId()).map(Person::getOrgUnitId).map(directory::pathOf).orElse(null);
    }

    private Outcome<ExecutiveAction> change(Long id, long expectedVersion, Actor actor, String auditAction,
            java.util.function.Function<ExecutiveAction, Refusal> mutation) {
        Optional<ExecutiveAction> found = actions.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no executive action " + id));
        }
        ExecutiveAction action = found.get();
        if (!mayChange(action, actor)) {
            return Outcome.refused(Refusal.forbidden("only the owner of " + action.getNumber()
                    + ", their managers or an administrator may change it")
                    .about(RECORD, id, action.getClassification()));
        }
        Refusal stale = StaleVersion.check(action.getNumber(), expectedVersion, action.getVersion(),
                action.getUpdatedBy(), action.getUpdatedAt());
        if (stale != null) {
            return Outcome.refused(stale);
        }
        Map<String, Object> before = action.auditSnapshot();
        Refusal refused = mutation.apply(action);
        if (refused != null) {
            return Outcome.refused(refused);
        }
        audit.record(actor, RECORD, id, auditAction, before, action.auditSnapshot());
        return Outcome.done(action);
    }

    private Refusal validate(NewExecutiveAction spec) {
        if (spec.name() == null || spec.name().isBlank()) {
            return Refusal.invalid("name", "an executive action needs a name");
        }
        if (spec.name().length() > 100) {
            return Refusal.invalid("name", "the name is longer than 100 characters");
        }
        Refusal invalid = Inputs.check(spec);
        if (invalid != null) {
            return invalid;
        }
        if (spec.typeId() == null && spec.category() == null) {
            return Refusal.invalid("typeId", "give a type (or at least a category)");
        }
        if (spec.typeId() != null && types.findById(spec.typeId()).isEmpty()) {
            return Refusal.invalid("typeId", "there is no executive action type " + spec.typeId());
        }
        if (spec.ownerId() != null && directory.person(spec.ownerId()).isEmpty()) {
            return Refusal.invalid("ownerId", "there is no person " + spec.ownerId());
        }
        if (spec.parentId() != null && actions.findById(spec.parentId()).isEmpty()) {
            return Refusal.invalid("parentId", "there is no executive action " + spec.parentId());
        }
        return null;
    }
}
