/**
 * Back-sync: polls each linked plan (one replica per plan at a time, a lease on planner_link), compares the tasks'
 * etags with the stored ones and brings back what people did in Planner: progress through the workflow, as them;
 * fields excoord owns put back by the next push, with a comment on the item.
 */
package org.excoord.graphsync.backsync;
