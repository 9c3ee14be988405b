package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** The rules every card must keep, checked by walking its JSON. */
final class CardAssertions {

    static final ObjectMapper MAPPER = new ObjectMapper();

    // Spelled in two parts so this file itself never contains the wrong content type.
    static final String CONTENT_TYPE_TYPO = "application/vnd.microsoft." + "adaptive.card";

    private static final String MARKDOWN = "*_[`~";

    private CardAssertions() {
    }

    /** Every rule at once: shape, size, labels, verbs and fallbacks, neutral text, no colour-only meaning. */
    static String assertValidCard(ObjectNode card) throws Exception {
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.path("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        String json = MAPPER.writeValueAsString(card);
        assertThat(MAPPER.writeValueAsString(MAPPER.readTree(json))).as("valid JSON that reads back the same")
                .isEqualTo(json);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Cards.MAX_CARD_BYTES)
                .isLessThanOrEqualTo(28 * 1024);
        assertThat(json).doesNotContain(CONTENT_TYPE_TYPO);
        for (ObjectNode withActions : all(card, node -> node.path("actions").isArray())) {
            JsonNode actions = withActions.path("actions");
            assertThat(actions.size()).as("actions in one array").isBetween(1, Elements.MAX_ACTIONS);
            // defect 15: a fourth button is cut at Teams width ("St…"); the rest belong in the overflow menu
            assertThat(IntStream.range(0, actions.size()).filter(i -> !"secondary".equals(actions.get(i).path("mode")
                    .asText())).count()).as("primary actions in %s", actions).isLessThanOrEqualTo(3);
            assertThat(IntStream.range(0, actions.size()).filter(i -> "secondary".equals(actions.get(i).path("mode")
                    .asText())).allMatch(i -> i >= 3)).as("the first three are the buttons").isTrue();
        }
        assertThat(card.path("fallbackText").asText()).as("summary for the chat list").isNotBlank()
                .isEqualTo(Cards.summary(card));
        assertThat(inputs(card)).extracting(node -> node.path("id").asText()).as("input ids are unique")
                .doesNotHaveDuplicates();
        for (ObjectNode input : all(card, node -> node.path("type").asText().startsWith("Input."))) {
            assertThat(input.path("label").asText()).as("label of %s", input).isNotBlank();
            assertThat(input.path("id").asText()).as("id of %s", input).isNotBlank();
        }
        assertThat(all(card, node -> node.path("type").asText().startsWith("Input.") && node.path("isRequired").asBoolean()))
                .allSatisfy(input -> assertThat(input.path("errorMessage").asText()).as("errorMessage of %s", input)
                        .isNotBlank());
        for (ObjectNode execute : executes(card)) {
            assertThat(execute.path("verb").asText()).isNotBlank();
            assertThat(execute.path("title").asText()).isNotBlank();
            assertThat(execute.path("data").isObject()).isTrue();
            JsonNode fallback = execute.path("fallback");
            assertThat(fallback.path("type").asText()).isEqualTo("Action.Submit");
            ObjectNode expected = ((ObjectNode) execute.path("data")).deepCopy();
            expected.put("verb", execute.path("verb").asText());
            assertThat(fallback.path("data")).isEqualTo(expected);
        }
        List<String> mentions = mentions(card);
        for (ObjectNode block : all(card, node -> node.path("type").asText().equals("TextBlock"))) {
            assertNeutral(withoutMentions(block.path("text").asText(), mentions));
        }
        assertThat(all(card, node -> node.path("type").asText().equals("TextBlock")
                && node.path("color").asText().equals("attention"))).allSatisfy(block -> assertThat(block.path("text")
                .asText()).as("colour is not the only sign").containsIgnoringCase("overdue"));
        for (ObjectNode factSet : all(card, node -> node.path("type").asText().equals("FactSet"))) {
            factSet.path("facts").forEach(fact -> {
                assertNeutral(fact.path("title").asText());
                assertNeutral(withoutMentions(fact.path("value").asText(), mentions));
            });
        }
        for (ObjectNode image : all(card, node -> node.path("type").asText().equals("Image"))) {
            assertThat(image.path("altText").asText()).isNotBlank();
        }
        return json;
    }

    /**
     * The hostile samples show as typed: no live tag, mention or Markdown in the texts Teams renders as Markdown
     * (button and choice titles are plain text and may keep their asterisks), and a reader sees the characters
     * that were typed, not look-alikes.
     */
    static void assertHostileIsText(ObjectNode card) throws Exception {
        assertValidCard(card);
        String cardText = cardText(card);
        assertThat(cardText).doesNotContainPattern(UNESCAPED + "<(at|script|/at)")
                .doesNotContainPattern(UNESCAPED + "\\*\\*bold").doesNotContainPattern(UNESCAPED + "\\[x]\\(")
                .doesNotContain("\u2039", "\u203A");
        assertThat(visibleText(card)).containsAnyOf("**bold**", "<at>Bob</at>", "[x](http://evil)");
    }

    /**
     * The texts of the card's declared mentions ({@code msteams.entities}); each names a person by id and appears in
     * the card's text, which is the only way {@code <at>} may appear in it.
     */
    static List<String> mentions(ObjectNode card) {
        List<String> texts = new ArrayList<>();
        String visible = cardText(card); // as written: the mention text is escaped like the card's
        for (JsonNode entity : card.path("msteams").path("entities")) {
            assertThat(entity.path("type").asText()).isEqualTo("mention");
            assertThat(entity.path("mentioned").path("id").asText()).as("mentioned id").isNotBlank();
            assertThat(entity.path("mentioned").path("name").asText()).as("mentioned name").isNotBlank();
            String text = entity.path("text").asText();
            assertThat(text).startsWith("<at>").endsWith("</at>");
            assertNeutral(text.substring(4, text.length() - 5));
            assertThat(visible).as("a declared mention is in the card's text").contains(text);
            texts.add(text);
        }
        return texts;
    }

