package org.excoord.bot.authorities;

import java.util.Optional;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.LegalAuthority;
import org.springframework.stereotype.Component;

/** An authority by what a person types: its id, "EO 14028", "Executive Order 14028", or its citation. */
@Component
class AuthorityLookup {

    private final AuthorityCatalog authorities;

    AuthorityLookup(AuthorityCatalog authorities) {
        this.authorities = authorities;
    }

    Optional<LegalAuthority> find(String reference) {
        String ref = reference == null ? "" : reference.strip();
        Optional<LegalAuthority> found = ref.matches("\\d{1,18}") ? authorities.find(Long.valueOf(ref)) : Optional.empty();
        if (found.isEmpty()) {
            found = authorities.findByReference(ref.replaceFirst("(?i)^(eo|executive order)\\s*", ""));
        }
        return found.isPresent() ? found : authorities.findByReference(ref);
    }

    Optional<LegalAuthority> find(Long id) {
        return id == null ? Optional.empty() : authorities.find(id);
    }
}
