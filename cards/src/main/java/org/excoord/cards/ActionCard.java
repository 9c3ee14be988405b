package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * An executive action with its progress and one page of its action items.
 *
 * @param classified above Unclassified: details are shown only in a 1:1 chat
 * @param total number of action items; {@code complete} and {@code overdue} count among them
 * @param items the items of page {@code page} (at most {@link Cards#ACTION_ITEMS_PER_PAGE}), in the action's order
 * @param page zero-based; the paging buttons send it back with {@link CardVerbs#ACTION_ITEMS}
 * @param hasNext whether the viewer may see more items after this page
 */
public record ActionCard(long id, String number, String name, String statusLabel, String priority,
        LocalDate dueDate, String owner, String classificationLabel, boolean classified, String authority,
        int percentComplete, long total, long complete, long overdue, List<ItemLine> items, int page,
        boolean hasNext) {
}
