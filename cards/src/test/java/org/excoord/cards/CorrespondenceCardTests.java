package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executeWithVerb;
import static org.excoord.cards.CardAssertions.input;
import static org.excoord.cards.CardAssertions.verbs;
import static org.excoord.cards.CardAssertions.visibleText;

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
                "Method: Email", "Routed to: Office of the CIO", "Acknowledged: Sun, Nov 29, 2026 2:12 PM",
                "Sun, Nov 29, 2026 2:05 PM — routed to Office of the CIO");
        // every instant is a date function Teams shows in the reader's own time zone, none in UTC or Eastern
        assertThat(CardAssertions.cardText(card)).contains("{{DATE(2026-11-29T14:02:00Z, SHORT)}} {{TIME(2026-11-29T14:02:00Z)}}")
                .doesNotContain("UTC", " 14:02");
        assertThat(verbs(card)).containsExactly("corr.acknowledge", "corr.route", "corr.accept", "corr.assign",
                "corr.resolve");
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
    void inboxRowsOpenTheCorrespondence() throws Exception {
        ObjectNode card = Cards.correspondenceInbox(SampleData.inbox(), 0, true);

        assertValidCard(card);
        assertThat(ListCardTests.rows(card)).hasSize(5).allSatisfy(row -> assertThat(
                row.path("selectAction").path("verb").asText()).isEqualTo("corr.view"));
        assertThat(ListCardTests.rows(card).get(0).path("selectAction").path("data").toString())
                .isEqualTo("{\"correspondenceId\":200}");
        assertThat(visibleText(card)).contains("due Tue, Dec 1, 2026 — Overdue");
        assertThat(card.path("actions")).singleElement().satisfies(next -> {
            assertThat(next.path("verb").asText()).isEqualTo("corr.page");
            assertThat(next.path("data").toString()).isEqualTo("{\"page\":1}");
        });
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
