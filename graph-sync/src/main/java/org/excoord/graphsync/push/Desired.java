package org.excoord.graphsync.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import org.excoord.graphsync.graph.GraphRequest;

/**
 * What an item's mirror should be now, from the item's committed state. {@code task} and {@code event} null mean
 * "none" (any existing one is removed).
 *
 * @param outcome the state the row reaches once Graph matches: SYNCED, NOT_LINKED or NONE
 */
record Desired(long itemId, String number, String outcome, Task task, Event event) {

    static Desired nothing(long itemId, String number, String outcome) {
        return new Desired(itemId, number, outcome, null, null);
    }

    /** @param bucketKey the executive action's number, or "general" */
    record Task(String planId, String bucketKey, String bucketName, String title, LocalDate due, LocalDate start,
            int priority, int percentComplete, Set<String> assignees, String description) {

        String descriptionHash() {
            return sha256(description);
        }
    }

    /** The event's fields but for the transactionId, which the row's counter gives at the create. */
    record Event(String userId, String subject, LocalDate date, String timeZone, String bodyHtml,
            int reminderMinutesBeforeStart, String category) {

        String hash() {
            return sha256(String.join("\u0000", subject, date.toString(), timeZone, bodyHtml,
                    Integer.toString(reminderMinutesBeforeStart), category));
        }

        GraphRequest.EventFields fields(String transactionId, String itemNumber) {
            return new GraphRequest.EventFields(transactionId, itemNumber, subject, date, timeZone, bodyHtml,
                    reminderMinutesBeforeStart, category);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
