package org.excoord.authority;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.shared.ActionStatus;

/**
 * What impacts and risk items share (they have the same shape in the original data model): a level and
 * likelihood, a category, the affected org unit and a mitigation plan.
 */
@MappedSuperclass
public abstract class Finding {

    @Size(max = 300)
    @CleanText
    private String name;
    @Column(name = "authority_id")
    private Long authorityId;
    @Column(name = "analysis_id")
    private Long analysisId;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "general_category")
    @Size(max = 60)
    @CleanText
    private String generalCategory;
    @Enumerated(EnumType.STRING)
    private Scale level;
    @Enumerated(EnumType.STRING)
    private Scale likelihood;
    @Enumerated(EnumType.STRING)
    private Relevance relevance;
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String description;
    @Column(name = "mitigation_plan")
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String mitigationPlan;
    @Column(name = "evidence_of_mitigation")
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String evidenceOfMitigation;
    @Column(name = "review_date")
    @SaneDate
    private LocalDate reviewDate;
    @Column(name = "target_date")
    @SaneDate
    private LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "created_at")
    @SaneDate
    private Instant createdAt;
    @Version
    private long version;

    protected Finding() {
    }

    protected Finding(FindingDetails details, Instant now) {
        this.name = details.name();
        this.authorityId = details.authorityId();
        this.analysisId = details.analysisId();
        this.orgUnitId = details.orgUnitId();
        this.generalCategory = details.generalCategory();
        this.level = details.level();
        this.likelihood = details.likelihood();
        this.relevance = details.relevance();
        this.description = details.description();
        this.mitigationPlan = details.mitigationPlan();
        this.targetDate = details.targetDate();
        this.status = ActionStatus.NEW;
        this.createdAt = now;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("authorityId", authorityId);
        s.put("analysisId", analysisId);
        s.put("orgUnitId", orgUnitId);
        s.put("level", level);
        s.put("likelihood", likelihood);
        s.put("relevance", relevance);
        s.put("generalCategory", generalCategory);
        s.put("mitigationPlan", mitigationPlan);
        s.put("status", status);
        return s;
    }

    public abstract Long getId();
    public String getName() { return name; }
    public Long getAuthorityId() { return authorityId; }
    public Long getAnalysisId() { return analysisId; }
    public Long getOrgUnitId() { return orgUnitId; }
    public Long getParentId() { return parentId; }
    public String getGeneralCategory() { return generalCategory; }
    public Scale getLevel() { return level; }
    public Scale getLikelihood() { return likelihood; }
    public Relevance getRelevance() { return relevance; }
    public String getDescription() { return description; }
    public String getMitigationPlan() { return mitigationPlan; }
    public String getEvidenceOfMitigation() { return evidenceOfMitigation; }
    public LocalDate getReviewDate() { return reviewDate; }
    public LocalDate getTargetDate() { return targetDate; }
    public ActionStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
