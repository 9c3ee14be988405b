package org.excoord.correspondence;

import org.excoord.shared.Inputs;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.NewExecutiveAction;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Outcome;
import org.excoord.shared.RecordNumbers;
import org.excoord.shared.Refusal;
import org.excoord.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's log: record correspondence with its receipt, acknowledge it, route it to an org unit,
 * whose manager accepts it (or reassigns it to another unit) and assigns a person, who resolves it.
 * Every step is audited, appended to the routing history and announced with an event after commit.
 */
@Service
@Transactional(readOnly = true)
public class CorrespondenceLog {

    static final String RECORD = "Correspondence";
    private static final int MAX_TEXT = 10_000;

    private final CorrespondenceRepository letters;
    private final RoutingEntryRepository history;
    private final ExecutiveActionManagement actions;
    private final Directory directory;
    private final RecordNumbers numbers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CorrespondenceLog(CorrespondenceRepository letters, RoutingEntryRepository history,
            ExecutiveActionManagement actions, Directory directory, RecordNumbers numbers, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.history = history;
        this.actions = actions;
        this.directory = directory;
        this.numbers = numbers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome<CorrespondenceDetails> log(LogCorrespondence command, Actor actor) {
        if (!isSecretariat(actor)) {
            return Outcome.refused(Refusal.forbidden("only the executive secretariat logs correspondence"));
        }
        Refusal invalid = Inputs.check(command);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        if (command.receipt() == null || command.receipt().receivedAt() == null) {
            return Outcome.refused(Refusal.invalid("receivedAt", "when was it received?"));
        }
        if (command.receipt().method() == null) {
            return Outcome.refused(Refusal.invalid("methodOfReceipt", "how was it received?"));
        }
        if (command.receipt().receivedAt().isAfter(clock.instant().plusSeconds(300))) {
            return Outcome.refused(Refusal.invalid("receivedAt", "the receipt time is in the future"));
        }
        if (command.typeId() == null) {
            return Outcome.refused(Refusal.invalid("typeId", "choose a type (e.g. Congressional Inquiries)"));
        }
        Outcome<ExecutiveAction> created = actions.create(new NewExecutiveAction(command.subject(),
                command.description(), null, command.typeId(), command.priority(), command.classification(),
                command.dueDate(), null, command.sourceAuthorityId(), null, null, null, actor.personId(),
                command.receipt()), actor);
        if (!created.isDone()) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Outcome.refused(created.refusal());
        }
        ExecutiveAction action = created.orElseThrow();
        Correspondence letter = letters.save(new Correspondence(action.getId(), numbers.correspondence()));
        audit.record(actor, RECORD, action.getId(), "LOGGED", null, letter.auditSnapshot());
        events.publishEvent(new CorrespondenceReceived(action.getId(), letter.getReferenceNumber(),
                command.receipt().receivingOrgUnitId(), clock.instant()));
        return Outcome.done(new CorrespondenceDetails(action, letter, List.of()));
    }

