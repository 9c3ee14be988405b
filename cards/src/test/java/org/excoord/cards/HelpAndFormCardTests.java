package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executeWithVerb;
import static org.excoord.cards.CardAssertions.input;
import static org.excoord.cards.CardAssertions.inputs;
import static org.excoord.cards.CardAssertions.verbs;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.excoord.action.MethodOfReceipt;
import org.junit.jupiter.api.Test;

class HelpAndFormCardTests {

    /** Help lays out the commands the features give it: facts for all, a button for those that have one. */
    @Test
    void helpShowsTheCommandsItIsGivenAndTheirButtons() throws Exception {
        ObjectNode everyone = SampleData.help(false, false, false);

        assertValidCard(everyone);
        assertThat(visibleText(everyone)).contains("my items", "item <number>", "new item", "settings", "help")
                .doesNotContain("start here", "And for everyone");
        assertThat(verbs(everyone)).containsExactly("list.page", "form.newItem", "settings.view");
        assertThat(titles(everyone)).containsExactly("My items", "New item", "Settings");
        assertThat(executeWithVerb(everyone, "list.page").path("data").toString())
                .isEqualTo("{\"list\":\"mine\",\"page\":0}");
    }

    @Test
    void theRolesCommandsComeFirstUnderALineNamingTheRolesWhereverTheyAreGiven() throws Exception {
        List<HelpCommand> mixed = List.of(HelpCommand.of("my items", "your open action items")
                        .button("My items", CardVerbs.LIST_PAGE, HelpCommand.firstPage(BackTo.MINE)),
                HelpCommand.of("inbox", "correspondence").button("Inbox", CardVerbs.CORR_PAGE,
                        HelpCommand.firstPageOfTheInbox()).forRole(),
                HelpCommand.of("help", "this list"),
                HelpCommand.of("my team", "your team's items").button("My team", CardVerbs.LIST_PAGE,
                        HelpCommand.firstPage(BackTo.TEAM)).forRole());

        ObjectNode card = Cards.help(mixed, true, true, false);
        assertValidCard(card);
        String text = visibleText(card);
        assertThat(text).contains("As the executive secretariat and a manager, start here:", "And for everyone:");
        assertThat(text.indexOf("start here")).isLessThan(text.indexOf("inbox:"));
        assertThat(text.indexOf("inbox:")).isLessThan(text.indexOf("my team:")).isLessThan(text.indexOf("my items:"));
        assertThat(titles(card)).containsExactly("Inbox", "My team", "My items");
        assertThat(CardAssertions.executes(card).get(0).path("data").toString()).isEqualTo("{\"page\":0}");
        assertThat(visibleText(Cards.help(mixed, false, false, true)))
                .contains("As an administrator, start here:");
    }

    /** The note left in a group chat when a personal list went (or could not go) to the 1:1 chat. */
    @Test
    void aNoteMayCarryOneHttpsLinkAndNothingElse() throws Exception {
        String link = "https://teams.microsoft.com/l/chat/0/0?users=28:app&message=my%20items";
        ObjectNode withLink = Cards.message("Alex, we have no 1:1 chat yet.", "Open our 1:1 chat", link);
        assertValidCard(withLink);
        assertThat(withLink.path("actions")).singleElement().satisfies(action -> {
            assertThat(action.path("type").asText()).isEqualTo("Action.OpenUrl");
            assertThat(action.path("url").asText()).isEqualTo(link);
        });
        assertThat(Cards.message("Alex, we have no 1:1 chat yet.", "Open", "javascript:alert(1)").has("actions"))
                .isFalse();
        assertThat(Cards.message("Alex, we have no 1:1 chat yet.", "Open", null).has("actions")).isFalse();
    }

    @Test
    void welcomeGreetsByNameAndIncludesHelpByRole() throws Exception {
        ObjectNode card = SampleData.welcome("Alex", false, false, false);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Welcome, Alex!", "my items").doesNotContain("start here");
        assertThat(verbs(card)).contains("form.newItem");
        CardAssertions.assertHostileIsText(SampleData.welcome(SampleData.HOSTILE + SampleData.TEN_KB, false, false,
                false));
        ObjectNode megan = SampleData.welcome("Megan", false, true, false);
        assertValidCard(megan);
        assertThat(visibleText(megan)).contains("Welcome, Megan!", "As the executive secretariat, start here:");
        assertThat(titles(megan)).startsWith("Inbox", "Log correspondence");
    }

    /** The titles of the card's buttons, in order (those under "More actions" after the others). */
    private static List<String> titles(ObjectNode card) {
        return CardAssertions.executes(card).stream().map(a -> a.path("title").asText()).toList();
    }

