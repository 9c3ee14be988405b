package org.excoord.bot.authorities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.AuthorityDetails;
import org.excoord.authority.LegalAuthority;
import org.excoord.bot.conversation.BackToList;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.AuthorityCard;
import org.excoord.cards.AuthorityLine;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.directory.Actor;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The authorities: the list ("authorities"), ten to a page, and one authority's card ("authority EO 14028"); an
 * authority opened from the list offers "Back to the list", to the same page.
 */
@Component
@Order(70)
class AuthorityCards implements Feature {

    static final int PAGE = 10;

    private final AuthorityCatalog authorities;
    private final AuthorityLookup lookup;

    AuthorityCards(AuthorityCatalog authorities, AuthorityLookup lookup) {
        this.authorities = authorities;
        this.lookup = lookup;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("authorities", "the legal authorities"),
                HelpCommand.of("authority <number or EO number>", "one authority, e.g. authority EO 14028"));
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of("authorities", asked -> Reply.of(list(0)), "authority *", asked -> Reply.of(card(asked.argument())));
    }

    /** The list's paging and Back buttons (the page bounded), and an authority opened from a row. */
    @Override
    public Map<String, VerbHandler> verbs() {
        return BackToList.keep(Map.of(
                CardVerbs.AUTHORITY_LIST, p -> Reply.of(list(CardData.page(p.data()))),
                CardVerbs.AUTHORITY_VIEW, p -> Reply.of(card(String.valueOf(p.number("authorityId"))))));
    }

    private ObjectNode list(int page) {
        Page<LegalAuthority> found = authorities.search("", PageRequest.of(page, PAGE));
        List<AuthorityLine> lines = found.stream()
                .map(a -> new AuthorityLine(a.getId(), a.getName(), a.getExecutiveOrderNumber() == null ? null
                        : CardModels.shortName(a), a.getStatus().name(), a.getSigningDate())).toList();
        return Cards.authorities(lines, page, found.hasNext());
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
