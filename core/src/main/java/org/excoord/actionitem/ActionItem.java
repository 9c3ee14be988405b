package org.excoord.actionitem;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.Priority;

/**
 * A piece of work with an assignee (a person or a team), a due date and a status. State changes go through
 * {@link ActionItemManagement}, which checks the workflow and the actor's rights first; the methods here only
 * guard the invariants of the item itself.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
    @SequenceGenerator(name = "action_item_seq", sequenceName = "action_item_seq", allocationSize = 50)
    private Long id;

    @Size(max = 20)
    @CleanText
    private String number;
    @Size(max = 400)
    @CleanText
    private String subject;
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String details;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private ActionType type;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "assignee_person_id")
    private Long assigneePersonId;
    @Column(name = "assignee_team_id")
    private Long assigneeTeamId;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    @Column(name = "originator_id")
    private Long originatorId;
    @Column(name = "reviewer_id")
    private Long reviewerId;
    @Column(name = "executive_action_id")
    private Long executiveActionId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "predecessor_id")
    private Long predecessorId;
    @Column(name = "process_step_id")
    private Long processStepId;
    @Column(name = "sequence_no")
    private int sequenceNo;
    @Column(name = "start_date")
    @SaneDate
    private LocalDate startDate;
    @Column(name = "due_date")
    @SaneDate
    private LocalDate dueDate;
    @Column(name = "next_steps")
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String nextSteps;
    private boolean paused;
    @Column(name = "completed_at")
    @SaneDate
    private Instant completedAt;
    @Column(name = "created_at")
    @SaneDate
    private Instant createdAt;
    @Column(name = "updated_at")
    @SaneDate
    private Instant updatedAt;
    @Column(name = "updated_by")
    @Size(max = 200)
    @CleanText
    private String updatedBy;
    /** Until when a deferred item waits; null unless Deferred. */
    @Column(name = "deferred_until")
    @SaneDate
    private LocalDate deferredUntil;
    /** Where a cancelled or deferred item goes back to when reopened: New or In Progress. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reopen_status")
    private ActionStatus reopenStatus;
    /** Who took the decision that put the item in its status (approved, returned, cancelled, deferred). */
    @Column(name = "decided_by_id")
    private Long decidedById;
    @Column(name = "decided_at")
    @SaneDate
    private Instant decidedAt;
    /** The decider's words: the approval comment, the return or cancellation reason; may be null. */
    @Column(name = "decision_note")
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String decisionNote;
    /** How the item recurs (ISO-8601 period, "P60D"); null for an item done once. */
    @Column(name = "recur_period")
    @Size(max = 20)
    @CleanText
    private String recurPeriod;
    /** The last day an occurrence may be due; null: until the authority is revoked. */
    @Column(name = "recur_until")
    @SaneDate
    private LocalDate recurUntil;
    /** The occurrence this one follows; null for the first. */
    @Column(name = "recur_previous_id")
    private Long recurPreviousId;
    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(String number, NewActionItem spec, Assignee assignee, Long originatorId, Long executiveActionId,
            Instant now, String by) {
        this.number = number;
        this.subject = spec.subject();
        this.details = spec.details();
        this.type = spec.type() == null ? ActionType.TASK_ASSIGNMENT : spec.type();
        this.status = ActionStatus.NEW;
        this.priority = spec.priority() == null ? Priority.MEDIUM : spec.priority();
        this.assigneePersonId = assignee.personId();
        this.assigneeTeamId = assignee.teamId();
        this.orgUnitId = assignee.orgUnitId();
        this.originatorId = originatorId;
        this.reviewerId = spec.reviewerId();
        this.executiveActionId = executiveActionId;
        this.parentId = spec.parentId();
        this.predecessorId = spec.predecessorId();
        this.processStepId = spec.processStepId();
        this.sequenceNo = spec.sequenceNo();
        this.startDate = spec.startDate();
        this.dueDate = spec.dueDate();
        if (spec.recurrence() != null) {
            this.recurPeriod = spec.recurrence().period().toString();
            this.recurUntil = spec.recurrence().until();
        }
        this.createdAt = now;
        touch(now, by);
    }

    /**
     * Moves to {@code next}. A decision recorded for the previous status no longer applies, so it is cleared (the
     * audit trail keeps it); stopping work remembers where it stood, for a later reopen.
     */
    void moveTo(ActionStatus next, LocalDate today, Instant now, String by) {
        boolean stopped = status == ActionStatus.CANCELLED || status == ActionStatus.DEFERRED;
        boolean stopping = next == ActionStatus.CANCELLED || next == ActionStatus.DEFERRED;
        if (stopping && !stopped && status != null) {
            this.reopenStatus = status == ActionStatus.NEW ? ActionStatus.NEW : ActionStatus.IN_PROGRESS;
        } else if (!stopping) {
            this.reopenStatus = null;
        }
        if (next != ActionStatus.DEFERRED) {
            this.deferredUntil = null;
        }
        this.decidedById = null;
        this.decidedAt = null;
        this.decisionNote = null;
        this.status = next;
        this.completedAt = next == ActionStatus.COMPLETE ? now : null;
        if (next == ActionStatus.IN_PROGRESS && startDate == null) {
            this.startDate = today;
        }
        touch(now, by);
    }

    /** Who decided the move just made (approve, return, cancel, defer), when, and in what words. */
    void decided(Long personId, Instant at, String note) {
        this.decidedById = personId;
        this.decidedAt = at;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    void deferUntil(LocalDate until) {
        this.deferredUntil = until;
    }

    void assign(Assignee assignee, Instant now, String by) {
        this.assigneePersonId = assignee.personId();
        this.assigneeTeamId = assignee.teamId();
        this.orgUnitId = assignee.orgUnitId();
        touch(now, by);
    }

    void changeDueDate(LocalDate dueDate, Instant now, String by) {
        this.dueDate = dueDate;
        touch(now, by);
    }

    void edit(String subject, String details, String nextSteps, Priority priority, Instant now, String by) {
        this.subject = subject;
        this.details = details;
        this.nextSteps = nextSteps;
        this.priority = priority;
        touch(now, by);
    }

    void pause(boolean paused, Instant now, String by) {
        this.paused = paused;
        touch(now, by);
    }

    /** The predecessor closed: this item may start now. */
    void open(LocalDate today, Instant now, String by) {
        if (startDate == null || startDate.isBefore(today)) {
            this.startDate = today;
        }
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /** Complete or cancelled: finished with, so its due date and assignee no longer change. */
    public boolean isClosed() {
        return status == ActionStatus.COMPLETE || status == ActionStatus.CANCELLED;
    }

    /**
     * Where reopening this cancelled or deferred item takes it. Items stopped before the status was remembered go
     * to In Progress if they had a start date, else New.
     */
    public ActionStatus reopenStatus() {
        if (reopenStatus != null) {
            return reopenStatus;
        }
        return startDate != null ? ActionStatus.IN_PROGRESS : ActionStatus.NEW;
    }

    /** How the item recurs, or null when it is done once. */
    public Recurrence recurrence() {
        Period period = Recurrence.parse(recurPeriod);
        return period == null ? null : new Recurrence(period, recurUntil);
    }

    /** This item is the next occurrence of {@code previousId}. */
    void follows(Long previousId) {
        this.recurPreviousId = previousId;
    }

    public Assignee assignee() {
        return new Assignee(assigneePersonId, assigneeTeamId, orgUnitId);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("subject", subject);
        s.put("type", type);
        s.put("status", status);
        s.put("priority", priority);
        s.put("assigneePersonId", assigneePersonId);
        s.put("assigneeTeamId", assigneeTeamId);
        s.put("orgUnitId", orgUnitId);
        s.put("reviewerId", reviewerId);
        s.put("executiveActionId", executiveActionId);
        s.put("parentId", parentId);
        s.put("startDate", startDate);
        s.put("dueDate", dueDate);
        s.put("nextSteps", nextSteps);
        s.put("paused", paused);
        s.put("deferredUntil", deferredUntil);
        s.put("decidedById", decidedById);
        s.put("decisionNote", decisionNote);
        if (recurPeriod != null) {
            s.put("recurPeriod", recurPeriod);
            s.put("recurUntil", recurUntil);
            s.put("recurPreviousId", recurPreviousId);
        }
        return s;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getSubject() { return subject; }
    public String getDetails() { return details; }
    public ActionType getType() { return type; }
    public ActionStatus getStatus() { return status; }
    public Priority getPriority() { return priority; }
    public Long getAssigneePersonId() { return assigneePersonId; }
    public Long getAssigneeTeamId() { return assigneeTeamId; }
    public Long getOrgUnitId() { return orgUnitId; }
    public Long getOriginatorId() { return originatorId; }
    public Long getReviewerId() { return reviewerId; }
    public Long getExecutiveActionId() { return executiveActionId; }
    public Long getParentId() { return parentId; }
    public Long getPredecessorId() { return predecessorId; }
    public Long getProcessStepId() { return processStepId; }
    public int getSequenceNo() { return sequenceNo; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getDueDate() { return dueDate; }
    public String getNextSteps() { return nextSteps; }
    public boolean isPaused() { return paused; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDate getDeferredUntil() { return deferredUntil; }
    public Long getDecidedById() { return decidedById; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public Long getRecurPreviousId() { return recurPreviousId; }
    public long getVersion() { return version; }
}
