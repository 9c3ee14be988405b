package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.excoord.actionitem.ActionItemPolicy.ItemContext;
import org.excoord.actionitem.ItemVerb.Right;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.junit.jupiter.api.Test;

class ActionItemPolicyTests {

    private static final long ASSIGNEE = 1, ORIGINATOR = 2, REVIEWER = 3, OWNER = 4, STRANGER = 5, MANAGER = 6;
    private static final String UNIT_PATH = "/DEPT/POLICY/";

    private final ActionItem item = TestItems.item(ActionType.TASK_ASSIGNMENT, ActionStatus.IN_PROGRESS, ASSIGNEE,
            ORIGINATOR, REVIEWER);
    private final ItemContext context = new ItemContext(item, UNIT_PATH, OWNER);

    private static Actor staff(long id) {
        return new Actor(id, "p" + id, 99L, EnumSet.of(Role.STAFF), List.of(), Set.of());
    }

    @Test
    void theAssigneeWorksButNeverApprovesTheirOwnItem() {
        Actor assignee = staff(ASSIGNEE);
        assertThat(ActionItemPolicy.may(assignee, Right.WORK, context)).isTrue();
        assertThat(ActionItemPolicy.may(assignee, Right.REVIEW, context)).isFalse();
        assertThat(ActionItemPolicy.may(assignee, Right.MANAGE, context)).isFalse();
    }

    @Test
    void theNamedReviewerReviewsAndTheOriginatorManages() {
        assertThat(ActionItemPolicy.may(staff(REVIEWER), Right.REVIEW, context)).isTrue();
        assertThat(ActionItemPolicy.may(staff(REVIEWER), Right.WORK, context)).isFalse();
        assertThat(ActionItemPolicy.may(staff(ORIGINATOR), Right.MANAGE, context)).isTrue();
        // a reviewer is named, so the originator does not review
        assertThat(ActionItemPolicy.may(staff(ORIGINATOR), Right.REVIEW, context)).isFalse();
    }

    @Test
    void withoutANamedReviewerTheOriginatorReviews() {
        ActionItem unnamed = TestItems.item(ActionType.APPROVAL, ActionStatus.SUBMITTED_FOR_REVIEW, ASSIGNEE,
                ORIGINATOR, null);
        assertThat(ActionItemPolicy.may(staff(ORIGINATOR), Right.REVIEW, new ItemContext(unnamed, UNIT_PATH, null)))
                .isTrue();
    }

    @Test
    void aManagerOfTheUnitOrAnAncestorMayDoEverythingButSomeoneElsesUnitIsNotTheirs() {
        Actor ancestorManager = new Actor(MANAGER, "m", 1L, EnumSet.of(Role.MANAGER), List.of("/DEPT/"), Set.of());
        Actor otherManager = new Actor(MANAGER, "m", 1L, EnumSet.of(Role.MANAGER), List.of("/DEPT/LEGAL/"), Set.of());
        for (Right right : Right.values()) {
            assertThat(ActionItemPolicy.may(ancestorManager, right, context)).as(right.name()).isTrue();
            assertThat(ActionItemPolicy.may(otherManager, right, context)).as(right.name()).isFalse();
        }
        assertThat(ActionItemPolicy.mayView(otherManager, context)).isFalse();
    }

    @Test
    void aStrangerSeesNothingButTheSecretariatAndAdminsDo() {
        assertThat(ActionItemPolicy.mayView(staff(STRANGER), context)).isFalse();
        Actor secretariat = new Actor(STRANGER, "s", null, EnumSet.of(Role.SECRETARIAT), List.of(), Set.of());
        assertThat(ActionItemPolicy.mayView(secretariat, context)).isTrue();
        assertThat(ActionItemPolicy.may(secretariat, Right.WORK, context)).isFalse();
        Actor admin = new Actor(STRANGER, "a", null, EnumSet.of(Role.ADMIN), List.of(), Set.of());
        assertThat(ActionItemPolicy.may(admin, Right.MANAGE, context)).isTrue();
    }

    @Test
    void theExecutiveActionOwnerManagesItsItems() {
        assertThat(ActionItemPolicy.may(staff(OWNER), Right.MANAGE, context)).isTrue();
        assertThat(ActionItemPolicy.mayView(staff(OWNER), context)).isTrue();
    }

    @Test
    void teamMembersWorkOnTeamItems() {
        NewActionItem spec = new NewActionItem("Team task", null, null, null, null, 77L, null, null, null, null, null,
                null, null, 0);
        ActionItem teamItem = new ActionItem("AI-2026-000002", spec, new Assignee(null, 77L, 10L), ORIGINATOR, null,
                TestItems.NOW, "t");
        Actor member = new Actor(STRANGER, "m", 99L, EnumSet.of(Role.STAFF), List.of(), Set.of(77L));
        assertThat(ActionItemPolicy.may(member, Right.WORK, new ItemContext(teamItem, UNIT_PATH, null))).isTrue();
        assertThat(ActionItemPolicy.may(staff(STRANGER), Right.WORK, new ItemContext(teamItem, UNIT_PATH, null))).isFalse();
    }

    @Test
    void staffTaskOnlyThemselvesAndTheirUnit() {
        Actor staff = staff(STRANGER);
        assertThat(ActionItemPolicy.mayAssignTo(staff, STRANGER, 12L)).isTrue();
        assertThat(ActionItemPolicy.mayAssignTo(staff, 42L, 99L)).isTrue();
        assertThat(ActionItemPolicy.mayAssignTo(staff, 42L, 12L)).isFalse();
        Actor manager = new Actor(MANAGER, "m", 1L, EnumSet.of(Role.MANAGER), List.of("/DEPT/"), Set.of());
        assertThat(ActionItemPolicy.mayAssignTo(manager, 42L, 12L)).isTrue();
    }
}
