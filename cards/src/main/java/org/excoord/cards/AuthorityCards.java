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
        boolean order = isExecutiveOrder(authority.type());
        Elements.addFacts(body, List.of(
                fact("Type", Formats.label(authority.type())),
                fact("Status", Formats.authorityStatus(authority.statusLabel(), order)),
                fact("Number", authority.number()),
                fact("Citation", authority.citation()),
                fact("Signed", Formats.date(authority.signed())),
                // the numbered sections ("Sec. 1" …), the count the summary gives too, not every paragraph
                fact("Sections", authority.sectionCount() > 0 ? String.valueOf(authority.sectionCount()) : null)));
        if (authority.dispositionNotes() != null && !authority.dispositionNotes().isBlank()) {
            body.add(Elements.longText(authority.dispositionNotes()));
        }
        if (authority.references() != null && !authority.references().isEmpty()) {
            ObjectNode header = Elements.text("References");
            header.put("weight", "bolder");
            header.put("separator", true);
            body.add(header);
            authority.references().forEach(reference -> body.add(Elements.subtle(reference(reference, order))));
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

    static boolean isExecutiveOrder(String type) {
        return "Executive order".equalsIgnoreCase(Formats.label(type));
    }

    // An executive order revokes another (the status of the other then reads "Revoked"); a statute repeals.
    private static String reference(String line, boolean executiveOrder) {
        return executiveOrder && line.startsWith("Repeals ") ? "Revokes " + line.substring("Repeals ".length()) : line;
    }

    /** A page of the authorities; each row's authority offers "Back to the list", to this page. */
    static ObjectNode authorities(List<AuthorityLine> lines, int page, boolean hasNext) {
        List<AuthorityLine> rows = lines == null ? List.of() : lines;
        BackTo back = new BackTo(BackTo.AUTHORITIES, Math.max(0, Math.min(page, BackTo.MAX_PAGE)));
        return ListCards.fitByDroppingRows(rows.size(), shown -> {
            ObjectNode card = Elements.card();
            ArrayNode body = Elements.body(card);
            body.add(Elements.heading("Authorities"));
            if (rows.isEmpty()) {
                body.add(Elements.text(page > 0 ? "No more authorities." : "No authorities yet."));
            }
            rows.subList(0, shown).forEach(line -> body.add(row(line, back)));
            if (shown < rows.size()) {
                body.add(Elements.subtle("…more than fit here; ask for one by number"));
            }
            ListCards.addPaging(card, body, page, hasNext, CardVerbs.AUTHORITY_LIST, data -> { });
            return card;
        });
    }

    private static ObjectNode row(AuthorityLine line, BackTo back) {
        // the list knows an executive order by its number ("EO 14028"), which only orders have
        boolean order = line.number() != null && line.number().startsWith("EO ");
        ListCards.Meta meta = new ListCards.Meta().add(Formats.authorityStatus(line.statusLabel(), order))
                .add(line.signed() == null ? null : "signed " + Formats.date(line.signed()));
        ObjectNode data = Elements.object();
        data.put("authorityId", line.id());
        BackCards.put(data, back);
        String name = line.number() == null || line.number().isBlank() ? line.title() : line.number();
        return ListCards.openRow(ItemCards.join(line.number(), line.title()), meta, false, name,
                CardVerbs.AUTHORITY_VIEW, data);
    }
}
