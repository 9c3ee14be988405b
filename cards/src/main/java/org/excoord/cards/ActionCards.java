package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The card of one executive action: its facts, its progress and its action items. */
final class ActionCards {

    /** A card is a summary; the rest of a large action's items are a count and a list command away. */
    static final int MAX_ITEMS = 10;

    private ActionCards() {
    }

    static ObjectNode action(ActionCard action, Viewer viewer) {
        if (action.classified() && !ItemCards.isPrivate(viewer)) {
            return ItemCards.classifiedOutsidePersonalChat(action.number(), action.classificationLabel());
        }
        List<ItemLine> items = action.items() == null ? List.of() : action.items();
        int listed = Math.min(items.size(), MAX_ITEMS);
        return ListCards.fitByDroppingRows(listed, shown -> {
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
            if (!items.isEmpty()) {
                ObjectNode header = Elements.text("Action items");
                header.put("weight", "bolder");
                header.put("separator", true);
                body.add(header);
            }
            items.subList(0, shown).forEach(line -> body.add(ListCards.itemRow(line, viewer)));
            if (shown < items.size()) {
                body.add(Elements.subtle("…and " + (items.size() - shown) + " more"));
            }
            return card;
        });
    }

    private static String progress(ActionCard action) {
        String progress = action.percentComplete() + "% — " + action.complete() + " of " + action.total() + " complete";
        return action.overdue() > 0 ? progress + ", " + action.overdue() + " overdue" : progress;
    }
}
