package org.excoord.bot.authorities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.AuthorityDetails;
import org.excoord.authority.LegalAuthority;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.AuthorityCard;
import org.excoord.cards.AuthorityLine;
import org.excoord.cards.Cards;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The authorities: the list ("authorities") and one authority's card ("authority EO 14028"). */
@Component
class AuthorityCards implements Feature {

    private final AuthorityCatalog authorities;
    private final AuthorityLookup lookup;

    AuthorityCards(AuthorityCatalog authorities, AuthorityLookup lookup) {
        this.authorities = authorities;
        this.lookup = lookup;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of("authorities", asked -> Reply.of(list()), "authority *", asked -> Reply.of(card(asked.argument())));
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.of("authority.view", p -> Reply.of(card(String.valueOf(p.number("authorityId")))));
    }

    private ObjectNode list() {
        List<AuthorityLine> lines = authorities.search("", PageRequest.of(0, 20)).stream()
                .map(a -> new AuthorityLine(a.getId(), a.getName(), a.getExecutiveOrderNumber() == null ? null
                        : CardModels.shortName(a), a.getStatus().name(), a.getSigningDate())).toList();
        return Cards.authorities(lines);
    }

    private ObjectNode card(String reference) {
        Optional<LegalAuthority> found = lookup.find(reference);
        if (found.isEmpty()) {
            return Cards.message("I found no authority \"" + org.excoord.cards.Text.excerpt(reference, ECHO_CHARS) + "\". Type \"authorities\" to see them all.");
        }
        AuthorityDetails d = authorities.details(found.get().getId()).orElseThrow();
        LegalAuthority a = d.authority();
        List<String> references = d.references().stream().map(r -> label(r.getRelation().name()) + " "
                + (r.getToExecutiveOrderNumber() != null ? "EO " + r.getToExecutiveOrderNumber() : r.getToCitation()))
                .distinct().toList();
        return Cards.authority(new AuthorityCard(a.getId(), a.getName(), label(a.getType().name()),
                label(a.getStatus().name()), CardModels.shortName(a), a.getCitation(), a.getSigningDate(),
                a.getDispositionNotes(), references, CardModels.numberedSections(d), a.getSourceUrl()));
    }

    private static String label(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
