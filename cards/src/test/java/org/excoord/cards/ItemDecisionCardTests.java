package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executes;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions on an item's card (issue 10): cancel and defer ask first (defect 6), a stopped item offers Reopen, the
 * card says who reviews and who approved (defect 10), and a closed item offers no due date or reassign.
 */
class ItemDecisionCardTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static ItemCard item(String status, String label, List<String> verbs, boolean manage, String reviewer,
            LocalDate deferredUntil, ItemCard.Decision decision) {
        return SampleData.decided(status, label, verbs, manage, reviewer, deferredUntil, decision);
    }

    private static JsonNode action(ObjectNode card, String title) {
        return CardAssertions.all(card, n -> n.path("type").asText().startsWith("Action.")
                && n.path("title").asText().equals(title)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no action " + title));
    }

    @Test
    void cancelAsksForARequiredReasonAndIsConfirmedByASecondButton() throws Exception {
        ObjectNode card = Cards.item(item("IN_PROGRESS", "In Progress", List.of("SUBMIT", "CANCEL"), true, null, null,
                null), SampleData.PERSONAL);

        assertValidCard(card);
        JsonNode cancel = action(card, "Cancel");
        assertThat(cancel.path("type").asText()).isEqualTo("Action.ShowCard");
        JsonNode reason = cancel.path("card").path("body").get(0);
        assertThat(reason.path("type").asText()).isEqualTo("Input.Text");
        assertThat(reason.path("id").asText()).isEqualTo("cancelReason");
        assertThat(reason.path("isRequired").asBoolean()).isTrue();
        assertThat(cancel.path("card").path("actions")).singleElement().satisfies(confirm -> {
            assertThat(confirm.path("title").asText()).isEqualTo("Cancel item");
            assertThat(confirm.path("verb").asText()).isEqualTo("item.cancel");
        });
        // no one-click cancel anywhere on the card
        assertThat(executes(card)).filteredOn(e -> e.path("verb").asText().equals("item.cancel")).singleElement()
                .satisfies(e -> assertThat(e.path("title").asText()).isEqualTo("Cancel item"));
    }

    @Test
    void deferAsksUntilWhenFromToday() throws Exception {
        ObjectNode card = Cards.item(item("NEW", "New (Not Started)", List.of("START", "DEFER"), true, null, null,
                null), SampleData.PERSONAL);

        assertValidCard(card);
        JsonNode defer = action(card, "Defer");
        JsonNode until = defer.path("card").path("body").get(0);
        assertThat(until.path("type").asText()).isEqualTo("Input.Date");
        assertThat(until.path("id").asText()).isEqualTo("deferUntil");
        assertThat(until.path("isRequired").asBoolean()).isTrue();
        assertThat(until.path("min").asText()).isEqualTo("2026-12-02");
        assertThat(defer.path("card").path("actions").get(0).path("verb").asText()).isEqualTo("item.defer");
    }

    @Test
    void aDeferredItemSaysUntilWhenAndOffersReopen() throws Exception {
        ObjectNode card = Cards.item(item("DEFERRED", "Deferred", List.of("REOPEN", "CANCEL"), true, null,
                LocalDate.of(2027, 1, 5), new ItemCard.Decision("DEFERRED", "Patti Fernandez", TODAY, null)),
                SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Deferred until Tue, Jan 5, 2027 (by Patti Fernandez on Wed, Dec 2, 2026)");
        assertThat(CardAssertions.executeWithVerb(card, "item.reopen").path("title").asText()).isEqualTo("Reopen");
    }

    @Test
    void aCancelledItemSaysWhyAndOffersReopenButNoDueDateOrReassign() throws Exception {
        ObjectNode card = Cards.item(item("CANCELLED", "Cancelled", List.of("REOPEN"), false, null, null,
                new ItemCard.Decision("CANCELLED", "Patti Fernandez", TODAY, "Duplicate of AI-2026-000028")),
                SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Cancelled by Patti Fernandez on Wed, Dec 2, 2026: Duplicate of AI-2026-000028");
        assertThat(CardAssertions.verbs(card)).contains("item.reopen").doesNotContain("item.dueDate", "item.reassign");
    }

    @Test
    void aSubmittedItemSaysWhoReviewsIt() {
        ObjectNode card = Cards.item(item("SUBMITTED_FOR_REVIEW", "Submitted for Review", List.of("RESCIND"), false,
                "Patti Fernandez", null, null), SampleData.PERSONAL);

        assertThat(visibleText(card)).contains("Waiting for review by Patti Fernandez");
        ObjectNode nobodyNamed = Cards.item(item("SUBMITTED_FOR_REVIEW", "Submitted for Review", List.of(), false,
                null, null, null), SampleData.PERSONAL);
        assertThat(visibleText(nobodyNamed)).contains("Waiting for review by a manager of the unit");
    }

    @Test
    void approveTakesAnOptionalCommentAndTheCardSaysWhoApprovedWhen() throws Exception {
        ObjectNode review = Cards.item(item("SUBMITTED_FOR_REVIEW", "Submitted for Review",
                List.of("START_REVIEW", "APPROVE", "RETURN"), false, "Patti Fernandez", null, null), SampleData.PERSONAL);
        assertValidCard(review);
        JsonNode approve = action(review, "Approve");
        assertThat(approve.path("type").asText()).isEqualTo("Action.ShowCard");
        JsonNode comment = approve.path("card").path("body").get(0);
        assertThat(comment.path("id").asText()).isEqualTo("approvalComment");
        assertThat(comment.path("isRequired").asBoolean()).isFalse();
        assertThat(approve.path("card").path("actions").get(0).path("verb").asText()).isEqualTo("item.approve");

        ObjectNode approved = Cards.item(item("COMPLETE", "Complete", List.of(), false, null, null,
                new ItemCard.Decision("APPROVED", "Patti Fernandez", TODAY, "looks good")), SampleData.PERSONAL);
        assertThat(visibleText(approved)).contains("Approved by Patti Fernandez on Wed, Dec 2, 2026: looks good");
    }
}
