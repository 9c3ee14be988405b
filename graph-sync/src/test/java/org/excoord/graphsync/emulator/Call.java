package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One Graph call as the emulator sees it, whether it came as an HTTP request or as a {@code $batch} sub-request:
 * the path after {@code /v1.0}, the decoded query (Kiota may send {@code %24filter} for {@code $filter}), the headers
 * with lower-case names, and the JSON body.
 */
record Call(String method, String path, Map<String, String> query, Map<String, String> headers, JsonNode body) {

    static Call of(String method, String pathAndQuery, Map<String, String> headers, JsonNode body) {
        String path = pathAndQuery;
        Map<String, String> query = new LinkedHashMap<>();
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                query.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return new Call(method.toUpperCase(Locale.ROOT), path, query, lower, body);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    boolean wantsRepresentation() {
        String prefer = header("Prefer");
        return prefer != null && prefer.contains("return=representation");
    }

    String[] segments() {
        return path.substring(1).split("/");
    }
}
