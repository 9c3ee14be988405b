package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.bot.authorities.AgencyDutyPicks;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * EO 14028 imported today under a number of its own (its deadlines of 2021 had passed at the import), a manager who
 * owns an unclassified executive action, and the agency's duties of the analysis, for the "Create items" tests.
 */
abstract class AnalysisConversationSupport extends ApiTestSupport {

    protected Conversation conversation;
    protected Person manager;
    protected ExecutiveAction action;
    protected long eoId;
    protected String number;
    protected AgencyDutyPicks picks;
    protected JdbcTemplate jdbc;

    @BeforeEach
    void order() throws Exception {
        conversation = context.getBean(Conversation.class);
        jdbc = context.getBean(JdbcTemplate.class);
        OrgUnit unit = fixtures.unit("Drafting Office", null);
        manager = fixtures.manager("Dana Drafter", unit);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Executive Orders").orElseThrow()
                .getId();
        action = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction("Implement the order",
                null, null, type, Priority.HIGH, SecurityClassification.UNCLASSIFIED, null, null, null, null, null,
                null, manager.getId(), null), fixtures.actor(manager)).orElseThrow();
        number = String.valueOf(80_000 + (int) (System.nanoTime() % 9_999));
        String text = new String(getClass().getResourceAsStream("/authorities/eo-14028.md").readAllBytes(),
                StandardCharsets.UTF_8).replace("14028", number);
        eoId = context.getBean(AuthorityCatalog.class).importText(new ImportAuthority(text, null, null, null, null,
                "https://www.federalregister.gov/documents/2021/05/17/2021-10460/improving-the-nations-cybersecurity",
                null), Actor.system()).orElseThrow().authority().getId();
        picks = new AgencyDutyPicks(context, eoId);
    }

    protected String summarize(Person who) {
        Reply reply = conversation.onMessage(turn(who, "summarize EO " + number), actor(who)).get(0);
        return (reply.followUp() == null ? reply.card() : reply.followUp().get()).toString();
    }

    protected ObjectNode press(Person who, String verb, ObjectNode data) {
        return conversation.onAction(turn(who, null), actor(who), verb, data).card();
    }

    protected ObjectNode createData() {
        return JSON.createObjectNode().put("authorityId", eoId).put("executiveActionId", action.getId());
    }

    protected List<ActionItem> itemsUnderTheAction() {
        return items().itemsOf(action.getId());
    }

    protected ActionItemManagement items() {
        return context.getBean(ActionItemManagement.class);
    }

    protected LocalDate today() {
        return items().today();
    }

    /** The first of the agency's duties whose date (2021) had passed when the order was imported. */
    protected int pastDuty() {
        return picks.agencys(today()).get(0);
    }

    protected Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    protected static Turn turn(Person person, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), ChatKind.PERSONAL,
                text);
    }
}
