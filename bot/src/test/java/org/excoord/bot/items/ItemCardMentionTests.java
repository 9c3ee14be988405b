package org.excoord.bot.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.junit.jupiter.api.Test;

/** In a group chat or channel the item card @mentions its assignee, so Teams tells them; in the 1:1 chat it does not. */
class ItemCardMentionTests extends ApiTestSupport {

    @Test
    void theAssigneeIsMentionedByEntraObjectIdWhereOthersReadAlong() {
        Conversation conversation = context.getBean(Conversation.class);
        OrgUnit unit = fixtures.unit("Mention Office", null);
        Person manager = fixtures.manager("Mona Manager", unit);
        Person assignee = fixtures.person("Abe Assignee", unit);
        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        ActionItem item = items.create(new NewActionItem("Brief the deputy", null, null, null, assignee.getId(), null,
                null, null, null, null, items.today().plusDays(5), null, null, 0), fixtures.actor(manager))
                .orElseThrow();

        for (ChatKind shared : new ChatKind[] {ChatKind.GROUP_CHAT, ChatKind.CHANNEL}) {
            JsonNode card = conversation.onMessage(new Turn(manager.getEntraObjectId(), "29:mona", "Mona Manager",
                    shared, "item " + item.getNumber()), Optional.of(fixtures.actor(manager))).get(0).card();
            JsonNode mention = card.path("msteams").path("entities").path(0);
            assertThat(mention.path("type").asText()).as(shared.name()).isEqualTo("mention");
            assertThat(mention.path("text").asText()).isEqualTo("<at>Abe Assignee</at>");
            assertThat(mention.path("mentioned").path("id").asText()).isEqualTo(assignee.getEntraObjectId());
            assertThat(mention.path("mentioned").path("name").asText()).isEqualTo("Abe Assignee");
            assertThat(card.toString()).contains("\"value\":\"<at>Abe Assignee</at>\"");
        }
        JsonNode personal = conversation.onMessage(new Turn(manager.getEntraObjectId(), "29:mona", "Mona Manager",
                ChatKind.PERSONAL, "item " + item.getNumber()), Optional.of(fixtures.actor(manager))).get(0).card();
        assertThat(personal.has("msteams")).isFalse();
        assertThat(personal.toString()).contains("Abe Assignee").doesNotContain("<at>");
    }
}
