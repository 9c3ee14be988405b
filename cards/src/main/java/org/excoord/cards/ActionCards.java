package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The card of one executive action: its facts, its progress in words and as a bar, and a page of its action items,
 * each with an "Open" button (as Planner's board and Approvals' list open a task from its row).
 */
final class ActionCards {

    /** Items per page: the same page size as the item lists. */
    static final int PAGE_SIZE = Cards.ACTION_ITEMS_PER_PAGE;

    static final String OPEN = "Open";

    // Container styles the Teams host configs give a background: green for what is done, grey for the rest.
    static final String DONE_STYLE = "good";
    static final String LEFT_STYLE = "emphasis";
    static final String BAR_HEIGHT = "8px";

    private ActionCards() {
    }

    static ObjectNode action(ActionCard action, Viewer viewer) {
        if (action.classified() && !ItemCards.isPrivate(viewer)) {
            return ItemCards.classifiedOutsidePersonalChat(action.number(), action.classificationLabel());
        }
        List<ItemLine> items = action.items() == null ? List.of()
                : action.items().subList(0, Math.min(action.items().size(), PAGE_SIZE));
        return ListCards.fitByDroppingRows(items.size(), shown -> {
            ObjectNode card = Elements.card();
            ArrayNode body = Elements.body(card);
            body.add(Elements.heading(ItemCards.join(action.number(), action.name())));
            if (action.overdue() > 0) {
                body.add(Elements.attention(action.overdue() + " overdue " + (action.overdue() == 1 ? "item" : "items")));
            }
            Elements.addFacts(body, List.of(
                    fact("Status", Formats.label(action.statusLabel())),
                    fact("Due", Formats.date(action.dueDate())),
                    fact("Priority", Formats.label(action.priority())),
                    fact("Owner", action.owner()),
                    fact("Authority", action.authority()),
                    fact("Classification", action.classificationLabel()),
                    fact("Progress", progress(action))));
            if (action.total() > 0) {
                body.add(progressBar(action.percentComplete()));
            }
            if (!items.isEmpty()) {
                ObjectNode header = Elements.text("Action items");
                header.put("weight", "bolder");
                header.put("separator", true);
                body.add(header);
            } else if (action.page() > 0) {
                body.add(Elements.text("No more action items."));
            }
            // the item opened from a row offers "Back to the action", to this page of its items
            // (an action not yet stored has no id to go back to)
            BackTo back = action.id() <= 0 ? null
                    : BackTo.action(action.id(), Math.max(0, Math.min(action.page(), BackTo.MAX_PAGE)));
            items.subList(0, shown).forEach(line -> body.add(row(line, viewer, back)));
            if (shown < items.size()) {
                body.add(Elements.subtle("…and " + (items.size() - shown) + " more that do not fit on one card"));
            }
            ListCards.addPaging(card, body, action.page(), action.hasNext(), CardVerbs.ACTION_ITEMS,
                    data -> data.put("executiveActionId", action.id()));
            return card;
        });
    }

    /**
     * Adaptive Cards 1.5 has no progress bar, so it is two columns side by side, weighted by the share done and the
     * share left, with the host's "good" and "emphasis" backgrounds. Its meaning is in the Progress fact above it
     * (colour and length only repeat it, for readers who cannot see them).
     */
    static ObjectNode progressBar(int percentComplete) {
        int done = Math.max(0, Math.min(100, percentComplete));
        ObjectNode bar = Elements.object();
        bar.put("type", "ColumnSet");
        bar.put("spacing", "small");
        ArrayNode columns = bar.putArray("columns");
        if (done > 0) {
            columns.add(barPart(done, DONE_STYLE));
        }
        if (done < 100) {
            ObjectNode left = barPart(100 - done, LEFT_STYLE);
            left.put("spacing", "none");
            columns.add(left);
        }
        return bar;
    }

    private static ObjectNode barPart(int weight, String style) {
        ObjectNode column = Elements.object();
        column.put("type", "Column");
        column.put("width", String.valueOf(weight));
        column.put("style", style);
        column.put("minHeight", BAR_HEIGHT);
        column.putArray("items");
        return column;
    }

    /**
     * One item: its number and subject over its due date, status and assignee, with an "Open" button beside it. The
     * button's tooltip names the item, so the buttons of a page are told apart by screen readers; the button carries
     * {@code back} (null for none), the action's page, so the opened item can go back to it.
     */
    static ObjectNode row(ItemLine line, Viewer viewer, BackTo back) {
        String subject = line.classified() && !ItemCards.isPrivate(viewer) ? ListCards.CLASSIFIED_SUBJECT : line.subject();
        ObjectNode title = Elements.text(ItemCards.join(line.number(), subject));
        title.put("weight", "bolder");
        List<ObjectNode> texts = new ArrayList<>(List.of(title));
        String meta = ListCards.meta(line).cardText();
        if (!meta.isBlank()) {
            ObjectNode details = line.overdue() ? Elements.attention("") : Elements.subtle("");
            details.put("text", meta); // already card text: its times are date functions
            details.put("spacing", "none");
            texts.add(details);
        }
        ObjectNode data = Elements.object();
        data.put("itemId", line.id());
        if (back != null) {
            BackCards.put(data, back);
        }
        ObjectNode open = Elements.execute(OPEN, CardVerbs.ITEM_VIEW, data);
        open.put("tooltip", Text.literal(OPEN + " " + ListCards.orEmpty(line.number()), Elements.TITLE_CHARS));
        ObjectNode buttons = Elements.object();
        buttons.put("type", "ActionSet");
        buttons.putArray("actions").add(open);

        ObjectNode row = Elements.object();
        row.put("type", "ColumnSet");
        row.put("separator", true);
        ArrayNode columns = row.putArray("columns");
        columns.add(column("stretch", texts));
        ObjectNode button = column("auto", List.of(buttons));
        button.put("verticalContentAlignment", "center");
        columns.add(button);
        return row;
    }

    private static ObjectNode column(String width, List<ObjectNode> items) {
        ObjectNode column = Elements.object();
        column.put("type", "Column");
        column.put("width", width);
        ArrayNode array = column.putArray("items");
        items.forEach(array::add);
        return column;
    }

    private static String progress(ActionCard action) {
        String progress = action.percentComplete() + "% — " + action.complete() + " of " + action.total() + " complete";
        return action.overdue() > 0 ? progress + ", " + action.overdue() + " overdue" : progress;
    }
}
