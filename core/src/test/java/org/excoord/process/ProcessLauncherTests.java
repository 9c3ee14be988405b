package org.excoord.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.action.ActionCategory;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.Progress;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.Outcome;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessLauncherTests extends CoreIntegrationTest {

    @Autowired
    ProcessLauncher launcher;
    @Autowired
    ProcessTemplateRepository templates;
    @Autowired
    ProcessStepRepository steps;
    @Autowired
    ExecutiveActionManagement actions;
    @Autowired
    ActionItemManagement items;

    private Person owner;
    private Person director;
    private Actor ownerActor;
    private ProcessTemplate template;

    @BeforeEach
    void twoPhaseTemplate() {
        OrgUnit agency = fixtures.unit("Agency", null);
        OrgUnit office = fixtures.unit("Policy Office", agency);
        director = fixtures.manager("Dana Director", agency);
        owner = fixtures.manager("Owen Owner", office);
        ownerActor = fixtures.actor(owner);
        template = templates.save(new ProcessTemplate("Two phases " + System.nanoTime(), "test", SubstepOrder.SEQUENTIAL));
        ProcessStep intake = steps.save(new ProcessStep(template.getId(), null, "Intake", ActionType.TASK_ASSIGNMENT, 1,
                SubstepOrder.PARALLEL, 7, AssignTo.RECORD_OWNER, null, null, null));
        steps.save(new ProcessStep(template.getId(), intake.getId(), "Log it", ActionType.TASK_ASSIGNMENT, 1,
                SubstepOrder.SEQUENTIAL, 2, AssignTo.SELF, null, null, null));
        steps.save(new ProcessStep(template.getId(), intake.getId(), "Legal review", ActionType.TASK_ASSIGNMENT, 2,
                SubstepOrder.SEQUENTIAL, 5, AssignTo.MANAGER_OF_RECORD_OWNER, null, null, null));
        steps.save(new ProcessStep(template.getId(), null, "Sign-off", ActionType.APPROVAL, 2, SubstepOrder.SEQUENTIAL,
                30, AssignTo.MANAGER_OF_RECORD_OWNER, null, null, null));
    }

    private ExecutiveAction action(String name) {
        return actions.create(new NewExecutiveAction(name, null, ActionCategory.DIRECTIVE_OR_ORDER, null, Priority.HIGH,
                null, items.today().plusDays(60), null, null, null, null, null, null, null), ownerActor).orElseThrow();
    }

    @Test
    void startingAProcessBuildsTheItemTreeWithAssigneesDueDatesAndOrder() {
        ExecutiveAction action = action("Implement the order");
        ProcessLauncher.StartedProcess started = launcher.start(template.getId(), action.getId(), ownerActor).orElseThrow();

        ActionItem primary = started.primary();
        assertThat(primary.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(primary.getType()).isEqualTo(ActionType.PROCESS);
        assertThat(started.items()).extracting(ActionItem::getSubject)
                .containsExactly("Intake", "Log it", "Legal review", "Sign-off");
        ActionItem intake = started.items().get(0);
        ActionItem logIt = started.items().get(1);
        ActionItem legal = started.items().get(2);
        ActionItem signOff = started.items().get(3);
        LocalDate today = items.today();
        assertThat(intake.getParentId()).isEqualTo(primary.getId());
        assertThat(intake.getAssigneePersonId()).isEqualTo(owner.getId());
        assertThat(intake.getDueDate()).isEqualTo(today.plusDays(7));
        assertThat(logIt.getParentId()).isEqualTo(intake.getId());
        assertThat(legal.getAssigneePersonId()).as("manager of the record owner").isEqualTo(director.getId());
        assertThat(legal.getPredecessorId()).as("sub-steps of Intake are parallel").isNull();
        assertThat(signOff.getPredecessorId()).as("top level is sequential").isEqualTo(intake.getId());
        assertThat(signOff.getType()).isEqualTo(ActionType.APPROVAL);
        assertThat(items.itemsOf(action.getId())).hasSize(5);
    }

    @Test
    void childrenWaitForTheirParentAndSequentialStepsForTheirPredecessor() {
        ExecutiveAction action = action("Sequencing");
        ProcessLauncher.StartedProcess started = launcher.start(template.getId(), action.getId(), ownerActor).orElseThrow();
        ActionItem intake = started.items().get(0);
        ActionItem logIt = started.items().get(1);
        ActionItem legal = started.items().get(2);
        ActionItem signOff = started.items().get(3);
        Actor directorActor = fixtures.actor(director);

        Outcome<ActionItem> tooEarly = items.apply(logIt.getId(), ItemVerb.START, logIt.getVersion(), null, ownerActor);
        assertThat(tooEarly.refusal().message()).contains("parent item must be In Progress");

        intake = items.apply(intake.getId(), ItemVerb.START, intake.getVersion(), null, ownerActor).orElseThrow();
        logIt = items.apply(logIt.getId(), ItemVerb.START, logIt.getVersion(), null, ownerActor).orElseThrow();
        Outcome<ActionItem> signOffTooEarly = items.apply(signOff.getId(), ItemVerb.START, signOff.getVersion(), null,
                directorActor);
        assertThat(signOffTooEarly.refusal().message()).contains("previous step must be complete");

        Outcome<ActionItem> parentTooEarly = items.apply(intake.getId(), ItemVerb.COMPLETE, intake.getVersion(), null,
                ownerActor);
        assertThat(parentTooEarly.refusal().message()).contains("unfinished sub-item");

        items.apply(logIt.getId(), ItemVerb.COMPLETE, logIt.getVersion(), null, ownerActor).orElseThrow();
        legal = items.apply(legal.getId(), ItemVerb.START, legal.getVersion(), null, directorActor).orElseThrow();
        items.apply(legal.getId(), ItemVerb.COMPLETE, legal.getVersion(), null, directorActor).orElseThrow();
        intake = items.view(intake.getId(), ownerActor).orElseThrow();
        items.apply(intake.getId(), ItemVerb.COMPLETE, intake.getVersion(), null, ownerActor).orElseThrow();

        signOff = items.view(signOff.getId(), directorActor).orElseThrow();
        assertThat(signOff.getStartDate()).as("opened when its predecessor completed").isEqualTo(items.today());
        signOff = items.apply(signOff.getId(), ItemVerb.START, signOff.getVersion(), null, directorActor).orElseThrow();
        assertThat(signOff.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);

        Progress progress = items.progressOf(action.getId());
        assertThat(progress.total()).isEqualTo(5);
        assertThat(progress.complete()).isEqualTo(3);
        assertThat(progress.percentComplete()).isEqualTo(60);
    }

    @Test
    void aStaffMemberWhoDoesNotOwnTheRecordCannotStartItsProcessAndNothingIsCreated() {
        ExecutiveAction action = action("Not yours");
        Person stranger = fixtures.person("Sam Stranger", fixtures.unit("Elsewhere", null));
        Outcome<ProcessLauncher.StartedProcess> refused = launcher.start(template.getId(), action.getId(),
                fixtures.actor(stranger));
        assertThat(refused.refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(items.itemsOf(action.getId())).isEmpty();
    }

    @Test
    void anUnknownTemplateIsAnInvalidField() {
        ExecutiveAction action = action("No template");
        Refusal refusal = launcher.start(-1L, action.getId(), ownerActor).refusal();
        assertThat(refusal.field()).isEqualTo("templateId");
        assertThat(List.of(refusal.kind())).containsExactly(Refusal.Kind.INVALID);
    }
}
