package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects 14 (long text, "Show more"), 13 (a summary for every card) and 9 (labels, one vocabulary). */
class LongTextAndSummaryTests {

    private static final String LONG_COMMENT = ("Costs < $5M & > $1M for *each* office; see [annex] ").repeat(40)
            .substring(0, Text.MAX_CHARS);

    @Test
    void aTwoThousandCharacterCommentIsShownWholeBehindShowMore() throws Exception {
        ItemCard item = withComments(SampleData.item(), List.of(new CommentLine("Lynne Robbins", LONG_COMMENT,
                SampleData.AT), new CommentLine("Alex Wilber", LONG_COMMENT, SampleData.AT.minusSeconds(60))));

        ObjectNode card = Cards.item(item, SampleData.PERSONAL);

        assertValidCard(card);
        List<ObjectNode> toggles = CardAssertions.all(card,
                node -> node.path("type").asText().equals("Action.ToggleVisibility"));
        assertThat(toggles).extracting(node -> node.path("title").asText())
                .containsExactly("Show more", "Show less", "Show more", "Show less");
        List<String> ids = CardAssertions.all(card, node -> node.has("id") && node.path("type").asText()
                .equals("Container")).stream().map(node -> node.path("id").asText()).toList();
        assertThat(ids).as("ids unique in the card").doesNotHaveDuplicates().hasSize(4);
        for (ObjectNode toggle : toggles) {
            assertThat(toggle.path("targetElements")).extracting(JsonNode::asText).hasSize(2).isSubsetOf(ids);
        }
        ObjectNode full = CardAssertions.all(card, node -> node.path("isVisible").isBoolean()).get(0);
        assertThat(full.path("isVisible").asBoolean()).isFalse();
        assertThat(CardAssertions.unescape(full.path("items").get(0).path("text").asText()))
                .as("the whole comment, as typed").isEqualTo(LONG_COMMENT.strip());
        assertThat(visibleText(card)).contains("Costs < $5M & > $1M for *each* office; see [annex]");
    }

    @Test
    void shortTextHasNoToggle() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        assertThat(CardAssertions.all(card, node -> node.path("type").asText().equals("Action.ToggleVisibility")))
                .isEmpty();
    }

    @Test
    void everyCardCarriesAOneLineSummaryFromItsTitleAndStatus() throws Exception {
        assertThat(Cards.summary(Cards.item(SampleData.item(), SampleData.PERSONAL)))
                .isEqualTo("AI-2026-000042 · Inventory all software that handles sensitive data — In Progress");
        assertThat(Cards.summary(Cards.correspondence(SampleData.correspondence(), SampleData.PERSONAL)))
                .isEqualTo("CR-2026-000005 · Request for a briefing on zero trust — Routed");
        assertThat(Cards.summary(Cards.message("Done: AI-2026-000042 is now In Progress.")))
                .isEqualTo("Done: AI-2026-000042 is now In Progress.");
        assertThat(Cards.summary(Cards.itemList(SampleData.list(), SampleData.GROUP))).isEqualTo("My items");
        // a person's text comes back as typed, without the card's escapes, and short
        String hostile = Cards.summary(Cards.item(SampleData.hostileItem(), SampleData.PERSONAL));
        assertThat(hostile).startsWith("[x](http://evil) · **bold** Bob alert(1) [x](http://evil)").endsWith("…")
                .doesNotContain("<at>", "<script>").hasSizeLessThanOrEqualTo(CardSummary.MAX_CHARS);
        assertThat(Cards.summary(Cards.message("Costs < $5M & > $1M"))).isEqualTo("Costs < $5M & > $1M");
    }

    @Test
    void aClassifiedItemsSummaryIsOnlyItsNumber() {
        String summary = Cards.summary(Cards.item(SampleData.item(true, List.of("SUBMIT")), SampleData.GROUP));

        assertThat(summary).isEqualTo("AI-2026-000042").doesNotContain("Inventory");
    }

    @Test
    void enumNamesReadAsLabelsEverywhere() throws Exception {
        ItemCard i = SampleData.item();
        ItemCard shouting = new ItemCard(i.id(), i.number(), i.subject(), i.details(), i.status(), "IN_PROGRESS",
                "HIGH", i.dueDate(), i.overdue(), i.assignee(), i.executiveAction(), i.authority(),
                i.classificationLabel(), false, i.recentComments(), i.verbs(), true, true, true, i.reassignTo(),
                i.version(), null, List.of(), null);

        assertThat(visibleText(Cards.item(shouting, SampleData.PERSONAL))).contains("Status: In progress",
                "Priority: High").doesNotContain("HIGH", "IN_PROGRESS");
        assertThat(visibleText(Cards.authorities(List.of(new AuthorityLine(1, "Old order", "EO 14110", "REPEALED",
                LocalDate.of(2023, 10, 30)), new AuthorityLine(2, "A statute", null, "ACTIVE", null)))))
                .contains("Revoked · signed Mon, Oct 30, 2023", "Active").doesNotContain("REPEALED", "ACTIVE");
        assertThat(Formats.label("In Progress")).isEqualTo("In Progress");
        assertThat(Formats.label("IN_PERSON")).isEqualTo("In person");
    }

    @Test
    void anOrderRevokedByAnotherSaysRevokedInStatusAndReferences() throws Exception {
        ObjectNode card = Cards.authority(new AuthorityCard(3, "Safe, Secure, and Trustworthy AI", "EXECUTIVE_ORDER",
                "REPEALED", "EO 14110", "88 FR 75191", LocalDate.of(2023, 10, 30),
                "Revoked by Executive Order 14148 of January 20, 2025", List.of("Repeals EO 13960", "Cites EO 13859"),
                13, null));

        assertThat(visibleText(card)).contains("Type: Executive order", "Status: Revoked", "Sections: 13",
                "Revoked by Executive Order 14148", "Revokes EO 13960").doesNotContain("Repealed", "Repeals");
        assertThat(Cards.summary(card)).isEqualTo("EO 14110 · Safe, Secure, and Trustworthy AI — Revoked");
    }

    private static ItemCard withComments(ItemCard i, List<CommentLine> comments) {
        return new ItemCard(i.id(), i.number(), i.subject(), i.details(), i.status(), i.statusLabel(), i.priority(),
                i.dueDate(), i.overdue(), i.assignee(), i.executiveAction(), i.authority(), i.classificationLabel(),
                i.classified(), comments, i.verbs(), i.mayChangeDueDate(), i.mayReassign(), i.mayComment(),
                i.reassignTo(), i.version(), i.notice(), i.refreshUserIds(), i.sync());
    }
}
