package org.excoord.graphsync.push;

import java.util.Collection;
import org.excoord.actionitem.ActionItemAssigned;
import org.excoord.actionitem.ActionItemCreated;
import org.excoord.actionitem.ActionItemDueDateChanged;
import org.excoord.actionitem.ActionItemEdited;
import org.excoord.actionitem.ActionItemOpened;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.actionitem.ActionItemStatusChanged;
import org.excoord.graphsync.GraphSyncProperties;
import org.springframework.context.event.EventListener;

/**
 * Marks an item for a push when core changes it. A plain (synchronous) listener: it runs inside the transaction that
 * publishes the event, so the mark commits or rolls back with the change itself; after-commit listeners would lose
 * the mark in a crash between the commit and the listener. Core knows nothing of this.
 */
public class PushMarks {

    private final org.excoord.graphsync.status.SyncMarks marks;
    private final ActionItemRepository items;
    private final GraphSyncProperties properties;

    PushMarks(org.excoord.graphsync.status.SyncMarks marks, ActionItemRepository items, GraphSyncProperties properties) {
        this.marks = marks;
        this.items = items;
        this.properties = properties;
    }

    @EventListener
    public void on(ActionItemCreated event) {
        mark(event.itemId());
    }

    @EventListener
    public void on(ActionItemAssigned event) {
        mark(event.itemId());
    }

    @EventListener
    public void on(ActionItemDueDateChanged event) {
        mark(event.itemId());
    }

    @EventListener
    public void on(ActionItemStatusChanged event) {
        mark(event.itemId());
    }

    @EventListener
    public void on(ActionItemOpened event) {
        mark(event.itemId());
    }

    @EventListener
    public void on(ActionItemEdited event) {
        mark(event.itemId());
    }

    /**
     * Marks items for a push from elsewhere in graph-sync (a unit just linked to a plan, an admin's retry of failed
     * items): joins the caller's transaction if there is one.
     */
    public void mark(Collection<Long> itemIds) {
        for (Long itemId : itemIds) {
            marks.mark(itemId, properties.debounce());
        }
    }

    private void mark(Long itemId) {
        // the new item may still sit in the persistence context: the mark's foreign key needs its row
        items.flush();
        marks.mark(itemId, properties.debounce());
    }
}
