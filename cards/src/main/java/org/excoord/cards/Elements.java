package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Adaptive Card elements the builders use. Every text that reaches a TextBlock or a fact goes through
 * {@link Text#plain}, every text shown without Markdown through {@link Text#literal}, so a builder cannot
 * forget to neutralise user text.
 */
final class Elements {

    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    static final String VERSION = "1.5";

    /** Button and choice titles: long enough for a person's name and unit, short enough for a button. */
    static final int TITLE_CHARS = 100;

    /** Buttons side by side: the Adaptive Cards default host config allows five (Teams six). */
    static final int MAX_ACTIONS = 5;

    /** A ChoiceSet longer than this is unusable in a compact picker and eats the card's size budget. */
    static final int MAX_CHOICES = 50;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Elements() {
    }

    static ObjectNode card() {
        ObjectNode card = JSON.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", SCHEMA);
        card.put("version", VERSION);
        card.putArray("body");
        return card;
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }

    static ArrayNode body(ObjectNode card) {
        return (ArrayNode) card.get("body");
    }

    static ArrayNode actions(ObjectNode card) {
        return card.has("actions") ? (ArrayNode) card.get("actions") : card.putArray("actions");
    }

    /** A title with the heading role, so screen readers can jump to it. */
    static ObjectNode heading(String raw) {
        ObjectNode block = text(raw);
        block.put("style", "heading");
        block.put("size", "medium");
        block.put("weight", "bolder");
        return block;
    }

    static ObjectNode text(String raw) {
        ObjectNode block = JSON.objectNode();
        block.put("type", "TextBlock");
        block.put("text", Text.plain(raw));
        block.put("wrap", true);
        return block;
    }

    static ObjectNode subtle(String raw) {
        ObjectNode block = text(raw);
        block.put("isSubtle", true);
        block.put("spacing", "none");
        return block;
    }

    /** Colour only reinforces: callers put the meaning ("Overdue") into the words as well. */
    static ObjectNode attention(String raw) {
        ObjectNode block = text(raw);
        block.put("color", "attention");
        block.put("weight", "bolder");
        return block;
    }

    /** A notice such as "Changed by … — this is the current version", set apart as a warning. */
    static ObjectNode warning(String raw) {
        ObjectNode container = container(List.of(text(raw)));
        container.put("style", "warning");
        return container;
    }

    static ObjectNode container(List<ObjectNode> items) {
        ObjectNode container = JSON.objectNode();
        container.put("type", "Container");
        ArrayNode array = container.putArray("items");
        items.forEach(array::add);
        return container;
    }

    /** A FactSet of the facts whose value is present; absent values are left out rather than shown blank. */
    static void addFacts(ArrayNode body, List<Fact> titleAndValue) {
        ObjectNode set = JSON.objectNode();
        set.put("type", "FactSet");
        ArrayNode facts = set.putArray("facts");
        for (Fact fact : titleAndValue) {
            if (fact.value() != null && !fact.value().isBlank()) {
                ObjectNode node = facts.addObject();
                node.put("title", Text.plain(fact.title(), TITLE_CHARS));
                node.put("value", Text.plain(fact.value()));
            }
        }
        if (!facts.isEmpty()) {
            body.add(set);
        }
    }

    static Fact fact(String title, String value) {
        return new Fact(title, value);
    }

    /** One line of a FactSet, before its text is neutralised. */
    record Fact(String title, String value) {
    }

    /**
     * An {@code Action.Execute} (Universal Actions) with an {@code Action.Submit} fallback for Teams clients
     * that predate it; the fallback carries the verb in its data because Submit has no verb of its own.
     */
    static ObjectNode execute(String title, String verb, ObjectNode data) {
        ObjectNode action = JSON.objectNode();
        action.put("type", "Action.Execute");
        action.put("title", Text.literal(title, TITLE_CHARS));
        action.put("verb", verb);
        action.set("data", data.deepCopy());
        ObjectNode fallback = action.putObject("fallback");
        fallback.put("type", "Action.Submit");
        fallback.put("title", Text.literal(title, TITLE_CHARS));
        ObjectNode fallbackData = data.deepCopy();
        fallbackData.put("verb", verb);
        fallback.set("data", fallbackData);
        return action;
    }

    /**
     * An {@code Action.OpenUrl} button. Only an absolute https link is accepted ({@link #isWebLink}): a link from
     * another system must not open a {@code javascript:}, {@code file:} or plain-http page from a card.
     */
    static ObjectNode openUrl(String title, String url) {
        if (!isWebLink(url)) {
            throw new IllegalArgumentException("not an https link");
        }
        ObjectNode action = JSON.objectNode();
        action.put("type", "Action.OpenUrl");
        action.put("title", Text.literal(title, TITLE_CHARS));
        action.put("url", url);
        return action;
    }

    /** An absolute https URL with a host, no spaces or control characters, and at most 2,048 characters. */
    static boolean isWebLink(String url) {
        if (url == null || url.length() > 2_048 || !url.regionMatches(true, 0, "https://", 0, 8)
                || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** An action that opens a small form; its inputs go with the buttons inside it. */
    static ObjectNode showCard(String title, List<ObjectNode> inputs, List<ObjectNode> buttons) {
        ObjectNode action = JSON.objectNode();
        action.put("type", "Action.ShowCard");
        action.put("title", Text.literal(title, TITLE_CHARS));
        ObjectNode card = action.putObject("card");
        card.put("type", "AdaptiveCard");
        ArrayNode body = card.putArray("body");
        inputs.forEach(body::add);
        addActions(card, buttons);
        return action;
    }

    /**
     * Adds the actions, at most {@link #MAX_ACTIONS} side by side; beyond that the last ones go into a
     * "More actions" card, since renderers reject a card with more buttons than the host allows.
     */
    static void addActions(ObjectNode card, List<ObjectNode> actions) {
        if (actions.isEmpty()) {
            return;
        }
        ArrayNode array = actions(card);
        if (actions.size() <= MAX_ACTIONS) {
            actions.forEach(array::add);
            return;
        }
        actions.subList(0, MAX_ACTIONS - 1).forEach(array::add);
        array.add(showCard("More actions", List.of(), actions.subList(MAX_ACTIONS - 1, actions.size())));
    }

    static ObjectNode inputText(String id, String label, int maxLength, boolean multiline) {
        ObjectNode input = input("Input.Text", id, label);
        input.put("maxLength", maxLength);
        if (multiline) {
            input.put("isMultiline", true);
        }
        return input;
    }

    static ObjectNode inputDate(String id, String label, String value) {
        ObjectNode input = input("Input.Date", id, label);
        if (value != null) {
            input.put("value", value);
        }
        return input;
    }

    static ObjectNode choiceSet(String id, String label, List<Option> options) {
        ObjectNode input = input("Input.ChoiceSet", id, label);
        input.put("style", "compact");
        input.put("placeholder", "Choose…");
        ArrayNode choices = input.putArray("choices");
        options.stream().limit(MAX_CHOICES).forEach(option -> {
            ObjectNode choice = choices.addObject();
            choice.put("title", Text.literal(option.title(), TITLE_CHARS));
            choice.put("value", option.value() == null ? "" : option.value());
        });
        return input;
    }

    /** A checkbox; its value is "true" or "false". */
    static ObjectNode toggle(String id, String label, String title, boolean on) {
        ObjectNode input = input("Input.Toggle", id, label);
        input.put("title", Text.literal(title, TITLE_CHARS));
        input.put("valueOn", "true");
        input.put("valueOff", "false");
        input.put("value", on ? "true" : "false");
        return input;
    }

    /** Marks an input required; the message is what Teams shows (and reads out) when it is left empty. */
    static ObjectNode required(ObjectNode input, String errorMessage) {
        input.put("isRequired", true);
        input.put("errorMessage", errorMessage);
        return input;
    }

    // Every input has a visible label: screen readers announce it, and a placeholder alone disappears on typing.
    private static ObjectNode input(String type, String id, String label) {
        ObjectNode input = JSON.objectNode();
        input.put("type", type);
        input.put("id", id);
        input.put("label", label);
        return input;
    }
}
