package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The cards the bot sends unasked (issue 11): digests, the manager's team digest, escalations, due-now and
 * correspondence nudges, the secretariat's digest, notifications of changes, and the settings card. Lines that do
 * not fit under the size limit are dropped from the end and counted in "and N more", with a way to see them all.
 */
final class NudgeCardBuilders {

    /** The field of a snooze or mute press's data that says the answer redraws the digest. */
    static final String ON = "on";
    static final String ON_DIGEST = "digest";
    static final String ON_TEAM = "team";
    /** The field of a delegate's digest buttons naming whose digest it is. */
    static final String FOR_PERSON = "forPersonId";

    private static final String NOTHING_DUE = "Nothing is overdue, due today or due soon. Well done.";

    private NudgeCardBuilders() {
    }

    // --- the assignee's digest

    static ObjectNode digest(DigestCard digest, Viewer viewer) {
        List<NudgeLine> all = new ArrayList<>(digest.overdue());
        all.addAll(digest.dueToday());
        all.addAll(digest.dueSoon());
        ObjectNode card = fit(all.size(), shown -> {
            ObjectNode c = Elements.card();
            ArrayNode body = Elements.body(c);
            body.add(Elements.heading(digest.size() == 0 ? "Your digest: nothing due"
                    : "Your digest: " + counts(digest)));
            if (digest.notice() != null && !digest.notice().isBlank()) {
                body.add(Elements.text(digest.notice()));
            }
            if (digest.size() == 0) {
                body.add(Elements.text(NOTHING_DUE));
            }
            int[] left = {shown};
            section(body, "Overdue", digest.overdue(), left, line -> digestLine(line, digest.today(), viewer));
            section(body, "Due today", digest.dueToday(), left, line -> digestLine(line, digest.today(), viewer));
            section(body, "Due soon", digest.dueSoon(), left, line -> digestLine(line, digest.today(), viewer));
            int hidden = all.size() - shown + Math.max(0, digest.more());
            List<ObjectNode> actions = new ArrayList<>();
            if (hidden > 0) {
                body.add(Elements.subtle("and " + hidden + " more"));
                actions.add(Elements.execute("All my items", CardVerbs.LIST_PAGE, listPage(BackTo.MINE)));
            }
            actions.add(Elements.execute("Settings", CardVerbs.SETTINGS_VIEW, Elements.object()));
            Elements.addActions(c, actions);
            c.set("refresh", refresh(CardVerbs.DIGEST_REFRESH, Elements.object(), viewer));
            return c;
        });
        return card;
    }

    private static String counts(DigestCard d) {
        List<String> parts = new ArrayList<>();
        int more = Math.max(0, d.more());
        if (!d.overdue().isEmpty()) {
            parts.add(d.overdue().size() + " overdue");
        }
        if (!d.dueToday().isEmpty()) {
            parts.add(d.dueToday().size() + " due today");
        }
        if (!d.dueSoon().isEmpty()) {
            parts.add(d.dueSoon().size() + " due soon");
        }
        if (more > 0) {
            parts.add(more + " more");
        }
        return String.join(", ", parts);
    }

    private static void section(ArrayNode body, String title, List<NudgeLine> lines, int[] left,
            java.util.function.Function<NudgeLine, ObjectNode> row) {
        if (lines.isEmpty() || left[0] <= 0) {
            return;
        }
        ObjectNode heading = Elements.text(title);
        heading.put("weight", "bolder");
        heading.put("spacing", "medium");
        if (title.equals("Overdue")) {
            heading.put("color", "attention");
        }
        body.add(heading);
        for (NudgeLine line : lines) {
            if (left[0] <= 0) {
                return;
            }
            body.add(row.apply(line));
            left[0]--;
        }
    }

    /** One digest line: number and title, due date, and Open, Start (when it can start) and Snooze. */
    private static ObjectNode digestLine(NudgeLine line, LocalDate today, Viewer viewer) {
        List<ObjectNode> actions = new ArrayList<>();
        actions.add(open(line, new BackTo(BackTo.DIGEST, 0)));
        if (line.mayStart()) {
            actions.add(Elements.execute("Start", CardVerbs.DIGEST_START, versioned(line)));
        }
        actions.add(snooze(line, today, true));
        return lineContainer(line, viewer, actions);
    }

