package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Teams-shaped activities for tests, as the Bot Connector sends them. */
final class Activities {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The tenant every activity comes from unless a test changes it; the configured one where a test sets it. */
    static final String TENANT = "tenant-1";

    private Activities() {
    }

    static ObjectNode message(String serviceUrl, String conversationId, String conversationType, String userMri,
            String aadObjectId, String text) {
        ObjectNode a = base("message", serviceUrl, conversationId, conversationType, userMri, aadObjectId);
        a.put("text", text);
        return a;
    }

    /** A press of an Action.Execute button in a conversation of {@code conversationType} (null: the field absent). */
    static ObjectNode execute(String serviceUrl, String conversationId, String conversationType, String userMri,
            String aadObjectId, String verb, ObjectNode data) {
        ObjectNode a = base("invoke", serviceUrl, conversationId, conversationType, userMri, aadObjectId);
        a.put("name", "adaptiveCard/action");
        ObjectNode action = a.putObject("value").put("trigger", "manual").putObject("action");
        action.put("type", "Action.Execute").put("verb", verb).set("data", data);
        return a;
    }

    /** A type-ahead search of a picker ({@code Data.Query} {@code dataset}), as Teams sends it while a person types. */
    static ObjectNode search(String serviceUrl, String conversationId, String conversationType, String userMri,
            String aadObjectId, String dataset, String queryText) {
        ObjectNode a = base("invoke", serviceUrl, conversationId, conversationType, userMri, aadObjectId);
        a.put("name", "application/search");
        ObjectNode value = a.putObject("value").put("queryText", queryText).put("dataset", dataset);
        value.putObject("queryOptions").put("skip", 0).put("top", 15);
        return a;
    }

    static ObjectNode base(String type, String serviceUrl, String conversationId, String conversationType,
            String userMri, String aadObjectId) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", type).put("id", "act-" + System.nanoTime()).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("timestamp", "2026-11-29T12:00:00.000Z");
        a.putObject("from").put("id", userMri).put("name", "Test User").put("aadObjectId", aadObjectId);
        a.putObject("recipient").put("id", "28:bot").put("name", "excoord");
        ObjectNode conversation = a.putObject("conversation").put("id", conversationId).put("tenantId", TENANT);
        if (conversationType != null) {
            conversation.put("conversationType", conversationType);
        }
        a.putObject("channelData").putObject("tenant").put("id", TENANT);
        return a;
    }
}
