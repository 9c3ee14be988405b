package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Legal authorities: one authority, and the list. */
final class AuthorityCards {

    static final String SOURCE_DOCUMENT = "Source document";

    private AuthorityCards() {
    }

    static ObjectNode authority(AuthorityCard authority) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading(ItemCards.join(authority.number(), authority.title())));
        Elements.addFacts(body, List.of(
                fact("Type", authority.type()),
                fact("Status", authority.statusLabel()),
                fact("Number", authority.number()),
                fact("Citation", authority.citation()),
                fact("Signed", Formats.date(authority.signed())),
                fact("Sections", String.valueOf(authority.sectionCount()))));
        if (authority.dispositionNotes() != null && !authority.dispositionNotes().isBlank()) {
            body.add(Elements.text(authority.dispositionNotes()));
        }
        if (authority.references() != null && !authority.references().isEmpty()) {
            ObjectNode header = Elements.text("References");
            header.put("weight", "bolder");
            header.put("separator", true);
            body.add(header);
            authority.references().forEach(reference -> body.add(Elements.subtle(reference)));
        }
        ObjectNode data = Elements.object();
        data.put("authorityId", authority.id());
        ArrayNode actions = Elements.actions(card);
        actions.add(Elements.execute("Summarize", CardVerbs.AUTHORITY_SUMMARIZE, data));
        actions.add(Elements.execute("Show impacts", CardVerbs.AUTHORITY_IMPACTS, data));
        // the text as published is what a reader checks a summary against; a link of another scheme is not offered
        if (Elements.isWebLink(authority.sourceUrl())) {
            actions.add(Elements.openUrl(SOURCE_DOCUMENT, authority.sourceUrl()));
        }
        return CardBudget.fit(card);
    }

    static ObjectNode authorities(List<AuthorityLine> lines) {
        List<AuthorityLine> rows = lines == null ? List.of() : lines;
        return ListCards.fitByDroppingRows(rows.size(), shown -> {
            ObjectNode card = Elements.card();
            ArrayNode body = Elements.body(card);
            body.add(Elements.heading("Authorities"));
            if (rows.isEmpty()) {
                body.add(Elements.text("No authorities yet."));
            }
            rows.subList(0, shown).forEach(line -> body.add(row(line)));
            if (shown < rows.size()) {
                body.add(Elements.subtle("…more than fit here; ask for one by number"));
            }
            return card;
        });
    }

    private static ObjectNode row(AuthorityLine line) {
        StringBuilder meta = new StringBuilder();
        ListCards.append(meta, line.statusLabel());
        ListCards.append(meta, line.signed() == null ? null : "signed " + Formats.date(line.signed()));
        ObjectNode data = Elements.object();
        data.put("authorityId", line.id());
        String name = line.number() == null || line.number().isBlank() ? line.title() : line.number();
        return ListCards.row(ItemCards.join(line.number(), line.title()), meta.toString(), false,
                Elements.execute("Open " + ListCards.orEmpty(name), CardVerbs.AUTHORITY_VIEW, data));
    }
}
