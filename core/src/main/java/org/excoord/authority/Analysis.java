package org.excoord.authority;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.shared.ActionStatus;

/** An org unit's assessment of what an authority means for it; impacts and risk items hang off it. */
@Entity
@Table(name = "analysis")
public class Analysis {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    @Size(max = 300)
    @CleanText
    private String name;
    @Column(name = "authority_id")
    private Long authorityId;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    @Column(name = "poc_id")
    private Long pocId;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "analysis_from")
    @SaneDate
    private LocalDate analysisFrom;
    @Column(name = "analysis_to")
    @SaneDate
    private LocalDate analysisTo;
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String summary;
    @Size(max = 1_000_000)
    @CleanText(multiline = true)
    private String details;
    @Column(name = "created_at")
    @SaneDate
    private Instant createdAt;
    @Version
    private long version;

    protected Analysis() {
    }

    public Analysis(String name, Long authorityId, Long orgUnitId, Long pocId, String summary, String details,
            LocalDate analysisFrom, LocalDate analysisTo, Instant now) {
        this.name = name;
        this.authorityId = authorityId;
        this.orgUnitId = orgUnitId;
        this.pocId = pocId;
        this.status = ActionStatus.NEW;
        this.summary = summary;
        this.details = details;
        this.analysisFrom = analysisFrom;
        this.analysisTo = analysisTo;
        this.createdAt = now;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("authorityId", authorityId);
        s.put("orgUnitId", orgUnitId);
        s.put("pocId", pocId);
        s.put("status", status);
        s.put("summary", summary);
        return s;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getAuthorityId() { return authorityId; }
    public Long getOrgUnitId() { return orgUnitId; }
    public Long getPocId() { return pocId; }
    public ActionStatus getStatus() { return status; }
    public LocalDate getAnalysisFrom() { return analysisFrom; }
    public LocalDate getAnalysisTo() { return analysisTo; }
    public String getSummary() { return summary; }
    public String getDetails() { return details; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
