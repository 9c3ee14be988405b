package org.excoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.audit.RefusalTrail;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every refusal of an authenticated caller leaves a WARN line on {@code excoord.refusals} (who, what, why), once;
 * one that touches a classified record also leaves an audit row, even when the refused turn rolls back.
 */
@SecurityTest
class RefusalTrailTests extends ApiTestSupport {

    private static final ObjectMapper CARD_JSON = new ObjectMapper();

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Logger refusals;
    private JdbcTemplate jdbc;
    private Person owner;
    private Person stranger;
    private ExecutiveAction secret;
    private ExecutiveAction open;

    @BeforeEach
    void data() {
        refusals = (Logger) LoggerFactory.getLogger(RefusalTrail.LOGGER);
        lines.start();
        refusals.addAppender(lines);
        jdbc = context.getBean(JdbcTemplate.class);
        OrgUnit office = fixtures.unit("Trail Office", null);
        owner = fixtures.manager("Tara Owner", office);
        stranger = fixtures.person("Tom Stranger", fixtures.unit("Trail Elsewhere", null));
        ExecutiveActionManagement actions = context.getBean(ExecutiveActionManagement.class);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        secret = actions.create(new NewExecutiveAction("Sealed lantern", null, null, type, Priority.HIGH,
                SecurityClassification.TOP_SECRET, null, null, null, null, null, null, owner.getId(), null),
                fixtures.actor(owner)).orElseThrow();
        open = actions.create(new NewExecutiveAction("Open lantern", null, null, type, Priority.LOW,
                SecurityClassification.UNCLASSIFIED, null, null, null, null, null, null, owner.getId(), null),
                fixtures.actor(owner)).orElseThrow();
    }

    @AfterEach
    void detach() {
        refusals.detachAppender(lines);
    }

    @Test
    void aRefusedReadOfAClassifiedActionIsLoggedAndAudited() {
        assertThat(get("/api/v1/executive-actions/" + secret.getId(), stranger).status()).isEqualTo(403);

        ILoggingEvent line = onlyLineAbout(stranger);
        assertThat(line.getLevel()).isEqualTo(Level.WARN);
        assertThat(line.getFormattedMessage()).contains("ExecutiveActionManagement.view")
                .contains("Tom Stranger (person " + stranger.getId() + ")")
                .contains(secret.getNumber() + " is classified Top Secret")
                .contains("[ExecutiveAction " + secret.getId() + ", Top Secret]").doesNotContain("Sealed lantern");

        List<Map<String, Object>> rows = refusedRows(secret.getId());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("actor_id", stranger.getId())
                .containsEntry("operation", "ExecutiveActionManagement.view")
                .containsEntry("classification", "TOP_SECRET");
        assertThat((String) rows.get(0).get("reason")).contains("is classified Top Secret");
    }

    @Test
    void aRefusalWhoseTurnRollsBackKeepsItsAuditRowAndIsLoggedOnce() {
        String card = conversation().onAction(turn(stranger), Optional.of(fixtures.actor(stranger)), "item.create",
                CARD_JSON.createObjectNode().put("subject", "Let me in").put("executiveActionId", secret.getId()))
                .card().toString();
        assertThat(card).contains("The item was not created");
        ILoggingEvent line = onlyLineAbout(stranger);
        assertThat(line.getFormattedMessage()).contains("ActionItemManagement.create").contains("may add items to it");
        assertThat(refusedRows(secret.getId())).hasSize(1);

        // analysis.createItems marks the whole turn for rollback: the refusal's audit row is written apart from it
        long order = context.getBean(org.excoord.authority.AuthorityCatalog.class).importText(
                org.excoord.authority.ImportAuthority.of(read("/authorities/eo-14028.md")),
                org.excoord.directory.Actor.system()).orElseThrow().authority().getId();
        lines.list.clear();
        String duties = conversation().onAction(turn(stranger), Optional.of(fixtures.actor(stranger)),
                "analysis.createItems", CARD_JSON.createObjectNode().put("authorityId", order)
                        .put("executiveActionId", secret.getId()).put("duty" + new org.excoord.bot.authorities
                                .AgencyDutyPicks(context, order).agencys(null).get(0), "true")).card().toString();
        assertThat(duties).contains("No items were created");
        assertThat(onlyLineAbout(stranger).getFormattedMessage()).contains("ActionItemManagement.create");
        assertThat(refusedRows(secret.getId())).hasSize(2);
    }