    private static ObjectNode lineContainer(NudgeLine line, Viewer viewer, List<ObjectNode> actions) {
        String subject = line.classified() && !ItemCards.isPrivate(viewer) ? ListCards.CLASSIFIED_SUBJECT
                : line.subject();
        ObjectNode title = Elements.text(ItemCards.join(line.number(), subject));
        title.put("weight", "bolder");
        String due = Formats.due(line.dueDate(), line.overdue());
        String when = due == null ? (line.overdue() ? "Overdue" : "No due date") : "Due " + due;
        String status = Formats.label(line.status());
        String text = status == null || status.isBlank() ? when : status + " · " + when;
        ObjectNode details = line.overdue() ? Elements.attention(text) : Elements.subtle(text);
        details.put("spacing", "none");
        details.remove("weight");
        ObjectNode container = Elements.container(List.of(title, details));
        container.put("separator", true);
        ObjectNode set = Elements.object();
        set.put("type", "ActionSet");
        ArrayNode array = set.putArray("actions");
        actions.forEach(array::add);
        ((ArrayNode) container.get("items")).add(set);
        return container;
    }

    /** Open: the item's card, with a way back to the digest it was opened from (none for a one-item card). */
    private static ObjectNode open(NudgeLine line, BackTo back) {
        ObjectNode data = Elements.object();
        data.put("itemId", line.itemId());
        if (back != null) {
            BackCards.put(data, back);
        }
        return Elements.execute("Open", CardVerbs.ITEM_VIEW, data);
    }

    private static ObjectNode versioned(NudgeLine line) {
        ObjectNode data = Elements.object();
        data.put("itemId", line.itemId());
        data.put("version", line.version());
        return data;
    }

    /** "Snooze": 1 day, 3 days, until a date (from tomorrow), or mute the item's nudges. */
    static ObjectNode snooze(NudgeLine line, LocalDate today, boolean onDigest) {
        List<ObjectNode> buttons = new ArrayList<>();
        for (int days : new int[] {1, 3}) {
            ObjectNode data = snoozeData(line, onDigest);
            data.put("days", String.valueOf(days));
            buttons.add(Elements.execute(days == 1 ? "1 day" : days + " days", CardVerbs.NUDGE_SNOOZE, data));
        }
        buttons.add(Elements.execute("Until the date", CardVerbs.NUDGE_SNOOZE, snoozeData(line, onDigest)));
        ObjectNode mute = snoozeData(line, onDigest);
        mute.put("muted", "true");
        buttons.add(Elements.execute("Mute this item", CardVerbs.NUDGE_MUTE, mute));
        ObjectNode date = Elements.inputDate("snoozeUntil" + line.itemId(), "Snooze until",
                today == null ? null : Formats.isoDate(today.plusDays(7)));
        if (today != null) {
            date.put("min", Formats.isoDate(today.plusDays(1)));
        }
        return Elements.showCard("Snooze", List.of(date), buttons);
    }

    private static ObjectNode snoozeData(NudgeLine line, boolean onDigest) {
        ObjectNode data = Elements.object();
        data.put("itemId", line.itemId());
        if (onDigest) {
            data.put(ON, ON_DIGEST);
        }
        return data;
    }

    // --- the manager's team digest

