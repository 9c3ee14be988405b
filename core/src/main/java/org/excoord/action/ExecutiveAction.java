package org.excoord.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;

/**
 * An executive action: a directive, a request or a piece of correspondence the agency must act on.
 * Its work is done through action items; its progress is rolled up from them.
 */
@Entity
@Table(name = "executive_action")
public class ExecutiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "executive_action_seq")
    @SequenceGenerator(name = "executive_action_seq", sequenceName = "executive_action_seq", allocationSize = 50)
    private Long id;

    @Size(max = 20)
    @CleanText
    private String number;
    @Size(max = 100)
    @CleanText
    private String name;
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String description;
    @Enumerated(EnumType.STRING)
    private ActionCategory category;
    @Column(name = "type_id")
    private Long typeId;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private SecurityClassification classification;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "due_date")
    @SaneDate
    private LocalDate dueDate;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "source_authority_id")
    private Long sourceAuthorityId;
    @Column(name = "source_analysis_id")
    private Long sourceAnalysisId;
    @Column(name = "source_impact_id")
    private Long sourceImpactId;
    @Column(name = "source_risk_id")
    private Long sourceRiskId;
    @Column(name = "outcome_summary")
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String outcomeSummary;
    @Column(name = "owner_id")
    private Long ownerId;
    @Embedded
    @Valid
    private Receipt receipt;
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
    @Version
    private long version;

    protected ExecutiveAction() {
    }

    ExecutiveAction(String number, NewExecutiveAction spec, ActionCategory category, Instant now, String by) {
        this.number = number;
        this.name = spec.name();
        this.description = spec.description();
        this.category = category;
        this.typeId = spec.typeId();
        this.priority = spec.priority() == null ? Priority.MEDIUM : spec.priority();
        this.classification = spec.classification() == null ? SecurityClassification.UNCLASSIFIED : spec.classification();
        this.status = ActionStatus.NEW;
        this.dueDate = spec.dueDate();
        this.parentId = spec.parentId();
        this.sourceAuthorityId = spec.sourceAuthorityId();
        this.sourceAnalysisId = spec.sourceAnalysisId();
        this.sourceImpactId = spec.sourceImpactId();
        this.sourceRiskId = spec.sourceRiskId();
        this.ownerId = spec.ownerId();
        this.receipt = spec.receipt();
        this.createdAt = now;
        touch(now, by);
    }

    void changeStatus(ActionStatus status, Instant now, String by) {
        this.status = status;
        touch(now, by);
    }

    void changeDueDate(LocalDate dueDate, Instant now, String by) {
        this.dueDate = dueDate;
        touch(now, by);
    }

    void reassignOwner(Long ownerId, Instant now, String by) {
        this.ownerId = ownerId;
        touch(now, by);
    }

    void recordOutcome(String outcomeSummary, Instant now, String by) {
        this.outcomeSummary = outcomeSummary;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Whether this action arrived from outside (a letter, an inquiry) rather than being raised internally. */
    public boolean isReceived() {
        return receipt != null && receipt.receivedAt() != null;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("name", name);
        s.put("category", category);
        s.put("typeId", typeId);
        s.put("priority", priority);
        s.put("classification", classification);
        s.put("status", status);
        s.put("dueDate", dueDate);
        s.put("ownerId", ownerId);
        s.put("parentId", parentId);
        s.put("sourceAuthorityId", sourceAuthorityId);
        s.put("outcomeSummary", outcomeSummary);
        return s;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public ActionCategory getCategory() { return category; }
    public Long getTypeId() { return typeId; }
    public Priority getPriority() { return priority; }
    public SecurityClassification getClassification() { return classification; }
    public ActionStatus getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public Long getParentId() { return parentId; }
    public Long getSourceAuthorityId() { return sourceAuthorityId; }
    public Long getSourceAnalysisId() { return sourceAnalysisId; }
    public Long getSourceImpactId() { return sourceImpactId; }
    public Long getSourceRiskId() { return sourceRiskId; }
    public String getOutcomeSummary() { return outcomeSummary; }
    public Long getOwnerId() { return ownerId; }
    public Receipt getReceipt() { return receipt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
