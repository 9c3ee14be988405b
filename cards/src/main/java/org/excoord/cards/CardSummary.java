package org.excoord.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line that stands for a card where the card itself is not shown: Teams' chat list and notifications
 * (the activity's {@code summary}) and clients that cannot render it ({@code fallbackText}). It is derived from
 * what the card shows, so it never says more than the card (a classified item's summary is its number): the
 * title, and the status where the card has one: "AI-2026-000123 · Subject — In Progress". It is plain text
 * (no escapes), and tags are left out because no renderer stands between it and the reader.
 */
final class CardSummary {

    /** Teams cuts the preview to one line anyway; the rest would be noise in a notification. */
    static final int MAX_CHARS = 150;

    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    // The summary is shown outside the card, where nobody escapes it: a tag ("<at>…</at>") is left out, the
    // text around it kept ("Costs < $5M" has no tag and stays).
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern DATE_FUNCTION =
            Pattern.compile("\\{\\{DATE\\((\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}):\\d{2}Z, SHORT\\)}} \\{\\{TIME\\([^)]*\\)}}");

    private CardSummary() {
    }

    static String of(ObjectNode card) {
        JsonNode title = first(card.path("body"), "heading");
        if (title == null) {
            title = first(card.path("body"), null);
        }
        String text = title == null ? "" : plain(title.path("text").asText());
        String status = status(card.path("body"));
        if (status != null && !text.isEmpty()) {
            text = text + " — " + status;
        }
        return Text.excerpt(text.isEmpty() ? "excoord" : text, MAX_CHARS);
    }

    // The first TextBlock with that style (any TextBlock when null), depth first as a reader meets it.
    private static JsonNode first(JsonNode node, String style) {
        if (node.isObject()) {
            if ("TextBlock".equals(node.path("type").asText()) && !node.path("text").asText().isBlank()
                    && (style == null || style.equals(node.path("style").asText()))) {
                return node;
            }
            for (String children : new String[] {"items", "columns"}) {
                JsonNode found = first(node.path(children), style);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode found = first(child, style);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String status(JsonNode body) {
        for (JsonNode element : body) {
            if ("FactSet".equals(element.path("type").asText())) {
                for (JsonNode fact : element.path("facts")) {
                    String title = fact.path("title").asText();
                    if (title.equals("Status") || title.equals("State")) {
                        return plain(fact.path("value").asText());
                    }
                }
            }
        }
        return null;
    }

    // Card text back to what a person reads: escapes removed, date functions as a UTC date and time.
    private static String plain(String cardText) {
        Matcher date = DATE_FUNCTION.matcher(cardText);
        String text = date.replaceAll("$1 $2 UTC");
        String unescaped = ESCAPE.matcher(text).replaceAll("$1");
        return TAG.matcher(unescaped).replaceAll("").replace('\n', ' ').strip();
    }
}