    static ObjectNode teamDigest(TeamDigestCard team, Viewer viewer) {
        List<NudgeLine> lines = team.lines();
        return fit(lines.size(), shown -> {
            ObjectNode c = Elements.card();
            ArrayNode body = Elements.body(c);
            String unit = team.unitName() == null || team.unitName().isBlank() ? "Your team" : team.unitName();
            body.add(Elements.heading(unit + ": " + (lines.size() + Math.max(0, team.more()))
                    + (team.weekly() ? " overdue or due this week" : " overdue or due soon")));
            if (lines.isEmpty()) {
                body.add(Elements.text("Nothing of your team is overdue or due this week."));
            }
            Map<String, List<NudgeLine>> byPerson = new LinkedHashMap<>();
            lines.subList(0, shown).forEach(line -> byPerson.computeIfAbsent(team.isReaders(line) ? "You"
                    : Objects.requireNonNullElse(line.assignee(), "Unassigned"), k -> new ArrayList<>()).add(line));
            byPerson.forEach((person, theirs) -> {
                long overdue = theirs.stream().filter(NudgeLine::overdue).count();
                ObjectNode name = Elements.text(person + (overdue > 0 ? " (" + overdue + " overdue)" : ""));
                name.put("weight", "bolder");
                name.put("spacing", "medium");
                body.add(name);
                theirs.forEach(line -> {
                    List<ObjectNode> buttons = new ArrayList<>();
                    if (!team.isReaders(line)) {
                        buttons.add(Elements.execute("Nudge", CardVerbs.NUDGE_ASSIGNEE, onTeam(idData(line))));
                    }
                    buttons.add(reassign(line, "assignee" + line.itemId(), CardVerbs.NUDGE_REASSIGN,
                            team.reassignTo(), true));
                    buttons.add(open(line, new BackTo(BackTo.TEAM_DIGEST, 0)));
                    body.add(lineContainer(line, viewer, buttons));
                });
            });
            int hidden = lines.size() - shown + Math.max(0, team.more());
            if (hidden > 0) {
                body.add(Elements.subtle("and " + hidden + " more"));
                Elements.addActions(c, List.of(Elements.execute("All of my team's items", CardVerbs.LIST_PAGE,
                        listPage(BackTo.TEAM))));
            }
            unreachable(body, team.unreachable());
            c.set("refresh", refresh(CardVerbs.TEAM_DIGEST_REFRESH, Elements.object(), viewer));
            return c;
        });
    }

    /** Who on the team does not get the bot's messages in Teams, and what happens instead. */
    private static void unreachable(ArrayNode body, List<TeamDigestCard.Unreachable> people) {
        if (people.isEmpty()) {
            return;
        }
        ObjectNode heading = Elements.text("Not reachable in Teams");
        heading.put("weight", "bolder");
        heading.put("spacing", "large");
        body.add(heading);
        int shown = Math.min(people.size(), 5);
        for (TeamDigestCard.Unreachable p : people.subList(0, shown)) {
            String instead = p.blocked() ? "nothing is sent to them" : p.byEmail() ? "their digests go by email"
                    : "they get no reminders";
            body.add(Elements.text(p.name() + ": " + p.reason() + " (since " + Formats.date(p.since()) + "); " + instead + "."));
        }
        if (people.size() > shown) {
            body.add(Elements.subtle("and " + (people.size() - shown) + " more"));
        }
    }

    private static ObjectNode idData(NudgeLine line) {
        ObjectNode data = Elements.object();
        data.put("itemId", line.itemId());
        return data;
    }

    /** A team digest's button data: the answer is the team digest redrawn. */
    private static ObjectNode onTeam(ObjectNode data) {
        data.put(ON, ON_TEAM);
        return data;
    }

    /** A Reassign form; without any likely person the picker cannot be drawn (it needs a choice): Open reassigns. */
    private static ObjectNode reassign(NudgeLine line, String inputId, String verb, List<Option> likely,
            boolean onTeam) {
        if (likely.isEmpty()) {
            ObjectNode data = idData(line);
            if (onTeam) {
                BackCards.put(data, new BackTo(BackTo.TEAM_DIGEST, 0));
            }
            return Elements.execute("Reassign", CardVerbs.ITEM_VIEW, data);
        }
        ObjectNode picker = Elements.required(Elements.choiceSet(inputId, "Assign to", likely), "Pick a person.");
        picker.put("style", "filtered");
        picker.put("placeholder", "Type a name");
        ObjectNode query = picker.putObject("choices.data");
        query.put("type", "Data.Query");
        query.put("dataset", CardVerbs.assignablePeople(line.itemId()));
        ObjectNode data = versioned(line);
        return Elements.showCard("Reassign", List.of(picker),
                List.of(Elements.execute("Reassign", verb, onTeam ? onTeam(data) : data)));
    }

    // --- escalation, due now, correspondence due

