package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** Forms that create records: a new action item, a logged piece of correspondence. */
final class FormCards {

    /** The subject column's length in the database, so Teams stops the typing before the server refuses. */
    static final int SUBJECT_CHARS = 400;

    private static final int NAME_CHARS = 200;

    /** An item's details column holds 10,000 characters. */
    static final int DETAILS_CHARS = 10_000;

    private FormCards() {
    }

    /** The priorities of the data model, lowest first; a new item is Medium unless the person says otherwise. */
    static final List<Option> PRIORITIES = List.of(new Option("LOW", "Low"), new Option("MEDIUM", "Medium"),
            new Option("HIGH", "High"), new Option("CRITICAL", "Critical"));

    static ObjectNode newItem(List<Option> assignees, List<Option> executiveActions, LocalDate today) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading("New action item"));
        body.add(Elements.required(Elements.inputText("subject", "Subject", SUBJECT_CHARS, false),
                "Enter a subject."));
        body.add(Elements.inputText("details", "Description (optional)", DETAILS_CHARS, true));
        ObjectNode due = Elements.required(Elements.inputDate("dueDate", "Due date", null),
                "Choose a due date, today or later.");
        if (today != null) {
            due.put("min", Formats.isoDate(today)); // the bot refuses a past date too: older clients ignore min
        }
        body.add(due);
        ObjectNode priority = Elements.choiceSet("priority", "Priority", PRIORITIES);
        priority.put("value", "MEDIUM");
        body.add(priority);
        body.add(Elements.required(Elements.choiceSet("assigneeId", "Assignee", orEmpty(assignees)),
                "Choose who should do it."));
        body.add(Elements.choiceSet("executiveActionId", "Executive action (optional)", orEmpty(executiveActions)));
        Elements.actions(card).add(Elements.execute("Create item", CardVerbs.ITEM_CREATE, Elements.object()));
        return CardBudget.fit(card);
    }

    static ObjectNode logCorrespondence(List<Option> types, List<Option> orgUnits) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading("Log correspondence"));
        body.add(Elements.required(Elements.inputText("subject", "Subject", SUBJECT_CHARS, false),
                "Enter a subject."));
        body.add(Elements.inputText("fromPerson", "From (person)", NAME_CHARS, false));
        body.add(Elements.inputText("fromOrganization", "From (organization)", NAME_CHARS, false));
        ObjectNode method = Elements.required(Elements.choiceSet("method", "Received via", Formats.METHODS),
                "Choose how it arrived.");
        method.put("value", "EMAIL");
        body.add(method);
        body.add(Elements.required(Elements.choiceSet("typeId", "Type", orEmpty(types)), "Choose a type."));
        body.add(Elements.inputDate("dueDate", "Due date (optional)", null));
        body.add(Elements.choiceSet("orgUnitId", "Route to (optional)", orEmpty(orgUnits)));
        Elements.actions(card).add(Elements.execute("Log it", CardVerbs.CORR_LOG, Elements.object()));
        return CardBudget.fit(card);
    }

    private static List<Option> orEmpty(List<Option> options) {
        return options == null ? List.of() : options;
    }
}
