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
 * process templates. {@code recurrence}, when given, makes the item recur: completing it creates the next occurrence
 * ({@link Recurrence}); null for an item done once.
 */
public record NewActionItem(@CleanText String subject, @CleanText(multiline = true) @Size(max = 10_000) String details, ActionType type, Priority priority,
        Long assigneePersonId, Long assigneeTeamId, Long reviewerId, Long executiveActionId, Long parentId,
        @SaneDate LocalDate startDate, @SaneDate LocalDate dueDate, Long predecessorId, Long processStepId, int sequenceNo,
        Recurrence recurrence) {

    /** An item that does not recur (the shape before recurrences). */
    public NewActionItem(String subject, String details, ActionType type, Priority priority, Long assigneePersonId,
            Long assigneeTeamId, Long reviewerId, Long executiveActionId, Long parentId, LocalDate startDate,
            LocalDate dueDate, Long predecessorId, Long processStepId, int sequenceNo) {
        this(subject, details, type, priority, assigneePersonId, assigneeTeamId, reviewerId, executiveActionId, parentId,
                startDate, dueDate, predecessorId, processStepId, sequenceNo, null);
    }

    /** The same item, recurring as {@code r} (null: once). */
    public NewActionItem recurring(Recurrence r) {
        return new NewActionItem(subject, details, type, priority, assigneePersonId, assigneeTeamId, reviewerId,
                executiveActionId, parentId, startDate, dueDate, predecessorId, processStepId, sequenceNo, r);
    }

    /** An ad hoc item: just the essentials. */
    public static NewActionItem adHoc(String subject, Long assigneePersonId, LocalDate dueDate, Long executiveActionId) {
        return new NewActionItem(subject, null, null, null, assigneePersonId, null, null, executiveActionId, null, null,
                dueDate, null, null, 0);
    }
}
