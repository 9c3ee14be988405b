package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * One action item as the bot sees it for one viewer: the facts plus what this viewer may do. The bot computes
 * the permissions ({@code verbs}, {@code may*}) so the card never offers a button the server would refuse.
 *
 * @param status the status enum name, e.g. {@code IN_PROGRESS}
 * @param executiveAction e.g. "EA-2026-000004 Implement EO 14028"; null when the item stands alone
 * @param authority e.g. "EO 14028"; null when none
 * @param classified above Unclassified: details are shown only in a 1:1 chat
 * @param verbs the workflow verbs ({@code START}, {@code SUBMIT}, {@code RETURN}, …) this viewer may use now
 * @param version the version the viewer saw; sent back with every action so stale edits are refused
 * @param notice shown on top, e.g. why the card was refreshed; null when none
 * @param refreshUserIds Teams user ids whose copy of the card refreshes automatically (at most 60 are used)
 * @param sync how far the item's Planner task is; null when the item is not mirrored (Planner sync off)
 * @param reviewer who is expected to review it while Submitted for Review or in review, e.g. "Patti Fernandez";
 *        null when no one person can be named (any manager of the unit then reviews)
 * @param deferredUntil until when a Deferred item waits; null otherwise
 * @param decision the decision that put the item in its status (approved, returned, cancelled, deferred); null
 *        when there is none
 * @param today today in the organisation's time zone: the earliest date the Defer form offers; null for no limit
 * @param assigneeTeamsId the assigned person's id for a Teams mention (their Entra object id, or their Teams user id
 *                        "29:…"), so that in a group chat or channel the card @mentions them and Teams notifies them;
 *                        null for a team or an unknown person (the name is shown as text)
 * @param recurrence how the item recurs (shown "Every 60 days", "Annually until Tue, Dec 31, 2030"); null when it
 *                   is done once
 */
public record ItemCard(long id, String number, String subject, String details, String status, String statusLabel,
        String priority, LocalDate dueDate, boolean overdue, String assignee, String executiveAction,
        String authority, String classificationLabel, boolean classified, List<CommentLine> recentComments,
        List<String> verbs, boolean mayChangeDueDate, boolean mayReassign, boolean mayComment,
        List<Option> reassignTo, long version, String notice, List<String> refreshUserIds, Sync sync,
        String reviewer, LocalDate deferredUntil, Decision decision, LocalDate today, String assigneeTeamsId,
        org.excoord.actionitem.Recurrence recurrence) {

    /** An item card with every line but the recurrence (an item done once). */
    public ItemCard(long id, String number, String subject, String details, String status, String statusLabel,
            String priority, LocalDate dueDate, boolean overdue, String assignee, String executiveAction,
            String authority, String classificationLabel, boolean classified, List<CommentLine> recentComments,
            List<String> verbs, boolean mayChangeDueDate, boolean mayReassign, boolean mayComment,
            List<Option> reassignTo, long version, String notice, List<String> refreshUserIds, Sync sync,
            String reviewer, LocalDate deferredUntil, Decision decision, LocalDate today, String assigneeTeamsId) {
        this(id, number, subject, details, status, statusLabel, priority, dueDate, overdue, assignee, executiveAction,
                authority, classificationLabel, classified, recentComments, verbs, mayChangeDueDate, mayReassign,
                mayComment, reassignTo, version, notice, refreshUserIds, sync, reviewer, deferredUntil, decision, today,
                assigneeTeamsId, null);
    }

    /** An item card without review, deferral or decision lines. */
    public ItemCard(long id, String number, String subject, String details, String status, String statusLabel,
            String priority, LocalDate dueDate, boolean overdue, String assignee, String executiveAction,
            String authority, String classificationLabel, boolean classified, List<CommentLine> recentComments,
            List<String> verbs, boolean mayChangeDueDate, boolean mayReassign, boolean mayComment,
            List<Option> reassignTo, long version, String notice, List<String> refreshUserIds, Sync sync) {
        this(id, number, subject, details, status, statusLabel, priority, dueDate, overdue, assignee, executiveAction,
                authority, classificationLabel, classified, recentComments, verbs, mayChangeDueDate, mayReassign,
                mayComment, reassignTo, version, notice, refreshUserIds, sync, null, null, null, null, null, null);
    }

    /** An item card without review, deferral or decision lines, with the assignee's mention id. */
    public ItemCard(long id, String number, String subject, String details, String status, String statusLabel,
            String priority, LocalDate dueDate, boolean overdue, String assignee, String executiveAction,
            String authority, String classificationLabel, boolean classified, List<CommentLine> recentComments,
            List<String> verbs, boolean mayChangeDueDate, boolean mayReassign, boolean mayComment,
            List<Option> reassignTo, long version, String notice, List<String> refreshUserIds, Sync sync,
            String assigneeTeamsId) {
        this(id, number, subject, details, status, statusLabel, priority, dueDate, overdue, assignee, executiveAction,
                authority, classificationLabel, classified, recentComments, verbs, mayChangeDueDate, mayReassign,
                mayComment, reassignTo, version, notice, refreshUserIds, sync, null, null, null, null, assigneeTeamsId,
                null);
    }

    /** An item card with review, deferral and decision lines and no mention. */
    public ItemCard(long id, String number, String subject, String details, String status, String statusLabel,
            String priority, LocalDate dueDate, boolean overdue, String assignee, String executiveAction,
            String authority, String classificationLabel, boolean classified, List<CommentLine> recentComments,
            List<String> verbs, boolean mayChangeDueDate, boolean mayReassign, boolean mayComment,
            List<Option> reassignTo, long version, String notice, List<String> refreshUserIds, Sync sync,
            String reviewer, LocalDate deferredUntil, Decision decision, LocalDate today) {
        this(id, number, subject, details, status, statusLabel, priority, dueDate, overdue, assignee, executiveAction,
                authority, classificationLabel, classified, recentComments, verbs, mayChangeDueDate, mayReassign,
                mayComment, reassignTo, version, notice, refreshUserIds, sync, reviewer, deferredUntil, decision, today,
                null, null);
    }

    /**
     * Who decided what about the item, shown as one line ("Approved by Patti Fernandez on Dec 2, 2026: looks good").
     *
     * @param kind {@code APPROVED}, {@code RETURNED}, {@code CANCELLED} or {@code DEFERRED}
     * @param by   the person's display name; null when unknown
     * @param on   the day, in the organisation's time zone; null when unknown
     * @param note their words (an approval comment, a reason); null when none
     */
    public record Decision(String kind, String by, LocalDate on, String note) {
    }

    /**
     * The item's Planner sync state as one line of the card.
     *
     * @param state   {@code SYNCED}, {@code PENDING}, {@code FAILED} or {@code NOT_LINKED}
     * @param reason  why it FAILED, for viewers who may act on it (assignee, managers, admins); null for the others,
     *                who see only that it failed
     * @param taskUrl "Open in Planner": the task on the web, https only; null until the task exists
     */
    public record Sync(String state, String reason, String taskUrl) {
    }
}
