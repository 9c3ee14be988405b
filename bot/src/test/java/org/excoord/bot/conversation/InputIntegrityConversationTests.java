package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The commands the bot builds from card data go through the same input rules as the REST API: a hostile comment,
 * subject or due date on a card is answered with a card saying what is wrong, and nothing is written.
 */
@SecurityTest
class InputIntegrityConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private Person manager;
    private Person staff;
    private ActionItem item;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        OrgUnit unit = fixtures.unit("Bot Input Office", null);
        manager = fixtures.manager("Bina Manager", unit);
        staff = fixtures.person("Bo Staff", unit);
        item = context.getBean(ActionItemManagement.class).create(NewActionItem.adHoc("Answer the inquiry",
                staff.getId(), null, null), fixtures.actor(manager)).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\ud800b", "a\u0007b", "a\u0085b", "a\ufffeb"})
    void aHostileCommentIsRefusedOnTheCardAndNotWritten(String hostile) {
        long before = writes();
        ObjectNode data = JSON.createObjectNode().put("itemId", item.getId()).put("version", item.getVersion())
                .put("comment", hostile);
        String commented = press(staff, "item.comment", data);
        String returned = press(manager, "item.start", data);
        assertThat(commented).contains("comment").containsAnyOf("control character", "broken character",
                "noncharacter");
        assertThat(returned).containsAnyOf("control character", "broken character", "noncharacter");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01"})
    void aDueDateOutsideTheAcceptedRangeIsRefusedOnTheCardAndNotWritten(String date) {
        long before = writes();
        String moved = press(manager, "item.dueDate", JSON.createObjectNode().put("itemId", item.getId())
                .put("version", item.getVersion()).put("dueDate", date));
        String created = press(manager, "item.create", JSON.createObjectNode().put("subject", "New work")
                .put("dueDate", date));
        assertThat(moved).contains("must be between 1900-01-01 and 2200-12-31");
        assertThat(created).contains("dueDate").contains("must be between 1900-01-01 and 2200-12-31");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"New\u0000work", "New\nwork", "New\u001b[2Jwork"})
    void aHostileSubjectIsRefusedOnTheCardAndNotWritten(String subject) {
        long before = writes();
        String created = press(manager, "item.create", JSON.createObjectNode().put("subject", subject));
        // refused by the card's reading (control characters) or by the domain (a line break in a one-line field)
        assertThat(created).contains("subject").containsAnyOf("nothing was changed", "not created");
        assertThat(writes()).isEqualTo(before);
    }

    private String press(Person person, String verb, ObjectNode data) {
        Optional<Actor> actor = Optional.of(fixtures.actor(person));
        Turn turn = new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(),
                ChatKind.PERSONAL, null);
        return conversation.onAction(turn, actor, verb, data).card().toString();
    }

    /** Items, comments and audit rows: what a card press could write. */
    private long writes() {
        return context.getBean(JdbcTemplate.class).queryForObject("select (select count(*) from action_item)"
                + " + (select count(*) from action_item_comment) + (select count(*) from audit_entry)", Long.class);
    }
}
