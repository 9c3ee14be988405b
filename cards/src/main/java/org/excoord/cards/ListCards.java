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
            // Set.of refuses to look up null: a list without a key simply offers no way back
            BackTo back = list.listKey() != null && BackTo.ITEM_LISTS.contains(list.listKey())
                    ? new BackTo(list.listKey(), Math.max(0, Math.min(list.page(), BackTo.MAX_PAGE))) : null;
            lines.subList(0, shown).forEach(line -> body.add(itemRow(line, viewer, back)));
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
        return itemRow(line, viewer, null);
    }

    /** As {@link #itemRow(ItemLine, Viewer)}; the opened item offers "Back to the list" when {@code back} is set. */
    static ObjectNode itemRow(ItemLine line, Viewer viewer, BackTo back) {
        String subject = line.classified() && !ItemCards.isPrivate(viewer) ? CLASSIFIED_SUBJECT : line.subject();
        ObjectNode data = Elements.object();
        data.put("itemId", line.id());
        if (back != null) {
            BackCards.put(data, back);
        }
        return openRow(ItemCards.join(line.number(), subject), meta(line), line.overdue(), line.number(),
                CardVerbs.ITEM_VIEW, data);
    }

    static Meta meta(ItemLine line) {
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

    /**
     * A row that opens a record: tappable ({@code selectAction} "Open &lt;name&gt;") and with an "Open" button beside
     * it, whose tooltip names the record (ten "Open" buttons need their own names for a screen reader). Both send
     * {@code verb} with {@code data}.
     */
    static ObjectNode openRow(String title, Meta details, boolean overdue, String name, String verb,
            ObjectNode data) {
        String label = "Open " + orEmpty(name);
        ObjectNode open = Elements.execute("Open", verb, data.deepCopy());
        open.put("tooltip", Text.literal(label, Elements.TITLE_CHARS));
        return rowWithButton(title, details, overdue, Elements.execute(label, verb, data), open);
    }

    /**
     * As {@link #row}, with a visible button beside the text (a row's tap target alone does not look pressable);
     * the text column keeps the tap target, the button is its own column so one press is one action.
     */
    static ObjectNode rowWithButton(String title, Meta details, boolean overdue, ObjectNode selectAction,
            ObjectNode button) {
        ObjectNode tappable = row(title, details, overdue, selectAction);
        ObjectNode text = Elements.object();
        text.put("type", "Column");
        text.put("width", "stretch");
        text.set("items", tappable.get("items"));
        text.set("selectAction", tappable.get("selectAction"));
        ObjectNode buttonColumn = Elements.object();
        buttonColumn.put("type", "Column");
        buttonColumn.put("width", "auto");
        buttonColumn.put("verticalContentAlignment", "center");
        ObjectNode set = buttonColumn.putArray("items").addObject();
        set.put("type", "ActionSet");
        set.putArray("actions").add(button);
        ObjectNode columns = Elements.object();
        columns.put("type", "ColumnSet");
        columns.putArray("columns").add(text).add(buttonColumn);
        ObjectNode container = Elements.container(java.util.List.of(columns));
        container.put("separator", true);
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
