package org.excoord.graphsync.graph;

/** A Planner plan in a Microsoft 365 group. */
public record PlanState(String id, String groupId, String title) {

    public record Bucket(String id, String planId, String name) {
    }
}
