package org.excoord.actionitem;

import java.time.Instant;
import java.time.LocalDate;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;

/** Builds items in a given state for unit tests, without a database. */
final class TestItems {

    static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private TestItems() {
    }

    static ActionItem item(ActionType type, ActionStatus status, Long assignee, Long originator, Long reviewer) {
        NewActionItem spec = new NewActionItem("Draft the zero trust plan", null, type, null, assignee, null, reviewer,
                null, null, null, TODAY.plusDays(7), null, null, 0);
        ActionItem item = new ActionItem("AI-2026-000001", spec, new Assignee(assignee, null, 10L), originator, null,
                NOW, "test");
        if (status != ActionStatus.NEW) {
            item.moveTo(status, TODAY, NOW, "test");
        }
        return item;
    }

    static ActionItem task(ActionStatus status) {
        return item(ActionType.TASK_ASSIGNMENT, status, 1L, 2L, null);
    }
}
