package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ActionCardTests {

    @Test
    void showsFactsProgressAndUpToTenItems() throws Exception {
        ObjectNode card = Cards.action(SampleData.action(false), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("EA-2026-000004 · Implement EO 14028", "Owner: Lynne Robbins",
                "Progress: 40% — 4 of 10 complete, 2 overdue", "2 overdue items", "…and 2 more",
                "Classification: Unclassified", "Authority: EO 14028");
        assertThat(ListCardTests.rows(card)).hasSize(10).allSatisfy(row -> assertThat(
                row.path("selectAction").path("verb").asText()).isEqualTo("item.view"));
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
                SampleData.TEN_KB, 0, 30, 0, 30, items);

        CardAssertions.assertHostileIsText(Cards.action(action, SampleData.PERSONAL));
    }
}
