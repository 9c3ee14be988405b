package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users' calendars, answering as Outlook does (PROTOCOL.md §2): a create with a {@code transactionId} the user
 * already has returns that event instead of making a second one; single-value extended properties are stored,
 * filtered on with {@code $filter=singleValueExtendedProperties/Any(…)} and returned only when
 * {@code $expand}ed. Not thread-safe: the emulator serialises calls.
 */
final class CalendarState {

    private static final Pattern ANY_FILTER = Pattern.compile(
            "singleValueExtendedProperties/Any\\(\\s*(\\w+)\\s*:\\s*\\1/id eq '((?:[^']|'')*)' and \\1/value eq '((?:[^']|'')*)'\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPAND = Pattern.compile(
            "singleValueExtendedProperties\\(\\s*\\$filter=id eq '((?:[^']|'')*)'\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FIELDS = Set.of("subject", "isAllDay", "start", "end", "showAs", "isReminderOn",
            "reminderMinutesBeforeStart", "categories", "attendees", "body", "transactionId",
            "singleValueExtendedProperties", "@odata.type", "importance", "sensitivity", "location", "responseRequested");

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Clock clock;
    private final Map<String, Boolean> users;
    /** user id → event id → event (extended properties included; they are cut from answers unless expanded). */
    final Map<String, Map<String, ObjectNode>> events = new LinkedHashMap<>();

    CalendarState(Clock clock, Map<String, Boolean> users) {
        this.clock = clock;
        this.users = users;
    }

    /** Routes {@code /users/{id}/events[/{eventId}]}; null when the path is not a calendar's. */
    Reply handle(Call call) {
        String[] s = call.segments();
        if (s.length < 3 || !s[0].equals("users") || !s[2].equals("events") || s.length > 4) {
            return null;
        }
        String userId = s[1];
        if (!users.containsKey(userId)) {
            return Reply.error(404, "ErrorInvalidUser", "The requested user '" + userId + "' is invalid.");
        }
        Map<String, ObjectNode> calendar = events.computeIfAbsent(userId, u -> new LinkedHashMap<>());
        String m = call.method();
        if (s.length == 3) {
            return switch (m) {
                case "POST" -> create(calendar, call.body());
                case "GET" -> list(calendar, call.query());
                default -> Reply.error(405, "ErrorInvalidRequest", "The OData request is not supported.");
            };
        }
        ObjectNode event = calendar.get(s[3]);
        if (event == null) {
            return Reply.error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }
        return switch (m) {
            case "GET" -> Reply.of(200, visible(event, call.query().get("$expand")));
            case "PATCH" -> update(event, call.body());
            case "DELETE" -> {
                calendar.remove(s[3]);
                yield Reply.noContent();
            }
            default -> Reply.error(405, "ErrorInvalidRequest", "The OData request is not supported.");
        };
    }

    private Reply create(Map<String, ObjectNode> calendar, JsonNode body) {
        if (body == null || !body.isObject()) {
            return Reply.error(400, "ErrorInvalidRequest", "Cannot read the request body.");
        }
        if (body.hasNonNull("transactionId")) {
            String tx = body.get("transactionId").asText();
            for (ObjectNode existing : calendar.values()) {
                if (tx.equals(existing.path("transactionId").asText(null))) {
                    return Reply.of(201, visible(existing, null));
                }
            }
        }
        ObjectNode event = json.objectNode();
        event.put("id", Ids.event());
        event.put("createdDateTime", now());
        event.put("subject", "");
        event.put("isAllDay", false);
        event.put("showAs", "busy");
        event.put("isReminderOn", true);
        event.put("reminderMinutesBeforeStart", 15);
        event.putArray("categories");
        event.putArray("attendees");
        event.putObject("body").put("contentType", "text").put("content", "");
        event.putNull("transactionId");
        event.putArray("singleValueExtendedProperties");
        Reply problem = apply(event, body, true);
        if (problem != null) {
            return problem;
        }
        calendar.put(event.get("id").asText(), event);
        return Reply.of(201, visible(event, null));
    }

