package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Every Adaptive Card the bot sends, as JSON ({@code "version":"1.5"}). User text is shown as text, never as
 * Markdown or mentions ({@link Text}); every card fits in {@link #MAX_CARD_BYTES}; the actions' verbs are
 * those of {@link CardVerbs}. The bot wraps a card in an attachment of {@link #CONTENT_TYPE}.
 */
public final class Cards {

    /** The attachment content type of an Adaptive Card (note the order: "card.adaptive"). */
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    /**
     * The largest card, as UTF-8 JSON. Teams refuses messages above about 28 KB; two of those are left for the
     * activity that carries the card.
     */
    public static final int MAX_CARD_BYTES = 26 * 1024;

    /** Action items per page of an executive action's card. */
    public static final int ACTION_ITEMS_PER_PAGE = 10;

    private Cards() {
    }

    /**
     * The card's one-line plain-text summary (its {@code fallbackText}), e.g. "AI-2026-000123 · Subject — In
     * Progress": what the bot puts in the activity's {@code summary}, which Teams shows in the chat list and the
     * notification instead of "Sent a card". Every card returned here has one; "" for any other JSON.
     */
    public static String summary(ObjectNode card) {
        return card == null ? "" : card.path("fallbackText").asText("");
    }

    // the rules every card follows whatever built it: primary actions, toggle ids, the summary
    private static ObjectNode finish(ObjectNode card) {
        Elements.finish(card);
        card.put("fallbackText", CardSummary.of(card));
        ObjectNode fitted = CardBudget.fit(card); // the summary counts towards the size too
        if (!fitted.has("fallbackText")) {
            fitted.put("fallbackText", CardSummary.of(fitted));
        }
        return fitted;
    }

    /**
     * An action item with the buttons {@code item.verbs()} and the {@code may*} flags allow. A classified item
     * shown outside a 1:1 chat shows only its number and classification, with no buttons and no refresh.
     */
    public static ObjectNode item(ItemCard item, Viewer viewer) {
        return finish(CardBudget.fit(ItemCards.item(item, viewer)));
    }

    /** A page of action items; classified subjects are hidden outside a 1:1 chat. */
    public static ObjectNode itemList(ItemList list, Viewer viewer) {
        return finish(ListCards.itemList(list, viewer));
    }

    /**
     * An executive action with its progress (in words and as a bar) and one page of its items, each with an "Open"
     * button ({@link CardVerbs#ITEM_VIEW}); the paging buttons send {@link CardVerbs#ACTION_ITEMS}.
     */
    public static ObjectNode action(ActionCard action, Viewer viewer) {
        return finish(ActionCards.action(action, viewer));
    }

    /** A piece of correspondence with the triage buttons the {@code may*} flags allow. */
    public static ObjectNode correspondence(CorrespondenceCard correspondence, Viewer viewer) {
        return finish(CorrespondenceCards.correspondence(correspondence, viewer));
    }

    /** A page of the secretariat's inbox, without "Log correspondence". */
    public static ObjectNode correspondenceInbox(List<CorrespondenceLine> lines, int page, boolean hasNext) {
        return correspondenceInbox(lines, page, hasNext, false);
    }

    /**
     * A page of the inbox: soonest due first, each row with an "Open" button whose letter offers "Back to the list"
     * (to this page); {@code mayLog} adds "Log correspondence" ({@link CardVerbs#FORM_LOG_CORRESPONDENCE}).
     */
    public static ObjectNode correspondenceInbox(List<CorrespondenceLine> lines, int page, boolean hasNext,
            boolean mayLog) {
        return finish(CorrespondenceCards.inbox(lines, page, hasNext, mayLog));
    }

    /**
     * The card with a "Back to the list" button on top ({@code title}, e.g. {@link BackTo#TO_THE_INBOX}), and the
     * list's place added to the data of each of its buttons ({@link BackTo#LIST_FIELD}, {@link BackTo#PAGE_FIELD},
     * {@link BackTo#ACTION_FIELD}) so the answer to any of them can offer the way back too; a blank {@code title} is
     * {@link BackTo#title()}. Changes and returns {@code card}.
     */
    public static ObjectNode withBack(ObjectNode card, BackTo back, String title) {
        return finish(BackCards.withBack(card, back, title));
    }

    public static ObjectNode authority(AuthorityCard authority) {
        return finish(AuthorityCards.authority(authority));
    }

    /** The first page of the authorities, with no next page. */
    public static ObjectNode authorities(List<AuthorityLine> lines) {
        return authorities(lines, 0, false);
    }

    /**
     * A page of the authorities, paged by {@link CardVerbs#AUTHORITY_LIST}; each row opens its authority
     * ({@link CardVerbs#AUTHORITY_VIEW}), which offers "Back to the list" to this page.
     */
    public static ObjectNode authorities(List<AuthorityLine> lines, int page, boolean hasNext) {
        return finish(AuthorityCards.authorities(lines, page, hasNext));
    }

    /**
     * The commands this person can use, as the features declare them for the person: those of their role first, under
     * a line naming the roles ({@code manager}, {@code secretariat}, {@code admin}), each command with a button also a
     * button.
     */
    public static ObjectNode help(List<HelpCommand> commands, boolean manager, boolean secretariat, boolean admin) {
        return finish(HelpCards.help(commands, new HelpCards.Roles(manager, secretariat, admin)));
    }

    /**
     * The items whose Planner sync failed (admins), each opening its item, with a "Retry all" button
     * ({@link CardVerbs#SYNC_RETRY}); {@code more} says the list goes on beyond these.
     */
    public static ObjectNode syncFailures(List<SyncFailureLine> failures, boolean more) {
        return finish(SyncCards.failures(failures, more));
    }

    /** The welcome on install, with the commands of {@link #help}: their role's work first. */
    public static ObjectNode welcome(String firstName, List<HelpCommand> commands, boolean manager,
            boolean secretariat, boolean admin) {
        return finish(CardBudget.fit(HelpCards.welcome(firstName, commands, new HelpCards.Roles(manager, secretariat,
                admin))));
    }

    /** For a Teams user who is not linked to a person in excoord. */
    public static ObjectNode unknownUser(String displayName) {
        return finish(CardBudget.fit(HelpCards.unknownUser(displayName)));
    }

    /** One line of text: a confirmation or an error. */
    public static ObjectNode message(String text) {
        return finish(CardBudget.fit(HelpCards.message(text)));
    }

    /**
     * One line of text with one link button (an https link, else the button is left out): a note that sends the
     * person somewhere else, e.g. to their 1:1 chat with the bot.
     */
    public static ObjectNode message(String text, String linkTitle, String url) {
        ObjectNode card = HelpCards.message(text);
        if (Elements.isWebLink(url)) {
            Elements.addActions(card, java.util.List.of(Elements.openUrl(linkTitle, url)));
        }
        return finish(card);
    }

    public static ObjectNode newItemForm(List<Option> assignees, List<Option> executiveActions) {
        return newItemForm(assignees, executiveActions, null);
    }

    /**
     * The new-item form: subject, description, due date (not before {@code today}), priority (Medium), assignee and
     * executive action; it sends {@link CardVerbs#ITEM_CREATE}.
     */
    public static ObjectNode newItemForm(List<Option> assignees, List<Option> executiveActions, LocalDate today) {
        return finish(FormCards.newItem(assignees, executiveActions, today));
    }

    public static ObjectNode logCorrespondenceForm(List<Option> types, List<Option> orgUnits) {
        return finish(FormCards.logCorrespondence(types, orgUnits));
    }

    /** Duties on one page of {@link #analysisDuties}. */
    public static final int DUTIES_PAGE_SIZE = 10;

    /**
     * An authority's analysis, compact: title, a short summary, the agency's soonest duties, "All duties", the form
     * to draft items from the agency's duties (nothing picked in advance), the source document, and the result of
     * the last press with its Undo.
     */
    public static ObjectNode analysis(AnalysisCard analysis) {
        return finish(AnalysisCards.analysis(analysis));
    }

    /** One page of all the duties of an analysis, each marked as the agency's or not. */
    public static ObjectNode analysisDuties(DutiesCard duties) {
        return finish(AnalysisCards.duties(duties));
    }

    /** Impacts and risks of an authority for one org unit, each with its section. */
    public static ObjectNode impacts(ImpactsCard impacts) {
        return finish(AnalysisCards.impacts(impacts));
    }

    // --- nudges (issue 11): what the bot sends unasked, and the controls over it

    /**
     * A person's digest: Overdue, Due today, Due soon, each line with Open, Start (when it can start) and Snooze
     * (1 day, 3 days, until a date, or mute); "and N more" with "All my items" beyond what fits; a "Settings" button;
     * its {@code refresh} ({@link CardVerbs#DIGEST_REFRESH}) for the viewer redraws it in place. No lines: "nothing
     * due".
     */
    public static ObjectNode digest(DigestCard digest, Viewer viewer) {
        return finish(NudgeCardBuilders.digest(digest, viewer));
    }

    /** A manager's team digest, grouped by person, each line with Nudge, Reassign and Open. */
    public static ObjectNode teamDigest(TeamDigestCard team, Viewer viewer) {
        return finish(NudgeCardBuilders.teamDigest(team, viewer));
    }

    /** An overdue item escalated to a manager: level, working days overdue, assignee; Nudge, Reassign, Open. */
    public static ObjectNode escalation(EscalationCard escalation, Viewer viewer) {
        return finish(NudgeCardBuilders.escalation(escalation, viewer));
    }

    /** A newly assigned item that cannot wait for tomorrow's digest: Open, Start (when it can), Snooze. */
    public static ObjectNode dueNow(NudgeLine line, LocalDate today, Viewer viewer) {
        return finish(NudgeCardBuilders.dueNow(line, today, viewer));
    }

    /** A correspondence whose reply is due today (or overdue), with Open. */
    public static ObjectNode correspondenceDue(CorrespondenceLine line) {
        return finish(NudgeCardBuilders.correspondenceDue(line));
    }

    /** The secretariat's digest: correspondence not acknowledged within its SLA, and due for reply. */
    public static ObjectNode secretariatDigest(List<CorrespondenceLine> unacknowledged,
            List<CorrespondenceLine> dueForReply, int more) {
        return finish(NudgeCardBuilders.secretariatDigest(unacknowledged == null ? List.of() : unacknowledged,
                dueForReply == null ? List.of() : dueForReply, more));
    }

    /**
     * Changes meant for the viewer, one or several folded into one card ("Assigned to you by Patti Fernandez",
     * "No longer yours — reassigned to Megan Bowen" without buttons, "Returned to you by …" with the comment, …).
     */
    public static ObjectNode notifications(List<NotificationLine> lines, Viewer viewer) {
        return finish(NudgeCardBuilders.notifications(lines == null ? List.of() : lines, viewer));
    }

    /** The words of one notification, e.g. "Assigned to you by Patti Fernandez". */
    public static String notificationTitle(NotificationLine line) {
        return NudgeCardBuilders.what(line);
    }

    /**
     * The card with a banner on top for a delegate: "For Megan Bowen, who is out of office until Fri, Dec 4, 2026."
     * Changes and returns {@code card}.
     */
    public static ObjectNode forDelegate(ObjectNode card, String delegatorName, LocalDate until) {
        return finish(NudgeCardBuilders.forDelegate(card, delegatorName, until, null));
    }

    /**
     * As {@link #forDelegate(ObjectNode, String, LocalDate)}; a digest's refresh and its lines' buttons also carry
     * {@value NudgeCardBuilders#FOR_PERSON} (the delegator's id), so the redraw is the delegator's digest again. The
     * bot checks the delegation before it draws it.
     */
    public static ObjectNode forDelegate(ObjectNode card, String delegatorName, LocalDate until, Long delegatorId) {
        return finish(NudgeCardBuilders.forDelegate(card, delegatorName, until, delegatorId));
    }

    /** The settings card ({@code settings}): digest time or off, team digest, urgent messages, delegate, snoozes. */
    public static ObjectNode settings(SettingsCard settings) {
        return finish(NudgeCardBuilders.settings(settings));
    }

    /** A one-line answer under a redrawn card's heading ("I reminded Alex of AI-2026-000004."). Changes {@code card}. */
    public static ObjectNode withNotice(ObjectNode card, String notice) {
        if (notice == null || notice.isBlank()) {
            return card;
        }
        Elements.body(card).insert(Math.min(1, Elements.body(card).size()), Elements.text(notice));
        return finish(card);
    }

    /**
     * The card with a line saying who learns of the change just made ("Megan Bowen will be told."), under its
     * title; unchanged when nobody is told. Changes and returns {@code card}.
     */

    public static ObjectNode withTold(ObjectNode card, List<String> names) {
        List<String> told = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank())
                .distinct().toList();
        if (told.isEmpty()) {
            return card;
        }
        String who = told.size() == 1 ? told.get(0) : String.join(", ", told.subList(0, told.size() - 1)) + " and "
                + told.get(told.size() - 1);
        com.fasterxml.jackson.databind.node.ArrayNode body = Elements.body(card);
        body.insert(Math.min(1, body.size()), Elements.subtle(who + " will be told."));
        return finish(card);
    }

    /**
     * An item card with "I have read this" for its assignee when the item asks for acknowledgement, or who read it and
     * when (for the originator and the others). Changes and returns {@code card}.
     *
     * @param acknowledgedBy who acknowledged it; null when nobody has
     */
    public static ObjectNode withAcknowledgement(ObjectNode card, long itemId, boolean mayAcknowledge,
            String acknowledgedBy, java.time.Instant acknowledgedAt) {
        com.fasterxml.jackson.databind.node.ArrayNode body = Elements.body(card);
        int at = Math.min(1, body.size());
        if (acknowledgedBy != null) {
            body.insert(at, Elements.subtleWithInstant("Read by " + acknowledgedBy, acknowledgedAt));
        } else if (mayAcknowledge) {
            ObjectNode data = Elements.object();
            data.put("itemId", itemId);
            ObjectNode set = Elements.object();
            set.put("type", "ActionSet");
            set.putArray("actions").add(Elements.execute("I have read this", CardVerbs.ITEM_ACKNOWLEDGE, data));
            body.insert(at, set);
            body.insert(at, Elements.text("This item asks you to confirm that you have read it."));
        }
        return finish(card);
    }
}
