package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.excoord.bot.conversation.ChatAddress;
import org.excoord.bot.conversation.Messenger;
import org.springframework.stereotype.Component;

/**
 * Proactive messages straight on the Bot Connector REST API (PROTOCOL.md §6), one HTTP request per call. Not through
 * the SDK's ConnectorClient: its RestClient retries 408 and 5xx (502, 504) up to ten times with its own back-off,
 * which would hide them from the paced delivery and break its pacing; here every answer comes back with its status,
 * the connector's error code and Retry-After, and the caller decides.
 */
@Component
public final class ProactiveConnector implements Messenger {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Null without an app id (the local default and the tests): no token is sent. */
    private final MicrosoftAppCredentials credentials;

    public ProactiveConnector(TeamsProperties properties) {
        this.credentials = properties.authenticationEnabled()
                ? new MicrosoftAppCredentials(properties.appId(), properties.appPassword(),
                        properties.tenantId().isEmpty() ? null : properties.tenantId(),
                        "https://api.botframework.com/.default")
                : null;
    }

    @Override
    public String send(ChatAddress to, ObjectNode card) {
        Activity activity = TeamsBot.plainCardActivity(card);
        address(activity, to);
        JsonNode answer = call("POST", to.getServiceUrl(), "v3/conversations/" + encode(to.getConversationId())
                + "/activities", activity, to.getConversationId());
        return answer.path("id").isTextual() ? answer.path("id").asText() : null;
    }

    @Override
    public void update(ChatAddress to, String activityId, ObjectNode card) {
        Activity activity = TeamsBot.plainCardActivity(card);
        address(activity, to);
        activity.setId(activityId);
        call("PUT", to.getServiceUrl(), "v3/conversations/" + encode(to.getConversationId()) + "/activities/"
                + encode(activityId), activity, to.getConversationId());
    }

    @Override
    public String createPersonalConversation(String serviceUrl, String tenantId, String botId, String userMri) {
        ObjectNode body = BotMessagesController.BOT_JSON.createObjectNode();
        body.putObject("bot").put("id", botId);
        body.putArray("members").addObject().put("id", userMri);
        body.putObject("channelData").putObject("tenant").put("id", tenantId);
        body.put("isGroup", false);
        JsonNode answer = call("POST", serviceUrl, "v3/conversations", body, "a new chat with " + userMri);
        if (!answer.path("id").isTextual()) {
            throw new MessengerException("Teams created no conversation with " + userMri, null, 200, "NoId", null);
        }
        return answer.path("id").asText();
    }

    private static void address(Activity activity, ChatAddress to) {
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId(to.getConversationId());
        conversation.setTenantId(to.getTenantId());
        activity.setConversation(conversation);
        activity.setFrom(new ChannelAccount(to.getBotId()));
        activity.setRecipient(new ChannelAccount(to.getUserMri()));
        activity.setChannelId(ConnectorRules.TEAMS);
        activity.setServiceUrl(to.getServiceUrl());
    }

    private JsonNode call(String method, String serviceUrl, String path, Object body, String where) {
        String json;
        try {
            json = BotMessagesController.BOT_JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new MessengerException("the message could not be written", e, 0, "", null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(withSlash(serviceUrl) + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", "Bearer " + token());
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessengerException("Teams could not be reached for " + where, e, 0, "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessengerException("interrupted while sending to " + where, e, 0, "", null);
        }
        JsonNode parsed = parse(answer.body());
        if (answer.statusCode() / 100 != 2) {
            String code = parsed.path("error").path("code").asText("");
            String message = parsed.path("error").path("message").asText("");
            if (message.contains("MessageWritesBlocked") || parsed.toString().contains("MessageWritesBlocked")) {
                code = "ConversationBlockedByUser";
            }
            throw new MessengerException("Teams answered " + answer.statusCode() + " " + LogSafe.of(code) + " for "
                    + LogSafe.of(where), null, answer.statusCode(), code, retryAfter(answer));
        }
        return parsed;
    }

    private String token() {
        try {
            return credentials.getToken().join();
        } catch (CompletionException e) {
            throw new MessengerException("no Bot Connector token", e.getCause(), 0, "NoToken", null);
        }
    }

    private static Duration retryAfter(HttpResponse<String> answer) {
        return answer.headers().firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.strip()) * 1000));
            } catch (NumberFormatException e) {
                return null; // an HTTP date: rare from the connector; the back-off applies instead
            }
        }).orElse(null);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? BotMessagesController.BOT_JSON.createObjectNode()
                    : BotMessagesController.BOT_JSON.readTree(body);
        } catch (IOException e) {
            return BotMessagesController.BOT_JSON.createObjectNode();
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String encode(String segment) {
        // as the SDK's client sends a path segment: Teams' ids keep their ':', '@', ';' and '=' (a:…, 19:…@thread…;messageid=…)
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":")
                .replace("%40", "@").replace("%3B", ";").replace("%3D", "=").replace("%2C", ",");
    }
}