    private Reply update(ObjectNode event, JsonNode body) {
        if (body == null || !body.isObject()) {
            return Reply.error(400, "ErrorInvalidRequest", "Cannot read the request body.");
        }
        if (body.has("transactionId") && !body.get("transactionId").asText("").equals(event.path("transactionId").asText(""))) {
            return Reply.error(400, "ErrorInvalidPropertyUpdateSentAsOnlyProperty", "The transactionId cannot be changed.");
        }
        Reply problem = apply(event, body, false);
        return problem != null ? problem : Reply.of(200, visible(event, null));
    }

    private Reply apply(ObjectNode event, JsonNode body, boolean creating) {
        ObjectNode next = event.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!FIELDS.contains(field.getKey())) {
                return Reply.error(400, "ErrorInvalidProperty", "The property '" + field.getKey() + "' does not exist on type 'microsoft.graph.event'.");
            }
            if (field.getKey().equals("singleValueExtendedProperties")) {
                mergeProperties(next, field.getValue());
            } else if (!field.getKey().equals("@odata.type")) {
                next.set(field.getKey(), field.getValue());
            }
        }
        if (!next.hasNonNull("start") || !next.hasNonNull("end")) {
            return Reply.error(400, "ErrorInvalidRequest", "The start and end of the event are required.");
        }
        try {
            LocalDateTime start = LocalDateTime.parse(next.get("start").path("dateTime").asText());
            LocalDateTime end = LocalDateTime.parse(next.get("end").path("dateTime").asText());
            if (next.path("isAllDay").asBoolean() && (!start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    || !end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) || !end.isAfter(start))) {
                return Reply.error(400, "ErrorPropertyValidationFailure",
                        "An all-day event must start and end at midnight, and end after it starts.");
            }
        } catch (DateTimeParseException e) {
            return Reply.error(400, "ErrorInvalidRequest", "Cannot convert the literal to a date-time.");
        }
        event.setAll(next);
        event.put("lastModifiedDateTime", now());
        event.put("@odata.etag", "W/\"" + Ids.random(40) + "\"");
        event.put("changeKey", Ids.random(40));
        return null;
    }

    private void mergeProperties(ObjectNode event, JsonNode properties) {
        ArrayNode merged = (ArrayNode) event.get("singleValueExtendedProperties");
        for (JsonNode p : properties) {
            String id = p.path("id").asText();
            for (int i = merged.size() - 1; i >= 0; i--) {
                if (merged.get(i).path("id").asText().equalsIgnoreCase(id)) {
                    merged.remove(i);
                }
            }
            merged.add(json.objectNode().put("id", id).put("value", p.path("value").asText()));
        }
    }

    private Reply list(Map<String, ObjectNode> calendar, Map<String, String> query) {
        String filter = query.get("$filter");
        List<ObjectNode> found = new ArrayList<>(calendar.values());
        if (filter != null) {
            Matcher f = ANY_FILTER.matcher(filter.strip());
            if (!f.matches()) {
                return Reply.error(400, "ErrorInvalidUrlQueryFilter", "The filter expression is not supported: " + filter);
            }
            String id = f.group(2).replace("''", "'");
            String value = f.group(3).replace("''", "'");
            found.removeIf(e -> !hasProperty(e, id, value));
        }
        ObjectNode body = json.objectNode();
        ArrayNode items = body.putArray("value");
        found.forEach(e -> items.add(visible(e, query.get("$expand"))));
        return Reply.of(200, body);
    }

    private static boolean hasProperty(ObjectNode event, String id, String value) {
        for (JsonNode p : event.get("singleValueExtendedProperties")) {
            if (p.path("id").asText().equalsIgnoreCase(id) && p.path("value").asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The event as an answer shows it: extended properties only when expanded (and filtered). */
    private ObjectNode visible(ObjectNode event, String expand) {
        ObjectNode copy = event.deepCopy();
        copy.remove("singleValueExtendedProperties");
        if (copy.path("transactionId").isNull()) {
            copy.remove("transactionId");
        }
        if (expand != null) {
            Matcher e = EXPAND.matcher(expand.strip());
            ArrayNode shown = copy.putArray("singleValueExtendedProperties");
            String wanted = e.matches() ? e.group(1).replace("''", "'").toLowerCase(Locale.ROOT) : null;
            for (JsonNode p : event.get("singleValueExtendedProperties")) {
                if (wanted == null || p.path("id").asText().toLowerCase(Locale.ROOT).equals(wanted)) {
                    shown.add(p.deepCopy());
                }
            }
        }
        return copy;
    }

    private String now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
