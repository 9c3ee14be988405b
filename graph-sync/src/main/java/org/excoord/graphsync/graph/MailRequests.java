package org.excoord.graphsync.graph;

import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.ParseNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.excoord.graphsync.graph.AutomaticReplies.State;

/** The mail and mailbox-settings requests on the SDK's models, and their answers as excoord's records. */
final class MailRequests {

    private static final JsonParseNodeFactory JSON = new JsonParseNodeFactory();
    private static final String MAILBOX_SETTINGS = "/mailboxSettings";

    private MailRequests() {
    }

    /** A fresh body for each attempt (Kiota's backing store sends an object it already sent as {@code {}}). */
    static SendMailPostRequestBody sendMail(String toAddress, String subject, String html) {
        Message message = new Message();
        message.setSubject(subject);
        ItemBody body = new ItemBody();
        body.setContentType(BodyType.Html);
        body.setContent(html);
        message.setBody(body);
        EmailAddress address = new EmailAddress();
        address.setAddress(toAddress);
        Recipient recipient = new Recipient();
        recipient.setEmailAddress(address);
        message.setToRecipients(List.of(recipient));
        SendMailPostRequestBody request = new SendMailPostRequestBody();
        request.setMessage(message);
        // a nudge is not correspondence: the shared mailbox's Sent Items would only fill up with reminders
        request.setSaveToSentItems(false);
        return request;
    }

    /**
     * {@code GET /users/{id}/mailboxSettings/automaticRepliesSetting}. The SDK has a builder for
     * {@code mailboxSettings} only; Graph documents the property's own path, which answers just the setting, so the
     * builder's template gets the segment appended (its path parameters, the user id among them, stay as they are).
     */
    static RequestInformation automaticReplies(GraphServiceClient client, String userId) {
        RequestInformation get = client.users().byUserId(userId).mailboxSettings().toGetRequestInformation();
        int at = get.urlTemplate.indexOf(MAILBOX_SETTINGS);
        if (at < 0) {
            throw new IllegalStateException("unexpected mailboxSettings template " + get.urlTemplate);
        }
        int end = at + MAILBOX_SETTINGS.length();
        get.urlTemplate = get.urlTemplate.substring(0, end) + "/automaticRepliesSetting"
                + get.urlTemplate.substring(end).replaceAll("\\{\\?[^}]*}", "");
        return get;
    }

    static AutomaticReplies automaticReplies(Response answer) {
        int status = answer.code();
        byte[] body = bytes(answer.body());
        Duration retryAfter = GraphResponses.retryAfter(answer.header("Retry-After"));
        if (status < 200 || status >= 300) {
            String code = "";
            String message = null;
            if (body.length > 0) {
                ODataError error = GraphResponses.parse(body, ODataError::createFromDiscriminatorValue);
                if (error != null && error.getError() != null) {
                    code = error.getError().getCode() == null ? "" : error.getError().getCode();
                    message = error.getError().getMessage();
                }
            }
            return AutomaticReplies.failed(status, retryAfter, code, message);
        }
        ParseNode root = JSON.getParseNode("application/json", new ByteArrayInputStream(body));
        // read as text: Graph's examples write the status as "alwaysEnabled" and as "Scheduled", and the SDK's enum
        // parser matches the exact case only
        State state = state(text(root.getChildNode("status")));
        if (state == null) {
            return AutomaticReplies.failed(status, null, "UnknownStatus",
                    "automatic replies status " + text(root.getChildNode("status")));
        }
        ParseNode start = root.getChildNode("scheduledStartDateTime");
        ParseNode end = root.getChildNode("scheduledEndDateTime");
        String zone = start == null ? null : text(start.getChildNode("timeZone"));
        return new AutomaticReplies(status, null, null, null, state, localTime(start), localTime(end), zone);
    }

    private static State state(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "disabled" -> State.DISABLED;
            case "alwaysenabled" -> State.ALWAYS_ENABLED;
            case "scheduled" -> State.SCHEDULED;
            default -> null;
        };
    }

    /** A dateTimeTimeZone's local part ("2026-12-07T08:00:00.0000000"); null when absent or unreadable. */
    private static LocalDateTime localTime(ParseNode dateTimeTimeZone) {
        String value = dateTimeTimeZone == null ? null : text(dateTimeTimeZone.getChildNode("dateTime"));
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String text(ParseNode node) {
        return node == null ? null : node.getStringValue();
    }

    private static byte[] bytes(ResponseBody body) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            return body.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
