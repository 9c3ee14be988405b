package org.excoord.graphsync.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;

/**
 * Reads the mirror's state of items, and lets an administrator list failures and retry them. Reading one item's
 * state is for whoever may see the item (the caller checks that); the failure list and retries are admin only.
 */
public interface ItemSyncStatuses {

    /** The item's sync state; empty when the item has never been marked for sync (graph-sync off). */
    Optional<ItemSyncStatus> of(Long itemId);

    /** The states of many items at once (for lists and cards), keyed by item id; absent ids have none. */
    Map<Long, ItemSyncStatus> of(Collection<Long> itemIds);

    /** Items whose sync FAILED, most recent first; admins only. */
    Outcome<List<ItemSyncStatus>> failures(int limit, int offset, Actor actor);

    /** Marks the given failed items (all failed ones when {@code itemIds} is empty) for another push; admins only. */
    Outcome<Integer> retry(Collection<Long> itemIds, Actor actor);
}
