/**
 * The bot's side of the Planner mirror: what the REST API and the cards may read and do through graph-sync's ports
 * ({@link org.excoord.graphsync.status.ItemSyncStatuses}, {@link org.excoord.graphsync.link.PlannerLinks}), with
 * the rights checked here as well, and an answer (empty, or "Planner sync is not configured") when graph-sync
 * provides no implementation, as in the local embedded default.
 */
package org.excoord.bot.planner;
