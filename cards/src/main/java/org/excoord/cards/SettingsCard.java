package org.excoord.cards;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a person chose to hear ({@code settings}): the digest's time or off, the team digest's cadence (managers),
 * urgent messages in quiet hours, the out-of-office delegate, and the items they snoozed or muted.
 *
 * @param teamDigest   DAILY, WEEKLY or OFF; null for someone without a team (no team digest offered)
 * @param delegation   the active or planned delegation; null when none
 * @param delegates    whom the person may name as delegate
 * @param awayUntil    Outlook says they are out of office until then (the card suggests a delegate); null when not
 * @param controls     their snoozed and muted items
 * @param today        the earliest day a delegation may start
 * @param notice       a line on top ("Saved."); null when none
 */
public record SettingsCard(LocalTime digestTime, boolean digestsOn, String teamDigest, boolean urgentInQuietHours,
        Delegate delegation, List<Option> delegates, LocalDate awayUntil, List<Control> controls, LocalDate today,
        String notice) {

    public SettingsCard {
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
        controls = controls == null ? List.of() : List.copyOf(controls);
    }

    /** A delegation: who stands in, from and until which day. */
    public record Delegate(String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** An item the person snoozed (until a day) or muted. */
    public record Control(long itemId, String number, String subject, LocalDate snoozedUntil, boolean muted) {
    }
}
