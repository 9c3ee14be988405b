package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the emulator, for a whole HTTP request or for a {@code $batch} sub-request alike. */
record Reply(int status, Map<String, String> headers, JsonNode body) {

    static Reply of(int status, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (body != null && body.hasNonNull("@odata.etag")) {
            headers.put("ETag", body.get("@odata.etag").asText());
        }
        return new Reply(status, headers, body);
    }

    static Reply noContent() {
        return new Reply(204, new LinkedHashMap<>(), null);
    }

    /** Graph's error shape: {@code {"error": {"code", "message", "innerError": {...}}}}. */
    static Reply error(int status, String code, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.putObject("innerError").put("request-id", java.util.UUID.randomUUID().toString())
                .put("date", java.time.Instant.now().toString());
        return of(status, body);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, copy, body);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }
}
