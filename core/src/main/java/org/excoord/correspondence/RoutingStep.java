package org.excoord.correspondence;

/** One kind of entry in the routing history. */
public enum RoutingStep {
    ROUTED, ACCEPTED, REASSIGNED, ASSIGNED, RESOLVED
}
