package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.excoord.shared.Inputs;

/**
 * Finds text no Teams client sends (what the domain refuses in any text, {@link Inputs#textProblem}): every string of the activity is checked, keys included, so
 * no field of a card's data can carry a NUL or a lone surrogate into the database, a log line or a card.
 */
final class ActivityText {

    private static final int MAX_DEPTH = 64;

    private ActivityText() {
    }

    /**
     * What is wrong with the activity's text, naming the field ({@code value.action.data.comment contains …}), or
     * null if nothing is.
     */
    static String problemOf(JsonNode activity) {
        return firstUnreadable(activity, "", 0);
    }

    private static String firstUnreadable(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return "the activity's " + LogSafe.of(path) + " is nested more than " + MAX_DEPTH + " levels deep";
        }
        if (node.isTextual()) {
            return isReadable(node.textValue()) ? null
                    : "the activity's " + LogSafe.of(path) + " contains a control character or invalid Unicode";
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!isReadable(field.getKey())) {
                    return "the activity's " + (path.isEmpty() ? "" : LogSafe.of(path) + " ")
                            + "field names contain a control character or invalid Unicode";
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
        return Inputs.textProblem(s, true) == null;
    }
}
