package org.excoord.correspondence;

/** Where a piece of correspondence is in its routing. */
public enum RoutingState {
    /** Logged by the secretariat, not yet sent anywhere. */
    UNROUTED,
    /** Sent to an org unit, waiting for it to accept. */
    ROUTED,
    /** The org unit accepted it and will name someone. */
    ACCEPTED,
    /** A person is working on it. */
    ASSIGNED,
    /** Answered or otherwise closed. */
    RESOLVED
}