    /** The secretariat sends (or re-sends) correspondence to an org unit. */
    @Transactional
    public Outcome<CorrespondenceDetails> route(Long id, Long orgUnitId, String note, long expectedVersion, Actor actor) {
        Refusal invalid = Inputs.text("note", note, MAX_TEXT, true);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, "ROUTED", letter -> {
            if (!isSecretariat(actor)) {
                return Refusal.forbidden("only the executive secretariat routes correspondence");
            }
            if (letter.getState() == RoutingState.RESOLVED) {
                return Refusal.invalid("orgUnitId", letter.getReferenceNumber() + " is resolved");
            }
            if (directory.orgUnit(orgUnitId).isEmpty()) {
                return Refusal.invalid("orgUnitId", "there is no org unit " + orgUnitId);
            }
            letter.routeTo(orgUnitId);
            appendHistory(letter, actor, RoutingStep.ROUTED, orgUnitId, null, note);
            events.publishEvent(new CorrespondenceRouted(id, letter.getReferenceNumber(), orgUnitId, actor.personId(),
                    clock.instant()));
            return null;
        });
    }

    /** The manager of the org unit it was routed to takes it on. */
    @Transactional
    public Outcome<CorrespondenceDetails> accept(Long id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, "ACCEPTED", letter -> {
            Refusal refused = requireUnitManager(letter, actor, RoutingState.ROUTED);
            if (refused != null) {
                return refused;
            }
            letter.accept();
            appendHistory(letter, actor, RoutingStep.ACCEPTED, letter.getRoutedOrgUnitId(), null, null);
            return null;
        });
    }

    /** The manager of the unit it was routed to sends it on to another unit, saying why. */
    @Transactional
    public Outcome<CorrespondenceDetails> reassign(Long id, Long orgUnitId, String reason, long expectedVersion,
            Actor actor) {
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(Refusal.invalid("note", "say why it belongs to another org unit"));
        }
        Refusal invalid = Inputs.text("note", reason, MAX_TEXT, true);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, "REASSIGNED", letter -> {
            Refusal refused = requireUnitManager(letter, actor, RoutingState.ROUTED, RoutingState.ACCEPTED);
            if (refused != null) {
                return refused;
            }
            if (directory.orgUnit(orgUnitId).isEmpty()) {
                return Refusal.invalid("orgUnitId", "there is no org unit " + orgUnitId);
            }
            letter.routeTo(orgUnitId);
            appendHistory(letter, actor, RoutingStep.REASSIGNED, orgUnitId, null, reason);
            events.publishEvent(new CorrespondenceRouted(id, letter.getReferenceNumber(), orgUnitId, actor.personId(),
                    clock.instant()));
            return null;
        });
    }

    /** The unit's manager names the person who will answer; they become the executive action's owner. */
    @Transactional
    public Outcome<CorrespondenceDetails> assign(Long id, Long personId, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, "ASSIGNED", letter -> {
            Refusal refused = requireUnitManager(letter, actor, RoutingState.ROUTED, RoutingState.ACCEPTED,
                    RoutingState.ASSIGNED);
            if (refused != null) {
                return refused;
            }
            Optional<Person> person = directory.person(personId);
            OrgUnit unit = directory.orgUnit(letter.getRoutedOrgUnitId()).orElseThrow();
            Optional<OrgUnit> personUnit = person.flatMap(p -> directory.orgUnit(p.getOrgUnitId()));
            if (person.isEmpty() || personUnit.isEmpty() || !unit.contains(personUnit.get())) {
                return Refusal.invalid("personId", "assign it to someone in " + unit.getName());
            }
            letter.assignTo(personId);
            appendHistory(letter, actor, RoutingStep.ASSIGNED, letter.getRoutedOrgUnitId(), personId, null);
            actions.applyRouting(id, personId, ActionStatus.IN_PROGRESS, null, actor);
            events.publishEvent(new CorrespondenceAssigned(id, letter.getReferenceNumber(), personId, actor.personId(),
                    clock.instant()));
            return null;
        });
    }

    /** The secretariat records that the sender was told their correspondence arrived. */
    @Transactional
    public Outcome<CorrespondenceDetails> acknowledge(Long id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, "ACKNOWLEDGED", letter -> {
            if (!isSecretariat(actor)) {
                return Refusal.forbidden("only the executive secretariat acknowledges correspondence");
            }
            if (letter.getAcknowledgedAt() != null) {
                return Refusal.invalid("acknowledgedAt", letter.getReferenceNumber() + " was already acknowledged on "
                        + letter.getAcknowledgedAt());
            }
            letter.acknowledge(actor.personId(), clock.instant());
            return null;
        });
    }

    /** The assignee (or the unit's manager, or the secretariat) closes it with the answer given. */
    @Transactional
    public Outcome<CorrespondenceDetails> resolve(Long id, String resolution, long expectedVersion, Actor actor) {
        if (resolution == null || resolution.isBlank()) {
            return Outcome.refused(Refusal.invalid("resolution", "say how it was resolved"));
        }
        if (resolution.length() > MAX_TEXT) {
            return Outcome.refused(Refusal.invalid("resolution", "the resolution is longer than " + MAX_TEXT + " characters"));
        }
        Refusal invalid = Inputs.text("resolution", resolution, MAX_TEXT, true);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        return change(id, expectedVersion, actor, "RESOLVED", letter -> {
            boolean allowed = actor.is(letter.getAssignedPersonId()) || isSecretariat(actor)
                    || actor.manages(directory.pathOf(letter.getRoutedOrgUnitId()));
            if (!allowed) {
                return Refusal.forbidden("only the person assigned, their managers or the secretariat may resolve "
                        + letter.getReferenceNumber());
            }
            if (letter.getState() == RoutingState.RESOLVED) {
                return Refusal.invalid("resolution", letter.getReferenceNumber() + " is already resolved");
            }
            letter.resolve(resolution.strip(), clock.instant());
            appendHistory(letter, actor, RoutingStep.RESOLVED, letter.getRoutedOrgUnitId(), letter.getAssignedPersonId(),
                    null);
            actions.applyRouting(id, null, ActionStatus.COMPLETE, resolution.strip(), actor);
            events.publishEvent(new CorrespondenceResolved(id, letter.getReferenceNumber(), actor.personId(),
                    clock.instant()));
            return null;
        });
    }

    /**
     * What is waiting for the actor: for the secretariat everything not yet resolved, for managers what is
     * routed to their units, for everyone what is assigned to them. Soonest due first (undated last), then the
     * oldest arrival first: a triage queue, where what is due and what has waited longest come first.
     */
    public List<Correspondence> inbox(Actor actor, int limit, int offset) {
        if (limit <= 0) {
            return List.of();
        }
        int from = Math.max(offset, 0);
        if (isSecretariat(actor)) {
            return letters.findUnresolved(limit, from);
        }
        List<Long> managed = new ArrayList<>();
        for (OrgUnit unit : directory.orgUnitTree()) {
            if (actor.manages(unit.getPath())) {
                managed.add(unit.getId());
            }
        }
        if (managed.isEmpty()) {
            managed.add(-1L); // no unit has it: "in ()" is no SQL
        }
        return letters.findWaitingFor(actor.personId(), managed, limit, from);
    }

    /** The details if the actor may see them (the executive action's visibility rules apply). */
    public Outcome<CorrespondenceDetails> view(Long id, Actor actor) {
        Optional<Correspondence> letter = letters.findById(id);
        if (letter.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no correspondence " + id));
        }
        // the secretariat's routing clears the unit's managers and the person they assign (a grant by someone who
        // may see it, unlike taking part in an item, which anyone may give themselves)
        boolean routedToActor = actor.is(letter.get().getAssignedPersonId())
                || actor.manages(directory.pathOf(letter.get().getRoutedOrgUnitId()));
        Outcome<ExecutiveAction> action = routedToActor ? actions.find(id).map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("no correspondence " + id))) : actions.view(id, actor);
        return action.map(a -> new CorrespondenceDetails(a, letter.get(),
                history.findByCorrespondenceIdOrderByOccurredAtAscIdAsc(id)));
    }

    public Optional<Correspondence> findByReference(String referenceNumber) {
        return letters.findByReferenceNumber(referenceNumber);
    }

    private Outcome<CorrespondenceDetails> change(Long id, long expectedVersion, Actor actor, String auditAction,
            java.util.function.Function<Correspondence, Refusal> mutation) {
        Optional<Correspondence> found = letters.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no correspondence " + id));
        }
        Correspondence letter = found.get();
        ExecutiveAction action = actions.find(id).orElseThrow();
        Refusal stale = StaleVersion.check(letter.getReferenceNumber(), expectedVersion, letter.getVersion(),
                action.getUpdatedBy(), action.getUpdatedAt());
        if (stale != null) {
            return Outcome.refused(stale);
        }
        Map<String, Object> before = letter.auditSnapshot();
        Refusal refused = mutation.apply(letter);
        if (refused != null) {
            // name the letter, so that the refusal trail audits refusals on classified ones
            return Outcome.refused(refused.subject() != null ? refused
                    : refused.about(RECORD, id, action.getClassification()));
        }
        audit.record(actor, RECORD, id, auditAction, before, letter.auditSnapshot());
        letters.saveAndFlush(letter);
        return Outcome.done(new CorrespondenceDetails(actions.find(id).orElseThrow(), letter,
                history.findByCorrespondenceIdOrderByOccurredAtAscIdAsc(id)));
    }

    private Refusal requireUnitManager(Correspondence letter, Actor actor, RoutingState... states) {
        if (!EnumSet.of(states[0], states).contains(letter.getState())) {
            return Refusal.invalid("state", letter.getReferenceNumber() + " is " + letter.getState().name().toLowerCase());
        }
        if (!actor.isAdmin() && !actor.manages(directory.pathOf(letter.getRoutedOrgUnitId()))) {
            return Refusal.forbidden("only a manager of the org unit it is routed to may do that");
        }
        return null;
    }

    private void appendHistory(Correspondence letter, Actor actor, RoutingStep step, Long orgUnitId, Long personId,
            String note) {
        history.save(new RoutingEntry(letter.getExecutiveActionId(), clock.instant(), actor.personId(), step, orgUnitId,
                personId, note));
    }

    private static boolean isSecretariat(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.isAdmin();
    }
}