    static ObjectNode escalation(EscalationCard e, Viewer viewer) {
        NudgeLine line = e.item();
        ObjectNode c = Elements.card();
        ArrayNode body = Elements.body(c);
        body.add(Elements.heading("Escalated: " + line.number() + " is " + e.workingDaysOverdue() + " working day"
                + (e.workingDaysOverdue() == 1 ? "" : "s") + " overdue"));
        boolean hidden = line.classified() && !ItemCards.isPrivate(viewer);
        if (!hidden) {
            body.add(Elements.text(line.subject()));
        }
        Elements.addFacts(body, List.of(Elements.fact("Assignee", Objects.requireNonNullElse(line.assignee(), "nobody")),
                Elements.fact("Due", Formats.due(line.dueDate(), true)),
                Elements.fact("Level", "Level " + e.level() + (e.level() == 1 ? " (the item's unit's manager)"
                        : " (" + (e.level() - 1) + " above the item's unit)")),
                Elements.fact("Unit", e.unitName())));
        if (hidden) {
            body.add(Elements.text("Details are shown only in a 1:1 chat with the bot."));
        }
        Elements.addActions(c, List.of(Elements.execute("Nudge", CardVerbs.NUDGE_ASSIGNEE, idData(line)),
                reassign(line, "assigneeId", CardVerbs.ITEM_REASSIGN, e.reassignTo(), false), open(line, null)));
        return c;
    }

    static ObjectNode dueNow(NudgeLine line, LocalDate today, Viewer viewer) {
        ObjectNode c = Elements.card();
        ArrayNode body = Elements.body(c);
        String due = Formats.due(line.dueDate(), line.overdue());
        body.add(Elements.heading("New for you, due " + (line.dueDate() != null && line.dueDate().equals(today)
                ? "today" : due == null ? "soon" : due)));
        boolean hidden = line.classified() && !ItemCards.isPrivate(viewer);
        body.add(Elements.text(ItemCards.join(line.number(), hidden ? ListCards.CLASSIFIED_SUBJECT : line.subject())));
        body.add(line.overdue() ? Elements.attention("Due " + due) : Elements.subtle(due == null ? "No due date"
                : "Due " + due));
        List<ObjectNode> actions = new ArrayList<>();
        actions.add(open(line, null));
        if (line.mayStart()) {
            ObjectNode data = versioned(line);
            actions.add(Elements.execute("Start", CardVerbs.itemVerb("START"), data));
        }
        actions.add(snooze(line, today, false));
        Elements.addActions(c, actions);
        return c;
    }

    static ObjectNode correspondenceDue(CorrespondenceLine line) {
        ObjectNode c = Elements.card();
        ArrayNode body = Elements.body(c);
        body.add(Elements.heading("Reply due " + (line.overdue() ? "— Overdue" : "today") + ": "
                + line.referenceNumber()));
        body.add(Elements.text(line.subject()));
        Elements.addFacts(body, List.of(Elements.fact("From", line.from()),
                Elements.fact("Due", Formats.due(line.dueDate(), line.overdue())),
                Elements.fact("State", Formats.label(line.state()))));
        Elements.addActions(c, List.of(Elements.execute("Open", CardVerbs.CORR_VIEW, corrData(line))));
        return c;
    }

    private static ObjectNode corrData(CorrespondenceLine line) {
        ObjectNode data = Elements.object();
        data.put("correspondenceId", line.id());
        return data;
    }

    // --- the secretariat's digest

    static ObjectNode secretariatDigest(List<CorrespondenceLine> unacknowledged, List<CorrespondenceLine> dueForReply,
            int more) {
        List<CorrespondenceLine> all = new ArrayList<>(unacknowledged);
        all.addAll(dueForReply);
        return fit(all.size(), shown -> {
            ObjectNode c = Elements.card();
            ArrayNode body = Elements.body(c);
            body.add(Elements.heading("Correspondence: " + unacknowledged.size() + " not acknowledged, "
                    + dueForReply.size() + " due for reply"));
            int[] left = {shown};
            corrSection(body, "Not acknowledged within its deadline", unacknowledged, left);
            corrSection(body, "Due for reply", dueForReply, left);
            int hidden = all.size() - shown + Math.max(0, more);
            List<ObjectNode> actions = new ArrayList<>();
            if (hidden > 0) {
                body.add(Elements.subtle("and " + hidden + " more"));
            }
            ObjectNode inbox = Elements.object();
            inbox.put("page", 0);
            actions.add(Elements.execute("Inbox", CardVerbs.CORR_PAGE, inbox));
            Elements.addActions(c, actions);
            return c;
        });
    }

