package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

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

    static final String OPEN_IN_PLANNER = "Open in Planner";
    static final int MAX_SYNC_CHARS = 300;
    private static final String SYNCED = "SYNCED";

    // The verbs that move the work forward, in the order they come in an item's life; the first the viewer may
    // use is the first button. Undoing and stopping verbs come last, in the overflow menu.
    private static final List<String> MAIN_VERBS = List.of("START", "SUBMIT", "START_REVIEW", "APPROVE", "RETURN",
            "COMPLETE");

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
                fact("Assignee", item.assignee()),
                fact("Executive action", item.executiveAction()),
                fact("Authority", item.authority()),
                fact("Classification", item.classificationLabel())));
        String sync = syncLine(item.sync());
        if (sync != null) {
            ObjectNode line = Elements.subtle(sync);
            line.put("text", Text.plain(sync, MAX_SYNC_CHARS)); // one line: a long reason must not crowd the card
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
                .forEach(verb -> actions.add(Elements.execute(verbTitle(verb), CardVerbs.itemVerb(verb), data(item))));
        if (returns) {
            actions.add(commentForm(item, true, item.mayComment()));
        }
        if (item.sync() != null && SYNCED.equals(item.sync().state()) && Elements.isWebLink(item.sync().taskUrl())) {
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
                    List.of(Elements.required(Elements.choiceSet("assigneeId", "Assign to", item.reassignTo()),
                            "Choose who should do it.")),
                    List.of(Elements.execute("Reassign", CardVerbs.ITEM_REASSIGN, data(item)))));
        }
        verbs.stream().filter(verb -> !MAIN_VERBS.contains(verb))
                .forEach(verb -> actions.add(Elements.execute(verbTitle(verb), CardVerbs.itemVerb(verb), data(item))));
        Elements.addActions(card, actions);
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
