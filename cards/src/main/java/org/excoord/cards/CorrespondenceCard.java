package org.excoord.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A piece of correspondence for triage, with what this viewer may do to it.
 *
 * @param state the routing state enum name: UNROUTED, ROUTED, ACCEPTED, ASSIGNED or RESOLVED
 * @param history one line per routing step, oldest first
 * @param orgUnits where it may be routed
 * @param people to whom it may be assigned
 * @param version the version the viewer saw; sent back with every action so stale edits are refused
 * @param notice shown on top; null when none
 */
public record CorrespondenceCard(long id, String referenceNumber, String subject, String fromPerson,
        String fromOrganization, Instant receivedAt, String method, String state, String routedTo,
        String assignedTo, Instant acknowledgedAt, LocalDate dueDate, boolean overdue, List<Step> history,
        boolean mayRoute, boolean mayAccept, boolean mayAssign, boolean mayAcknowledge, boolean mayResolve,
        List<Option> orgUnits, List<Option> people, long version, String notice) {

    /**
     * One routing step: when (shown in the reader's time zone) and what, e.g. "routed to Office of the CIO".
     *
     * @param at null when unknown
     */
    public record Step(Instant at, String text) {
    }
}
