package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot's answers without HTTP or the SDK: what each person sees, and what a card press may change. */
class ConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private Person manager;
    private Person staff;
    private ActionItem secretItem;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        OrgUnit unit = fixtures.unit("Conversation Office", null);
        manager = fixtures.manager("Cleo Manager", unit);
        staff = fixtures.person("Stan Staff", unit);
        Actor boss = fixtures.actor(manager);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction secret = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Harden the enclave", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, manager.getId(), null), boss).orElseThrow();
        secretItem = context.getBean(ActionItemManagement.class).create(new NewActionItem("Rotate the enclave keys",
                null, null, null, staff.getId(), null, null, secret.getId(), null, null, LocalDate.now().plusDays(3),
                null, null, 0), boss).orElseThrow();
    }

    @Test
    void aClassifiedItemShowsItsDetailsOnlyInAPersonalChat() {
        String inGroup = conversation.onMessage(turn(staff, ChatKind.GROUP_CHAT, "item " + secretItem.getNumber()),
                actor(staff)).get(0).toString();
        assertThat(inGroup).contains(secretItem.getNumber()).contains("1:1 chat").doesNotContain("Rotate the enclave");
        assertThat(inGroup).doesNotContain("Action.Execute");

        String personal = conversation.onMessage(turn(staff, ChatKind.PERSONAL, "item " + secretItem.getNumber()),
                actor(staff)).get(0).toString();
        assertThat(personal).contains("Rotate the enclave keys").contains("item.start");
    }

    @Test
    void myTeamIsForManagersAndUnknownTextGetsHelp() {
        assertThat(conversation.onMessage(turn(staff, ChatKind.PERSONAL, "my team"), actor(staff)).get(0).toString())
                .contains("is for managers");
        assertThat(conversation.onMessage(turn(manager, ChatKind.PERSONAL, "my team"), actor(manager)).get(0)
                .toString()).contains(secretItem.getNumber());
        assertThat(conversation.onMessage(turn(staff, ChatKind.PERSONAL, "tell me a joke"), actor(staff)).get(0)
                .toString()).contains("I didn't understand that").contains("my items");
    }

    @Test
    void cardDataIsUntrustedAndAStaleCardComesBackCurrent() {
        ObjectNode forged = JSON.createObjectNode().put("itemId", secretItem.getId()).put("version", secretItem.getVersion());
        Person stranger = fixtures.person("Sid Stranger", fixtures.unit("Elsewhere", null));
        String refused = conversation.onAction(turn(stranger, ChatKind.PERSONAL, null), actor(stranger), "item.complete",
                forged).toString();
        assertThat(refused).doesNotContain("Rotate the enclave");

        conversation.onAction(turn(staff, ChatKind.PERSONAL, null), actor(staff), "item.start", forged);
        String stale = conversation.onAction(turn(staff, ChatKind.PERSONAL, null), actor(staff), "item.start", forged)
                .toString();
        assertThat(stale).contains("Changed by Stan Staff").contains("In Progress");
    }

    @Test
    void summarizeSaysPlainlyThatTheAnalyzerIsNotConfigured() {
        assertThat(conversation.onMessage(turn(staff, ChatKind.PERSONAL, "summarize EO 14028"), actor(staff)).get(0)
                .toString()).contains("not configured");
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    private static Turn turn(Person person, ChatKind chat, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), chat, text);
    }
}
