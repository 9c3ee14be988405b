package org.excoord.authority;

import java.util.List;

/** An authority with everything its detail view shows. */
public record AuthorityDetails(LegalAuthority authority, List<AuthoritySection> sections,
        List<CrossReference> references, List<CrossReference> referencedBy, List<LegalAmendment> amendments) {
}
