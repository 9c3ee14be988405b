package org.excoord.cards;

import java.util.List;

/**
 * One page of action items.
 *
 * @param listKey which list this is ("mine", "overdue", "team"), sent back by the paging buttons
 * @param page zero-based
 * @param emptyText shown when {@code lines} is empty
 */
public record ItemList(String title, String listKey, List<ItemLine> lines, int page, boolean hasNext,
        String emptyText) {
}
