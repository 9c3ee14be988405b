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

    /** Buttons in one actions array: the Adaptive Cards default host config allows five (Teams six). */
    static final int MAX_ACTIONS = 5;

    /**
     * Buttons shown as buttons: at Teams' narrowest card width a fourth one is cut to "St…"; the rest go into
     * Teams' overflow menu ("…", {@code "mode": "secondary"}, Adaptive Cards 1.5). Builders list their actions
     * most important first (the workflow verb that moves the work forward), and {@link #finish} applies this to
     * every actions array of every card.
     */
    static final int MAX_PRIMARY_ACTIONS = 3;

    /** A text longer than this (as typed) shows its beginning and a "Show more" that unfolds the whole text. */
    static final int COLLAPSE_AFTER_CHARS = 500;

    /** How much of a collapsed text shows before "Show more". */
    static final int PREVIEW_CHARS = 300;

    // Toggled elements get their ids when the card is finished, so two long texts in one card never share one.
    private static final String UNNUMBERED = "#";

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

    /**
     * A TextBlock of text that is already card text: pieces escaped by {@link Text#plain} joined with the card's
     * own date functions ({@link Formats#instant}).
     */
    static ObjectNode cardText(String escaped) {
        ObjectNode block = text("");
        block.put("text", escaped);
        return block;
    }

    /** {@code raw} as a subtle line followed by an instant in the reader's time zone. */
    static ObjectNode subtleWithInstant(String raw, java.time.Instant at) {
        ObjectNode block = subtle(raw);
        if (at != null) {
            String before = block.path("text").asText();
            block.put("text", before.isEmpty() ? Formats.instant(at) : before + " · " + Formats.instant(at));
        }
        return block;
    }

    /**
     * A person's text, whole: short text is one TextBlock; text longer than {@link #COLLAPSE_AFTER_CHARS} shows
     * its beginning with "Show more", which unfolds the full text (and "Show less" folds it again), so a
     * 2,000-character comment is there to read without making every card tall.
     */
    static ObjectNode longText(String raw) {
        if (!Text.longerThan(raw, COLLAPSE_AFTER_CHARS)) {
            return text(raw);
        }
        ObjectNode preview = text("");
        preview.put("text", Text.plain(raw, PREVIEW_CHARS));
        ObjectNode shortPart = container(List.of(preview, toggle("Show more")));
        shortPart.put("id", UNNUMBERED);
        ObjectNode fullPart = container(List.of(text(raw), toggle("Show less")));
        fullPart.put("id", UNNUMBERED);
        fullPart.put("isVisible", false);
        return container(List.of(shortPart, fullPart));
    }

    private static ObjectNode toggle(String title) {
        ObjectNode set = JSON.objectNode();
        set.put("type", "ActionSet");
        ObjectNode action = set.putArray("actions").addObject();
        action.put("type", "Action.ToggleVisibility");
        action.put("title", title);
        action.putArray("targetElements");
        return set;
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
                node.put("value", fact.cardText() ? fact.value() : Text.plain(fact.value()));
            }
        }
        if (!facts.isEmpty()) {
            body.add(set);
        }
    }

    static Fact fact(String title, String value) {
        return new Fact(title, value, false);
    }

    /** A fact whose value is an instant, shown in the reader's time zone. */
    static Fact fact(String title, java.time.Instant at) {
        return new Fact(title, Formats.instant(at), true);
    }

    /** One line of a FactSet; {@code cardText}: the value is already card text (a date function), else user text. */
    record Fact(String title, String value, boolean cardText) {
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
     * Adds the actions, most important first: the first {@link #MAX_PRIMARY_ACTIONS} are buttons and the rest
     * go into Teams' overflow menu ({@link #finish}); at most {@link #MAX_ACTIONS} in all, beyond that the last
     * ones go into a "More actions" card, since renderers reject a card with more actions than the host allows.
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

    /**
     * What every card goes through last ({@link Cards} calls it for each card it returns): at most
     * {@link #MAX_PRIMARY_ACTIONS} primary actions in every actions array (the root's, every ActionSet's, every
     * ShowCard's), the others {@code "mode": "secondary"}; and unique ids for the parts "Show more" toggles.
     */
    static ObjectNode finish(ObjectNode card) {
        int[] toggled = {0};
        finish(card, toggled);
        return card;
    }

    private static void finish(com.fasterxml.jackson.databind.JsonNode node, int[] toggled) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("actions").isArray()) {
                ArrayNode actions = (ArrayNode) object.get("actions");
                for (int i = 0; i < actions.size(); i++) {
                    if (i >= MAX_PRIMARY_ACTIONS && actions.get(i).isObject()) {
                        ((ObjectNode) actions.get(i)).put("mode", "secondary");
                    }
                }
            }
            if (isToggledPair(object)) {
                toggled[0]++;
                String shortId = "text" + toggled[0] + "-short";
                String fullId = "text" + toggled[0] + "-full";
                ArrayNode parts = (ArrayNode) object.get("items");
                ((ObjectNode) parts.get(0)).put("id", shortId);
                ((ObjectNode) parts.get(1)).put("id", fullId);
                for (ObjectNode part : List.of((ObjectNode) parts.get(0), (ObjectNode) parts.get(1))) {
                    ArrayNode targets = (ArrayNode) part.path("items").get(1).path("actions").get(0).get("targetElements");
                    targets.removeAll();
                    targets.add(shortId).add(fullId);
                }
            }
            object.properties().forEach(field -> finish(field.getValue(), toggled));
        } else if (node.isArray()) {
            node.forEach(child -> finish(child, toggled));
        }
    }

    private static boolean isToggledPair(ObjectNode object) {
        com.fasterxml.jackson.databind.JsonNode items = object.path("items");
        return "Container".equals(object.path("type").asText()) && items.size() == 2
                && UNNUMBERED.equals(items.get(0).path("id").asText())
                && UNNUMBERED.equals(items.get(1).path("id").asText());
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
