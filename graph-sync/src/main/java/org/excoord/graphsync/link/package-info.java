/**
 * Org units linked to a Microsoft 365 group and the plan excoord keeps in it ({@code planner_link},
 * {@code planner_bucket}); set by an admin, read by admins and the unit's managers.
 */
package org.excoord.graphsync.link;
