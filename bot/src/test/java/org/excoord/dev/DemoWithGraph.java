package org.excoord.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.excoord.CoordinationApplication;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo app with Planner and Outlook sync on, against the loopback Graph emulator: for trying the sync line,
 * "Open in Planner" and "sync failures" by hand in the Playground (bot/e2e/with-graph.sh). Every org unit is linked
 * to a plan; Nestor Wilke has no Planner licence, so his items fail with a reason a person can act on.
 */
public final class DemoWithGraph {

    private static final String UNLICENSED_UPN = "nestorw@example.com";

    private DemoWithGraph() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("javax.net.ssl.trustStore") == null) {
            throw new IllegalStateException("run with -Djavax.net.ssl.trustStore=<the emulator's truststore.p12>"
                    + " (bot/e2e/with-graph.sh does)");
        }
        String port = System.getProperty("port", "3978");
        GraphEmulator graph = new GraphEmulator().start();
        Path data = Files.createTempDirectory("excoord-demo-graph-pg");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CoordinationApplication.class).run(
                "--server.port=" + port, "--excoord.embedded-postgres.data-dir=" + data,
                "--excoord.graph.enabled=true", "--excoord.graph.base-url=" + graph.baseUrl(),
                "--excoord.graph.login-host=" + graph.loginHost(), "--excoord.graph.tenant-id=" + graph.tenantId(),
                "--excoord.graph.client-id=" + graph.clientId(), "--excoord.graph.client-secret=" + graph.clientSecret(),
                "--excoord.graph.poll-interval=10s");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        for (Map<String, Object> person : jdbc.queryForList("select upn, entra_object_id from person")) {
            graph.addUser(String.valueOf(person.get("entra_object_id")), !UNLICENSED_UPN.equals(person.get("upn")));
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Long> units = jdbc.queryForList("select id from org_unit order by id", Long.class);
        for (Long unit : units) {
            String group = "00000000-0000-4000-9000-" + String.format("%012d", unit);
            graph.addGroup(group);
            HttpResponse<String> linked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/org-units/" + unit + "/planner")).header("Content-Type", "application/json")
                    .header("X-Excoord-User", "pattif@example.com")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"groupId\":\"" + group + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("org unit " + unit + " → plan: HTTP " + linked.statusCode() + " " + linked.body());
        }
        System.out.println("excoord with Graph sync on http://127.0.0.1:" + port + " (Graph emulator "
                + graph.baseUrl() + "); Ctrl-C stops both");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            graph.close();
        }));
    }
}
