package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Priority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 through the bot's handlers: cancel and defer ask first and reopen (defect 6), "overdue" and "my team"
 * (defect 7), who reviews and who approved (defect 10), the new-item form (defect 12), and who will be told of a
 * submission or a return (defect 3).
 */
class ItemDecisionsConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private OrgUnit unit;
    private Person patti;
    private Person alex;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        unit = fixtures.unit("Decisions Office", null);
        patti = fixtures.manager("Patti Fernandez", unit);
        alex = fixtures.person("Alex Wilber", unit);
    }

    @Test
    void cancelNeedsAReasonThenTheCardSaysWhyAndOffersReopenToTheManagerOnly() {
        ActionItem item = itemFor(alex, "Draft the memo", today().plusDays(4));

        String refused = press(patti, "item.cancel", data(item)).card().toString();
        assertThat(refused).contains("say why you cancel");
        assertThat(status(item)).isEqualTo(ActionStatus.NEW);

        String cancelled = press(patti, "item.cancel", data(item).put("cancelReason", "Duplicate of AI-28")).card()
                .toString();
        assertThat(status(item)).isEqualTo(ActionStatus.CANCELLED);
        assertThat(cancelled).contains("Cancelled by Patti Fernandez on").contains(": Duplicate of AI-28")
                .contains("item.reopen").doesNotContain("item.dueDate").doesNotContain("item.reassign");
        assertThat(itemCard(alex, item)).doesNotContain("item.reopen");

        String reopened = press(patti, "item.reopen", data(current(item))).card().toString();
        assertThat(status(item)).isEqualTo(ActionStatus.NEW);
        assertThat(reopened).contains("item.start");
    }

    @Test
    void deferAsksUntilWhenRefusesThePastAndShowsTheDate() {
        ActionItem item = itemFor(alex, "Plan the rollout", today().plusDays(4));

        String past = press(patti, "item.defer", data(item).put("deferUntil", today().minusDays(1).toString()))
                .card().toString();
        assertThat(past).contains("is in the past");
        assertThat(status(item)).isEqualTo(ActionStatus.NEW);

        LocalDate until = today().plusDays(34);
        String deferred = press(patti, "item.defer", data(item).put("deferUntil", until.toString())).card().toString();
        assertThat(status(item)).isEqualTo(ActionStatus.DEFERRED);
        assertThat(current(item).getDeferredUntil()).isEqualTo(until);
        assertThat(deferred).contains("Deferred until " + until.format(java.time.format.DateTimeFormatter
                .ofPattern("EEE, MMM d, yyyy", java.util.Locale.US))).contains("item.reopen");
        // the assignee can neither start nor reopen a deferred item
        assertThat(itemCard(alex, item)).doesNotContain("item.start").doesNotContain("item.reopen");
    }

    /** Found in the Playground: the card offered Start on a step whose previous step was open, and then refused it. */
    @Test
    void aStepWaitingForThePreviousOneOffersNoStartAndSaysWhy() {
        ActionItem first = itemFor(alex, "Draft the memo first", today().plusDays(4));
        ActionItem second = itemFor(alex, "Review the drafted memo", today().plusDays(6));
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "update action_item set predecessor_id = ? where id = ?", first.getId(), second.getId());

        assertThat(itemCard(alex, second)).contains("Not ready to start: the previous step must be complete before "
                + second.getNumber() + " can start.").doesNotContain("item.start");
        assertThat(itemCard(alex, first)).contains("item.start").doesNotContain("Not ready to start");
    }

    /** "my items" is the reader's own: a row does not repeat their name; "my team" names each assignee. */
    @Test
    void myItemsRowsDoNotRepeatTheReadersName() {
        ActionItem item = itemFor(alex, "Send the weekly report", today().plusDays(3));

        assertThat(ask(alex, "my items")).contains(item.getNumber()).doesNotContain("Alex Wilber");
        assertThat(ask(patti, "my team")).contains(item.getNumber(), "Alex Wilber");
    }

    @Test
    void myTeamListsATeamsItemOnceAndOverdueFirst() {
        Person ben = fixtures.person("Ben Both", unit);
        Team team = fixtures.team("Both Team", unit, patti, alex, ben);
        ActionItem teamItem = items().create(new NewActionItem("Team task", null, null, null, null, team.getId(), null,
                null, null, null, today().plusDays(2), null, null, 0), fixtures.actor(patti)).orElseThrow();
        ActionItem late = itemFor(ben, "Late one", today().minusDays(3));

        String list = ask(patti, "my team");
        // a row names its item in its text and its button; a team's item has one row, as a person's does
        assertThat(occurrences(list, teamItem.getNumber())).isPositive()
                .isEqualTo(occurrences(list, late.getNumber()));
        assertThat(list.indexOf(late.getNumber())).isLessThan(list.indexOf(teamItem.getNumber()));
        assertThat(list).contains("Overdue");
    }

    @Test
    void overdueIsTheAskersOwnEvenForAManager() {
        ActionItem alexLate = itemFor(alex, "Alex is late", today().minusDays(2));
        ActionItem pattiLate = itemFor(patti, "Patti is late", today().minusDays(1));

        String managers = ask(patti, "overdue");
        assertThat(managers).contains(pattiLate.getNumber()).doesNotContain(alexLate.getNumber());
        String staff = ask(alex, "overdue");
        assertThat(staff).contains(alexLate.getNumber()).doesNotContain(pattiLate.getNumber());
        assertThat(ask(patti, "my team")).contains(alexLate.getNumber());
        assertThat(ask(patti, "help")).contains("your own overdue action items");
    }

    @Test
    void aSubmittedItemSaysWhoReviewsAndApprovalRecordsWhoWhenAndTheComment() {
        ActionItem item = itemFor(alex, "Write the report", today().plusDays(4));
        press(alex, "item.start", data(item));
        String submitted = press(alex, "item.submit", data(current(item))).card().toString();
        assertThat(submitted).contains("Waiting for review by Patti Fernandez");

        String approved = press(patti, "item.approve", data(current(item)).put("approvalComment", "looks good"))
                .card().toString();
        assertThat(status(item)).isEqualTo(ActionStatus.COMPLETE);
        assertThat(approved).contains("Approved by Patti Fernandez on").contains(": looks good")
                .doesNotContain("item.dueDate").doesNotContain("item.reassign");
    }

    /** Defect 3: a card that changes state for someone else says who will be told (the actor never is). */
    @Test
    void submittingAndReturningSayWhoWillBeTold() {
        ActionItem item = itemFor(alex, "Check the figures", today().plusDays(4));
        press(alex, "item.start", data(item));
        String submitted = press(alex, "item.submit", data(current(item))).card().toString();
        assertThat(submitted).contains("Patti Fernandez will be told.").doesNotContain("Alex Wilber will be told");

        String returned = press(patti, "item.return", data(current(item)).put("comment", "Recheck table 2")).card()
                .toString();
        assertThat(status(item)).isEqualTo(ActionStatus.RETURNED);
        assertThat(returned).contains("Alex Wilber will be told.").doesNotContain("Patti Fernandez will be told");
    }

    @Test
    void aCompletedItemsDueDateCannotBeChangedFromAStaleCard() {
        ActionItem item = itemFor(alex, "Close it", today().plusDays(4));
        items().apply(item.getId(), ItemVerb.START, item.getVersion(), null, fixtures.actor(alex)).orElseThrow();
        ActionItem done = items().apply(item.getId(), ItemVerb.COMPLETE, current(item).getVersion(), null,
                fixtures.actor(alex)).orElseThrow();

        String refused = press(patti, "item.dueDate", data(done).put("dueDate", today().plusDays(9).toString()))
                .card().toString();
        assertThat(refused).contains("can no longer change");
        assertThat(current(item).getDueDate()).isEqualTo(today().plusDays(4));
    }

    @Test
    void theNewItemFormTakesPriorityAndDescriptionAndRefusesAPastDueDate() {
        String form = ask(alex, "new item");
        assertThat(form).contains("\"min\":\"" + today() + "\"").contains("\"id\":\"priority\"")
                .contains("\"id\":\"details\"");

        String past = press(alex, "item.create", JSON.createObjectNode().put("subject", "Too late")
                .put("dueDate", today().minusDays(1).toString())).card().toString();
        assertThat(past).contains("The item was not created").contains("is in the past");

        String created = press(alex, "item.create", JSON.createObjectNode().put("subject", "Prepare the briefing")
                .put("details", "Two pages,\nwith the budget").put("priority", "HIGH")
                .put("dueDate", today().plusDays(3).toString())).card().toString();
        Matcher number = Pattern.compile("AI-\\d{4}-\\d{6}").matcher(created);
        assertThat(number.find()).isTrue();
        ActionItem item = items().viewByNumber(number.group(), fixtures.actor(alex)).orElseThrow();
        assertThat(item.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(item.getDetails()).isEqualTo("Two pages,\nwith the budget");
    }

    private ActionItem itemFor(Person assignee, String subject, LocalDate due) {
        return items().create(NewActionItem.adHoc(subject, assignee.getId(), due, null), fixtures.actor(patti))
                .orElseThrow();
    }

    private Reply press(Person who, String verb, ObjectNode data) {
        return conversation.onAction(turn(who, null), actor(who), verb, data);
    }

    private String ask(Person who, String text) {
        return conversation.onMessage(turn(who, text), actor(who)).get(0).card().toString();
    }

    private String itemCard(Person who, ActionItem item) {
        return ask(who, "item " + item.getNumber());
    }

    private static ObjectNode data(ActionItem item) {
        return JSON.createObjectNode().put("itemId", item.getId()).put("version", item.getVersion());
    }

    private ActionItem current(ActionItem item) {
        return items().view(item.getId(), fixtures.actor(patti)).orElseThrow();
    }

    private ActionStatus status(ActionItem item) {
        return current(item).getStatus();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private ActionItemManagement items() {
        return context.getBean(ActionItemManagement.class);
    }

    private LocalDate today() {
        return items().today();
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    private static Turn turn(Person person, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), ChatKind.PERSONAL,
                text);
    }
}
