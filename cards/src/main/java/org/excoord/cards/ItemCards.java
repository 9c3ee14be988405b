package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.excoord.actionitem.ItemVerb;

/** The card of one action item. */
final class ItemCards {

    static final String CLASSIFIED_TEXT = "Details are shown only in a 1:1 chat with the bot.";

    /** Teams refreshes a card automatically for at most 60 users; it ignores the whole list beyond that. */
    static final int MAX_REFRESH_USERS = 60;

    static final int MAX_COMMENTS = 5;

    private static final String RETURN = "RETURN";
    private static final String APPROVE = "APPROVE";
    private static final String DEFER = "DEFER";
    private static final String CANCEL = "CANCEL";

    /** Input ids of the decision forms; see {@link CardVerbs#itemVerb}. */
    static final String APPROVAL_COMMENT = "approvalComment";
    static final String DEFER_UNTIL = "deferUntil";
    static final String CANCEL_REASON = "cancelReason";

    static final String OPEN_IN_PLANNER = "Open in Planner";
    static final String ASSIGNEE = "Assignee";
    static final int MAX_SYNC_CHARS = 300;
    private static final String SYNCED = "SYNCED";

    // The verbs that move the work forward, in the order they come in an item's life; the first the viewer may
    // use is the first button. Reopen is what a cancelled or deferred item is for, so it leads there. Undoing and
    // stopping verbs come last, in the overflow menu.
    private static final List<String> MAIN_VERBS = List.of("REOPEN", "START", "SUBMIT", "START_REVIEW", "APPROVE",
            "RETURN", "COMPLETE");

    private ItemCards() {
    }

    static ObjectNode item(ItemCard item, Viewer viewer) {
        if (item.classified() && !isPrivate(viewer)) {
            return classifiedOutsidePersonalChat(item.number(), item.classificationLabel());
        }
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        if (item.notice() != null && !item.notice().isBlank()) {
            body.add(Elements.warning(item.notice()));
        }
        body.add(Elements.heading(join(item.number(), item.subject())));
        if (item.overdue()) {
            body.add(Elements.attention("Overdue — was due " + orUnknown(Formats.date(item.dueDate()))));
        }
        Elements.addFacts(body, List.of(
                fact("Status", Formats.label(item.statusLabel())),
                fact("Due", Formats.due(item.dueDate(), item.overdue())),
                fact("Priority", Formats.label(item.priority())),
                fact(ASSIGNEE, item.assignee()),
                fact("Executive action", item.executiveAction()),
                fact("Authority", item.authority()),
                fact("Classification", item.classificationLabel()),
                fact("Recurs", recurrenceWords(item.recurrence(), true))));
        String review = reviewLine(item);
        if (review != null) {
            body.add(Elements.text(review));
        }
        String decision = decisionLine(item);
        if (decision != null) {
            body.add(Elements.text(decision));
        }
        mentionAssignee(card, item, viewer);
        String sync = syncLine(item.sync());
        if (sync != null) {
            ObjectNode line = Elements.subtle(sync);
            line.put("text", Text.plain(sync, MAX_SYNC_CHARS)); // one line: a long reason must not crowd the card
            line.put("spacing", "Medium"); // apart from the facts: it is not the value of the last one
            body.add(line);
        }
        if (item.details() != null && !item.details().isBlank()) {
            body.add(Elements.longText(item.details()));
        }
        addComments(body, item.recentComments());
        addActions(card, item);
        card.set("refresh", refresh(item, viewer));
        return card;
    }

    /**
     * How an item recurs, in words: "every 60 days", "annually until Tue, Dec 31, 2030" ({@code capital}: "Every …"
     * for a fact's value); null for an item done once.
     */
    static String recurrenceWords(org.excoord.actionitem.Recurrence r, boolean capital) {
        if (r == null || r.period() == null) {
            return null;
        }
        String words = org.excoord.actionitem.Recurrence.inWords(r.period())
                + (r.until() == null ? "" : " until " + Formats.date(r.until()));
        return capital ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words;
    }

