package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.audit.RefusalTrail;
import org.excoord.bot.planner.PlannerFakes;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.status.ItemSyncStatus.State;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Import;

/**
 * "sync failures" and its "Retry all" ({@code sync.retry}) are for administrators: anyone else is refused with a
 * clear card and the refusal is logged, whatever the card's data says; forged and hostile data change nothing.
 */
@SecurityTest
@Import(PlannerFakes.class)
@PlannerFakes.SyncOn
class PlannerConversationSecurityTests extends ApiTestSupport {

    private static final ObjectMapper CARD = new ObjectMapper();

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Logger refusals;
    private Conversation conversation;
    private PlannerFakes.FakeStatuses statuses;
    private Person admin;
    private Person manager;
    private Person staff;
    private ActionItem item;

    @BeforeEach
    void data() {
        refusals = (Logger) LoggerFactory.getLogger(RefusalTrail.LOGGER);
        lines.start();
        refusals.addAppender(lines);
        conversation = context.getBean(Conversation.class);
        statuses = context.getBean(PlannerFakes.FakeStatuses.class);
        statuses.reset();
        OrgUnit unit = fixtures.unit("Planner Chat Guarded", null);
        admin = fixtures.person("Aly Admin", unit, Role.STAFF, Role.ADMIN);
        manager = fixtures.manager("Mo Manager", unit);
        staff = fixtures.person("Sy Staff", unit);
        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        item = items.create(new NewActionItem("Guarded mirror", null, null, null, staff.getId(), null, null, null,
                null, null, null, null, null, 0), fixtures.actor(manager)).orElseThrow();
        statuses.set(item.getId(), item.getNumber(), State.FAILED, "Sy Staff has no Planner licence", null, 2);
    }

    @AfterEach
    void detach() {
        refusals.detachAppender(lines);
    }

    @Test
    void someoneWhoIsNoAdminIsRefusedTheFailureListAndTheRefusalIsLogged() {
        for (Person notAdmin : List.of(manager, staff)) {
            lines.list.clear();
            String card = message(notAdmin, ChatKind.PERSONAL, "sync failures").toString();
            assertThat(card).contains("You don't have access to that.")
                    .contains("only administrators see Planner sync failures").doesNotContain(item.getNumber())
                    .doesNotContain("sync.retry");
            assertThat(onlyLineAbout(notAdmin).getFormattedMessage()).contains("PlannerSync.failures");
        }
    }

    @Test
    void aForwardedRetryAllPressedBySomeoneWhoIsNoAdminIsRefusedAndLogged() {
        for (ObjectNode data : List.of(CARD.createObjectNode(), CARD.createObjectNode().put("itemIds", "all"),
                CARD.createObjectNode().put("admin", true).put("itemId", item.getId()))) {
            lines.list.clear();
            String card = press(staff, "sync.retry", data).toString();
            assertThat(card).contains("You don't have access to that.").contains("only administrators retry");
            assertThat(onlyLineAbout(staff).getFormattedMessage()).contains("PlannerSync.retry");
        }
        assertThat(statuses.retries()).isEmpty();
        assertThat(statuses.states().get(item.getId()).state()).isEqualTo(State.FAILED);
    }

    @Test
    void hostileOrStaleRetryDataStillRetriesOnlyWhatFailedAndSaysSo() {
        ObjectNode hostile = CARD.createObjectNode().put("itemIds", "<at>x</at>").put("page", "99999999999");
        hostile.putObject("nested").put("verb", "item.cancel");

        String first = press(admin, "sync.retry", hostile).toString();
        String stale = press(admin, "sync.retry", CARD.createObjectNode()).toString();

        assertThat(first).contains("Retrying 1 item");
        assertThat(stale).contains("No item was waiting for a retry.");
        assertThat(statuses.retries()).containsExactly(List.of(), List.of());
    }

    @Test
    void theFailureListIsNotShownInAGroupChat() {
        String card = message(admin, ChatKind.GROUP_CHAT, "sync failures").toString();

        assertThat(card).contains("1:1 chat").doesNotContain(item.getNumber()).doesNotContain("licence")
                .doesNotContain("sync.retry");
    }

    private ObjectNode message(Person who, ChatKind chat, String text) {
        return conversation.onMessage(new Turn(who.getEntraObjectId(), "29:" + who.getId(), who.getDisplayName(),
                chat, text), Optional.of(fixtures.actor(who))).get(0).card();
    }

    private ObjectNode press(Person who, String verb, ObjectNode data) {
        return conversation.onAction(new Turn(who.getEntraObjectId(), "29:" + who.getId(), who.getDisplayName(),
                ChatKind.PERSONAL, null), Optional.of(fixtures.actor(who)), verb, data).card();
    }

    private ILoggingEvent onlyLineAbout(Person who) {
        List<ILoggingEvent> about = lines.list.stream()
                .filter(e -> e.getFormattedMessage().contains("(person " + who.getId() + ")")).toList();
        assertThat(about).as("one line per refusal").hasSize(1);
        assertThat(about.get(0).getLoggerName()).isEqualTo(RefusalTrail.LOGGER);
        return about.get(0);
    }
}
