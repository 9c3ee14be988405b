package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * A manager's digest of their unit subtree: overdue and due-this-week items grouped by person (in the order of
 * {@code lines}), each with Open, Nudge and Reassign; and who on the team the bot cannot reach in Teams.
 *
 * @param weekly the manager chose a weekly digest (the heading says "this week")
 * @param more   lines beyond these
 * @param reassignTo a few people of the team for the Reassign pickers (at least one: a picker needs a choice; the
 *                   type-ahead searches the rest)
 * @param unreachable people of the team the bot could not reach in Teams (a manager should know their nudges do not
 *                    arrive there)
 * @param readerId the person reading it (the manager or their delegate): their own items are listed under "You",
 *                 without a Nudge (nobody reminds themselves)
 */
public record TeamDigestCard(String unitName, List<NudgeLine> lines, int more, boolean weekly, List<Option> reassignTo,
        List<Unreachable> unreachable, Long readerId) {

    /**
     * Someone the bot cannot reach in Teams.
     *
     * @param reason  why, in plain words ("they blocked the bot")
     * @param blocked they blocked the bot: nothing more is sent to them
     * @param byEmail their digests go by email instead
     */
    public record Unreachable(String name, String reason, boolean blocked, LocalDate since, boolean byEmail) {
    }

    public TeamDigestCard {
        lines = lines == null ? List.of() : List.copyOf(lines);
        reassignTo = reassignTo == null ? List.of() : List.copyOf(reassignTo).subList(0, Math.min(10, reassignTo.size()));
        unreachable = unreachable == null ? List.of() : List.copyOf(unreachable);
    }

    public TeamDigestCard(String unitName, List<NudgeLine> lines, int more, boolean weekly, List<Option> reassignTo) {
        this(unitName, lines, more, weekly, reassignTo, List.of(), null);
    }

    boolean isReaders(NudgeLine line) {
        return readerId != null && readerId.equals(line.personId());
    }
}
