package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A classified item's details appear only in a personal chat: presses and typed commands from group chats,
 * channels and conversations whose type is absent, empty, misspelt or new show the number and nothing else.
 */
@SecurityTest
class BotChatKindSecurityTests extends LocalBotTestSupport {

    /** Every conversation type that is not Teams' exact "personal"; null sends no conversationType at all. */
    private static final List<String> NOT_PERSONAL = Arrays.asList("groupChat", "channel", null, "", "Personal",
            "PERSONAL", "personal ", "meeting", "unknownFutureType");
    private static final String SUBJECT = "Rotate the enclave keys";

    private Person staff;
    private ActionItem secret;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Chat Kind Office", null);
        Person manager = fixtures.manager("Kim Manager", unit);
        staff = fixtures.person("Kai Staff", unit);
        secret = secretItem(manager, staff, SUBJECT);
    }

    @Test
    void aPersonalChatShowsTheClassifiedDetails() throws Exception {
        String card = press("personal", "a:kind-personal", "item.view").body();
        assertThat(card).contains(SUBJECT).contains("item.start");
    }

    @Test
    void aPressFromAnyOtherConversationShowsOnlyTheNumber() throws Exception {
        int n = 0;
        for (String type : NOT_PERSONAL) {
            for (String verb : List.of("item.view", "item.start")) {
                HttpResponse<String> answer = press(type, "19:kind-" + n++ + "@thread.v2", verb);
                assertThat(answer.statusCode()).as("%s from %s", verb, type).isEqualTo(200);
                assertThat(answer.body()).as("%s from %s", verb, type).contains(secret.getNumber())
                        .contains("1:1 chat").doesNotContain(SUBJECT).doesNotContain("Action.Execute");
            }
        }
    }

    @Test
    void aTypedCommandFromAnyOtherConversationShowsOnlyTheNumber() throws Exception {
        int n = 0;
        for (String type : NOT_PERSONAL) {
            CONNECTOR.resetRequests();
            post(Activities.message(serviceUrl(), "19:typed-" + n++ + "@thread.v2", type, "29:kai",
                    staff.getEntraObjectId(), "item " + secret.getNumber()));
            assertThat(sent()).as("reply in %s", type).singleElement().satisfies(reply -> assertThat(
                    reply.getBodyAsString()).contains(secret.getNumber()).doesNotContain(SUBJECT));
        }
    }

    @Test
    void aConversationOfUnknownTypeIsNotRememberedForProactiveMessages() throws Exception {
        for (String type : Arrays.asList(null, "", "meeting", "Personal")) {
            String conversation = "a:unknown-" + type;
            press(type, conversation, "item.view");
            assertThat(trace(secret, conversation).addresses()).as(String.valueOf(type)).isZero();
        }
        press("groupChat", "19:known@thread.v2", "item.view");
        assertThat(trace(secret, "19:known@thread.v2").addresses()).isEqualTo(1);
    }

    private HttpResponse<String> press(String conversationType, String conversationId, String verb) throws Exception {
        return post(Activities.execute(serviceUrl(), conversationId, conversationType, "29:kai",
                staff.getEntraObjectId(), verb, json().put("itemId", secret.getId())
                        .put("version", stored(secret).getVersion())));
    }
}
