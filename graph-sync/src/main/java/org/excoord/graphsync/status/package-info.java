/**
 * How far each item's Planner task and Outlook event are ({@code graph_item_sync}), for the item card and the REST
 * item, and the admin's failure list and retry; also the one place that marks items for another push outside the
 * push's own event listener (linking a unit, back-sync putting a task back, retry).
 */
package org.excoord.graphsync.status;