    @Test
    void unknownUserIsToldWhomToAsk() throws Exception {
        ObjectNode card = Cards.unknownUser("Pat Doe");

        assertValidCard(card);
        assertThat(visibleText(card)).contains("I don't know you yet, Pat Doe", "isn't linked to a person in excoord",
                "executive secretariat or an administrator");
        assertThat(card.has("actions")).isFalse();
        assertThat(CardAssertions.cardText(Cards.unknownUser(SampleData.MENTION))).contains("\\<at>Bob\\</at>")
                .doesNotContainPattern("[^\\\\]<at>");
    }

    @Test
    void messageIsOneWrappedTextBlock() throws Exception {
        ObjectNode card = Cards.message("Done: AI-2026-000042 is now In Progress.");

        assertValidCard(card);
        assertThat(card.path("body")).singleElement().satisfies(block -> {
            assertThat(block.path("type").asText()).isEqualTo("TextBlock");
            assertThat(block.path("wrap").asBoolean()).isTrue();
        });
        CardAssertions.assertHostileIsText(Cards.message(SampleData.HOSTILE + SampleData.TEN_KB));
    }

    @Test
    void newItemFormHasLabelledInputsAndCreates() throws Exception {
        ObjectNode card = Cards.newItemForm(SampleData.people(), List.of(new Option("4", "EA-2026-000004")));

        assertValidCard(card);
        assertThat(inputs(card)).extracting(node -> node.path("id").asText())
                .containsExactly("subject", "details", "dueDate", "priority", "assigneeId", "executiveActionId");
        assertThat(input(card, "subject").path("isRequired").asBoolean()).isTrue();
        assertThat(input(card, "subject").path("maxLength").asInt()).isEqualTo(400);
        assertThat(input(card, "dueDate").path("type").asText()).isEqualTo("Input.Date");
        assertThat(input(card, "assigneeId").path("choices")).hasSize(3);
        assertThat(input(card, "executiveActionId").path("isRequired").asBoolean()).isFalse();
        assertThat(verbs(card)).containsExactly("item.create");
    }

    /** Issue 10, defect 12: priority and description, and no due date before today in the date picker. */
    @Test
    void newItemFormAsksForPriorityAndDescriptionAndOffersNoPastDueDate() throws Exception {
        ObjectNode card = Cards.newItemForm(SampleData.people(), List.of(), java.time.LocalDate.of(2026, 12, 2));

        assertValidCard(card);
        assertThat(input(card, "dueDate").path("min").asText()).isEqualTo("2026-12-02");
        ObjectNode priority = input(card, "priority");
        assertThat(priority.path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(priority.path("value").asText()).isEqualTo("MEDIUM");
        assertThat(priority.path("choices")).extracting(c -> c.path("title").asText())
                .containsExactly("Low", "Medium", "High", "Critical");
        assertThat(priority.path("choices")).extracting(c -> c.path("value").asText())
                .containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL");
        ObjectNode details = input(card, "details");
        assertThat(details.path("isMultiline").asBoolean()).isTrue();
        assertThat(details.path("isRequired").asBoolean()).isFalse();
        assertThat(details.path("maxLength").asInt()).isEqualTo(10_000);
    }

    @Test
    void logCorrespondenceFormOffersEveryMethodOfReceipt() throws Exception {
        ObjectNode card = Cards.logCorrespondenceForm(List.of(new Option("1", "Congressional")),
                List.of(new Option("11", "Office of the CIO")));

        assertValidCard(card);
        assertThat(inputs(card)).extracting(node -> node.path("id").asText()).containsExactly("subject",
                "fromPerson", "fromOrganization", "method", "typeId", "dueDate", "orgUnitId");
        List<String> methods = new ArrayList<>();
        for (JsonNode choice : input(card, "method").path("choices")) {
            methods.add(choice.path("value").asText());
            assertThat(choice.path("title").asText()).doesNotContain("_");
        }
        assertThat(methods).containsExactly("MAIL", "EMAIL", "PORTAL", "PHONE", "FAX", "IN_PERSON");
        assertThat(methods).containsExactlyInAnyOrderElementsOf(
                List.of(MethodOfReceipt.values()).stream().map(Enum::name).toList());
        assertThat(input(card, "method").path("label").asText()).isEqualTo("Received via");
        assertThat(input(card, "typeId").path("isRequired").asBoolean()).isTrue();
        assertThat(input(card, "orgUnitId").path("label").asText()).startsWith("Route to");
        assertThat(verbs(card)).containsExactly("corr.log");
    }

    @Test
    void formsWithHugeChoiceListsStaySmall() throws Exception {
        CardAssertions.assertValidCard(Cards.newItemForm(SampleData.hostileOptions(500), SampleData.hostileOptions(500)));
        assertValidCard(Cards.logCorrespondenceForm(SampleData.hostileOptions(500), SampleData.hostileOptions(500)));
    }
}
