package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executeWithVerb;
import static org.excoord.cards.CardAssertions.input;
import static org.excoord.cards.CardAssertions.verbs;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrespondenceCardTests {

    @Test
    void triageShowsFactsHistoryAndTheFiveActions() throws Exception {
        ObjectNode card = Cards.correspondence(SampleData.correspondence(), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("CR-2026-000005 · Request for a briefing on zero trust",
                "State: Routed", "From: Pat Doe · House Oversight Committee", "Received: Sun, Nov 29, 2026 2:02 PM",
                "Received via: Email", "Routed to: Office of the CIO", "Acknowledged: Sun, Nov 29, 2026 2:12 PM",
                "Sun, Nov 29, 2026 2:05 PM — routed to Office of the CIO");
        assertThat(CardAssertions.cardText(card)).contains("{{DATE(2026-11-29T14:02:00Z, SHORT)}} {{TIME(2026-11-29T14:02:00Z)}}")
                .doesNotContain("UTC", " 14:02");
        assertThat(visibleText(card)).doesNotContain("Method:", "Received by");
        // the step that moves it on first: a manager's Accept, the secretariat's Route; acknowledging last
        assertThat(verbs(card)).containsExactly("corr.accept", "corr.route", "corr.assign", "corr.resolve",
                "corr.acknowledge");
        assertThat(executeWithVerb(card, "corr.route").path("data").toString())
                .isEqualTo("{\"correspondenceId\":5,\"version\":2}");
        assertThat(input(card, "orgUnitId").path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(input(card, "personId").path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(input(card, "resolution").path("type").asText()).isEqualTo("Input.Text");
        assertThat(input(card, "resolution").path("isRequired").asBoolean()).isTrue();
    }

    @Test
    void withoutRightsThereAreNoActions() throws Exception {
        CorrespondenceCard c = SampleData.correspondence();
        CorrespondenceCard readOnly = new CorrespondenceCard(c.id(), c.referenceNumber(), c.subject(), c.fromPerson(),
                c.fromOrganization(), c.receivedAt(), c.method(), "RESOLVED", c.routedTo(), c.assignedTo(), null,
                c.dueDate(), false, List.of(), false, false, false, false, false, List.of(), List.of(), 3,
                "Resolved by Megan Bowen");

        ObjectNode card = Cards.correspondence(readOnly, SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(card.has("actions")).isFalse();
        assertThat(visibleText(card)).contains("Acknowledged: Not yet", "Resolved by Megan Bowen");
    }

    @Test
    void inboxRowsOpenTheCorrespondenceWithAButtonAndKnowTheirPage() throws Exception {
        ObjectNode card = Cards.correspondenceInbox(SampleData.inbox(), 2, true);

        assertValidCard(card);
        assertThat(ListCardTests.rows(card)).hasSize(5).allSatisfy(row -> assertThat(
                row.path("selectAction").path("verb").asText()).isEqualTo("corr.view"));
        assertThat(ListCardTests.rows(card).get(0).path("selectAction").path("data").toString())
                .isEqualTo("{\"correspondenceId\":200,\"backList\":\"inbox\",\"backPage\":2}");
        List<ObjectNode> open = CardAssertions.all(card, node -> node.path("type").asText().equals("Action.Execute")
                && node.path("title").asText().equals("Open"));
        assertThat(open).hasSize(5);
        assertThat(open.get(1).path("tooltip").asText()).isEqualTo("Open CR-2026-000201");
        assertThat(open.get(1).path("data").toString())
                .isEqualTo("{\"correspondenceId\":201,\"backList\":\"inbox\",\"backPage\":2}");
        assertThat(visibleText(card)).contains("due Tue, Dec 1, 2026 — Overdue", "Soonest due first", "Page 3");
        assertThat(card.path("actions")).extracting(a -> a.path("title").asText())
                .containsExactly("Previous page", "Next page");
        assertThat(card.path("actions").get(1).path("data").toString()).isEqualTo("{\"page\":3}");
    }

    @Test
    void theSecretariatsInboxOffersLogCorrespondence() throws Exception {
        ObjectNode card = Cards.correspondenceInbox(SampleData.inbox(), 0, true, true);

        assertValidCard(card);
        assertThat(card.path("actions")).extracting(a -> a.path("title").asText())
                .containsExactly("Log correspondence", "Next page");
        assertThat(executeWithVerb(card, "form.logCorrespondence").path("data").toString()).isEqualTo("{}");
        assertThat(verbs(Cards.correspondenceInbox(List.of(), 0, false, true))).containsExactly("form.logCorrespondence");
    }

    @Test
    void anOpenedLetterGoesBackToItsPageAndEveryButtonKeepsTheWay() throws Exception {
        ObjectNode card = Cards.withBack(Cards.correspondence(SampleData.correspondence(), SampleData.PERSONAL),
                BackTo.inbox(2), BackTo.TO_THE_LIST);

        assertValidCard(card);
        JsonNode top = card.path("body").get(0);
        assertThat(top.path("type").asText()).isEqualTo("ActionSet");
        assertThat(top.path("actions")).singleElement().satisfies(back -> {
            assertThat(back.path("title").asText()).isEqualTo("Back to the list");
            assertThat(back.path("verb").asText()).isEqualTo("corr.page");
            assertThat(back.path("data").toString()).isEqualTo("{\"list\":\"inbox\",\"page\":2}");
        });
        assertThat(CardAssertions.executes(card).stream().filter(a -> !a.path("verb").asText().equals("corr.page")))
                .hasSize(5).allSatisfy(action -> {
            assertThat(action.path("data").path("backList").asText()).as("%s", action).isEqualTo("inbox");
            assertThat(action.path("data").path("backPage").asInt()).as("%s", action).isEqualTo(2);
        });
        assertThat(executeWithVerb(card, "corr.route").path("data").toString())
                .isEqualTo("{\"correspondenceId\":5,\"version\":2,\"backList\":\"inbox\",\"backPage\":2}");
        assertThat(Cards.withBack(Cards.correspondence(SampleData.correspondence(), SampleData.PERSONAL),
                BackTo.inbox(0), BackTo.TO_THE_INBOX).path("body").get(0).path("actions").get(0).path("title").asText())
                .isEqualTo("Back to the inbox");
    }

    @Test
    void aBackToAListThatIsNoneCannotBeMade() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new BackTo("other", 0));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> BackTo.inbox(100));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> BackTo.inbox(-1));
    }

    @Test
    void anEmptyInboxSaysSo() throws Exception {
        ObjectNode card = Cards.correspondenceInbox(List.of(), 0, false);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("The inbox is empty.");
    }

    @Test
    void hostileTextStaysTextAndTheCardStaysSmall() throws Exception {
        List<CorrespondenceLine> hostileLines = List.of(new CorrespondenceLine(1, SampleData.LINK,
                SampleData.HOSTILE + SampleData.TEN_KB, SampleData.MENTION, SampleData.AT, "UNROUTED", null, true));

        CardAssertions.assertHostileIsText(Cards.correspondence(SampleData.hostileCorrespondence(), SampleData.GROUP));
        CardAssertions.assertHostileIsText(Cards.correspondenceInbox(hostileLines, 3, true));
    }
}