    private static void corrSection(ArrayNode body, String title, List<CorrespondenceLine> lines, int[] left) {
        if (lines.isEmpty() || left[0] <= 0) {
            return;
        }
        ObjectNode heading = Elements.text(title);
        heading.put("weight", "bolder");
        heading.put("spacing", "medium");
        body.add(heading);
        for (CorrespondenceLine line : lines) {
            if (left[0]-- <= 0) {
                return;
            }
            String due = Formats.due(line.dueDate(), line.overdue());
            // the secretariat's digest cannot be drawn again on demand; its letters are in the inbox, so Back leads there
            ObjectNode data = corrData(line);
            BackCards.put(data, BackTo.inbox(0));
            body.add(ListCards.openRow(ItemCards.join(line.referenceNumber(), line.subject()),
                    new ListCards.Meta().add(due == null ? null : "Due " + due).add(Formats.label(line.state()))
                            .add("received", line.receivedAt()), line.overdue(), line.referenceNumber(),
                    CardVerbs.CORR_VIEW, data));
        }
    }

    // --- notifications

    static ObjectNode notifications(List<NotificationLine> lines, Viewer viewer) {
        return fit(lines.size(), shown -> {
            ObjectNode c = Elements.card();
            ArrayNode body = Elements.body(c);
            if (lines.size() == 1) {
                body.add(Elements.heading(what(lines.get(0))));
            } else {
                body.add(Elements.heading(lines.size() + " changes for you"));
            }
            for (NotificationLine line : lines.subList(0, shown)) {
                body.add(notification(line, viewer, lines.size() > 1));
            }
            if (shown < lines.size()) {
                body.add(Elements.subtle("and " + (lines.size() - shown) + " more"));
                Elements.addActions(c, List.of(Elements.execute("My items", CardVerbs.LIST_PAGE,
                        listPage(BackTo.MINE))));
            }
            return c;
        });
    }

    /** "Assigned to you by Patti Fernandez", in the words a person expects from Planner and Approvals. */
    static String what(NotificationLine line) {
        String by = line.actor() == null || line.actor().isBlank() ? "" : " by " + line.actor();
        return switch (line.kind() == null ? "" : line.kind()) {
            case "ASSIGNED" -> "Assigned to you" + by;
            case "UNASSIGNED" -> "No longer yours — reassigned to "
                    + Objects.requireNonNullElse(line.newAssignee(), "someone else");
            case "RETURNED" -> "Returned to you" + by;
            case "SUBMITTED" -> "Submitted for your review" + by;
            case "APPROVED" -> "Approved" + by;
            case "COMPLETED" -> "Completed" + by;
            case "CORRESPONDENCE_ROUTED" -> "Routed to your unit" + by;
            case "CORRESPONDENCE_ASSIGNED" -> "Assigned to you" + by;
            case "MENTIONED" -> (line.actor() == null ? "Someone" : line.actor()) + " mentioned you";
            default -> "A change for you" + by;
        };
    }

    private static ObjectNode notification(NotificationLine line, Viewer viewer, boolean several) {
        List<ObjectNode> items = new ArrayList<>();
        if (several) {
            ObjectNode what = Elements.text(what(line));
            what.put("weight", "bolder");
            items.add(what);
        }
        boolean hidden = line.classified() && !ItemCards.isPrivate(viewer);
        items.add(Elements.text(ItemCards.join(line.number(), hidden ? ListCards.CLASSIFIED_SUBJECT : line.subject())));
        if (line.note() != null && !line.note().isBlank() && !hidden) {
            String said = "RETURNED".equals(line.kind()) ? (line.actor() == null ? "Comment" : line.actor()) + ": "
                    : "";
            items.add(Elements.longText(said + line.note()));
        }
        if (line.at() != null) {
            items.add(Elements.subtleWithInstant("", line.at()));
        }
        ObjectNode container = Elements.container(items);
        container.put("separator", true);
        // "no longer yours" offers nothing to do: the item is someone else's now
        if (!"UNASSIGNED".equals(line.kind())) {
            ObjectNode data = Elements.object();
            ObjectNode open;
            if (line.itemId() != null) {
                data.put("itemId", line.itemId());
                open = Elements.execute("Open", CardVerbs.ITEM_VIEW, data);
            } else if (line.correspondenceId() != null) {
                data.put("correspondenceId", line.correspondenceId());
                open = Elements.execute("Open", CardVerbs.CORR_VIEW, data);
            } else {
                open = null;
            }
            if (open != null) {
                open.put("tooltip", "Open " + ListCards.orEmpty(line.number()));
                ObjectNode set = Elements.object();
                set.put("type", "ActionSet");
                set.putArray("actions").add(open);
                ((ArrayNode) container.get("items")).add(set);
            }
        }
        return container;
    }

