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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItemCardTests {

    @Test
    void showsTheFactsWithOverdueInWordsAndColour() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        assertValidCard(card);
        String text = visibleText(card);
        assertThat(text).contains("AI-2026-000042 · Inventory all software that handles sensitive data",
                "Status: In Progress", "Due: Tue, Dec 1, 2026 — Overdue", "Priority: High", "Assignee: Alex Wilber",
                "Executive action: EA-2026-000004 Implement EO 14028", "Authority: EO 14028",
                "Classification: Unclassified", "EO 14028 logging requirements",
                "Please include the cloud systems.");
        assertThat(CardAssertions.all(card, node -> node.path("color").asText().equals("attention")))
                .singleElement().satisfies(block -> assertThat(block.path("text").asText()).startsWith("Overdue"));
    }

    @Test
    void theNoticeComesFirstAsAWarning() {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        JsonNode first = card.path("body").get(0);
        assertThat(first.path("type").asText()).isEqualTo("Container");
        assertThat(first.path("style").asText()).isEqualTo("warning");
        assertThat(first.path("items").get(0).path("text").asText()).startsWith("Changed by Lynne Robbins at 14:02");
    }

    @Test
    void oneExecutePerVerbWithReadableTitlesItemDataAndASubmitFallback() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(verbs(card)).containsExactly("item.submit", "item.complete", "item.comment", "item.dueDate",
                "item.reassign", "item.revert_to_new", "item.defer", "item.cancel");
        ObjectNode submit = executeWithVerb(card, "item.submit");
        assertThat(submit.path("title").asText()).isEqualTo("Submit for review");
        assertThat(executeWithVerb(card, "item.complete").path("title").asText()).isEqualTo("Mark complete");
        assertThat(submit.path("data").toString()).isEqualTo("{\"itemId\":42,\"version\":3}");
        assertThat(submit.path("fallback").toString()).isEqualTo("{\"type\":\"Action.Submit\",\"title\":"
                + "\"Submit for review\",\"data\":{\"itemId\":42,\"version\":3,\"verb\":\"item.submit\"}}");
    }

    @Test
    void startAndApproveHaveTheirTitles() {
        ObjectNode card = Cards.item(SampleData.item(false, List.of("START", "APPROVE")), SampleData.PERSONAL);

        assertThat(executeWithVerb(card, "item.start").path("title").asText()).isEqualTo("Start");
        assertThat(executeWithVerb(card, "item.approve").path("title").asText()).isEqualTo("Approve");
    }

    @Test
    void returnAsksForARequiredCommentFirst() {
        ObjectNode card = Cards.item(withRights(SampleData.item(false, List.of("START_REVIEW", "APPROVE", "RETURN")),
                false), SampleData.PERSONAL);

        JsonNode showCard = topLevelAction(card, "Return");
        assertThat(showCard.path("type").asText()).isEqualTo("Action.ShowCard");
        JsonNode comment = showCard.path("card").path("body").get(0);
        assertThat(comment.path("type").asText()).isEqualTo("Input.Text");
        assertThat(comment.path("id").asText()).isEqualTo("comment");
        assertThat(comment.path("label").asText()).isNotBlank();
        assertThat(comment.path("isRequired").asBoolean()).isTrue();
        assertThat(comment.path("errorMessage").asText()).isNotBlank();
        assertThat(showCard.path("card").path("actions")).singleElement().satisfies(execute -> {
            assertThat(execute.path("type").asText()).isEqualTo("Action.Execute");
            assertThat(execute.path("verb").asText()).isEqualTo("item.return");
            assertThat(execute.path("title").asText()).isEqualTo("Return");
        });
        assertThat(verbs(card)).containsExactly("item.start_review", "item.approve", "item.return");
    }

    @Test
    void whoMayReturnAndCommentGetsOneFormWithBothButtonsSoTheCommentIdStaysUnique() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(false, List.of("START_REVIEW", "APPROVE", "RETURN")),
                SampleData.PERSONAL);

        assertValidCard(card);
        JsonNode showCard = topLevelAction(card, "Return or comment");
        assertThat(showCard.path("card").path("body").get(0).path("id").asText()).isEqualTo("comment");
        assertThat(showCard.path("card").path("actions")).extracting(node -> node.path("verb").asText())
                .containsExactly("item.return", "item.comment");
        assertThat(CardAssertions.inputs(card)).filteredOn(node -> node.path("id").asText().equals("comment"))
                .hasSize(1);
    }

    @Test
    void dueDateReassignAndCommentAreSmallForms() {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        assertThat(topLevelAction(card, "Change due date").path("type").asText()).isEqualTo("Action.ShowCard");
        ObjectNode dueDate = input(card, "dueDate");
        assertThat(dueDate.path("type").asText()).isEqualTo("Input.Date");
        assertThat(dueDate.path("value").asText()).isEqualTo("2026-12-01");
        ObjectNode assignee = input(card, "assigneeId");
        assertThat(assignee.path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(assignee.path("choices")).hasSize(2);
        assertThat(assignee.path("choices").get(0).toString()).isEqualTo("{\"title\":\"Lynne Robbins\",\"value\":\"7\"}");
        ObjectNode comment = input(card, "comment");
        assertThat(comment.path("isMultiline").asBoolean()).isTrue();
        assertThat(List.of(dueDate, assignee, comment)).allSatisfy(
                node -> assertThat(node.path("label").asText()).isNotBlank());
        assertThat(executeWithVerb(card, "item.dueDate").path("data").toString())
                .isEqualTo("{\"itemId\":42,\"version\":3}");
    }

    /** Defect 11: the picker offered one person with no search; now it searches the bot as the person types. */
    @Test
    void theReassignPickerSearchesTheBotForTheItemsAssignablePeopleAndKeepsTheLikelyOnes() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        ObjectNode picker = input(card, "assigneeId");
        assertThat(picker.path("style").asText()).isEqualTo("filtered");
        assertThat(picker.path("choices.data").toString())
                .isEqualTo("{\"type\":\"Data.Query\",\"dataset\":\"people.assignable:42\"}");
        assertThat(picker.path("choices")).as("the likely people, for clients without type-ahead").hasSize(2);
        assertThat(picker.path("placeholder").asText()).isNotBlank();
        assertThat(CardVerbs.assignablePeople(42)).startsWith(CardVerbs.ASSIGNABLE_PEOPLE);
        CardAssertions.assertValidCard(card);
    }

    @Test
    void withoutRightsThereAreNoButtons() {
        ItemCard item = SampleData.item();
        ItemCard readOnly = new ItemCard(item.id(), item.number(), item.subject(), item.details(), item.status(),
                item.statusLabel(), item.priority(), item.dueDate(), false, item.assignee(), null, null,
                item.classificationLabel(), false, List.of(), List.of(), false, false, false, List.of(),
                item.version(), null, List.of(), null, null);

        ObjectNode card = Cards.item(readOnly, SampleData.PERSONAL);

        assertThat(verbs(card)).isEmpty();
        assertThat(visibleText(card)).doesNotContain("Executive action", "Authority:", "Overdue");
    }

    @Test
    void threeButtonsTheRestInTheOverflowMenuAndAtMostFiveActions() {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        // defect 15: "St…", "Reass…" at Teams width; the verbs that move the item forward come first
        JsonNode actions = card.path("actions");
        assertThat(actions).extracting(node -> node.path("title").asText())
                .containsExactly("Submit for review", "Mark complete", "Comment", "Change due date", "More actions");
        assertThat(actions).extracting(node -> node.path("mode").asText("primary"))
                .containsExactly("primary", "primary", "primary", "secondary", "secondary");
        assertThat(actions.get(4).path("card").path("actions")).extracting(node -> node.path("title").asText())
                .containsExactly("Reassign", "Revert to New", "Defer", "Cancel");
    }

    @Test
    void theReviewerSeesApproveAndReturnAsButtons() {
        ObjectNode card = Cards.item(SampleData.item(false, List.of("APPROVE", "RETURN", "CANCEL")), SampleData.PERSONAL);

        assertThat(card.path("actions")).filteredOn(node -> !node.has("mode")).extracting(node -> node.path("title")
                .asText()).containsExactly("Approve", "Return or comment", "Change due date");
    }

    @Test
    void refreshesForTheViewerAndAtMostSixtyUsers() throws Exception {
        ItemCard item = SampleData.item();
        List<String> many = IntStream.range(0, 100).mapToObj(i -> "29:user" + i).toList();
        ItemCard crowded = new ItemCard(item.id(), item.number(), item.subject(), item.details(), item.status(),
                item.statusLabel(), item.priority(), item.dueDate(), item.overdue(), item.assignee(),
                item.executiveAction(), item.authority(), item.classificationLabel(), false, item.recentComments(),
                item.verbs(), true, true, true, item.reassignTo(), item.version(), null, many, null, null);

        ObjectNode card = Cards.item(crowded, new Viewer("29:viewer", false));

        assertValidCard(card);
        JsonNode refresh = card.path("refresh");
        assertThat(refresh.path("action").toString())
                .isEqualTo("{\"type\":\"Action.Execute\",\"verb\":\"item.view\",\"data\":{\"itemId\":42}}");
        assertThat(refresh.path("userIds")).hasSize(60);
        assertThat(refresh.path("userIds").get(0).asText()).isEqualTo("29:viewer");
        assertThat(Cards.item(item, SampleData.PERSONAL).path("refresh").path("userIds").toString())
                .isEqualTo("[\"29:alex\",\"29:lynne\"]");
    }

    @Test
    void classifiedItemInAGroupChatShowsOnlyNumberAndClassification() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(true, List.of("SUBMIT", "RETURN")), SampleData.GROUP);

        String json = assertValidCard(card);
        assertThat(visibleText(card)).contains("AI-2026-000042", "Classification: SBU",
                "Details are shown only in a 1:1 chat with the bot.");
        assertThat(json).doesNotContain("Inventory", "Alex Wilber", "Lynne", "EO 14028", "Overdue", "Changed by");
        assertThat(card.has("actions")).isFalse();
        assertThat(card.has("refresh")).isFalse();
        assertThat(CardAssertions.all(card, node -> node.path("type").asText().startsWith("Action."))).isEmpty();
    }

    @Test
    void anUnknownViewerIsTreatedAsAGroup() {
        ObjectNode card = Cards.item(SampleData.item(true, List.of("SUBMIT")), null);

        assertThat(visibleText(card)).contains("Details are shown only in a 1:1 chat with the bot.")
                .doesNotContain("Inventory");
    }

    @Test
    void classifiedItemInAPersonalChatShowsEverything() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(true, List.of("SUBMIT")), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Inventory all software", "Classification: SBU")
                .doesNotContain("Details are shown only");
        assertThat(verbs(card)).contains("item.submit");
        assertThat(card.has("refresh")).isTrue();
    }

    @Test
    void hostileTextStaysTextAndTheCardStaysSmall() throws Exception {
        ObjectNode card = Cards.item(SampleData.hostileItem(), SampleData.PERSONAL);

        CardAssertions.assertHostileIsText(card);
        assertThat(visibleText(card)).contains("**bold**", "<at>Bob</at>", "[x](http://evil)");
        assertThat(card.path("refresh").path("userIds").size()).isLessThanOrEqualTo(60);
        assertThat(input(card, "assigneeId").path("choices").size()).isLessThanOrEqualTo(Elements.MAX_CHOICES);
        assertThat(input(card, "assigneeId").path("choices").get(0).path("title").asText().length())
                .isLessThanOrEqualTo(Elements.TITLE_CHARS);
        assertThat(verbs(card)).contains("item.start_review", "item.approve", "item.return");
    }

    private static ItemCard withRights(ItemCard item, boolean mayComment) {
        return new ItemCard(item.id(), item.number(), item.subject(), item.details(), item.status(),
                item.statusLabel(), item.priority(), item.dueDate(), item.overdue(), item.assignee(),
                item.executiveAction(), item.authority(), item.classificationLabel(), item.classified(),
                item.recentComments(), item.verbs(), false, false, mayComment, item.reassignTo(), item.version(),
                item.notice(), item.refreshUserIds(), item.sync(), item.assigneeTeamsId());
    }

    private static JsonNode topLevelAction(ObjectNode card, String title) {
        for (JsonNode action : card.path("actions")) {
            if (action.path("title").asText().equals(title)) {
                return action;
            }
        }
        throw new AssertionError("no action " + title);
    }
}