    @Test
    void aRefusalOfSomethingUnclassifiedIsLoggedButNotAudited() {
        Response status = put("/api/v1/executive-actions/" + open.getId() + "/status",
                Map.of("status", "IN_PROGRESS", "version", open.getVersion()), stranger);
        assertThat(status.status()).isEqualTo(403);
        assertThat(onlyLineAbout(stranger).getFormattedMessage()).contains("ExecutiveActionManagement.changeStatus")
                .contains("only the owner of " + open.getNumber());
        assertThat(refusedRows(open.getId())).isEmpty();

        lines.list.clear();
        assertThat(get("/api/v1/audit?recordType=ExecutiveAction&recordId=" + open.getId(), stranger).status())
                .isEqualTo(403);
        assertThat(onlyLineAbout(stranger).getFormattedMessage()).contains("AuditReading.history");
    }

    @Test
    void aCallerExcoordDoesNotKnowIsLoggedAtTheEdge() {
        Response unknown = send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/action-items"))
                .header("X-Excoord-User", "ghost@nowhere.example").GET(), null);
        assertThat(unknown.status()).isEqualTo(403);
        List<ILoggingEvent> about = lines.list.stream()
                .filter(e -> e.getFormattedMessage().contains("ghost@nowhere.example")).toList();
        assertThat(about).hasSize(1);
        assertThat(about.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(about.get(0).getFormattedMessage()).contains("GET /api/v1/action-items")
                .contains("no person 'ghost@nowhere.example'");
    }

    @Test
    void whatIsNotARefusalOfRightsIsNotLogged() {
        assertThat(get("/api/v1/executive-actions/999999999", stranger).status()).isEqualTo(404);
        Response stale = put("/api/v1/executive-actions/" + open.getId() + "/status",
                Map.of("status", "IN_PROGRESS", "version", open.getVersion() + 7), owner);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(lines.list).isEmpty();
    }

    private ILoggingEvent onlyLineAbout(Person who) {
        List<ILoggingEvent> about = lines.list.stream()
                .filter(e -> e.getFormattedMessage().contains("(person " + who.getId() + ")")).toList();
        assertThat(about).as("one line per refusal").hasSize(1);
        assertThat(about.get(0).getLoggerName()).isEqualTo("excoord.refusals");
        return about.get(0);
    }

    private List<Map<String, Object>> refusedRows(long actionId) {
        return jdbc.queryForList("select actor_id, after_state->>'operation' as operation,"
                + " after_state->>'classification' as classification, after_state->>'reason' as reason"
                + " from audit_entry where record_type = 'ExecutiveAction' and record_id = ? and action = 'REFUSED'",
                String.valueOf(actionId));
    }

    private static String read(String resource) {
        try {
            return new String(RefusalTrailTests.class.getResourceAsStream(resource).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Conversation conversation() {
        return context.getBean(Conversation.class);
    }

    private static Turn turn(Person person) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), ChatKind.PERSONAL,
                null);
    }

    @Test
    void aRefusalIsTracedOncePerUnitOfWorkEvenWhenItIsTheSameObject() {
        RefusalTrail trail = context.getBean(RefusalTrail.class);
        org.excoord.shared.Refusal shared = org.excoord.shared.Refusal.forbidden("a shared refusal of the trail test");
        trail.refused(fixtures.actor(stranger), "Trail.first", shared);
        trail.refused(fixtures.actor(stranger), "Trail.outer", shared); // handed up: the same refusal, once
        RefusalTrail.forgetThread(); // the request ends (RefusalTrailScope)
        trail.refused(fixtures.actor(stranger), "Trail.next", shared);
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(m -> m.contains("a shared refusal of the trail test")).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("Trail.first")).anySatisfy(m -> assertThat(m).contains("Trail.next"));
    }
}
