package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The item card @mentions its assignee where others read along, and nowhere else. */
class MentionCardTests {

    @Test
    void inAGroupChatOrChannelTheAssigneeIsMentionedByTheirEntraObjectId() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.GROUP);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Assignee: <at>Alex Wilber</at>");
        JsonNode entities = card.path("msteams").path("entities");
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).path("type").asText()).isEqualTo("mention");
        assertThat(entities.get(0).path("text").asText()).isEqualTo("<at>Alex Wilber</at>");
        assertThat(entities.get(0).path("mentioned").path("id").asText()).isEqualTo(SampleData.ALEX_OID);
        assertThat(entities.get(0).path("mentioned").path("name").asText()).isEqualTo("Alex Wilber");
    }

    @Test
    void inThePersonalChatTheNameIsPlainText() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(), SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Assignee: Alex Wilber");
        assertThat(card.has("msteams")).isFalse();
        assertThat(card.toString()).doesNotContain("<at>");
    }

    @Test
    void aHostileNameCannotCloseTheMentionAndABadIdMentionsNobody() throws Exception {
        ObjectNode hostileName = Cards.item(assigned(SampleData.HOSTILE, SampleData.ALEX_OID), SampleData.GROUP);
        assertValidCard(hostileName);
        String text = hostileName.path("msteams").path("entities").get(0).path("text").asText();
        assertThat(text).startsWith("<at>").endsWith("</at>");
        // every "<" of the name is escaped, so none opens a tag or closes the mention
        assertThat(text.substring(4, text.length() - 5)).doesNotContainPattern("(?<!\\\\)<").contains("\\*\\*bold\\*\\*");
        assertThat(hostileName.path("body").toString().split("(?<!\\\\\\\\)<at>", -1)).as("one mention, in the fact")
                .hasSize(2);

        for (String badId : new String[] {SampleData.MENTION, "29:a b", "", null, "x".repeat(201)}) {
            ObjectNode card = Cards.item(assigned("Alex Wilber", badId), SampleData.GROUP);
            assertValidCard(card);
            assertThat(card.has("msteams")).as(String.valueOf(badId)).isFalse();
            assertThat(visibleText(card)).contains("Assignee: Alex Wilber");
        }
        ObjectNode team = Cards.item(assigned(null, SampleData.ALEX_OID), SampleData.GROUP);
        assertThat(team.has("msteams")).as("no name, no mention").isFalse();
    }

    @Test
    void aClassifiedItemOutsideThePersonalChatMentionsNobody() throws Exception {
        ItemCard secret = SampleData.item(true, List.of("SUBMIT"));

        ObjectNode card = Cards.item(secret, SampleData.GROUP);

        assertValidCard(card);
        assertThat(card.toString()).doesNotContain("<at>", "Alex Wilber", SampleData.ALEX_OID);
    }

    private static ItemCard assigned(String name, String teamsId) {
        ItemCard i = SampleData.item();
        return new ItemCard(i.id(), i.number(), i.subject(), i.details(), i.status(), i.statusLabel(), i.priority(),
                i.dueDate(), i.overdue(), name, i.executiveAction(), i.authority(), i.classificationLabel(),
                i.classified(), i.recentComments(), i.verbs(), i.mayChangeDueDate(), i.mayReassign(), i.mayComment(),
                i.reassignTo(), i.version(), i.notice(), i.refreshUserIds(), i.sync(), teamsId);
    }
}