    /** "Waiting for review by Patti Fernandez" while submitted; who reviews is the first thing the assignee asks. */
    static String reviewLine(ItemCard item) {
        String who = item.reviewer() == null || item.reviewer().isBlank() ? "a manager of the unit" : item.reviewer();
        return switch (String.valueOf(item.status())) {
            case "SUBMITTED_FOR_REVIEW" -> "Waiting for review by " + who;
            case "REVIEW_IN_PROGRESS" -> "In review by " + who;
            default -> null;
        };
    }

    /**
     * The decision behind the status in words: "Approved by Patti Fernandez on Dec 2, 2026: looks good", "Deferred
     * until Jan 5, 2027 (by …)". A deferred item says until when even if who decided is unknown.
     */
    static String decisionLine(ItemCard item) {
        ItemCard.Decision d = item.decision();
        String until = "DEFERRED".equals(item.status()) && item.deferredUntil() != null
                ? "Deferred until " + Formats.date(item.deferredUntil()) : null;
        if (d == null || d.kind() == null) {
            return until;
        }
        String byOn = (d.by() == null ? "" : " by " + d.by()) + (d.on() == null ? "" : " on " + Formats.date(d.on()));
        String note = d.note() == null || d.note().isBlank() ? "" : ": " + d.note();
        return switch (d.kind()) {
            case "APPROVED" -> "Approved" + byOn + note;
            case "RETURNED" -> "Returned" + byOn + note;
            case "CANCELLED" -> "Cancelled" + byOn + note;
            case "DEFERRED" -> (until == null ? "Deferred" : until) + (byOn.isEmpty() ? "" : " (" + byOn.strip() + ")")
                    + note;
            default -> until;
        };
    }

    /**
     * Where others read along (a group chat or channel), the assignee is @mentioned, as Planner and Approvals notify the
     * person a task is for; in the 1:1 chat the reader is the only one there, and a mention would only be noise.
     */
    private static void mentionAssignee(ObjectNode card, ItemCard item, Viewer viewer) {
        if (isPrivate(viewer) || !Mentions.canMention(item.assigneeTeamsId(), item.assignee())) {
            return;
        }
        String title = Text.plain(ASSIGNEE, Elements.TITLE_CHARS);
        for (JsonNode element : Elements.body(card)) {
            for (JsonNode fact : element.path("facts")) {
                if (fact.path("title").asText().equals(title)) {
                    ((ObjectNode) fact).put("value", Mentions.add(card, item.assigneeTeamsId(), item.assignee()));
                    return;
                }
            }
        }
    }

    /**
     * The sync state in one line: in Planner, syncing, or failed (with the reason when the model carries one). An item
     * whose unit has no plan says nothing: the line is for items that are mirrored.
     */
    static String syncLine(ItemCard.Sync sync) {
        if (sync == null || sync.state() == null) {
            return null;
        }
        return switch (sync.state()) {
            case SYNCED -> "In Planner";
            case "PENDING" -> "Syncing to Planner…";
            case "FAILED" -> sync.reason() == null || sync.reason().isBlank() ? "Planner sync failed"
                    : "Planner sync failed: " + sync.reason();
            default -> null;
        };
    }

    /** Whether only the viewer can read the card; an unknown viewer is treated as a group, to fail closed. */
    static boolean isPrivate(Viewer viewer) {
        return viewer != null && viewer.personalChat();
    }

