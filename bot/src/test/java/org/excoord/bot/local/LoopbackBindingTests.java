package org.excoord.bot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.excoord.CoordinationApplication;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * The real app, started in the test on a random port: without authentication it must refuse to listen anywhere
 * but on loopback, whatever {@code server.address} says, and must not have served anything when it refuses.
 */
@SecurityTest
class LoopbackBindingTests {

    private static final String REFUSAL = "the server bound to a loopback address";

    @ParameterizedTest
    @ValueSource(strings = {"--server.address=", "--server.address= ", "--server.address=0.0.0.0",
            "--server.address=::", "--server.address=[::]", "--server.address=0:0:0:0:0:0:0:0"})
    void everyInterfaceIsRefused(String address) {
        Started started = new Started();
        assertThatThrownBy(() -> start(started, address)).hasStackTraceContaining(REFUSAL)
                .hasStackTraceContaining("every interface");
        assertThat(started.servers).as("no server started").isEmpty();
    }

    @Test
    void anEmptyServerAddressInTheEnvironmentIsRefused() {
        Started started = new Started();
        assertThatThrownBy(() -> start(started, app -> app.environment(new StandardEnvironment() {
            @Override
            public Map<String, Object> getSystemEnvironment() {
                Map<String, Object> environment = new HashMap<>(super.getSystemEnvironment());
                environment.put("SERVER_ADDRESS", "");
                return environment;
            }
        }))).hasStackTraceContaining(REFUSAL).hasStackTraceContaining("every interface");
        assertThat(started.servers).isEmpty();
    }

    @Test
    void aNonLoopbackInterfaceIsRefusedWhicheverAuthenticationIsOff() throws Exception {
        String address = nonLoopbackAddress();
        for (String[] off : List.of(new String[] {"--excoord.security.mode=NONE"},
                new String[] {"--excoord.security.mode=ENTRA", "--excoord.teams.app-id=", ENTRA_ISSUER},
                new String[] {"--excoord.security.mode=NONE", "--excoord.teams.app-id=00000000-0000-0000-0000-0000000000aa"})) {
            Started started = new Started();
            List<String> args = new ArrayList<>(List.of(off));
            args.add("--server.address=" + address);
            assertThatThrownBy(() -> start(started, args.toArray(String[]::new))).as(args.toString())
                    .hasStackTraceContaining(REFUSAL).hasStackTraceContaining(InetAddress.getByName(address).getHostAddress());
            assertThat(started.servers).isEmpty();
        }
    }

    @Test
    void withAuthenticationOnAnyInterfaceIsAllowed() throws Exception {
        String address = nonLoopbackAddress();
        Started started = new Started();
        try (ConfigurableApplicationContext app = start(started, "--server.address=" + address,
                "--excoord.security.mode=ENTRA", ENTRA_ISSUER, "--excoord.teams.app-id=00000000-0000-0000-0000-0000000000aa",
                "--excoord.teams.app-password=unused")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(status(URI.create("http://" + host(address) + ":" + port + "/actuator/health"))).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "::1"})
    void loopbackIsAcceptedAndTheServerIsReachableThereOnly(String address) throws Exception {
        Started started = new Started();
        try (ConfigurableApplicationContext app = start(started, "--server.address=" + address)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            InetAddress bound = InetAddress.getByName(address);
            assertThat(status(URI.create("http://" + host(bound.getHostAddress()) + ":" + port + "/actuator/health")))
                    .isEqualTo(200);
            assertUnreachable(new InetSocketAddress(nonLoopbackAddress(), port));
        }
    }

    /** A connector changed after the address was checked (here by another customizer): refused before it binds. */
    @Test
    void aConnectorRedirectedToEveryInterfaceIsRefusedBeforeItBinds() {
        Started started = new Started();
        List<Connector> connectors = new CopyOnWriteArrayList<>();
        TomcatConnectorCustomizer everyInterface = connector -> {
            connector.setProperty("address", "0.0.0.0");
            connectors.add(connector);
        };
        assertThatThrownBy(() -> start(started, app -> app.initializers(context -> context.getBeanFactory()
                .registerSingleton("everyInterface", everyInterface)))).hasStackTraceContaining(REFUSAL);
        assertThat(connectors).hasSize(1);
        assertThat(connectors.get(0).getLocalPort()).as("never bound").isEqualTo(-1);
        assertThat(started.servers).isEmpty();
    }

    /** A connector added behind Spring Boot's back: the check of the started server stops it. */
    @Test
    void aConnectorAddedBehindTheFactorysBackStopsTheServer() {
        Started started = new Started();
        List<Integer> ports = new CopyOnWriteArrayList<>();
        TomcatContextCustomizer sneaky = context -> {
            Connector extra = new Connector();
            extra.setPort(0);
            extra.addLifecycleListener(event -> {
                if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                    ports.add(extra.getLocalPort());
                }
            });
            service(context).addConnector(extra);
        };
        assertThatThrownBy(() -> start(started, app -> app.initializers(context -> context.getBeanFactory()
                .registerSingleton("sneaky", sneaky)))).hasStackTraceContaining(REFUSAL)
                .hasStackTraceContaining("every interface");
        assertThat(ports).as("the extra connector did start").hasSize(1);
        assertUnreachable(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.get(0)));
    }

    private static final String ENTRA_ISSUER =
            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.microsoftonline.com/t/v2.0";

    private static Service service(Context context) {
        return ((org.apache.catalina.Engine) context.getParent().getParent()).getService();
    }

    /** Every web server the app started (there must be none when it refuses). */
    private static final class Started implements ApplicationListener<WebServerInitializedEvent> {

        final List<Integer> servers = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            servers.add(event.getWebServer().getPort());
        }
    }

    private static ConfigurableApplicationContext start(Started started, String... args) {
        return start(started, app -> { }, args);
    }

    private static ConfigurableApplicationContext start(Started started, Consumer<SpringApplicationBuilder> change,
            String... args) {
        Map<String, Object> properties = new HashMap<>();
        EmbeddedPostgresSupport.register((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", "0");
        properties.put("excoord.embedded-postgres.enabled", "false");
        properties.put("excoord.demo.enabled", "false");
        SpringApplicationBuilder app = new SpringApplicationBuilder(CoordinationApplication.class).properties(properties)
                .listeners(started);
        change.accept(app);
        return app.run(args);
    }

    /** An address of this machine that is not loopback (the tests that need one are skipped on a machine without). */
    private static String nonLoopbackAddress() {
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress address : nic.inetAddresses().toList()) {
                        if (!address.isLinkLocalAddress() && !(address instanceof Inet6Address)) {
                            return address.getHostAddress();
                        }
                    }
                }
            }
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        assumeThat(false).as("this machine has a non-loopback IPv4 address").isTrue();
        throw new IllegalStateException("unreachable");
    }

    private static String host(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }

    private static void assertUnreachable(InetSocketAddress where) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(where, 5_000);
            }
        }).as(where.toString()).isInstanceOf(ConnectException.class);
    }

    private static int status(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
