package org.excoord.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** "Back to the list" on a card opened from a list, and the list's place carried in the card's buttons. */
final class BackCards {

    private BackCards() {
    }

    /**
     * Puts the Back button on top of the card (navigation reads first, and it stays out of the card's own action
     * bar, whose first buttons are the work) and adds the list and page to the data of every other button, its
     * refresh included, so that the card that answers any press still knows its way back.
     */
    static ObjectNode withBack(ObjectNode card, BackTo back, String title) {
        carry(card, back);
        ObjectNode set = Elements.object();
        set.put("type", "ActionSet");
        set.putArray("actions").add(Elements.execute(title == null || title.isBlank() ? back.title() : title,
                back.verb(), pagingData(back)));
        ArrayNode body = card.has("body") && card.get("body").isArray() ? (ArrayNode) card.get("body")
                : card.putArray("body");
        body.insert(0, set);
        return CardBudget.fit(card);
    }

    /**
     * What the list's own paging buttons send for that page: an executive action's card is paged by its id
     * ({@link CardVerbs#ACTION_ITEMS}), the other lists by their name.
     */
    static ObjectNode pagingData(BackTo back) {
        ObjectNode data = Elements.object();
        if (back.isAction()) {
            data.put("executiveActionId", back.actionId());
        } else {
            data.put("list", back.list());
        }
        data.put("page", back.page());
        if (back.forPersonId() != null) {
            data.put(NudgeCardBuilders.FOR_PERSON, back.forPersonId()); // as the delegate's digest buttons name it
        }
        return data;
    }

    /**
     * The list's place in a button's data: the list and page, the executive action for {@link BackTo#ACTION}, and
     * whose digest a delegate read.
     */
    static void put(ObjectNode data, BackTo back) {
        data.put(BackTo.LIST_FIELD, back.list()).put(BackTo.PAGE_FIELD, back.page());
        if (back.actionId() != null) {
            data.put(BackTo.ACTION_FIELD, back.actionId());
        }
        if (back.forPersonId() != null) {
            data.put(BackTo.FOR_PERSON_FIELD, back.forPersonId());
        }
    }

    // Execute actions and their Submit fallbacks both get the fields, so a fallback's data stays the Execute's plus
    // its verb; OpenUrl and ShowCard have no data of their own (a ShowCard's buttons are reached by the walk).
    private static void carry(JsonNode node, BackTo back) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            if ((type.equals("Action.Execute") || type.equals("Action.Submit")) && node.path("data").isObject()) {
                put((ObjectNode) node.get("data"), back);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                carry(field.getValue(), back);
            }
        } else if (node.isArray()) {
            node.forEach(child -> carry(child, back));
        }
    }
}
