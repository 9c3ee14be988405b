package org.excoord.process;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.excoord.shared.ActionType;

/** One step of a template; steps nest (a phase with its sub-tasks). */
@Entity
@Table(name = "process_step")
public class ProcessStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "process_seq")
    @SequenceGenerator(name = "process_seq", sequenceName = "process_seq", allocationSize = 50)
    private Long id;

    @Column(name = "template_id")
    private Long templateId;
    @Column(name = "parent_step_id")
    private Long parentStepId;
    @Size(max = 200)
    @CleanText
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "step_type")
    private ActionType type;
    @Column(name = "step_order")
    private int order;
    @Enumerated(EnumType.STRING)
    @Column(name = "substep_order")
    private SubstepOrder substepOrder;
    @Column(name = "due_offset_days")
    private int dueOffsetDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "assign_to")
    private AssignTo assignTo;
    @Column(name = "assignee_person_id")
    private Long assigneePersonId;
    @Column(name = "assignee_team_id")
    private Long assigneeTeamId;
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String details;

    protected ProcessStep() {
    }

    /**
     * @param dueOffsetDays days after the process starts that the step is due
     */
    public ProcessStep(Long templateId, Long parentStepId, String name, ActionType type, int order,
            SubstepOrder substepOrder, int dueOffsetDays, AssignTo assignTo, Long assigneePersonId,
            Long assigneeTeamId, String details) {
        this.templateId = templateId;
        this.parentStepId = parentStepId;
        this.name = name;
        this.type = type;
        this.order = order;
        this.substepOrder = substepOrder;
        this.dueOffsetDays = dueOffsetDays;
        this.assignTo = assignTo;
        this.assigneePersonId = assigneePersonId;
        this.assigneeTeamId = assigneeTeamId;
        this.details = details;
    }

    public Long getId() { return id; }
    public Long getTemplateId() { return templateId; }
    public Long getParentStepId() { return parentStepId; }
    public String getName() { return name; }
    public ActionType getType() { return type; }
    public int getOrder() { return order; }
    public SubstepOrder getSubstepOrder() { return substepOrder; }
    public int getDueOffsetDays() { return dueOffsetDays; }
    public AssignTo getAssignTo() { return assignTo; }
    public Long getAssigneePersonId() { return assigneePersonId; }
    public Long getAssigneeTeamId() { return assigneeTeamId; }
    public String getDetails() { return details; }
}
