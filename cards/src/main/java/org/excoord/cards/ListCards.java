package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/** Lists of action items, and the row and paging pieces the other lists share. */
final class ListCards {

    static final String CLASSIFIED_SUBJECT = "(classified)";
    static final String MORE_ON_NEXT_PAGE = "…more on the next page";

    private ListCards() {
    }

    static ObjectNode itemList(ItemList list, Viewer viewer) {
        List<ItemLine> lines = list.lines() == null ? List.of() : list.lines();
        String emptyText = list.emptyText() == null || list.emptyText().isBlank() ? "Nothing here." : list.emptyText();
        return fitByDroppingRows(lines.size(), shown -> {
            ObjectNode card = Elements.card();
            ArrayNode body = Elements.body(card);
            body.add(Elements.heading(list.title()));
            if (lines.isEmpty()) {
                body.add(Elements.text(emptyText));
            }
            lines.subList(0, shown).forEach(line -> body.add(itemRow(line, viewer)));
            if (shown < lines.size()) {
                body.add(Elements.subtle(MORE_ON_NEXT_PAGE));
            }
            addPaging(card, body, list.page(), list.hasNext(), CardVerbs.LIST_PAGE, data -> data.put("list", list.listKey()));
            return card;
        });
    }

    /**
     * The card {@code build} makes with as many of its rows as fit under the size limit; rows are dropped from
     * the end because the next page starts there anyway.
     */
    static ObjectNode fitByDroppingRows(int rows, IntFunction<ObjectNode> build) {
        ObjectNode card = build.apply(rows);
        for (int shown = rows - 1; shown >= 0 && !CardBudget.fits(card); shown--) {
            card = build.apply(shown);
        }
        return CardBudget.fit(card);
    }

    /** One action item; its subject stays hidden where people without access to it may read along. */
    static ObjectNode itemRow(ItemLine line, Viewer viewer) {
        String subject = line.classified() && !ItemCards.isPrivate(viewer) ? CLASSIFIED_SUBJECT : line.subject();
        ObjectNode data = Elements.object();
        data.put("itemId", line.id());
        return row(ItemCards.join(line.number(), subject), meta(line), line.overdue(),
                Elements.execute("Open " + orEmpty(line.number()), CardVerbs.ITEM_VIEW, data));
    }

    private static Meta meta(ItemLine line) {
        String due = Formats.due(line.dueDate(), line.overdue());
        return new Meta().add(due == null ? null : "Due " + due).add(Formats.label(line.statusLabel()))
                .add(line.assignee());
    }

    /** A row's line of details: parts joined with " · ", each a person's text or an instant in the reader's zone. */
    static final class Meta {

        private final StringBuilder text = new StringBuilder();

        Meta add(String raw) {
            if (raw != null && !raw.isBlank()) {
                separate().append(Text.plain(raw, Elements.PREVIEW_CHARS));
            }
            return this;
        }

        /** "received Tue, Dec 1, 2026 1:44 PM", the time in the reader's zone; nothing when {@code at} is null. */
        Meta add(String words, java.time.Instant at) {
            if (at != null) {
                separate().append(Text.plain(words)).append(' ').append(Formats.instant(at));
            }
            return this;
        }

        private StringBuilder separate() {
            return text.isEmpty() ? text : text.append(" · ");
        }

        String cardText() {
            return text.toString();
        }
    }

    /**
     * A tappable row: a bold title over a line of details, shown in the attention colour when {@code overdue}
     * (whose details then say "Overdue" in words). The action's title doubles as the row's accessible name.
     */
    /** A row whose details are a person's text only (no instant); see {@link Meta} for details with times. */
    static ObjectNode row(String title, String details, boolean overdue, ObjectNode selectAction) {
        return row(title, new Meta().add(details), overdue, selectAction);
    }

    static ObjectNode row(String title, Meta details, boolean overdue, ObjectNode selectAction) {
        ObjectNode titleBlock = Elements.text(title);
        titleBlock.put("weight", "bolder");
        List<ObjectNode> items = new ArrayList<>(List.of(titleBlock));
        if (!details.cardText().isBlank()) {
            ObjectNode detailsBlock = overdue ? Elements.attention("") : Elements.subtle("");
            detailsBlock.put("text", details.cardText());
            detailsBlock.put("spacing", "none");
            items.add(detailsBlock);
        }
        ObjectNode container = Elements.container(items);
        container.put("separator", true);
        selectAction.put("tooltip", selectAction.path("title").asText());
        container.set("selectAction", selectAction);
        return container;
    }

    /** Previous / next buttons and a page number; pages are zero-based in data and one-based on screen. */
    static void addPaging(ObjectNode card, ArrayNode body, int page, boolean hasNext, String verb,
            Consumer<ObjectNode> whichList) {
        if (page <= 0 && !hasNext) {
            return;
        }
        body.add(Elements.subtle("Page " + (page + 1)));
        IntFunction<ObjectNode> data = target -> {
            ObjectNode node = Elements.object();
            whichList.accept(node);
            node.put("page", target);
            return node;
        };
        if (page > 0) {
            Elements.actions(card).add(Elements.execute("Previous page", verb, data.apply(page - 1)));
        }
        if (hasNext) {
            Elements.actions(card).add(Elements.execute("Next page", verb, data.apply(page + 1)));
        }
    }

    static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.length() == 0 ? "" : " · ").append(part);
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
