package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's wire rules that the SDK gateway never breaks, checked with a plain JDK client (trusting the
 * emulator through the same trust store): a bearer token on every Graph call, If-Match required, $batch limits,
 * dependsOn, 204 vs 200 with Prefer.
 */
@SecurityTest
class EmulatorWireTests {

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    GraphEmulator graph;
    String token;
    String taskId;

    @BeforeEach
    void start() throws Exception {
        graph = new GraphEmulator().start().addGroup("g1");
        String form = "grant_type=client_credentials&client_id=" + graph.clientId() + "&client_secret="
                + URLEncoder.encode(graph.clientSecret(), StandardCharsets.UTF_8) + "&scope="
                + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(graph.loginHost() + "/" + graph.tenantId()
                + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3599);
        token = body.get("access_token").asText();
        taskId = graph.addTask(graph.addPlan("g1", "p"), Map.of("title", "t"));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void everyGraphCallNeedsAValidBearerToken() throws Exception {
        assertThat(send("GET", "/planner/tasks/" + taskId, null, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(graph.baseUrl() + "/planner/tasks/" + taskId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json.readTree(none.body()).at("/error/code").asText()).isEqualTo("InvalidAuthenticationToken");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(graph.baseUrl() + "/planner/tasks/" + taskId))
                .header("Authorization", "Bearer emulator.forged").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void patchAndDeleteNeedIfMatchAndPreferDecidesBetween204And200() throws Exception {
        String etag = graph.task(taskId).orElseThrow().etag();
        assertThat(send("PATCH", "/planner/tasks/" + taskId, "{\"title\":\"x\"}", Map.of()).statusCode()).isEqualTo(400);
        assertThat(send("DELETE", "/planner/tasks/" + taskId, null, Map.of()).statusCode()).isEqualTo(400);

        HttpResponse<String> plain = send("PATCH", "/planner/tasks/" + taskId, "{\"title\":\"x\"}", Map.of("If-Match", etag));
        assertThat(plain.statusCode()).isEqualTo(204);
        assertThat(plain.body()).isEmpty();

        String next = graph.task(taskId).orElseThrow().etag();
        HttpResponse<String> full = send("PATCH", "/planner/tasks/" + taskId, "{\"title\":\"y\"}",
                Map.of("If-Match", next, "Prefer", "return=representation"));
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(json.readTree(full.body()).get("@odata.etag").asText()).isEqualTo(graph.task(taskId).orElseThrow().etag());

        HttpResponse<String> openType = send("PATCH", "/planner/tasks/" + taskId,
                "{\"assignments\":{\"u1\":{\"orderHint\":\" !\"}}}", Map.of("If-Match", graph.task(taskId).orElseThrow().etag()));
        assertThat(openType.statusCode()).as("an assignment without @odata.type").isEqualTo(400);
    }

    @Test
    void batchLimitsDuplicateIdsAndFailedDependencies() throws Exception {
        StringBuilder many = new StringBuilder("{\"requests\":[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"method\":\"GET\",\"url\":\"/planner/tasks/")
                    .append(taskId).append("\"}");
        }
        assertThat(send("POST", "/$batch", many.append("]}").toString(), Map.of()).statusCode()).isEqualTo(400);
        String duplicate = "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/planner/tasks/" + taskId + "\"},"
                + "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/planner/tasks/" + taskId + "\"}]}";
        assertThat(send("POST", "/$batch", duplicate, Map.of()).statusCode()).isEqualTo(400);

        String chained = "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/planner/tasks/nope\"},"
                + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/planner/tasks/" + taskId + "\",\"dependsOn\":[\"1\"]},"
                + "{\"id\":\"3\",\"method\":\"GET\",\"url\":\"https://graph.microsoft.com/v1.0/planner/tasks/" + taskId + "\"}]}";
        HttpResponse<String> answer = send("POST", "/$batch", chained, Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Integer> statuses = new java.util.HashMap<>();
        json.readTree(answer.body()).get("responses").forEach(r -> statuses.put(r.get("id").asText(), r.get("status").asInt()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of("1", 404, "2", 424, "3", 400));
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graph.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