    private static String withoutMentions(String text, List<String> mentions) {
        String rest = text;
        for (String mention : mentions) {
            rest = rest.replace(mention, "");
        }
        return rest;
    }

    // not preceded by an odd number of backslashes
    private static final String UNESCAPED = "(?<!\\\\)(?:\\\\\\\\)*";

    /**
     * No character that could start Markdown, HTML, a mention or a date function is left unescaped (the card's own
     * date functions aside), and no character was replaced by a look-alike.
     */
    static void assertNeutral(String escaped) {
        String text = Formats.INSTANT.matcher(escaped).replaceAll("");
        // a capped person's text plus the card's own words around it ("… — ")
        assertThat(unescape(text).codePointCount(0, unescape(text).length())).as("capped")
                .isLessThanOrEqualTo(Text.MAX_CHARS + 40);
        assertThat(text).doesNotContain("{{", "\u2039", "\u203A");
        IntStream.range(0, text.length()).filter(i -> MARKDOWN.indexOf(text.charAt(i)) >= 0
                || (text.charAt(i) == '<' && i + 1 < text.length() && tagStart(text.charAt(i + 1))))
                .forEach(i -> assertThat(precedingBackslashes(text, i) % 2)
                        .as("escaped %s at %d in %s", text.charAt(i), i, text).isEqualTo(1));
        for (String line : text.split("\n")) {
            assertThat(line).as("line starts with a block marker").doesNotMatch("^([-+] |[-+]$|>|#{1,6}( |$)|=+$).*");
            assertThat(line).doesNotMatch("^\\d+[.)]( .*)?$");
        }
    }

    private static boolean tagStart(char c) {
        return (c < 128 && Character.isLetter(c)) || c == '/' || c == '!' || c == '?';
    }

    /** Card text as a reader sees it: escapes removed, date functions shown as in UTC ("Sun, Nov 29, 2026 2:02 PM"). */
    static String unescape(String cardText) {
        java.util.regex.Matcher date = java.util.regex.Pattern.compile(
                "\\{\\{DATE\\(([^,]+), SHORT\\)}} \\{\\{TIME\\([^)]+\\)}}").matcher(cardText);
        StringBuilder shown = new StringBuilder();
        while (date.find()) {
            java.time.ZonedDateTime at = java.time.Instant.parse(date.group(1)).atZone(java.time.ZoneOffset.UTC);
            date.appendReplacement(shown, java.util.regex.Matcher.quoteReplacement(java.time.format.DateTimeFormatter
                    .ofPattern("EEE, MMM d, yyyy h:mm a", java.util.Locale.US).format(at)));
        }
        date.appendTail(shown);
        return shown.toString().replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private static int precedingBackslashes(String text, int index) {
        int count = 0;
        while (index - 1 - count >= 0 && text.charAt(index - 1 - count) == '\\') {
            count++;
        }
        return count;
    }

    /** The Action.Execute actions of the card (selectActions and ShowCard contents included, refresh not). */
    static List<ObjectNode> executes(ObjectNode card) {
        ObjectNode withoutRefresh = card.deepCopy();
        withoutRefresh.remove("refresh");
        return all(withoutRefresh, node -> node.path("type").asText().equals("Action.Execute"));
    }

    static List<String> verbs(ObjectNode card) {
        return executes(card).stream().map(node -> node.path("verb").asText()).toList();
    }

    static ObjectNode executeWithVerb(ObjectNode card, String verb) {
        return executes(card).stream().filter(node -> node.path("verb").asText().equals(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no Action.Execute with verb " + verb));
    }

    static List<ObjectNode> inputs(ObjectNode card) {
        return all(card, node -> node.path("type").asText().startsWith("Input."));
    }

    static ObjectNode input(ObjectNode card, String id) {
        return inputs(card).stream().filter(node -> node.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no input " + id));
    }

    static List<ObjectNode> all(JsonNode root, Predicate<ObjectNode> test) {
        List<ObjectNode> found = new ArrayList<>();
        collect(root, test, found);
        return found;
    }

    private static void collect(JsonNode node, Predicate<ObjectNode> test, List<ObjectNode> found) {
        if (node.isObject()) {
            if (test.test((ObjectNode) node)) {
                found.add((ObjectNode) node);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), test, found);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, test, found));
        }
    }

    /** All visible text of the card as a reader sees it ({@link #unescape}), for "does it say …" checks. */
    static String visibleText(ObjectNode card) {
        return unescape(cardText(card));
    }

    /** The card's TextBlock and fact texts as they are in the JSON (escaped). */
    static String cardText(ObjectNode card) {
        StringBuilder text = new StringBuilder();
        all(card, node -> node.path("type").asText().equals("TextBlock"))
                .forEach(block -> text.append(block.path("text").asText()).append('\n'));
        all(card, node -> node.path("type").asText().equals("FactSet")).forEach(set -> set.path("facts")
                .forEach(fact -> text.append(fact.path("title").asText()).append(": ")
                        .append(fact.path("value").asText()).append('\n')));
        return text.toString();
    }
}
