package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ActionCardTests {

    @Test
    void showsFactsProgressAndAPageOfTenItemsEachWithAnOpenButton() throws Exception {
        ObjectNode card = Cards.action(SampleData.action(false), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("EA-2026-000004 · Implement EO 14028", "Owner: Lynne Robbins",
                "Progress: 40% — 10 of 25 complete, 2 overdue", "2 overdue items", "Page 1",
                "Classification: Unclassified", "Authority: EO 14028");
        List<ObjectNode> rows = rows(card);
        assertThat(rows).hasSize(10);
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode open = CardAssertions.executes(rows.get(i)).get(0);
            assertThat(open.path("title").asText()).isEqualTo("Open");
            assertThat(open.path("verb").asText()).isEqualTo("item.view");
            assertThat(open.path("data").path("itemId").asLong()).isEqualTo(100 + i);
            assertThat(open.path("tooltip").asText()).as("told apart by screen readers")
                    .isEqualTo("Open AI-2026-0001" + String.format("%02d", i));
        }
        assertThat(visibleText(rows.get(0))).contains("AI-2026-000100 · Update the records schedule 0", "Due ");
    }

    @Test
    void itemsArePagedWithTheActionAndThePageInTheButtons() throws Exception {
        ObjectNode middle = Cards.action(SampleData.action(false, 40, 1, true), SampleData.PERSONAL);

        assertValidCard(middle);
        assertThat(visibleText(middle)).contains("Page 2", "AI-2026-000110", "AI-2026-000119")
                .doesNotContain("AI-2026-000109");
        ObjectNode previous = titled(middle, "Previous page");
        ObjectNode next = titled(middle, "Next page");
        assertThat(previous.path("verb").asText()).isEqualTo(CardVerbs.ACTION_ITEMS).isEqualTo("action.items");
        assertThat(previous.path("data").path("executiveActionId").asLong()).isEqualTo(4);
        assertThat(previous.path("data").path("page").asInt()).isEqualTo(0);
        assertThat(next.path("data").path("page").asInt()).isEqualTo(2);

        ObjectNode last = Cards.action(SampleData.action(false, 40, 2, false), SampleData.PERSONAL);
        assertThat(CardAssertions.executes(last)).extracting(a -> a.path("title").asText())
                .contains("Previous page").doesNotContain("Next page");
        assertThat(CardAssertions.verbs(Cards.action(SampleData.action(false, 40, 0, false), SampleData.PERSONAL)))
                .as("one page: no paging").doesNotContain("action.items");
    }

    @Test
    void anItemOpenedFromTheActionGoesBackToTheSameActionAndPage() throws Exception {
        ObjectNode middle = Cards.action(SampleData.action(false, 40, 1, true), SampleData.PERSONAL);

        assertValidCard(middle);
        assertThat(rows(middle)).hasSize(10).allSatisfy(row -> assertThat(CardAssertions.executes(row).get(0)
                .path("data").toString()).endsWith(",\"backList\":\"action\",\"backPage\":1,\"backAction\":4}"));
        ObjectNode data = (ObjectNode) CardAssertions.executes(rows(middle).get(0)).get(0).path("data");
        assertThat(data.path("itemId").asLong()).isEqualTo(110);

        // the item card the bot answers with: "Back to the action" on top, its buttons and refresh keep the way back
        ObjectNode opened = Cards.withBack(Cards.item(SampleData.item(), SampleData.PERSONAL), BackTo.action(4, 1), null);
        assertValidCard(opened);
        ObjectNode back = (ObjectNode) opened.path("body").get(0).path("actions").get(0);
        assertThat(back.path("title").asText()).isEqualTo("Back to the action");
        assertThat(back.path("verb").asText()).isEqualTo(CardVerbs.ACTION_ITEMS);
        assertThat(back.path("data").toString()).isEqualTo("{\"executiveActionId\":4,\"page\":1}");
        assertThat(opened.path("refresh").path("action").path("data").toString())
                .isEqualTo("{\"itemId\":42,\"backList\":\"action\",\"backPage\":1,\"backAction\":4}");
        assertThat(CardAssertions.executes(opened).stream()
                .filter(a -> !a.path("verb").asText().equals(CardVerbs.ACTION_ITEMS))).hasSizeGreaterThan(1)
                .allSatisfy(action -> assertThat(action.path("data").path("backAction").asLong()).isEqualTo(4));
    }

    @Test
    void aWayBackToAnActionNamesTheAction() {
        assertThatThrownBy(() -> new BackTo(BackTo.ACTION, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackTo.action(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackTo(BackTo.MINE, 0, 4L, null)).isInstanceOf(IllegalArgumentException.class);
        // only a digest is read for someone else (a delegate's)
        assertThatThrownBy(() -> new BackTo(BackTo.MINE, 0, null, 7L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BackTo.digestOf(7).title()).isEqualTo(BackTo.TO_THE_DIGEST);
        assertThat(BackTo.action(4, 2).title()).isEqualTo(BackTo.TO_THE_ACTION);
        assertThat(new BackTo(BackTo.AUTHORITIES, 2).title()).isEqualTo(BackTo.TO_THE_LIST);
    }

    @Test
    void progressIsABarOfTheShareDoneBesideTheShareLeft() throws Exception {
        assertThat(bar(Cards.action(SampleData.action(false, 40, 0, true), SampleData.PERSONAL)))
                .containsExactly("40 good", "60 emphasis");
        assertThat(bar(Cards.action(SampleData.action(false, 4, 0, true), SampleData.PERSONAL)))
                .containsExactly("4 good", "96 emphasis");
        assertThat(bar(Cards.action(SampleData.action(false, 0, 0, true), SampleData.PERSONAL)))
                .containsExactly("100 emphasis");
        assertThat(bar(Cards.action(SampleData.action(false, 100, 0, true), SampleData.PERSONAL)))
                .containsExactly("100 good");
        ObjectNode bar = ActionCards.progressBar(40);
        assertThat(bar.path("columns").get(0).path("minHeight").asText()).isEqualTo("8px");
        assertThat(bar.path("columns").get(1).path("spacing").asText()).as("no gap inside the bar").isEqualTo("none");
    }

    private static List<String> bar(ObjectNode card) {
        ObjectNode bar = CardAssertions.all(card, node -> node.path("type").asText().equals("ColumnSet")
                && node.path("columns").get(0).has("minHeight")).get(0);
        List<String> parts = new java.util.ArrayList<>();
        bar.path("columns").forEach(c -> parts.add(c.path("width").asText() + " " + c.path("style").asText()));
        return parts;
    }

    private static ObjectNode titled(ObjectNode card, String title) {
        return CardAssertions.executes(card).stream().filter(a -> a.path("title").asText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + title));
    }

    /** The item rows of an action card: the ColumnSets whose button opens an item. */
    static List<ObjectNode> rows(ObjectNode card) {
        return CardAssertions.all(card, node -> node.path("type").asText().equals("ColumnSet")
                && CardAssertions.executes(node).stream().anyMatch(a -> a.path("verb").asText().equals("item.view")));
    }

    @Test
    void itemsOfTheActionHideTheirClassifiedSubjectsInAGroupChat() {
        ObjectNode card = Cards.action(SampleData.action(false), SampleData.GROUP);

        assertThat(visibleText(card)).contains("(classified)").doesNotContain("Update the records schedule 2");
    }

    @Test
    void classifiedActionInAGroupChatShowsOnlyNumberAndClassification() throws Exception {
        ObjectNode card = Cards.action(SampleData.action(true), SampleData.GROUP);

        String json = assertValidCard(card);
        assertThat(visibleText(card)).contains("EA-2026-000004", "Classification: SBU",
                "Details are shown only in a 1:1 chat with the bot.");
        assertThat(json).doesNotContain("Implement", "Lynne", "AI-2026");
        assertThat(CardAssertions.all(card, node -> node.path("type").asText().startsWith("Action."))).isEmpty();
        assertThat(visibleText(Cards.action(SampleData.action(true), SampleData.PERSONAL))).contains("Implement EO 14028");
    }

    @Test
    void hostileTextStaysText() throws Exception {
        List<ItemLine> items = IntStream.range(0, 30).mapToObj(i -> new ItemLine(i, SampleData.LINK,
                SampleData.HOSTILE + SampleData.TEN_KB, SampleData.BOLD, SampleData.DUE, true, SampleData.MENTION,
                false)).toList();
        ActionCard action = new ActionCard(1, SampleData.LINK, SampleData.HOSTILE + SampleData.TEN_KB,
                SampleData.BOLD, SampleData.SCRIPT, SampleData.DUE, SampleData.MENTION, SampleData.HOSTILE, false,
                SampleData.TEN_KB, 0, 30, 0, 30, items, 0, true);

        CardAssertions.assertHostileIsText(Cards.action(action, SampleData.PERSONAL));
    }
}