    /** Only what identifies the record: the number and its marking, never the subject or any button. */
    static ObjectNode classifiedOutsidePersonalChat(String number, String classificationLabel) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading(number));
        Elements.addFacts(body, List.of(fact("Classification", orUnknown(classificationLabel))));
        body.add(Elements.text(CLASSIFIED_TEXT));
        return card;
    }

    private static void addComments(ArrayNode body, List<CommentLine> comments) {
        if (comments == null || comments.isEmpty()) {
            return;
        }
        ObjectNode header = Elements.text("Recent comments");
        header.put("weight", "bolder");
        header.put("separator", true);
        body.add(header);
        comments.stream()
                .sorted(Comparator.comparing(CommentLine::at, Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
                .limit(MAX_COMMENTS)
                .forEach(comment -> {
                    body.add(Elements.subtleWithInstant(comment.author(), comment.at()));
                    ObjectNode text = Elements.longText(comment.body());
                    text.put("spacing", "none");
                    body.add(text);
                });
    }

    /**
     * The buttons most important first, because the first {@link Elements#MAX_PRIMARY_ACTIONS} are the ones
     * shown: the workflow verbs that move the item forward (Start, Submit for review, Approve, Complete), then the
     * reviewer's other decision (Return), the link to Planner, commenting, and only then the manager's forms (due
     * date, reassign) and the verbs that undo or stop the work (revert, defer, cancel), in the overflow menu.
     */
    private static void addActions(ObjectNode card, ItemCard item) {
        List<ObjectNode> actions = new ArrayList<>();
        List<String> verbs = item.verbs() == null ? List.of() : item.verbs();
        boolean returns = verbs.contains(RETURN);
        MAIN_VERBS.stream().filter(verb -> verbs.contains(verb) && !verb.equals(RETURN))
                .forEach(verb -> actions.add(verb.equals(APPROVE) ? approveForm(item)
                        : Elements.execute(verbTitle(verb), CardVerbs.itemVerb(verb), data(item))));
        if (returns) {
            actions.add(commentForm(item, true, item.mayComment()));
        }
        // the task exists in Planner while a change is on its way or after a push failed: it opens all the same
        if (syncLine(item.sync()) != null && Elements.isWebLink(item.sync().taskUrl())) {
            actions.add(Elements.openUrl(OPEN_IN_PLANNER, item.sync().taskUrl()));
        }
        if (item.mayComment() && !returns) {
            actions.add(commentForm(item, false, true));
        }
        if (item.mayChangeDueDate()) {
            actions.add(Elements.showCard("Change due date",
                    List.of(Elements.required(Elements.inputDate("dueDate", "New due date",
                            Formats.isoDate(item.dueDate())), "Choose the new due date.")),
                    List.of(Elements.execute("Save due date", CardVerbs.ITEM_DUE_DATE, data(item)))));
        }
        if (item.mayReassign() && item.reassignTo() != null && !item.reassignTo().isEmpty()) {
            actions.add(Elements.showCard("Reassign",
                    List.of(Elements.required(peoplePicker(item), "Choose who should do it.")),
                    List.of(Elements.execute("Reassign", CardVerbs.ITEM_REASSIGN, data(item)))));
        }
        verbs.stream().filter(verb -> !MAIN_VERBS.contains(verb) && !verb.equals(DEFER) && !verb.equals(CANCEL))
                .forEach(verb -> actions.add(Elements.execute(verbTitle(verb), CardVerbs.itemVerb(verb), data(item))));
        // stopping the work comes last, and each asks first: until when, and why
        if (verbs.contains(DEFER)) {
            actions.add(deferForm(item));
        }
        if (verbs.contains(CANCEL)) {
            actions.add(cancelForm(item));
        }
        Elements.addActions(card, actions);
    }

    /** Approving takes an optional comment, kept with the approval; its own input id, as ids are unique per card. */
    private static ObjectNode approveForm(ItemCard item) {
        return Elements.showCard(verbTitle(APPROVE),
                List.of(Elements.inputText(APPROVAL_COMMENT, "Comment (optional)", Text.MAX_CHARS, true)),
                List.of(Elements.execute(verbTitle(APPROVE), CardVerbs.itemVerb(APPROVE), data(item))));
    }

    /** Deferring asks until when (today or later); the item shows it and waits until someone reopens it. */
    private static ObjectNode deferForm(ItemCard item) {
        ObjectNode until = Elements.required(Elements.inputDate(DEFER_UNTIL, "Defer until", null),
                "Choose until when it is deferred.");
        if (item.today() != null) {
            until.put("min", Formats.isoDate(item.today()));
        }
        return Elements.showCard(verbTitle(DEFER), List.of(until),
                List.of(Elements.execute("Defer item", CardVerbs.itemVerb(DEFER), data(item))));
    }

    /** Cancelling asks why and is confirmed by a second button, so one stray click cancels nothing. */
    private static ObjectNode cancelForm(ItemCard item) {
        return Elements.showCard(verbTitle(CANCEL),
                List.of(Elements.required(Elements.inputText(CANCEL_REASON, "Why cancel it?", Text.MAX_CHARS, true),
                        "Say why it is cancelled.")),
                List.of(Elements.execute("Cancel item", CardVerbs.itemVerb(CANCEL), data(item))));
    }

    /**
     * Who to reassign to: a type-ahead over everyone the viewer may assign the item to (Teams asks the bot with an
     * {@code application/search} invoke as the person types), with the likely people of the item's unit as the
     * static choices, which are also all that clients without type-ahead show.
     */
    static ObjectNode peoplePicker(ItemCard item) {
        ObjectNode picker = Elements.choiceSet("assigneeId", "Assign to", item.reassignTo());
        picker.put("style", "filtered");
        picker.put("placeholder", "Type a name");
        ObjectNode query = picker.putObject("choices.data");
        query.put("type", "Data.Query");
        query.put("dataset", CardVerbs.assignablePeople(item.id()));
        return picker;
    }

    /**
     * The form with the {@code comment} input. Returning needs a comment (otherwise the assignee is left
     * guessing what to fix); when the viewer may both return and comment, one form offers both buttons because
     * input ids must be unique in a card and both verbs send their text as {@code comment}.
     */
    private static ObjectNode commentForm(ItemCard item, boolean returns, boolean comments) {
        String title = returns && comments ? "Return or comment" : returns ? verbTitle(RETURN) : "Comment";
        String label = returns && !comments ? "What needs to change?" : "Comment";
        String error = returns ? "Say what needs to change before returning it." : "Write a comment.";
        List<ObjectNode> buttons = new ArrayList<>();
        if (returns) {
            buttons.add(Elements.execute(verbTitle(RETURN), CardVerbs.itemVerb(RETURN), data(item)));
        }
        if (comments) {
            buttons.add(Elements.execute("Add comment", CardVerbs.ITEM_COMMENT, data(item)));
        }
        return Elements.showCard(title,
                List.of(Elements.required(Elements.inputText("comment", label, Text.MAX_CHARS, true), error)),
                buttons);
    }

    /** The button title of a workflow verb, the same words as the web app's buttons. */
    static String verbTitle(String verb) {
        for (ItemVerb known : ItemVerb.values()) {
            if (known.name().equals(verb)) {
                return known.label();
            }
        }
        String words = verb.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? verb : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // The version lets the server refuse an action taken on a card that someone else has since changed.
    private static ObjectNode data(ItemCard item) {
        ObjectNode data = Elements.object();
        data.put("itemId", item.id());
        data.put("version", item.version());
        return data;
    }

    private static ObjectNode refresh(ItemCard item, Viewer viewer) {
        ObjectNode refresh = Elements.object();
        ObjectNode data = Elements.object();
        data.put("itemId", item.id());
        ObjectNode action = refresh.putObject("action");
        action.put("type", "Action.Execute");
        action.put("verb", CardVerbs.ITEM_VIEW);
        action.set("data", data);
        // The viewer first, so the person who asked for the card always sees it current.
        Set<String> userIds = new LinkedHashSet<>();
        if (viewer != null && viewer.mri() != null && !viewer.mri().isBlank()) {
            userIds.add(viewer.mri());
        }
        if (item.refreshUserIds() != null) {
            item.refreshUserIds().stream().filter(id -> id != null && !id.isBlank()).forEach(userIds::add);
        }
        ArrayNode ids = refresh.putArray("userIds");
        userIds.stream().limit(MAX_REFRESH_USERS).forEach(ids::add);
        return refresh;
    }

    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + " · " + second;
    }

    static String orUnknown(String text) {
        return text == null || text.isBlank() ? "not set" : text;
    }
}
