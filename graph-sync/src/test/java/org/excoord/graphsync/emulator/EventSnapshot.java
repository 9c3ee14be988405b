package org.excoord.graphsync.emulator;

import java.util.List;
import java.util.Map;

/**
 * An event in a user's calendar as the emulator holds it, for assertions. Dates and times are Graph's wire
 * strings ({@code 2026-03-01T00:00:00.0000000}) with their time zone.
 *
 * @param extendedProperties single-value extended properties: id → value
 */
public record EventSnapshot(String id, String userId, String subject, boolean isAllDay, String start,
        String startTimeZone, String end, String endTimeZone, String showAs, boolean isReminderOn,
        int reminderMinutesBeforeStart, List<String> categories, int attendees, String bodyContentType,
        String bodyContent, String transactionId, Map<String, String> extendedProperties) {
}
