package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.excoord.actionitem.ActionItem;
import org.excoord.audit.RefusalTrail;
import org.excoord.directory.Person;
import org.excoord.shared.ActionStatus;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Undo is the creator's alone, and forged "Create items" data creates nothing and says why. */
@SecurityTest
class AnalysisConversationSecurityTests extends AnalysisConversationSupport {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Logger refusals;

    @BeforeEach
    void listen() {
        refusals = (Logger) LoggerFactory.getLogger(RefusalTrail.LOGGER);
        lines.start();
        refusals.addAppender(lines);
    }

    @AfterEach
    void detach() {
        refusals.detachAppender(lines);
    }

    @Test
    void undoBySomeoneElseCancelsNothingAndIsLogged() throws Exception {
        ObjectNode reply = press(manager, "analysis.createItems", createData().put("duty" + pastDuty(), "true"));
        JsonNode undo = AnalysisConversationTests.all(reply, "Action.Execute").stream()
                .filter(a -> a.path("verb").asText().equals("analysis.undo")).findFirst().orElseThrow();
        // a manager of another unit may see much, and the secretariat may see every item: neither created these
        Person otherManager = fixtures.manager("Oli Other", fixtures.unit("Other Office", null));
        Person secretariat = fixtures.person("Sam Secretariat", fixtures.unit("Secretariat", null),
                org.excoord.directory.Role.SECRETARIAT);
        for (Person who : java.util.List.of(otherManager, secretariat)) {
            String refused = press(who, "analysis.undo", (ObjectNode) undo.get("data")).toString();
            assertThat(refused).contains("Only the person who created these items can undo them; nothing was changed");
            assertThat(lines.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                    .contains("(person " + who.getId() + ")"));
        }
        assertThat(itemsUnderTheAction()).extracting(ActionItem::getStatus).containsOnly(ActionStatus.NEW);

        String forged = press(otherManager, "analysis.undo", JSON.createObjectNode().put("authorityId", eoId)
                .put("items", "1,2; drop table action_item")).toString();
        assertThat(forged).contains("That Undo button is damaged; nothing was changed.");
    }

    @Test
    void forgedPicksAndBadDatesCreateNothingAndSayWhy() {
        int total = picks.analysis().obligations().size();
        int other = picks.others().get(0);
        int ours = pastDuty();
        assertThat(press(manager, "analysis.createItems", createData().put("duty" + total, "true")).toString())
                .contains("That card asks for duty " + (total + 1) + ", which this analysis does not have.")
                .contains("Nothing was created.");
        assertThat(press(manager, "analysis.createItems", createData().put("duty999999999", "true")).toString())
                .contains("which this analysis does not have");
        assertThat(press(manager, "analysis.createItems", createData().put("duty" + ours, "true")
                .put("duty" + other, "true")).toString()).contains("Duty " + (other + 1))
                .contains("not to Department of Public Administration or to every agency").contains("Nothing was created.");
        assertThat(press(manager, "analysis.createItems", createData().put("duty" + ours, "true")
                .put("due" + ours, "next Tuesday")).toString()).contains("The due date for duty " + (ours + 1))
                .contains("is not a date").contains("Nothing was created.");
        assertThat(press(manager, "analysis.createItems", createData().put("duty" + ours, "true")
                .put("due" + ours, "9999-01-01")).toString()).contains("is not a date between 1900 and 2200");
        assertThat(press(manager, "analysis.createItems", createData().put("duty" + ours, "true")
                .put("due" + ours, today().minusDays(1).toString())).toString()).contains("is before today")
                .contains("Nothing was created.");
        assertThat(itemsUnderTheAction()).isEmpty();
    }
}
