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
import java.time.LocalDate;

/** A change to an authority over its life: the original, amendments, a repeal, an extension. */
@Entity
@Table(name = "legal_amendment")
public class LegalAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    @Column(name = "authority_id")
    private Long authorityId;
    @Column(name = "amending_authority_id")
    private Long amendingAuthorityId;
    @Size(max = 1000)
    @CleanText
    private String name;
    @Column(name = "amendment_date")
    @SaneDate
    private LocalDate amendmentDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "submission_type")
    private SubmissionType submissionType;
    @Column(name = "summary_of_change")
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String summaryOfChange;

    protected LegalAmendment() {
    }

    public LegalAmendment(Long authorityId, Long amendingAuthorityId, String name, LocalDate amendmentDate,
            SubmissionType submissionType, String summaryOfChange) {
        this.authorityId = authorityId;
        this.amendingAuthorityId = amendingAuthorityId;
        this.name = name;
        this.amendmentDate = amendmentDate;
        this.submissionType = submissionType;
        this.summaryOfChange = summaryOfChange;
    }

    public Long getId() { return id; }
    public Long getAuthorityId() { return authorityId; }
    public Long getAmendingAuthorityId() { return amendingAuthorityId; }
    public String getName() { return name; }
    public LocalDate getAmendmentDate() { return amendmentDate; }
    public SubmissionType getSubmissionType() { return submissionType; }
    public String getSummaryOfChange() { return summaryOfChange; }
}
