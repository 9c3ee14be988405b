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

    @Test
    void helpListsTheCommandsOfThePersonsRoles() throws Exception {
        ObjectNode everyone = Cards.help(false, false);
        ObjectNode both = Cards.help(true, true);

        assertValidCard(everyone);
        assertValidCard(both);
        assertThat(visibleText(everyone)).contains("my items", "overdue", "item <number>", "new item",
                "authorities", "authority <number or EO number>", "summarize <authority>", "settings", "help")
                .doesNotContain("my team", "inbox", "log correspondence");
        assertThat(visibleText(both)).contains("my team", "inbox", "log correspondence");
        assertThat(verbs(everyone)).containsExactly("list.page", "list.page", "form.newItem", "settings.view");
        assertThat(titles(everyone)).containsExactly("My items", "Overdue", "New item", "Settings");
        assertThat(executeWithVerb(everyone, "list.page").path("data").toString())
                .isEqualTo("{\"list\":\"mine\",\"page\":0}");
        assertThat(visibleText(everyone)).doesNotContain("start here");
    }

    @Test
    void eachRoleSeesItsOwnCommandsFirstAndAsButtons() throws Exception {
        ObjectNode secretariat = Cards.help(false, true, false);
        ObjectNode manager = Cards.help(true, false, false);
        ObjectNode admin = Cards.help(true, true, true);

        for (ObjectNode card : List.of(secretariat, manager, admin)) {
            assertValidCard(card);
        }
        String text = visibleText(secretariat);
        assertThat(text).contains("As the executive secretariat, start here:", "And for everyone:");
        assertThat(text.indexOf("inbox:")).isLessThan(text.indexOf("log correspondence:"))
                .isLessThan(text.indexOf("my items:"));
        assertThat(titles(secretariat)).startsWith("Inbox", "Log correspondence", "My items");
        assertThat(verbs(secretariat)).startsWith("corr.page", "form.logCorrespondence");
        assertThat(executeWithVerb(secretariat, "corr.page").path("data").toString()).isEqualTo("{\"page\":0}");

        assertThat(visibleText(manager)).contains("As a manager, start here:").doesNotContain("inbox");
        assertThat(visibleText(manager).indexOf("my team:")).isLessThan(visibleText(manager).indexOf("my items:"));
        assertThat(titles(manager)).startsWith("My team", "My items");
        assertThat(CardAssertions.executes(manager).get(0).path("data").toString())
                .isEqualTo("{\"list\":\"team\",\"page\":0}");

        assertThat(visibleText(admin)).contains(
                "As an administrator, the executive secretariat and a manager, start here:");
        assertThat(titles(admin)).startsWith("Sync failures", "Inbox", "Log correspondence", "My team");
        assertThat(verbs(admin).get(0)).isEqualTo("sync.failures");
        assertThat(visibleText(admin).indexOf("sync failures:")).isLessThan(visibleText(admin).indexOf("inbox:"));
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
    void welcomeGreetsByNameAndIncludesHelp() throws Exception {
        ObjectNode card = Cards.welcome("Alex");

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Welcome, Alex!", "my items");
        assertThat(verbs(card)).contains("form.newItem");
        CardAssertions.assertHostileIsText(Cards.welcome(SampleData.HOSTILE + SampleData.TEN_KB));
    }

    @Test
    void theWelcomeOnInstallIsByRoleToo() throws Exception {
        ObjectNode megan = Cards.welcome("Megan", false, true, false);

        assertValidCard(megan);
        assertThat(visibleText(megan)).contains("Welcome, Megan!", "As the executive secretariat, start here:",
                "inbox", "log correspondence");
        assertThat(titles(megan)).startsWith("Inbox", "Log correspondence");
        assertThat(titles(Cards.welcome("Patti", true, false, false))).startsWith("My team");
        assertThat(visibleText(Cards.welcome("Alex"))).doesNotContain("inbox", "my team", "sync failures");
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
