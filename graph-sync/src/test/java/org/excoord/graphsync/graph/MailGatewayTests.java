package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.excoord.graphsync.emulator.Fault;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.SentMail;
import org.excoord.graphsync.mail.GraphNudgeMail;
import org.excoord.graphsync.mail.NudgeMailFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The email fallback through the real SDK gateway against the emulator's {@code sendMail}. */
class MailGatewayTests {

    static final String SHARED = "excoord-notices@agency.example.gov";
    static final String SEND_MAIL = "POST /users/{id}/sendMail";

    GraphEmulator graph;
    SdkGraphGateway gateway;
    GraphNudgeMail mail;

    @BeforeEach
    void start() {
        graph = new GraphEmulator().start().addMailbox(SHARED);
        graph.faults().retryAfter(Duration.ofSeconds(0));
        gateway = GatewayFixture.gateway(graph);
        mail = new GraphNudgeMail(gateway, SHARED);
    }

    @AfterEach
    void stop() {
        gateway.close();
        graph.close();
    }

    @Test
    void sendsOneHtmlMessageToTheRecipientFromTheSharedMailboxNotSavedToSentItems() {
        mail.send("alex.wilber@agency.example.gov", "Your digest: 3 items due", "<p>AI-2026-000123 · Reply</p>");

        assertThat(graph.sentMail()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(SHARED);
            assertThat(m.to()).containsExactly("alex.wilber@agency.example.gov");
            assertThat(m.subject()).isEqualTo("Your digest: 3 items due");
            assertThat(m.contentType()).isEqualToIgnoringCase("html");
            assertThat(m.content()).isEqualTo("<p>AI-2026-000123 · Reply</p>");
            assertThat(m.saveToSentItems()).isFalse();
        });
        assertThat(graph.counts().of(SEND_MAIL)).isEqualTo(1);
        assertThat(graph.unknownRequests()).isEmpty();
        assertThat(mail.available()).isTrue();
    }

    @Test
    void aThrottledSendIsSentAgainAfterItsRetryAfterAndGoesOnce() {
        graph.faults().retryAfter(Duration.ofSeconds(1)).next(Fault.THROTTLED, Fault.UNAVAILABLE);

        mail.send("alex.wilber@agency.example.gov", "Due today", "<p>x</p>");

        assertThat(graph.sentMail()).hasSize(1);
        assertThat(graph.counts().of(SEND_MAIL)).as("429, 503, then sent").isEqualTo(3);
    }

    @Test
    void aRefusedRecipientSurfacesWithGraphsReasonAndIsNotSentAgain() {
        assertThatThrownBy(() -> mail.send("not-an-address", "Due today", "<p>x</p>"))
                .isInstanceOfSatisfying(NudgeMailFailure.class, f -> {
                    assertThat(f.status()).isEqualTo(400);
                    assertThat(f.code()).isEqualTo("ErrorInvalidRecipients");
                    assertThat(f.mayHaveBeenSent()).isFalse();
                })
                .hasMessageContaining("400 ErrorInvalidRecipients")
                .hasMessageContaining("Recipient 'not-an-address' is not resolved");
        assertThat(graph.counts().of(SEND_MAIL)).isEqualTo(1);
        assertThat(graph.sentMail()).isEmpty();
    }

    @Test
    void aSendWhoseAnswerWasLostIsNotSentAgainSinceTheMailMayHaveGone() {
        graph.faults().next(Fault.DROPPED_AFTER_PROCESSING);

        assertThatThrownBy(() -> mail.send("alex.wilber@agency.example.gov", "Due today", "<p>x</p>"))
                .isInstanceOfSatisfying(NudgeMailFailure.class, f -> {
                    assertThat(f.status()).isZero();
                    assertThat(f.mayHaveBeenSent()).isTrue();
                });
        assertThat(graph.sentMail()).as("carried out once, never twice").hasSize(1);
        assertThat(graph.counts().of(SEND_MAIL)).isEqualTo(1);
    }

    @Test
    void aMailboxGraphDoesNotKnowIsA404WithItsCode() {
        GraphNudgeMail unknown = new GraphNudgeMail(gateway, "nobody@agency.example.gov");

        assertThatThrownBy(() -> unknown.send("alex.wilber@agency.example.gov", "Due today", "<p>x</p>"))
                .isInstanceOfSatisfying(NudgeMailFailure.class, f -> {
                    assertThat(f.status()).isEqualTo(404);
                    assertThat(f.code()).isEqualTo("ErrorInvalidUser");
                });
    }

    @Test
    void withoutAMailboxToSendFromNothingIsAvailable() {
        GraphNudgeMail none = new GraphNudgeMail(gateway, " ");

        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.send("alex.wilber@agency.example.gov", "Due today", "<p>x</p>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("excoord.graph.mail-from");
        assertThat(graph.counts().graph()).isZero();
    }
}
