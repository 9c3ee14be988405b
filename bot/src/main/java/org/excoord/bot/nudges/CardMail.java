package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.util.HtmlUtils;

/**
 * A card as a plain HTML email for people Teams cannot reach: its texts and facts in order, escaped; no buttons
 * (they only work in Teams).
 */
final class CardMail {

    private CardMail() {
    }

    static String html(JsonNode card, String subject) {
        StringBuilder html = new StringBuilder("<html><body><h2>").append(HtmlUtils.htmlEscape(subject))
                .append("</h2>");
        walk(card, html, 0);
        return html.append("</body></html>").toString();
    }

    private static void walk(JsonNode node, StringBuilder html, int depth) {
        if (node == null || depth > 20) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> walk(n, html, depth + 1));
            return;
        }
        if (!node.isObject() || node.path("type").asText().startsWith("Action.")) {
            return;
        }
        String type = node.path("type").asText();
        if (type.equals("TextBlock") && node.path("text").isTextual()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(node.path("text").asText())).append("</p>");
        } else if (type.equals("TextRun") && node.path("text").isTextual()) {
            html.append(HtmlUtils.htmlEscape(node.path("text").asText()));
        } else if (type.equals("FactSet")) {
            html.append("<ul>");
            node.path("facts").forEach(f -> html.append("<li>").append(HtmlUtils.htmlEscape(f.path("title").asText()))
                    .append(": ").append(HtmlUtils.htmlEscape(f.path("value").asText())).append("</li>"));
            html.append("</ul>");
        }
        for (String container : new String[] {"body", "items", "columns", "inlines"}) {
            walk(node.get(container), html, depth + 1);
        }
        if (type.equals("RichTextBlock")) {
            html.append("<br>");
        }
    }
}
