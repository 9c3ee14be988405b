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
                "authorities", "authority <number or EO number>", "summarize <authority>", "help")
                .doesNotContain("my team", "inbox", "log correspondence");
        assertThat(visibleText(both)).contains("my team", "inbox", "log correspondence");
        assertThat(verbs(everyone)).containsExactly("list.page", "form.newItem");
        assertThat(executeWithVerb(everyone, "list.page").path("data").toString())
                .isEqualTo("{\"list\":\"mine\",\"page\":0}");
        assertThat(executeWithVerb(everyone, "list.page").path("title").asText()).isEqualTo("My items");
        assertThat(executeWithVerb(everyone, "form.newItem").path("title").asText()).isEqualTo("New item");
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
                .containsExactly("subject", "dueDate", "assigneeId", "executiveActionId");
        assertThat(input(card, "subject").path("isRequired").asBoolean()).isTrue();
        assertThat(input(card, "subject").path("maxLength").asInt()).isEqualTo(400);
        assertThat(input(card, "dueDate").path("type").asText()).isEqualTo("Input.Date");
        assertThat(input(card, "assigneeId").path("choices")).hasSize(3);
        assertThat(input(card, "executiveActionId").path("isRequired").asBoolean()).isFalse();
        assertThat(verbs(card)).containsExactly("item.create");
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
