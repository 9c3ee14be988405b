package org.excoord.authority;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One section of an authority's text under its stable id ("Sec. 4(b)(ii)"), which analyses cite. */
@Entity
@Table(name = "authority_section")
public class AuthoritySection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    @Column(name = "authority_id")
    private Long authorityId;
    @Column(name = "section_id")
    @Size(max = 100)
    @CleanText
    private String sectionId;
    @Column(name = "parent_section_id")
    @Size(max = 100)
    @CleanText
    private String parentSectionId;
    private int level;
    @Size(max = 500)
    @CleanText
    private String heading;
    @Size(max = 2_000_000)
    @CleanText(multiline = true)
    private String text;
    private int ordinal;

    protected AuthoritySection() {
    }

    public AuthoritySection(Long authorityId, ParsedSection parsed) {
        this.authorityId = authorityId;
        this.sectionId = parsed.sectionId();
        this.parentSectionId = parsed.parentId();
        this.level = parsed.level();
        this.heading = parsed.heading();
        this.text = parsed.text();
        this.ordinal = parsed.ordinal();
    }

    public Long getId() { return id; }
    public Long getAuthorityId() { return authorityId; }
    public String getSectionId() { return sectionId; }
    public String getParentSectionId() { return parentSectionId; }
    public int getLevel() { return level; }
    public String getHeading() { return heading; }
    public String getText() { return text; }
    public int getOrdinal() { return ordinal; }
}
