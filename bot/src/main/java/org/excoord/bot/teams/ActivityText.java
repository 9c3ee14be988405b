package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.excoord.bot.conversation.ReadableText;

/**
 * Finds text no Teams client sends ({@link ReadableText}): every string of the activity is checked, keys included, so
 * no field of a card's data can carry a NUL or a lone surrogate into the database, a log line or a card.
 */
final class ActivityText {

    private static final int MAX_DEPTH = 64;

    private ActivityText() {
    }

    /** The path of the first string that is not readable text ({@code value.action.data.comment}), or null. */
    static String firstUnreadable(JsonNode node) {
        return firstUnreadable(node, "", 0);
    }

    private static String firstUnreadable(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return path.isEmpty() ? "body" : path;
        }
        if (node.isTextual()) {
            return isReadable(node.textValue()) ? null : path;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!isReadable(field.getKey())) {
                    return path.isEmpty() ? "field names" : path + " field names";
                }
                String found = firstUnreadable(field.getValue(), at, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstUnreadable(node.get(i), path + "[" + i + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isReadable(String s) {
        return ReadableText.isReadable(s);
    }
}
