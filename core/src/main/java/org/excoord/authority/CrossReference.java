package org.excoord.authority;

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

/**
 * A reference from one authority to another. The target is kept as written ("Executive Order 13636")
 * and linked to a stored authority as soon as one with that number exists, so importing in any order
 * ends with the same links.
 */
@Entity
@Table(name = "legal_cross_reference")
public class CrossReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    @Column(name = "from_authority_id")
    private Long fromAuthorityId;
    @Column(name = "to_authority_id")
    private Long toAuthorityId;
    @Column(name = "to_citation")
    @Size(max = 200)
    @CleanText
    private String toCitation;
    @Column(name = "to_eo_number")
    @Size(max = 20)
    @CleanText
    private String toExecutiveOrderNumber;
    @Enumerated(EnumType.STRING)
    private CrossReferenceRelation relation;
    @Column(name = "section_id")
    @Size(max = 100)
    @CleanText
    private String sectionId;
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String context;

    protected CrossReference() {
    }

    public CrossReference(Long fromAuthorityId, String toCitation, String toExecutiveOrderNumber,
            CrossReferenceRelation relation, String sectionId, String context) {
        this.fromAuthorityId = fromAuthorityId;
        this.toCitation = toCitation;
        this.toExecutiveOrderNumber = toExecutiveOrderNumber;
        this.relation = relation;
        this.sectionId = sectionId;
        this.context = context;
    }

    public void linkTo(Long authorityId) {
        this.toAuthorityId = authorityId;
    }

    public Long getId() { return id; }
    public Long getFromAuthorityId() { return fromAuthorityId; }
    public Long getToAuthorityId() { return toAuthorityId; }
    public String getToCitation() { return toCitation; }
    public String getToExecutiveOrderNumber() { return toExecutiveOrderNumber; }
    public CrossReferenceRelation getRelation() { return relation; }
    public String getSectionId() { return sectionId; }
    public String getContext() { return context; }
}
