package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.graphsync.emulator.EventSnapshot;
import org.excoord.graphsync.emulator.Fault;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.graph.GraphRequest.CreateEvent;
import org.excoord.graphsync.graph.GraphRequest.DeleteEvent;
import org.excoord.graphsync.graph.GraphRequest.EventFields;
import org.excoord.graphsync.graph.GraphRequest.FindEvents;
import org.excoord.graphsync.graph.GraphRequest.UpdateEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SDK gateway against the emulator: the all-day due-date event, idempotent and found by its tag. */
class EventGatewayTests {

    static final String ALEX = "22222222-0000-0000-0000-000000000001";

    GraphEmulator graph;
    SdkGraphGateway gateway;

    @BeforeEach
    void start() {
        graph = new GraphEmulator().start().addUser(ALEX, true);
        gateway = GatewayFixture.gateway(graph);
    }

    @AfterEach
    void stop() {
        gateway.close();
        graph.close();
    }

    @Test
    void createsTheAllDayEventWithEveryFieldAndTheItemTag() {
        GraphResponse created = one(new CreateEvent(ALEX, fields("excoord-AI-2026-000123-1", LocalDate.of(2026, 3, 2))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.events()).singleElement().satisfies(e -> {
            assertThat(e.itemNumber()).isEqualTo("AI-2026-000123");
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        });
        EventSnapshot event = graph.events(ALEX).get(0);
        assertThat(event.subject()).isEqualTo("Due: AI-2026-000123 · Reply");
        assertThat(event.isAllDay()).isTrue();
        assertThat(event.start()).startsWith("2026-03-02T00:00:00");
        assertThat(event.end()).startsWith("2026-03-03T00:00:00");
        assertThat(event.startTimeZone()).isEqualTo("Eastern Standard Time");
        assertThat(event.showAs()).isEqualTo("free");
        assertThat(event.isReminderOn()).isTrue();
        assertThat(event.reminderMinutesBeforeStart()).isEqualTo(900);
        assertThat(event.categories()).containsExactly("Executive Coordination");
        assertThat(event.attendees()).isZero();
        assertThat(event.bodyContentType()).isEqualTo("html");
        assertThat(event.bodyContent()).contains("<a href=");
        assertThat(event.transactionId()).isEqualTo("excoord-AI-2026-000123-1");
        assertThat(event.extendedProperties()).containsEntry(GraphRequests.ITEM_NUMBER_PROPERTY, "AI-2026-000123");
    }

    @Test
    void aRetriedCreateWithTheSameTransactionIdMakesNoSecondEvent() {
        // the first create is carried out but its answer is lost: the gateway retries the whole batch
        graph.faults().next(Fault.DROPPED_AFTER_PROCESSING);
        GraphResponse first = one(new CreateEvent(ALEX, fields("excoord-AI-2026-000123-1", LocalDate.of(2026, 3, 2))));
        GraphResponse again = one(new CreateEvent(ALEX, fields("excoord-AI-2026-000123-1", LocalDate.of(2026, 3, 2))));

        assertThat(graph.events(ALEX)).hasSize(1);
        assertThat(first.events().get(0).id()).isEqualTo(again.events().get(0).id()).isEqualTo(graph.events(ALEX).get(0).id());
        assertThat(graph.counts().of("POST /$batch")).as("lost answer, retry, second create").isEqualTo(3);
        assertThat(gateway.requestsSent()).isEqualTo(3);
    }

    @Test
    void findsTheItemsEventsByTheExtendedPropertyThenMovesAndDeletesThem() {
        one(new CreateEvent(ALEX, fields("excoord-AI-2026-000123-1", LocalDate.of(2026, 3, 2))));
        EventFields other = new EventFields("excoord-AI-2026-000999-1", "AI-2026-000999", "Due: AI-2026-000999 · Other",
                LocalDate.of(2026, 3, 5), "Eastern Standard Time", "<p>x</p>", 900, "Executive Coordination");
        one(new CreateEvent(ALEX, other));

        GraphResponse found = one(new FindEvents(ALEX, "AI-2026-000123"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.events()).singleElement().satisfies(e -> assertThat(e.itemNumber()).isEqualTo("AI-2026-000123"));
        String id = found.events().get(0).id();

        GraphResponse moved = one(new UpdateEvent(ALEX, id, fields("excoord-AI-2026-000123-1", LocalDate.of(2026, 3, 9))));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.events().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(graph.events(ALEX)).filteredOn(e -> e.id().equals(id)).singleElement()
                .satisfies(e -> assertThat(e.start()).startsWith("2026-03-09"));

        assertThat(one(new DeleteEvent(ALEX, id)).status()).isEqualTo(204);
        assertThat(one(new FindEvents(ALEX, "AI-2026-000123")).events()).isEmpty();
        assertThat(one(new DeleteEvent(ALEX, id)).status()).isEqualTo(404);
        assertThat(graph.events(ALEX)).extracting(EventSnapshot::transactionId).containsExactly("excoord-AI-2026-000999-1");
    }

    @Test
    void anUnknownUserIs404() {
        GraphResponse answer = one(new CreateEvent("99999999-0000-0000-0000-000000000000",
                fields("excoord-AI-2026-000123-1", LocalDate.of(2026, 3, 2))));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("ErrorInvalidUser");
    }

    private static EventFields fields(String transactionId, LocalDate date) {
        return new EventFields(transactionId, "AI-2026-000123", "Due: AI-2026-000123 · Reply", date, "Eastern Standard Time",
                "<p><a href=\"https://teams.microsoft.com/l/entity/x\">Open in Teams</a></p>", 900, "Executive Coordination");
    }

    private GraphResponse one(GraphRequest request) {
        List<GraphResponse> answers = gateway.batch(List.of(request));
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }
}
