package org.excoord.nudge;

/** A change meant for someone, as the card tells it. */
public enum NotificationKind {
    /** An item was assigned or reassigned to you. */
    ASSIGNED,
    /** An item you had was reassigned to someone else: "no longer yours". */
    UNASSIGNED,
    /** Your submitted item was returned to you, with the reviewer's comment. */
    RETURNED,
    /** An item was submitted for your review. */
    SUBMITTED,
    /** An item you originated was approved. */
    APPROVED,
    /** An item you originated was completed. */
    COMPLETED,
    /** Correspondence was routed to your unit (to its manager). */
    CORRESPONDENCE_ROUTED,
    /** Correspondence was assigned to you. */
    CORRESPONDENCE_ASSIGNED,
    /** A comment @mentions you. */
    MENTIONED
}
