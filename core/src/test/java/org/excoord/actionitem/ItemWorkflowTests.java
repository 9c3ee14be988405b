package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.actionitem.TestItems.task;

import java.util.Arrays;
import java.util.List;
import org.excoord.actionitem.ItemWorkflow.Neighbours;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.Refusal;
import org.excoord.shared.StatusGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemWorkflowTests {

    private static final Neighbours ALONE = new Neighbours(null, null, 0);

    @Test
    void theHappyPathRunsFromNewToComplete() {
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.NEW), ALONE, null)).isNull();
        assertThat(ItemWorkflow.check(ItemVerb.SUBMIT, task(ActionStatus.IN_PROGRESS), ALONE, null)).isNull();
        assertThat(ItemWorkflow.check(ItemVerb.START_REVIEW, task(ActionStatus.SUBMITTED_FOR_REVIEW), ALONE, null)).isNull();
        assertThat(ItemWorkflow.check(ItemVerb.APPROVE, task(ActionStatus.REVIEW_IN_PROGRESS), ALONE, null)).isNull();
        assertThat(ItemVerb.APPROVE.target()).isEqualTo(ActionStatus.COMPLETE);
    }

    @Test
    void returnedWorkGoesBackToInProgress() {
        assertThat(ItemVerb.RETURN.target()).isEqualTo(ActionStatus.RETURNED);
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.RETURNED), ALONE, null)).isNull();
        assertThat(ItemVerb.START.target()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void returningRequiresAComment() {
        Refusal refusal = ItemWorkflow.check(ItemVerb.RETURN, task(ActionStatus.SUBMITTED_FOR_REVIEW), ALONE, "  ");
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.field()).isEqualTo("comment");
        assertThat(ItemWorkflow.check(ItemVerb.RETURN, task(ActionStatus.SUBMITTED_FOR_REVIEW), ALONE,
                "Section 3 is missing the budget")).isNull();
    }

    @Test
    void aVerbOutsideItsStatesIsRefusedWithTheCurrentStatus() {
        Refusal refusal = ItemWorkflow.check(ItemVerb.APPROVE, task(ActionStatus.NEW), ALONE, null);
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.message()).contains("New (Not Started)");
    }

    @Test
    void aCancelledItemCanOnlyBeReopened() {
        for (ItemVerb verb : ItemVerb.values()) {
            Refusal refusal = ItemWorkflow.check(verb, task(ActionStatus.CANCELLED), ALONE, "x", TestItems.TODAY,
                    TestItems.TODAY);
            assertThat(refusal == null).as(verb.name()).isEqualTo(verb == ItemVerb.REOPEN);
        }
    }

    @Test
    void cancellingNeedsAReason() {
        Refusal refusal = ItemWorkflow.check(ItemVerb.CANCEL, task(ActionStatus.IN_PROGRESS), ALONE, " ");
        assertThat(refusal.field()).isEqualTo("comment");
        assertThat(ItemWorkflow.check(ItemVerb.CANCEL, task(ActionStatus.IN_PROGRESS), ALONE, "Superseded")).isNull();
    }

    @Test
    void deferringNeedsADateThatIsNotInThePast() {
        ActionItem item = task(ActionStatus.IN_PROGRESS);
        assertThat(ItemWorkflow.check(ItemVerb.DEFER, item, ALONE, null, null, TestItems.TODAY).field())
                .isEqualTo("deferUntil");
        assertThat(ItemWorkflow.check(ItemVerb.DEFER, item, ALONE, null, TestItems.TODAY.minusDays(1), TestItems.TODAY)
                .message()).contains("in the past");
        assertThat(ItemWorkflow.check(ItemVerb.DEFER, item, ALONE, null, TestItems.TODAY, TestItems.TODAY)).isNull();
    }

    @Test
    void aDeferredItemIsReopenedNotStarted() {
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.DEFERRED), ALONE, null)).isNotNull();
        assertThat(ItemWorkflow.check(ItemVerb.REOPEN, task(ActionStatus.DEFERRED), ALONE, null)).isNull();
    }

    @Test
    void reopeningGoesBackToNewUnlessWorkHadBegun() {
        ActionItem fresh = task(ActionStatus.NEW);
        fresh.moveTo(ActionStatus.CANCELLED, TestItems.TODAY, TestItems.NOW, "test");
        assertThat(ItemVerb.REOPEN.targetFor(fresh)).isEqualTo(ActionStatus.NEW);
        ActionItem returned = task(ActionStatus.RETURNED);
        returned.moveTo(ActionStatus.DEFERRED, TestItems.TODAY, TestItems.NOW, "test");
        returned.moveTo(ActionStatus.CANCELLED, TestItems.TODAY, TestItems.NOW, "test");
        assertThat(ItemVerb.REOPEN.targetFor(returned)).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(ItemVerb.REOPEN.targetFor(task(ActionStatus.COMPLETE))).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(StatusGraph.allows(ActionStatus.CANCELLED, ActionStatus.NEW)).isTrue();
        assertThat(StatusGraph.allows(ActionStatus.DEFERRED, ActionStatus.NEW)).isTrue();
    }

    @Test
    void aChildCannotStartBeforeItsParentIsInProgress() {
        Refusal refusal = ItemWorkflow.check(ItemVerb.START, task(ActionStatus.NEW),
                new Neighbours(ActionStatus.NEW, null, 0), null);
        assertThat(refusal.message()).contains("parent item must be In Progress");
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.NEW),
                new Neighbours(ActionStatus.IN_PROGRESS, null, 0), null)).isNull();
    }

    @Test
    void aSequentialStepWaitsForItsPredecessor() {
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.NEW),
                new Neighbours(ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, 0), null)).isNotNull();
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.NEW),
                new Neighbours(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETE, 0), null)).isNull();
        assertThat(ItemWorkflow.check(ItemVerb.START, task(ActionStatus.NEW),
                new Neighbours(ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED, 0), null)).isNull();
    }

    @Test
    void anApprovalStepCannotBeMarkedCompleteByItsAssignee() {
        ActionItem approval = TestItems.item(ActionType.APPROVAL, ActionStatus.IN_PROGRESS, 1L, 2L, null);
        assertThat(ItemWorkflow.check(ItemVerb.COMPLETE, approval, ALONE, null).message()).contains("submit it for review");
        assertThat(ItemWorkflow.check(ItemVerb.SUBMIT, approval, ALONE, null)).isNull();
    }

    @Test
    void aParentWithUnfinishedChildrenCannotComplete() {
        assertThat(ItemWorkflow.check(ItemVerb.COMPLETE, task(ActionStatus.IN_PROGRESS), new Neighbours(null, null, 2),
                null).message()).contains("2 unfinished sub-item");
        assertThat(ItemWorkflow.check(ItemVerb.APPROVE, task(ActionStatus.SUBMITTED_FOR_REVIEW),
                new Neighbours(null, null, 1), null)).isNotNull();
    }

    @Test
    void aPausedItemMovesOnlyToCancelledOrDeferred() {
        ActionItem paused = task(ActionStatus.IN_PROGRESS);
        paused.pause(true, TestItems.NOW, "test");
        assertThat(ItemWorkflow.check(ItemVerb.COMPLETE, paused, ALONE, null).message()).contains("paused");
        assertThat(ItemWorkflow.check(ItemVerb.CANCEL, paused, ALONE, "No longer needed")).isNull();
    }

    /** Every verb's move is one the general status graph allows, so items and actions agree on the workflow. */
    @ParameterizedTest
    @EnumSource(ItemVerb.class)
    void everyVerbFollowsTheStatusGraph(ItemVerb verb) {
        List<ActionStatus> from = Arrays.stream(ActionStatus.values()).filter(verb::appliesTo).toList();
        assertThat(from).as("states %s applies to", verb).isNotEmpty()
                .allSatisfy(s -> assertThat(StatusGraph.allows(s, verb.target())).as(s + " -> " + verb.target()).isTrue());
    }
}
