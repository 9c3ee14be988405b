package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mailboxes as Exchange answers for them through Graph: {@code POST /users/{id}/sendMail} (202, no body; the message
 * is recorded for assertions) and {@code GET /users/{id}/mailboxSettings/automaticRepliesSetting}. A user added to
 * the emulator has a mailbox unless it was taken away ({@link GraphEmulator#withoutMailbox}); a shared mailbox is
 * added by its UPN or id. Not thread-safe: the emulator serialises calls.
 */
final class MailboxState {

    /** What Exchange answers for a user who has no (cloud) mailbox. */
    static final String NO_MAILBOX_CODE = "MailboxNotEnabledForRESTAPI";

    /** Graph writes a dateTimeTimeZone's local time with seven fraction digits. */
    private static final DateTimeFormatter GRAPH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.0000000'");

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Map<String, Boolean> users;
    /** Mailboxes that are not users of the emulator (shared mailboxes), by lower-cased id or UPN. */
    final Set<String> sharedMailboxes = new HashSet<>();
    final Set<String> withoutMailbox = new HashSet<>();
    /** user id → its automaticRepliesSetting as Graph would return it. */
    final Map<String, ObjectNode> automaticReplies = new LinkedHashMap<>();
    final List<SentMail> sent = new ArrayList<>();

    MailboxState(Map<String, Boolean> users) {
        this.users = users;
    }

    /** Routes {@code /users/{id}/sendMail} and {@code /users/{id}/mailboxSettings[/automaticRepliesSetting]}. */
    Reply handle(Call call) {
        String[] s = call.segments();
        if (s.length < 3 || !s[0].equals("users")) {
            return null;
        }
        boolean sendMail = s.length == 3 && s[2].equals("sendMail");
        boolean settings = s[2].equals("mailboxSettings")
                && (s.length == 3 || s.length == 4 && s[3].equals("automaticRepliesSetting"));
        if (!sendMail && !settings) {
            return null;
        }
        String mailbox = s[1];
        if (!users.containsKey(mailbox) && !sharedMailboxes.contains(mailbox.toLowerCase(Locale.ROOT))) {
            return Reply.error(404, "ErrorInvalidUser", "The requested user '" + mailbox + "' is invalid.");
        }
        if (withoutMailbox.contains(mailbox)) {
            return Reply.error(404, NO_MAILBOX_CODE, "The mailbox is either inactive, soft-deleted, or is hosted"
                    + " on-premise.");
        }
        if (sendMail) {
            return call.method().equals("POST") ? send(mailbox, call.body())
                    : Reply.error(405, "ErrorInvalidRequest", "The OData request is not supported.");
        }
        if (!call.method().equals("GET")) {
            return Reply.error(405, "ErrorInvalidRequest", "The OData request is not supported.");
        }
        ObjectNode replies = automaticReplies.computeIfAbsent(mailbox, m -> setting("disabled", null, null, "UTC"));
        if (s.length == 4) {
            return Reply.of(200, replies.deepCopy());
        }
        ObjectNode all = json.objectNode();
        all.set("automaticRepliesSetting", replies.deepCopy());
        all.put("timeZone", "UTC");
        return Reply.of(200, all);
    }

    /** The shape of Graph's automaticRepliesSetting; the scheduled times are always there, as Graph sends them. */
    ObjectNode setting(String status, LocalDateTime start, LocalDateTime end, String timeZone) {
        ObjectNode setting = json.objectNode();
        setting.put("status", status);
        setting.put("externalAudience", "all");
        LocalDateTime from = start == null ? LocalDateTime.of(2026, 1, 1, 8, 0) : start;
        LocalDateTime to = end == null ? from.plusDays(1) : end;
        setting.putObject("scheduledStartDateTime").put("dateTime", GRAPH_DATE_TIME.format(from)).put("timeZone", timeZone);
        setting.putObject("scheduledEndDateTime").put("dateTime", GRAPH_DATE_TIME.format(to)).put("timeZone", timeZone);
        setting.put("internalReplyMessage", "<html><body><p>I am out of the office.</p></body></html>");
        setting.put("externalReplyMessage", "<html><body><p>I am out of the office.</p></body></html>");
        return setting;
    }

    private Reply send(String from, JsonNode body) {
        // the SDK writes the action's parameters as its schema names them ("Message", "SaveToSentItems"); Graph
        // matches action parameters without regard to case, as the docs write them ("message")
        JsonNode message = parameter(body, "message");
        if (message == null || !message.isObject()) {
            return Reply.error(400, "ErrorInvalidRequest", "The message is missing.");
        }
        List<String> to = new ArrayList<>();
        for (JsonNode recipient : message.path("toRecipients")) {
            String address = recipient.path("emailAddress").path("address").asText("");
            if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                return Reply.error(400, "ErrorInvalidRecipients", "At least one recipient is not valid., Recipient '"
                        + address + "' is not resolved. All recipients must be resolved before a message can be"
                        + " submitted.");
            }
            to.add(address);
        }
        if (to.isEmpty()) {
            return Reply.error(400, "ErrorInvalidRecipients", "At least one recipient is required, but none were"
                    + " found.");
        }
        JsonNode content = message.path("body");
        sent.add(new SentMail(from, List.copyOf(to), message.path("subject").asText(null),
                content.path("contentType").asText(null), content.path("content").asText(null),
                parameter(body, "saveToSentItems") == null ? null : parameter(body, "saveToSentItems").asBoolean()));
        return new Reply(202, new LinkedHashMap<>(), null);
    }

    private static JsonNode parameter(JsonNode body, String name) {
        if (body == null || !body.isObject()) {
            return null;
        }
        for (var fields = body.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }
}
