package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The administrator's list of items whose Planner sync failed, with one button to retry them all. */
final class SyncCards {

    static final String RETRY_ALL = "Retry all";

    private SyncCards() {
    }

    static ObjectNode failures(List<SyncFailureLine> failures, boolean more) {
        List<SyncFailureLine> lines = failures == null ? List.of() : failures;
        return ListCards.fitByDroppingRows(lines.size(), shown -> {
            ObjectNode card = Elements.card();
            ArrayNode body = Elements.body(card);
            body.add(Elements.heading("Planner sync failures"));
            if (lines.isEmpty()) {
                body.add(Elements.text("No item failed to sync to Planner."));
                return card;
            }
            lines.subList(0, shown).forEach(line -> body.add(row(line)));
            if (more || shown < lines.size()) {
                body.add(Elements.subtle("…and more; retrying all includes them."));
            }
            Elements.actions(card).add(Elements.execute(RETRY_ALL, CardVerbs.SYNC_RETRY, Elements.object()));
            return card;
        });
    }

    // the item number opens the item; the reason says what to fix before retrying
    private static ObjectNode row(SyncFailureLine line) {
        ListCards.Meta meta = new ListCards.Meta().add(line.attempts() == 1 ? "1 attempt" : line.attempts() + " attempts");
        // a failed item may never have been in Planner: say when it last matched, not when it was last tried
        if (line.syncedAt() == null) {
            meta.add("never in Planner");
        } else {
            meta.add("last in sync", line.syncedAt());
        }
        ObjectNode data = Elements.object();
        data.put("itemId", line.itemId());
        String reason = line.reason() == null || line.reason().isBlank() ? "no reason given" : line.reason();
        return ListCards.row(ItemCards.join(line.number(), reason), meta, false,
                Elements.execute("Open " + ListCards.orEmpty(line.number()), CardVerbs.ITEM_VIEW, data));
    }
}
