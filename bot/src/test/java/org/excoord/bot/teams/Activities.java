package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Teams-shaped activities for tests, as the Bot Connector sends them. */
final class Activities {

    static final ObjectMapper JSON = new ObjectMapper();

    private Activities() {
    }

    static ObjectNode message(String serviceUrl, String conversationId, String conversationType, String userMri,
            String aadObjectId, String text) {
        ObjectNode a = base("message", serviceUrl, conversationId, conversationType, userMri, aadObjectId);
        a.put("text", text);
        return a;
    }

    static ObjectNode execute(String serviceUrl, String conversationId, String userMri, String aadObjectId, String verb,
            ObjectNode data) {
        ObjectNode a = base("invoke", serviceUrl, conversationId, "personal", userMri, aadObjectId);
        a.put("name", "adaptiveCard/action");
        ObjectNode action = a.putObject("value").put("trigger", "manual").putObject("action");
        action.put("type", "Action.Execute").put("verb", verb).set("data", data);
        return a;
    }

    static ObjectNode base(String type, String serviceUrl, String conversationId, String conversationType,
            String userMri, String aadObjectId) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", type).put("id", "act-" + System.nanoTime()).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("timestamp", "2026-11-29T12:00:00.000Z");
        a.putObject("from").put("id", userMri).put("name", "Test User").put("aadObjectId", aadObjectId);
        a.putObject("recipient").put("id", "28:bot").put("name", "excoord");
        a.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("tenantId", "tenant-1");
        a.putObject("channelData").putObject("tenant").put("id", "tenant-1");
        return a;
    }
}
