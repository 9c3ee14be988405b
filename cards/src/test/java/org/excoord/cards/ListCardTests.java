package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executes;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListCardTests {

    @Test
    void oneTappableRowPerItemAndPagingBothWays() throws Exception {
        ObjectNode card = Cards.itemList(SampleData.list(), SampleData.PERSONAL);

        assertValidCard(card);
        List<ObjectNode> rows = rows(card);
        assertThat(rows).hasSize(10);
        JsonNode select = rows.get(0).path("selectAction");
        assertThat(select.path("type").asText()).isEqualTo("Action.Execute");
        assertThat(select.path("verb").asText()).isEqualTo("item.view");
        assertThat(select.path("data").toString()).isEqualTo("{\"itemId\":100,\"backList\":\"mine\",\"backPage\":1}");
        assertThat(visibleText(card)).contains("My items", "AI-2026-000100 · Update the records schedule 0",
                "Due Tue, Dec 1, 2026 — Overdue · In Progress · Alex Wilber", "Page 2");
        assertThat(card.path("actions")).hasSize(2);
        assertThat(card.path("actions").get(0).path("data").toString()).isEqualTo("{\"list\":\"mine\",\"page\":0}");
        assertThat(card.path("actions").get(1).path("data").toString()).isEqualTo("{\"list\":\"mine\",\"page\":2}");
        assertThat(card.path("actions")).allSatisfy(
                action -> assertThat(action.path("verb").asText()).isEqualTo("list.page"));
        // beside each tappable row an "Open" button, named for screen readers by its tooltip (as the inbox's rows)
        List<ObjectNode> open = CardAssertions.all(card, node -> node.path("type").asText().equals("Action.Execute")
                && node.path("title").asText().equals("Open"));
        assertThat(open).hasSize(10);
        assertThat(open.get(0).path("tooltip").asText()).isEqualTo("Open AI-2026-000100");
        assertThat(open.get(0).path("data").toString()).isEqualTo(select.path("data").toString());
    }

    @Test
    void anItemOpenedFromAListGoesBackToTheSamePageItsRefreshIncluded() throws Exception {
        ObjectNode card = Cards.withBack(Cards.item(SampleData.item(), SampleData.PERSONAL), new BackTo("team", 3),
                BackTo.TO_THE_LIST);

        assertValidCard(card);
        JsonNode back = card.path("body").get(0).path("actions").get(0);
        assertThat(back.path("verb").asText()).isEqualTo("list.page");
        assertThat(back.path("data").toString()).isEqualTo("{\"list\":\"team\",\"page\":3}");
        assertThat(back.path("title").asText()).isEqualTo("Back to the list");
        assertThat(card.path("refresh").path("action").path("data").toString())
                .isEqualTo("{\"itemId\":42,\"backList\":\"team\",\"backPage\":3}");
        assertThat(executes(card).stream().filter(a -> !a.path("verb").asText().equals("list.page")))
                .hasSizeGreaterThan(1).allSatisfy(action ->
                assertThat(action.path("data").path("backList").asText()).isEqualTo("team"));
        // a classified item in a group chat shows no buttons of its own, but the way back reveals nothing
        ObjectNode classified = Cards.withBack(Cards.item(SampleData.item(true, List.of("SUBMIT")), SampleData.GROUP),
                new BackTo("mine", 0), BackTo.TO_THE_LIST);
        assertValidCard(classified);
        assertThat(CardAssertions.verbs(classified)).containsExactly("list.page");
    }

    @Test
    void aListWithoutAKnownKeyOpensItsRowsWithoutAWayBack() throws Exception {
        for (String key : java.util.Arrays.asList(null, "elsewhere", "inbox")) {
            ObjectNode card = Cards.itemList(new ItemList("Other", key, List.of(SampleData.line(1, false)), 0, false,
                    null), SampleData.PERSONAL);
            assertValidCard(card);
            assertThat(rows(card).get(0).path("selectAction").path("data").toString()).as(key)
                    .isEqualTo("{\"itemId\":101}");
        }
    }

    @Test
    void classifiedSubjectsAreHiddenOutsideAPersonalChat() throws Exception {
        ObjectNode group = Cards.itemList(SampleData.list(), SampleData.GROUP);
        ObjectNode personal = Cards.itemList(SampleData.list(), SampleData.PERSONAL);

        assertValidCard(group);
        assertThat(visibleText(group)).contains("AI-2026-000104 · (classified)")
                .doesNotContain("Update the records schedule 4");
        assertThat(visibleText(personal)).contains("Update the records schedule 4");
    }

    @Test
    void anEmptyListSaysSoAndHasNoPaging() throws Exception {
        ObjectNode card = Cards.itemList(new ItemList("Overdue", "overdue", List.of(), 0, false,
                "Nothing is overdue."), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Nothing is overdue.");
        assertThat(card.has("actions")).isFalse();
    }

    @Test
    void aListTooLargeForTeamsDropsRowsFromTheEnd() throws Exception {
        List<ItemLine> lines = IntStream.range(0, 60).mapToObj(i -> new ItemLine(i, "AI-" + i,
                "<".repeat(1500), "In Progress", SampleData.DUE, false, "Alex", false)).toList();

        ObjectNode card = Cards.itemList(new ItemList("Team", "team", lines, 0, true, null), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(rows(card).size()).isBetween(1, 59);
        assertThat(rows(card).get(0).path("selectAction").path("data").path("itemId").asLong()).isZero();
        assertThat(visibleText(card)).contains("…more on the next page");
    }

    @Test
    void hostileTextStaysText() throws Exception {
        ObjectNode card = Cards.itemList(SampleData.hostileList(), SampleData.GROUP);

        CardAssertions.assertHostileIsText(card);
        assertThat(executes(card)).isNotEmpty();
    }

    static List<ObjectNode> rows(ObjectNode card) {
        return CardAssertions.all(card, node -> node.has("selectAction"));
    }
}
