package org.excoord.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps a card under the size Teams accepts. Teams rejects a message above about 28 KB, and the card shares
 * that with the activity around it, so cards stop at {@link Cards#MAX_CARD_BYTES}.
 */
final class CardBudget {

    // Texts are never shortened below this: halving further would leave nothing worth reading.
    private static final int SHORTEST_TEXT = 80;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CardBudget() {
    }

    /** The card's size as UTF-8 JSON, counted while writing it: every card sent is measured, nothing is kept. */
    static int bytes(JsonNode card) {
        ByteCounter counter = new ByteCounter();
        try {
            MAPPER.writeValue(counter, card);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static final class ByteCounter extends OutputStream {

        private int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    static boolean fits(JsonNode card) {
        return bytes(card) <= Cards.MAX_CARD_BYTES;
    }

    /**
     * The card itself if it fits; otherwise the card with its longest texts halved until it does, and as a
     * last resort a card that says it could not be shown (so the bot never sends something Teams refuses).
     */
    static ObjectNode fit(ObjectNode card) {
        while (!fits(card)) {
            TextSlot longest = longestText(card);
            if (longest == null) {
                return tooLarge();
            }
            longest.shorten();
        }
        return card;
    }

    private static ObjectNode tooLarge() {
        ObjectNode card = Elements.card();
        Elements.body(card).add(Elements.text("This is too large to show in Teams. Please open it in excoord."));
        return card;
    }

    private static TextSlot longestText(JsonNode root) {
        List<TextSlot> slots = new ArrayList<>();
        collect(root, slots);
        TextSlot longest = null;
        for (TextSlot slot : slots) {
            if (slot.length() > SHORTEST_TEXT && (longest == null || slot.length() > longest.length())) {
                longest = slot;
            }
        }
        return longest;
    }

    // Only texts that were neutralised by Text.plain are shortened: TextBlock texts and fact values.
    private static void collect(JsonNode node, List<TextSlot> slots) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            String type = object.path("type").asText("");
            if (type.equals("TextBlock") && object.path("text").isTextual()) {
                slots.add(new TextSlot(object, "text"));
            } else if (type.equals("FactSet")) {
                object.path("facts").forEach(fact -> slots.add(new TextSlot((ObjectNode) fact, "value")));
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                collect(field.getValue(), slots);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, slots));
        }
    }

    private record TextSlot(ObjectNode owner, String field) {

        int length() {
            return owner.path(field).asText().length();
        }

        void shorten() {
            String text = owner.path(field).asText();
            owner.set(field, TextNode.valueOf(Text.shorten(text, Math.max(SHORTEST_TEXT, text.length() / 2))));
        }
    }
}
