package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.excoord.audit.RefusalTrail;
import org.excoord.bot.planner.PlannerFakes;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Import;

/**
 * The Planner endpoints refuse who may not use them (403, logged on {@code excoord.refusals}) and answer malformed
 * input with 400 naming the field, never 500; nothing is linked or retried by a refused request.
 */
@SecurityTest
@Import(PlannerFakes.class)
@PlannerFakes.SyncOn
class PlannerApiSecurityTests extends ApiTestSupport {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Logger refusals;
    private PlannerFakes.FakeStatuses statuses;
    private PlannerFakes.FakeLinks links;
    private OrgUnit unit;
    private Person admin;
    private Person manager;
    private Person staff;
    private Person otherManager;

    @BeforeEach
    void data() {
        refusals = (Logger) LoggerFactory.getLogger(RefusalTrail.LOGGER);
        lines.start();
        refusals.addAppender(lines);
        statuses = context.getBean(PlannerFakes.FakeStatuses.class);
        links = context.getBean(PlannerFakes.FakeLinks.class);
        statuses.reset();
        links.reset();
        unit = fixtures.unit("Planner Guarded", null);
        admin = fixtures.person("Abe Admin", unit, Role.STAFF, Role.ADMIN);
        manager = fixtures.manager("Meg Manager", unit);
        staff = fixtures.person("Stu Staff", unit);
        otherManager = fixtures.manager("Oto Elsewhere", fixtures.unit("Planner Elsewhere", null));
    }

    @AfterEach
    void detach() {
        refusals.detachAppender(lines);
    }

    @Test
    void onlyAdminsLinkAUnitAndTheRefusalIsLogged() {
        for (Person notAdmin : List.of(manager, staff)) {
            lines.list.clear();
            Response refused = put(planner(), Map.of("groupId", PlannerFakes.GROUP), notAdmin);
            assertThat(refused.status()).as(notAdmin.getDisplayName()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(onlyLineAbout(notAdmin).getFormattedMessage()).contains("PlannerSync.link")
                    .contains("only administrators link org units to Planner");
        }
        assertThat(links.links()).isEmpty();
    }

    @Test
    void theLinkIsForAdminsAndTheUnitsManagersOnly() {
        assertThat(put(planner(), Map.of("groupId", PlannerFakes.GROUP), admin).status()).isEqualTo(200);

        assertThat(get(planner(), manager).status()).isEqualTo(200);
        for (Person outsider : List.of(staff, otherManager)) {
            lines.list.clear();
            assertThat(get(planner(), outsider).status()).as(outsider.getDisplayName()).isEqualTo(403);
            assertThat(onlyLineAbout(outsider).getFormattedMessage()).contains("PlannerSync.view");
        }
    }

    @Test
    void failuresAndRetriesAreForAdminsOnly() {
        Response list = get("/api/v1/admin/graph-sync/failures", manager);
        assertThat(list.status()).isEqualTo(403);
        assertThat(onlyLineAbout(manager).getFormattedMessage()).contains("PlannerSync.failures");

        lines.list.clear();
        Response retry = post("/api/v1/admin/graph-sync/retry", Map.of("itemIds", List.of()), staff);
        assertThat(retry.status()).isEqualTo(403);
        assertThat(onlyLineAbout(staff).getFormattedMessage()).contains("PlannerSync.retry");
        assertThat(statuses.retries()).isEmpty();
    }

    @Test
    void aMalformedGroupIdIsABadRequestNamingTheField() {
        for (Object body : List.of(Map.of(), Map.of("groupId", ""), Map.of("groupId", "   "),
                Map.of("groupId", "not-a-guid"), Map.of("groupId", PlannerFakes.GROUP + "\n"),
                Map.of("groupId", PlannerFakes.GROUP + "0"), Map.of("groupId", "{" + PlannerFakes.GROUP + "}"),
                Map.of("groupId", "0f3e6bb2-4b1c-4d5e-9a7f-2c8d1e0b6a4g"), Map.of("groupId", 42),
                Map.of("groupId", List.of(PlannerFakes.GROUP)), Map.of("groupId", Map.of("id", PlannerFakes.GROUP)),
                "{\"groupId\":\"" + PlannerFakes.GROUP + "\",\"groupId\":\"" + PlannerFakes.UNKNOWN_GROUP + "\"}",
                "{\"groupId\":\"" + "A".repeat(5_000) + "\"}")) {
            Response bad = put(planner(), body, admin);
            assertThat(bad.status()).as(String.valueOf(body)).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.text("field")).as(String.valueOf(body)).isEqualTo("groupId");
        }
        assertThat(links.links()).isEmpty();
    }

    @Test
    void aBodyThatIsNoJsonOrAnIdThatIsNoNumberIsABadRequest() {
        Response notJson = put(planner(), "{groupId:", admin);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        Response missing = send(HttpRequest.newBuilder(uri(planner())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody()), admin);
        assertThat(missing.status()).isEqualTo(400);

        for (String id : List.of("abc", "1.5", "99999999999999999999", "-", "1e3")) {
            Response badId = put("/api/v1/org-units/" + id + "/planner", Map.of("groupId", PlannerFakes.GROUP), admin);
            assertThat(badId.status()).as(id).isEqualTo(400);
            assertThat(badId.text("field")).as(id).isEqualTo("id");
            assertThat(get("/api/v1/org-units/" + id + "/planner", admin).text("field")).isEqualTo("id");
        }
    }

    @Test
    void aBodyOfAnotherContentTypeIsRefusedAsUnsupported() {
        Response text = send(HttpRequest.newBuilder(uri(planner())).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"groupId\":\"" + PlannerFakes.GROUP + "\"}")), admin);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(links.links()).isEmpty();
    }

    @Test
    void malformedPagingAndRetryBodiesAreBadRequestsNamingTheField() {
        for (String query : List.of("limit=0", "limit=201", "limit=x", "offset=-1", "offset=x", "offset=2000000")) {
            Response bad = get("/api/v1/admin/graph-sync/failures?" + query, admin);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.text("field")).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        for (Object body : List.of(Map.of("itemIds", "all"), Map.of("itemIds", List.of("x")),
                Map.of("itemIds", List.of(-1)), Map.of("itemIds", List.of(0)), Map.of("itemIds", 7))) {
            Response bad = post("/api/v1/admin/graph-sync/retry", body, admin);
            assertThat(bad.status()).as(String.valueOf(body)).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.text("field")).as(String.valueOf(body)).startsWith("itemIds");
        }
        Response tooMany = post("/api/v1/admin/graph-sync/retry",
                Map.of("itemIds", java.util.stream.LongStream.rangeClosed(1, 1_001).boxed().toList()), admin);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("field")).isEqualTo("itemIds");
        assertThat(statuses.retries()).isEmpty();
    }

    private String planner() {
        return "/api/v1/org-units/" + unit.getId() + "/planner";
    }

    private ILoggingEvent onlyLineAbout(Person who) {
        List<ILoggingEvent> about = lines.list.stream()
                .filter(e -> e.getFormattedMessage().contains("(person " + who.getId() + ")")).toList();
        assertThat(about).as("one line per refusal").hasSize(1);
        assertThat(about.get(0).getLoggerName()).isEqualTo(RefusalTrail.LOGGER);
        assertThat(about.get(0).getLevel()).isEqualTo(Level.WARN);
        return about.get(0);
    }
}
