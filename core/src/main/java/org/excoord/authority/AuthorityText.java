package org.excoord.authority;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The full text of a {@link LegalAuthority}, kept apart so that reading an authority never loads it. */
@Entity
@Table(name = "authority_text")
class AuthorityText {

    @Id
    @Column(name = "authority_id")
    private Long authorityId;
    @Column(name = "full_text")
    @Size(max = 2_000_000)
    @CleanText(multiline = true)
    private String fullText;

    protected AuthorityText() {
    }

    AuthorityText(Long authorityId, String fullText) {
        this.authorityId = authorityId;
        this.fullText = fullText;
    }

    String getFullText() {
        return fullText;
    }
}
