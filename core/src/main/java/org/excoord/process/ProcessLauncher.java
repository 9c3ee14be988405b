package org.excoord.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.shared.ActionType;
import org.excoord.shared.Outcome;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * "Start process for record": turns a template into an item tree under an executive action. The primary
 * item stands for the whole process and starts at once; each step becomes a child item and each sub-step a
 * grandchild. Under a sequential parent every item but the first gets the previous one as predecessor, so it
 * can start only when that one is closed. Due dates are the step's offset from today. All or nothing: if any
 * item cannot be created, no item is.
 */
@Service
public class ProcessLauncher {

    private final ProcessTemplateRepository templates;
    private final ProcessStepRepository steps;
    private final ExecutiveActionManagement actions;
    private final ActionItemManagement items;
    private final Directory directory;

    public ProcessLauncher(ProcessTemplateRepository templates, ProcessStepRepository steps,
            ExecutiveActionManagement actions, ActionItemManagement items, Directory directory) {
        this.templates = templates;
        this.steps = steps;
        this.actions = actions;
        this.items = items;
        this.directory = directory;
    }

    /** What a started process consists of: the primary item first, then the steps in tree order. */
    public record StartedProcess(ActionItem primary, List<ActionItem> items) {
    }

    @Transactional
    public Outcome<StartedProcess> start(Long templateId, Long executiveActionId, Actor actor) {
        Optional<ProcessTemplate> template = templates.findById(templateId);
        if (template.isEmpty()) {
            return Outcome.refused(Refusal.invalid("templateId", "there is no process template " + templateId));
        }
        Optional<ExecutiveAction> record = actions.find(executiveActionId);
        if (record.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no executive action " + executiveActionId));
        }
        ExecutiveAction action = record.get();
        if (!actions.mayChange(action, actor)) {
            return Outcome.refused(Refusal.forbidden("only the owner of " + action.getNumber()
                    + ", their managers or an administrator may start a process for it")
                    .about("ExecutiveAction", action.getId(), action.getClassification()));
        }
        List<ProcessStep> all = steps.findByTemplateIdOrderByOrderAscIdAsc(templateId);
        Map<Long, List<ProcessStep>> childrenOf = new LinkedHashMap<>();
        for (ProcessStep step : all) {
            childrenOf.computeIfAbsent(step.getParentStepId() == null ? 0L : step.getParentStepId(), k -> new ArrayList<>())
                    .add(step);
        }
        LocalDate today = items.today();
        int lastOffset = all.stream().mapToInt(ProcessStep::getDueOffsetDays).max().orElse(0);
        NewActionItem primarySpec = new NewActionItem(template.get().getName() + " — " + action.getName(),
                template.get().getDescription(), ActionType.PROCESS, action.getPriority(), action.getOwnerId(), null,
                null, action.getId(), null, today, action.getDueDate() != null ? action.getDueDate() : today.plusDays(lastOffset),
                null, null, 0);
        Builder builder = new Builder(action, actor, today, childrenOf);
        Outcome<ActionItem> primary = items.create(primarySpec, actor);
        if (!primary.isDone()) {
            return builder.fail(primary.refusal());
        }
        Outcome<ActionItem> started = items.apply(primary.orElseThrow().getId(), ItemVerb.START, 0, null, actor);
        if (!started.isDone()) {
            return builder.fail(started.refusal());
        }
        Refusal refused = builder.createChildren(0L, started.orElseThrow(), template.get().getSubstepOrder());
        if (refused != null) {
            return builder.fail(refused);
        }
        return Outcome.done(new StartedProcess(started.orElseThrow(), builder.created));
    }

    /** Walks the step tree for one start. */
    private final class Builder {
        private final ExecutiveAction action;
        private final Actor actor;
        private final LocalDate today;
        private final Map<Long, List<ProcessStep>> childrenOf;
        private final List<ActionItem> created = new ArrayList<>();

        Builder(ExecutiveAction action, Actor actor, LocalDate today, Map<Long, List<ProcessStep>> childrenOf) {
            this.action = action;
            this.actor = actor;
            this.today = today;
            this.childrenOf = childrenOf;
        }

        Refusal createChildren(Long parentStepId, ActionItem parentItem, SubstepOrder order) {
            Long predecessor = null;
            int sequence = 0;
            for (ProcessStep step : childrenOf.getOrDefault(parentStepId, List.of())) {
                Long[] assignee = assigneeFor(step);
                NewActionItem spec = new NewActionItem(step.getName(), step.getDetails(), step.getType(),
                        action.getPriority() == null ? Priority.MEDIUM : action.getPriority(), assignee[0], assignee[1],
                        null, action.getId(), parentItem.getId(), null, today.plusDays(step.getDueOffsetDays()),
                        order == SubstepOrder.SEQUENTIAL ? predecessor : null, step.getId(), ++sequence);
                Outcome<ActionItem> item = items.create(spec, actor);
                if (!item.isDone()) {
                    return item.refusal();
                }
                created.add(item.orElseThrow());
                Refusal nested = createChildren(step.getId(), item.orElseThrow(), step.getSubstepOrder());
                if (nested != null) {
                    return nested;
                }
                predecessor = item.orElseThrow().getId();
            }
            return null;
        }

        /** {personId, teamId}; both null when the rule finds nobody (the item then waits for triage). */
        private Long[] assigneeFor(ProcessStep step) {
            return switch (step.getAssignTo()) {
                case SELF -> new Long[] {actor.personId(), null};
                case RECORD_OWNER -> new Long[] {action.getOwnerId(), null};
                case SPECIFIC_USER -> new Long[] {step.getAssigneePersonId(), null};
                case SPECIFIC_TEAM -> new Long[] {null, step.getAssigneeTeamId()};
                case MANAGER_OF_SELF -> new Long[] {managerOf(actor.personId()), null};
                case MANAGER_OF_RECORD_OWNER -> new Long[] {managerOf(action.getOwnerId()), null};
                case MANAGER_OF_SPECIFIC_USER -> new Long[] {managerOf(step.getAssigneePersonId()), null};
                case MANAGER_OF_SPECIFIC_TEAM -> new Long[] {directory.team(step.getAssigneeTeamId())
                        .map(Team::getOwnerId).orElse(null), null};
            };
        }

        private Long managerOf(Long personId) {
            return directory.person(personId).flatMap(directory::managerOf).map(Person::getId).orElse(null);
        }

        Outcome<StartedProcess> fail(Refusal refusal) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Outcome.refused(refusal);
        }
    }
}
