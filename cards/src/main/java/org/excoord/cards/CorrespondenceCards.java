package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The secretariat's cards: one piece of correspondence for triage, and the inbox. */
final class CorrespondenceCards {

    private CorrespondenceCards() {
    }

    /**
     * The viewer is not consulted yet: correspondence carries no classification, and what this viewer may do
     * arrives already decided in the {@code may*} flags.
     */
    static ObjectNode correspondence(CorrespondenceCard item, Viewer viewer) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        if (item.notice() != null && !item.notice().isBlank()) {
            body.add(Elements.warning(item.notice()));
        }
        body.add(Elements.heading(ItemCards.join(item.referenceNumber(), item.subject())));
        if (item.overdue()) {
            body.add(Elements.attention("Overdue — was due " + ItemCards.orUnknown(Formats.date(item.dueDate()))));
        }
        Elements.addFacts(body, List.of(
                fact("State", Formats.label(item.state())),
                fact("From", ItemCards.join(item.fromPerson(), item.fromOrganization())),
                fact("Received", item.receivedAt()),
                fact("Received via", Formats.label(item.method())),
                fact("Due", Formats.due(item.dueDate(), item.overdue())),
                fact("Routed to", item.routedTo()),
                fact("Assigned to", item.assignedTo()),
                item.acknowledgedAt() == null ? fact("Acknowledged", "Not yet") : fact("Acknowledged", item.acknowledgedAt())));
        if (item.history() != null && !item.history().isEmpty()) {
            ObjectNode header = Elements.text("History");
            header.put("weight", "bolder");
            header.put("separator", true);
            body.add(header);
            // the time first, in the reader's zone, then what happened
            item.history().forEach(step -> {
                ObjectNode line = Elements.subtle(step.text());
                if (step.at() != null) {
                    line.put("text", Formats.instant(step.at()) + " — " + line.path("text").asText());
                }
                body.add(line);
            });
        }
        addActions(card, item);
        return CardBudget.fit(card);
    }

    /**
     * The step that moves the letter on comes first (a manager's Accept, the secretariat's Route), so it is one of
     * the first buttons whatever the host shows; acknowledging the sender can wait until it is on its way.
     */
    private static void addActions(ObjectNode card, CorrespondenceCard item) {
        List<ObjectNode> actions = new ArrayList<>();
        if (item.mayAccept()) {
            actions.add(Elements.execute("Accept", CardVerbs.CORR_ACCEPT, data(item)));
        }
        if (item.mayRoute() && item.orgUnits() != null && !item.orgUnits().isEmpty()) {
            actions.add(Elements.showCard("Route",
                    List.of(Elements.required(Elements.choiceSet("orgUnitId", "Route to", item.orgUnits()),
                            "Choose where to route it.")),
                    List.of(Elements.execute("Route", CardVerbs.CORR_ROUTE, data(item)))));
        }
        if (item.mayAssign() && item.people() != null && !item.people().isEmpty()) {
            actions.add(Elements.showCard("Assign",
                    List.of(Elements.required(Elements.choiceSet("personId", "Assign to", item.people()),
                            "Choose who should answer it.")),
                    List.of(Elements.execute("Assign", CardVerbs.CORR_ASSIGN, data(item)))));
        }
        if (item.mayResolve()) {
            actions.add(Elements.showCard("Resolve",
                    List.of(Elements.required(Elements.inputText("resolution", "Resolution", Text.MAX_CHARS, true),
                            "Say how it was resolved.")),
                    List.of(Elements.execute("Resolve", CardVerbs.CORR_RESOLVE, data(item)))));
        }
        if (item.mayAcknowledge()) {
            actions.add(Elements.execute("Acknowledge", CardVerbs.CORR_ACKNOWLEDGE, data(item)));
        }
        Elements.addActions(card, actions);
    }

    // The version lets the server refuse an action taken on a card that someone else has since changed.
    private static ObjectNode data(CorrespondenceCard item) {
        ObjectNode data = Elements.object();
        data.put("correspondenceId", item.id());
        data.put("version", item.version());
        return data;
    }

    /**
     * A page of the inbox: each row opens its letter (the row, and an "Open" button that says it can), the opened
     * letter knows this page to come back to; the secretariat also gets "Log correspondence".
     */
    static ObjectNode inbox(List<CorrespondenceLine> lines, int page, boolean hasNext, boolean mayLog) {
        List<CorrespondenceLine> rows = lines == null ? List.of() : lines;
        return ListCards.fitByDroppingRows(rows.size(), shown -> {
            ObjectNode card = Elements.card();
            ArrayNode body = Elements.body(card);
            body.add(Elements.heading("Correspondence inbox"));
            if (rows.isEmpty()) {
                body.add(Elements.text(page > 0 ? "Nothing more in the inbox." : "The inbox is empty."));
            } else {
                body.add(Elements.subtle("Soonest due first, then the oldest."));
            }
            rows.subList(0, shown).forEach(line -> body.add(row(line, page)));
            if (shown < rows.size()) {
                body.add(Elements.subtle(ListCards.MORE_ON_NEXT_PAGE));
            }
            if (mayLog) {
                Elements.actions(card).add(Elements.execute("Log correspondence", CardVerbs.FORM_LOG_CORRESPONDENCE,
                        Elements.object()));
            }
            ListCards.addPaging(card, body, page, hasNext, CardVerbs.CORR_PAGE, data -> { });
            return card;
        });
    }

    private static ObjectNode row(CorrespondenceLine line, int page) {
        String due = Formats.due(line.dueDate(), line.overdue());
        ListCards.Meta meta = new ListCards.Meta().add(Formats.label(line.state()))
                .add(line.from() == null ? null : "from " + line.from()).add("received", line.receivedAt())
                .add(due == null ? null : "due " + due);
        ObjectNode data = Elements.object();
        data.put("correspondenceId", line.id());
        data.put(BackTo.LIST_FIELD, BackTo.INBOX);
        data.put(BackTo.PAGE_FIELD, Math.max(0, Math.min(page, BackTo.MAX_PAGE)));
        return ListCards.openRow(ItemCards.join(line.referenceNumber(), line.subject()), meta, line.overdue(),
                line.referenceNumber(), CardVerbs.CORR_VIEW, data);
    }
}
