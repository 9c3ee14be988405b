package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import org.excoord.shared.Inputs;

/**
 * A type-ahead search as Teams sends it ({@code {"dataset","queryText","queryOptions":{"skip","top"}}}), read
 * defensively: the dataset is required, the text and the page are bounded, and anything else is refused
 * ({@link Refused}, a 400) before a feature sees it.
 */
record SearchInput(String dataset, String text, int skip, int top) {

    static final int MAX_DATASET = 100;
    /** Teams asks for 15 at a time; its dropdown shows no more. */
    static final int DEFAULT_TOP = 15;
    static final int MAX_SKIP = 1_000;

    static SearchInput of(JsonNode value) {
        if (value == null || !value.isObject()) {
            throw new Refused("value", "is missing: a search needs a dataset and a text");
        }
        JsonNode dataset = value.get("dataset");
        if (dataset == null || !dataset.isTextual() || dataset.asText().isBlank()
                || dataset.asText().length() > MAX_DATASET) {
            throw new Refused("dataset", "must name a dataset in at most " + MAX_DATASET + " characters");
        }
        JsonNode queryText = value.get("queryText");
        String text = "";
        if (queryText != null && !queryText.isNull()) {
            if (!queryText.isTextual()) {
                throw new Refused("queryText", "must be text");
            }
            text = queryText.asText().strip();
        }
        if (text.length() > SearchAnswer.MAX_TEXT) {
            throw new Refused("queryText", "is longer than " + SearchAnswer.MAX_TEXT + " characters");
        }
        String problem = Inputs.textProblem(text, false);
        if (problem != null) {
            throw new Refused("queryText", problem);
        }
        JsonNode options = value.get("queryOptions");
        if (options != null && !options.isNull() && !options.isObject()) {
            throw new Refused("queryOptions", "must be an object");
        }
        int skip = bounded(options, "skip", 0, 0, MAX_SKIP);
        int top = bounded(options, "top", DEFAULT_TOP, 1, SearchAnswer.MAX_TOP);
        return new SearchInput(dataset.asText(), text, skip, top);
    }

    private static int bounded(JsonNode options, String field, int absent, int min, int max) {
        JsonNode n = options == null ? null : options.get(field);
        if (n == null || n.isNull()) {
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw new Refused("queryOptions." + field, "must be a whole number from " + min + " to " + max);
        }
        return n.intValue();
    }

    /** A search Teams would not send: answered with a 400 that says which field is wrong. */
    static final class Refused extends RuntimeException {
        Refused(String field, String problem) {
            super("The search's " + field + " " + problem + ".", null, false, false);
        }
    }

    /** A value for a log line or a message: at most 100 characters. */
    static String cut(String value) {
        return value == null ? null : value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }

    /** A text field of an untrusted value for a log line, cut to 100 characters. */
    static String cut(JsonNode value, String field) {
        JsonNode n = value == null ? null : value.get(field);
        return n == null ? null : cut(n.isTextual() ? n.asText() : n.toString());
    }
}