    // --- delegation banner

    /** "For Megan Bowen, who is out of office until Fri, Dec 4, 2026": on top of a card sent to a delegate. */
    static ObjectNode forDelegate(ObjectNode card, String delegatorName, LocalDate until, Long delegatorId) {
        if (delegatorId != null) {
            markForPerson(card, delegatorId);
        }
        String name = delegatorName == null || delegatorName.isBlank() ? "someone" : delegatorName;
        ObjectNode banner = Elements.container(List.of(Elements.text("For " + name + ", who is out of office"
                + (until == null ? "" : " until " + Formats.date(until)) + ". You stand in for them.")));
        banner.put("style", "accent");
        Elements.body(card).insert(0, banner);
        return card;
    }

    // the digest's own buttons (refresh, Start, and Snooze and Mute pressed on it) name whose digest it is, and so do
    // its lines' Open buttons, for the way back
    private static void markForPerson(com.fasterxml.jackson.databind.JsonNode node, long personId) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            String verb = object.path("verb").asText("");
            boolean digestVerb = verb.equals(CardVerbs.DIGEST_REFRESH) || verb.equals(CardVerbs.DIGEST_START)
                    || ON_DIGEST.equals(object.path("data").path(ON).asText());
            // Open on a line: the item's way back is the delegator's digest, not the delegate's own
            boolean openLine = BackTo.DIGEST.equals(object.path("data").path(BackTo.LIST_FIELD).asText());
            String field = openLine ? BackTo.FOR_PERSON_FIELD : digestVerb ? FOR_PERSON : null;
            if ("Action.Execute".equals(object.path("type").asText()) && field != null) {
                ((ObjectNode) object.get("data")).put(field, personId);
                if (object.path("fallback").path("data").isObject()) {
                    ((ObjectNode) object.get("fallback").get("data")).put(field, personId);
                }
            }
            object.properties().forEach(child -> markForPerson(child.getValue(), personId));
        } else if (node.isArray()) {
            node.forEach(child -> markForPerson(child, personId));
        }
    }

    // --- settings

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static ObjectNode settings(SettingsCard s) {
        ObjectNode c = Elements.card();
        ArrayNode body = Elements.body(c);
        body.add(Elements.heading("Your nudge settings"));
        if (s.notice() != null && !s.notice().isBlank()) {
            body.add(Elements.text(s.notice()));
        }
        body.add(Elements.toggle("digestsOn", "Morning digest", "Send me a digest on working days", s.digestsOn()));
        ObjectNode time = Elements.object();
        time.put("type", "Input.Time");
        time.put("id", "digestTime");
        time.put("label", "Digest time (your time zone)");
        if (s.digestTime() != null) {
            time.put("value", HH_MM.format(s.digestTime()));
        }
        body.add(time);
        if (s.teamDigest() != null) {
            ObjectNode team = Elements.choiceSet("teamDigest", "Team digest", List.of(new Option("DAILY", "Daily"),
                    new Option("WEEKLY", "Weekly"), new Option("OFF", "Off")));
            team.put("value", s.teamDigest());
            body.add(team);
        }
        body.add(Elements.toggle("urgentInQuietHours", "Urgent messages",
                "Urgent messages (escalations, replies due today) also outside 07:00–19:00", s.urgentInQuietHours()));
        ObjectNode save = Elements.object();
        save.put("type", "ActionSet");
        save.putArray("actions").add(Elements.execute("Save", CardVerbs.SETTINGS_SAVE, Elements.object()));
        body.add(save);

        ObjectNode away = Elements.text("Out of office");
        away.put("weight", "bolder");
        away.put("separator", true);
        body.add(away);
        List<ObjectNode> actions = new ArrayList<>();
        if (s.delegation() != null) {
            body.add(Elements.text(s.delegation().name() + " stands in for you from "
                    + Formats.date(s.delegation().startsOn()) + " to " + Formats.date(s.delegation().endsOn())
                    + ": your nudges and digests go to them."));
            actions.add(Elements.execute("End delegation", CardVerbs.DELEGATION_REVOKE, Elements.object()));
        } else {
            body.add(Elements.text(s.awayUntil() == null ? "Nobody stands in for you."
                    : "Outlook says you are out of office until " + Formats.date(s.awayUntil())
                    + ". Name a delegate so your nudges reach someone."));
        }
        if (!s.delegates().isEmpty()) {
            ObjectNode who = Elements.required(Elements.choiceSet("delegateId", "Delegate", s.delegates()),
                    "Pick who stands in for you.");
            ObjectNode from = Elements.required(Elements.inputDate("delegateFrom", "From",
                    Formats.isoDate(s.today())), "Pick the first day.");
            ObjectNode to = Elements.required(Elements.inputDate("delegateUntil", "Until",
                    s.awayUntil() == null ? null : Formats.isoDate(s.awayUntil())), "Pick the last day.");
            if (s.today() != null) {
                from.put("min", Formats.isoDate(s.today()));
                to.put("min", Formats.isoDate(s.today()));
            }
            actions.add(0, Elements.showCard(s.delegation() == null ? "Name a delegate" : "Change delegate",
                    List.of(who, from, to), List.of(Elements.execute("Save delegate", CardVerbs.DELEGATION_SET,
                            Elements.object()))));
        }
        Elements.addActions(c, actions);

        ObjectNode quiet = Elements.text("Snoozed and muted items");
        quiet.put("weight", "bolder");
        quiet.put("separator", true);
        body.add(quiet);
        if (s.controls().isEmpty()) {
            body.add(Elements.subtle("None: you hear about all your items."));
        }
        for (SettingsCard.Control control : s.controls().stream().limit(20).toList()) {
            String state = control.muted() ? "Muted"
                    : control.snoozedUntil() == null ? "" : "Snoozed until " + Formats.date(control.snoozedUntil());
            ObjectNode data = Elements.object();
            data.put("itemId", control.itemId());
            data.put("muted", "false");
            ObjectNode row = Elements.container(List.of(Elements.text(ItemCards.join(control.number(),
                    control.subject())), Elements.subtle(state)));
            if (control.muted()) {
                ObjectNode set = Elements.object();
                set.put("type", "ActionSet");
                set.putArray("actions").add(Elements.execute("Unmute", CardVerbs.NUDGE_MUTE, data));
                ((ArrayNode) row.get("items")).add(set);
            }
            body.add(row);
        }
        if (s.controls().size() > 20) {
            body.add(Elements.subtle("and " + (s.controls().size() - 20) + " more"));
        }
        return c;
    }

    // --- shared

    private static ObjectNode listPage(String list) {
        return BackCards.pagingData(new BackTo(list, 0));
    }

    /** The card's own Universal Actions refresh, for the viewer alone (a digest is theirs). */
    private static ObjectNode refresh(String verb, ObjectNode data, Viewer viewer) {
        ObjectNode refresh = Elements.object();
        ObjectNode action = refresh.putObject("action");
        action.put("type", "Action.Execute");
        action.put("verb", verb);
        action.set("data", data);
        ArrayNode ids = refresh.putArray("userIds");
        if (viewer != null && viewer.mri() != null && !viewer.mri().isBlank()) {
            ids.add(viewer.mri());
        }
        return refresh;
    }

    /**
     * The card with as many lines as fit under the size limit, found by halving (a 200-line digest is measured
     * about eight times, not 200); the lines left out are counted by the card ("and N more").
     */
    static ObjectNode fit(int lines, IntFunction<ObjectNode> build) {
        ObjectNode card = build.apply(lines);
        if (CardBudget.fits(finished(card))) {
            return card;
        }
        int low = 0;
        int high = lines - 1;
        ObjectNode best = build.apply(0);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            ObjectNode candidate = build.apply(mid);
            if (CardBudget.fits(finished(candidate))) {
                best = candidate;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    // measured as it will be sent: with the secondary modes and the summary the finishing step adds
    private static ObjectNode finished(ObjectNode card) {
        ObjectNode copy = Elements.finish(card.deepCopy());
        copy.put("fallbackText", CardSummary.of(copy));
        return copy;
    }
}
