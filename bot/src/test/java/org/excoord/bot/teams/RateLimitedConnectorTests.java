package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loopback connector itself: its windows throttle, its scripts refuse, its records tell what it took. */
class RateLimitedConnectorTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final RateLimitedConnector connector = RateLimitedConnector.start(0);

    @AfterEach
    void close() {
        connector.close();
    }

    @Test
    void theEighthMessageWithinASecondIsThrottledWithRetryAfter() throws Exception {
        int[] statuses = new int[8];
        HttpResponse<String> last = null;
        for (int i = 0; i < 8; i++) {
            last = post("v3/conversations/a:one/activities", activity("t1"));
            statuses[i] = last.statusCode();
        }
        // 8 requests within well under a second: the 7-per-second window takes 7
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 200, 429);
        assertThat(last.headers().firstValue("Retry-After")).contains("1");
        assertThat(last.body()).contains("Throttled");
        assertThat(connector.counters().messages()).isEqualTo(7);
        assertThat(connector.throttled()).hasSize(1);
        assertThat(connector.received()).allSatisfy(r -> assertThat(r.conversationId()).isEqualTo("a:one"));
    }

    @Test
    void theTenantWindowCountsEveryConversation() throws Exception {
        int throttled = 0;
        for (int i = 0; i < 31; i++) {
            throttled += post("v3/conversations/a:c" + i + "/activities", activity("t2")).statusCode() == 429 ? 1 : 0;
        }
        assertThat(throttled).as("31 conversations of one tenant within a second").isEqualTo(1);
        assertThat(connector.counters().byStatus()).containsEntry(200, 30L).containsEntry(429, 1L);
    }

    @Test
    void aScriptedRefusalIsAnsweredTheGivenNumberOfTimesThenTheMessageIsTaken() throws Exception {
        connector.refuse("a:two", 403, "BotNotInConversationRoster", 2);
        assertThat(post("v3/conversations/a:two/activities", activity("t3")).body())
                .contains("BotNotInConversationRoster");
        assertThat(post("v3/conversations/a:two/activities", activity("t3")).statusCode()).isEqualTo(403);
        HttpResponse<String> taken = post("v3/conversations/a:two/activities", activity("t3"));
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("\"id\"");
        assertThat(connector.counters().byStatus()).containsEntry(403, 2L).containsEntry(200, 1L);
        assertThat(connector.received()).hasSize(1);
    }

    @Test
    void updatesAndNewConversationsAreTakenAndRecorded() throws Exception {
        HttpResponse<String> created = post("v3/conversations",
                "{\"bot\":{\"id\":\"28:bot\"},\"members\":[{\"id\":\"29:newcomer\"}],\"channelData\":{\"tenant\":{\"id\":\"t4\"}}}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("a:newcomer-1to1");
        HttpResponse<String> updated = HTTP.send(HttpRequest.newBuilder(URI.create(connector.serviceUrl()
                + "v3/conversations/a:three/activities/17")).PUT(HttpRequest.BodyPublishers.ofString(activity("t4")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(connector.counters()).extracting(RateLimitedConnector.Counters::created,
                RateLimitedConnector.Counters::updates, RateLimitedConnector.Counters::messages).containsExactly(1L, 1L, 0L);
        assertThat(post("v3/conversations", "{\"members\":[]}").statusCode()).isEqualTo(400);
        connector.reset();
        assertThat(connector.received()).isEmpty();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(connector.serviceUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String activity(String tenant) {
        return "{\"type\":\"message\",\"conversation\":{\"tenantId\":\"" + tenant + "\"}}";
    }
}
