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

/**
 * A legal authority. The SHA-256 of its text ({@code contentHash}) identifies a version of the text: analyses are
 * cached by it, and importing the same text twice is a no-op. The text itself is an {@link AuthorityText}.
 */
@Entity
@Table(name = "legal_authority")
public class LegalAuthority {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    @Size(max = 850)
    @CleanText
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "authority_type")
    private AuthorityType type;
    @Enumerated(EnumType.STRING)
    private AuthorityStatus status;
    @Enumerated(EnumType.STRING)
    private Jurisdiction jurisdiction;
    @Size(max = 200)
    @CleanText
    private String citation;
    @Column(name = "document_number")
    @Size(max = 100)
    @CleanText
    private String documentNumber;
    @Column(name = "executive_order_number")
    @Size(max = 20)
    @CleanText
    private String executiveOrderNumber;
    @Column(name = "issuing_body")
    @Size(max = 200)
    @CleanText
    private String issuingBody;
    @Column(name = "signing_date")
    @SaneDate
    private LocalDate signingDate;
    @Column(name = "effective_date")
    @SaneDate
    private LocalDate effectiveDate;
    @Column(name = "expiration_date")
    @SaneDate
    private LocalDate expirationDate;
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String summary;
    @Column(name = "disposition_notes")
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String dispositionNotes;
    @Size(max = 500)
    @CleanText
    private String tags;
    @Column(name = "source_url")
    @Size(max = 1000)
    @CleanText
    private String sourceUrl;
    @Column(name = "content_hash")
    @Size(max = 64)
    @CleanText
    private String contentHash;
    @Column(name = "created_at")
    @SaneDate
    private Instant createdAt;
    @Column(name = "updated_at")
    @SaneDate
    private Instant updatedAt;
    @Version
    private long version;

    protected LegalAuthority() {
    }

    public LegalAuthority(String name, AuthorityType type, Jurisdiction jurisdiction, String contentHash, Instant now) {
        this.name = name;
        this.type = type;
        this.status = AuthorityStatus.ACTIVE;
        this.jurisdiction = jurisdiction;
        this.contentHash = contentHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The text was replaced (a corrected or consolidated version); the caller stores it and re-derives the sections. */
    public void textReplaced(String contentHash, Instant now) {
        this.contentHash = contentHash;
        this.updatedAt = now;
    }

    public void describe(String citation, String documentNumber, String executiveOrderNumber, String issuingBody,
            LocalDate signingDate, String sourceUrl) {
        this.citation = citation;
        this.documentNumber = documentNumber;
        this.executiveOrderNumber = executiveOrderNumber;
        this.issuingBody = issuingBody;
        this.signingDate = signingDate;
        this.effectiveDate = effectiveDate == null ? signingDate : effectiveDate;
        this.sourceUrl = sourceUrl;
    }

    public void summarize(String summary, String tags) {
        this.summary = summary;
        this.tags = tags;
    }

    public void changeStatus(AuthorityStatus status, String dispositionNotes, LocalDate expirationDate, Instant now) {
        this.status = status;
        this.dispositionNotes = dispositionNotes;
        this.expirationDate = expirationDate;
        this.updatedAt = now;
    }

    /** The audited fields (the text itself is represented by its hash). */
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", type);
        s.put("status", status);
        s.put("executiveOrderNumber", executiveOrderNumber);
        s.put("citation", citation);
        s.put("signingDate", signingDate);
        s.put("contentHash", contentHash);
        s.put("dispositionNotes", dispositionNotes);
        return s;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public AuthorityType getType() { return type; }
    public AuthorityStatus getStatus() { return status; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getCitation() { return citation; }
    public String getDocumentNumber() { return documentNumber; }
    public String getExecutiveOrderNumber() { return executiveOrderNumber; }
    public String getIssuingBody() { return issuingBody; }
    public LocalDate getSigningDate() { return signingDate; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public LocalDate getExpirationDate() { return expirationDate; }
    public String getSummary() { return summary; }
    public String getDispositionNotes() { return dispositionNotes; }
    public String getTags() { return tags; }
    public String getSourceUrl() { return sourceUrl; }
    public String getContentHash() { return contentHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
