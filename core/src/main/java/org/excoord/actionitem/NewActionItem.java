package org.excoord.actionitem;

import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.excoord.shared.ActionType;
import org.excoord.shared.Priority;

/**
 * Input for a new action item. {@code subject} is required. Give at most one of {@code assigneePersonId} and
 * {@code assigneeTeamId}; neither leaves the item for triage. A child ({@code parentId}) belongs to its
 * parent's executive action. {@code predecessorId}, {@code processStepId} and {@code sequenceNo} are set by
 * process templates.
 */
public record NewActionItem(@CleanText String subject, @CleanText(multiline = true) @Size(max = 10_000) String details, ActionType type, Priority priority,
        Long assigneePersonId, Long assigneeTeamId, Long reviewerId, Long executiveActionId, Long parentId,
        @SaneDate LocalDate startDate, @SaneDate LocalDate dueDate, Long predecessorId, Long processStepId, int sequenceNo) {

    /** An ad hoc item: just the essentials. */
    public static NewActionItem adHoc(String subject, Long assigneePersonId, LocalDate dueDate, Long executiveActionId) {
        return new NewActionItem(subject, null, null, null, assigneePersonId, null, null, executiveActionId, null, null,
                dueDate, null, null, 0);
    }
}
