/**
 * The push side of the Planner and Outlook mirror: a change to an item marks its {@code graph_item_sync} row in the
 * same transaction ({@link org.excoord.graphsync.push.PushMarks}); {@link org.excoord.graphsync.push.PushWorker}
 * claims ready rows with a lease and brings each item's task and event to the item's current state through batched
 * Graph requests, idempotently across crashes.
 */
package org.excoord.graphsync.push;
