package org.excoord.nudge;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;

/**
 * What a person chose to hear: digest time or none, team digest cadence, urgent messages in quiet hours; per item,
 * snooze and mute; and "I have read this" on items that ask for it. Each change is the person's own (an admin may
 * read them), audited.
 */
public interface NudgeSettings {

    enum TeamDigest { DAILY, WEEKLY, OFF }

    record Preferences(LocalTime digestTime, boolean digestsOn, TeamDigest teamDigest, boolean urgentInQuietHours) {
    }

    record ItemControl(Long itemId, LocalDate snoozedUntil, boolean muted) {
    }

    Preferences preferencesOf(Long personId);

    Outcome<Preferences> update(Preferences preferences, Actor actor);

    /** Snoozes the actor's nudges about an item they may view until {@code until} (a day after today). */
    Outcome<ItemControl> snooze(Long itemId, LocalDate until, Actor actor);

    Outcome<ItemControl> mute(Long itemId, boolean muted, Actor actor);

    Optional<ItemControl> controlOf(Long itemId, Long personId);

    /** Records that the assignee (or their delegate) read an item that needs acknowledgement; once. */
    Outcome<java.time.Instant> acknowledge(Long itemId, Actor actor);

    /** Who acknowledged the item and when; empty when nobody has. */
    Optional<Acknowledgement> acknowledgementOf(Long itemId);

    record Acknowledgement(Long personId, String displayName, java.time.Instant at) {
    }
}
