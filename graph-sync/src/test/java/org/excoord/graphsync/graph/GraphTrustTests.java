package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.graph.GraphRequest.GetTask;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;

/**
 * Trust is the JVM's trust store and nothing else: a Graph or login host whose certificate the store does not
 * vouch for is refused (not retried, not trusted quietly), and a wrong client secret gets no token.
 */
@SecurityTest
class GraphTrustTests {

    @Test
    void aCertificateTheTrustStoreDoesNotKnowIsRefused() {
        try (GraphEmulator stranger = new GraphEmulator(GraphEmulator.UNTRUSTED_KEY_STORE).start();
                SdkGraphGateway gateway = GatewayFixture.gateway(stranger)) {
            assertThatThrownBy(() -> gateway.batch(List.of(new GetTask("any-task-0000000000000000000"))))
                    .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.errorCode()).isEqualTo("TlsFailure"))
                    .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
            assertThat(stranger.counts().total()).as("no request got through the handshake").isZero();
        }
    }

    @Test
    void aGraphHostWithAnUnknownCertificateGetsNoRequestEvenWithAGoodToken() {
        try (GraphEmulator login = new GraphEmulator().start();
                GraphEmulator stranger = new GraphEmulator(GraphEmulator.UNTRUSTED_KEY_STORE).start()) {
            GraphSyncProperties split = new GraphSyncProperties(true, stranger.baseUrl(), login.loginHost(), login.tenantId(),
                    login.clientId(), login.clientSecret(), null, null, null, null, null, null, null, null);
            try (SdkGraphGateway gateway = SdkGraphGateway.create(split, Cloud.WORLDWIDE, GatewayFixture.FAST)) {
                assertThatThrownBy(() -> gateway.buckets("any-plan-0000000000000000000"))
                        .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.errorCode()).isEqualTo("TlsFailure"));
            }
            assertThat(login.counts().tokenRequests()).isEqualTo(1);
            assertThat(stranger.counts().total()).isZero();
        }
    }

    @Test
    void aWrongSecretGetsNoTokenAndNoGraphRequest() {
        try (GraphEmulator graph = new GraphEmulator().start()) {
            GraphSyncProperties wrong = new GraphSyncProperties(true, graph.baseUrl(), graph.loginHost(), graph.tenantId(),
                    graph.clientId(), "not-the-secret", null, null, null, null, null, null, null, null);
            try (SdkGraphGateway gateway = SdkGraphGateway.create(wrong, Cloud.WORLDWIDE,
                    new GraphRetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5)))) {
                assertThatThrownBy(() -> gateway.batch(List.of(new GetTask("any-task-0000000000000000000"))))
                        .isInstanceOfSatisfying(GraphFailure.class, f -> {
                            assertThat(f.status()).isEqualTo(401);
                            assertThat(f.errorCode()).isEqualTo("TokenRefused");
                        });
            }
            assertThat(graph.counts().graph()).isZero();
            assertThat(graph.counts().tokenRequests()).isPositive();
        }
    }

    @Test
    void aCertificateCredentialGetsATokenOnlyWithACertificateRegisteredForTheApp() throws Exception {
        try (GraphEmulator graph = new GraphEmulator().start().addGroup("g1").acceptTestClientCertificate()) {
            String registered = Path.of(GraphEmulator.class.getResource(GraphEmulator.TEST_CLIENT_CERTIFICATE).toURI()).toString();
            String other = Path.of(GraphEmulator.class.getResource(GraphEmulator.UNTRUSTED_KEY_STORE).toURI()).toString();
            try (SdkGraphGateway gateway = SdkGraphGateway.create(withCertificate(graph, registered), Cloud.WORLDWIDE,
                    GatewayFixture.FAST)) {
                assertThat(gateway.findOrCreatePlan("g1", "Unit A").title()).isEqualTo("Unit A");
            }
            try (SdkGraphGateway gateway = SdkGraphGateway.create(withCertificate(graph, other), Cloud.WORLDWIDE,
                    GatewayFixture.FAST)) {
                assertThatThrownBy(() -> gateway.buckets("any-plan-0000000000000000000"))
                        .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.errorCode()).isEqualTo("TokenRefused"));
            }
            assertThat(graph.counts().tokenRequests()).isEqualTo(2);
            assertThat(graph.counts().graph()).as("only the registered certificate's calls").isEqualTo(2);
        }
    }

    private static GraphSyncProperties withCertificate(GraphEmulator graph, String path) {
        return new GraphSyncProperties(true, graph.baseUrl(), graph.loginHost(), graph.tenantId(), graph.clientId(), null,
                path, "changeit", null, null, null, null, null, null);
    }
}
