package org.excoord.bot.nudges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.actionitem.ItemVerb;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.nudge.Notification;
import org.excoord.nudge.NotificationKind;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.PlannedNudge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nudge cards drawn from the records as they are now, and the conversation's nudge feature: digest lines acted on
 * redraw the digest, snooze and mute, settings and delegation, invalid card data answered with a card; who will be
 * told and "I have read this" on item cards. The nudge ports are faked ({@link NudgePortFakes}); the rest is real.
 */
@Import(NudgePortFakes.class)
class NudgeConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private NudgeCardDrawer drawer;
    private NudgePortFakes.FakePlanner planner;
    private NudgePortFakes.FakeSettings settings;
    private NudgePortFakes.FakeDelegations delegations;
    private NudgePortFakes.FakeNotifications notifications;
    private ActionItemManagement items;
    private Person manager;
    private Person staff;
    private Person colleague;
    private ActionItem overdue;
    private ActionItem dueToday;
    private ActionItem dueSoon;
    private ActionItem closed;
    private LocalDate today;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        drawer = context.getBean(NudgeCardDrawer.class);
        planner = context.getBean(NudgePortFakes.FakePlanner.class);
        settings = context.getBean(NudgePortFakes.FakeSettings.class);
        delegations = context.getBean(NudgePortFakes.FakeDelegations.class);
        notifications = context.getBean(NudgePortFakes.FakeNotifications.class);
        notifications.written.clear();
        items = context.getBean(ActionItemManagement.class);
        OrgUnit unit = fixtures.unit("Nudge Office", null);
        manager = fixtures.manager("Nora Manager", unit);
        staff = fixtures.person("Sam Staff", unit);
        colleague = fixtures.person("Megan Colleague", unit);
        Actor boss = fixtures.actor(manager);
        today = items.today();
        overdue = create("Send the overdue report", today.plusDays(10), boss);
        dueToday = create("Answer the Secretary", today.plusDays(10), boss);
        dueSoon = create("Draft the memo", today.plusDays(2), boss);
        closed = create("Already done", today.plusDays(10), boss);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("update action_item set due_date = ? where id = ?", today.minusDays(3), overdue.getId());
        jdbc.update("update action_item set due_date = ? where id = ?", today, dueToday.getId());
        jdbc.update("update action_item set status = 'CANCELLED' where id = ?", closed.getId());
        // the overdue one is under way: it offers no Start
        ActionItem o = items.view(overdue.getId(), fixtures.actor(staff)).orElseThrow();
        items.apply(o.getId(), ItemVerb.START, o.getVersion(), null, null, fixtures.actor(staff)).orElseThrow();
    }

    private ActionItem create(String subject, LocalDate due, Actor boss) {
        return items.create(NewActionItem.adHoc(subject, staff.getId(), due, null), boss).orElseThrow();
    }

    private PlannedNudge digestPlan(Person person, Person recipient, ActionItem... lines) {
        return new PlannedNudge(person.getId(), recipient.getId(), NudgeKind.DIGEST, 0, today, "test",
                java.util.Arrays.stream(lines).map(ActionItem::getId).toList(), lines.length + 2, 0);
    }

    @Test
    void theDigestIsDrawnFromTheRecordsAsTheyAreNowAndLeftOutWhenNothingIsLeft() throws Exception {
        PlannedNudge plan = digestPlan(staff, staff, overdue, dueToday, dueSoon, closed);
        ObjectNode card = draw(plan, staff).orElseThrow();
        String json = JSON.writeValueAsString(card);
        assertThat(json).contains(overdue.getNumber(), dueToday.getNumber(), dueSoon.getNumber(), "Overdue",
                "Due today", "Due soon", "and 2 more").doesNotContain(closed.getNumber());
        assertThat(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(NudgeCards.MAX_CARD_BYTES);
        assertThat(Cards.summary(card)).isEqualTo("Your digest: 1 overdue, 1 due today, 1 due soon, 2 more");
        assertThat(card.at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
        assertThat(card.at("/refresh/userIds/0").asText()).isEqualTo("29:" + staff.getId());
        // Start only on the lines that can start
        assertThat(card.findParents("verb").stream().filter(n -> n.path("type").asText().equals("Action.Execute")
                && n.path("verb").asText().equals(CardVerbs.DIGEST_START)).map(n -> n.at("/data/itemId").asLong()))
                .containsExactlyInAnyOrder(dueToday.getId(), dueSoon.getId());

        PlannedNudge onlyClosed = digestPlan(staff, staff, closed);
        assertThat(draw(onlyClosed, staff)).isEmpty();
    }

    @Test
    void aDelegatesCardSaysForWhomAndAnotherPersonsItemsAreNotListed() throws Exception {
        ObjectNode card = draw(digestPlan(staff, colleague, dueToday), colleague).orElseThrow();
        assertThat(JSON.writeValueAsString(card)).contains("For Sam Staff, who is out of office");
        // an item that is not (or no longer) the person's own is not in their digest
        assertThat(draw(digestPlan(colleague, colleague, dueToday), colleague)).isEmpty();
    }

    @Test
    void aDelegatesDigestIsRedrawnAsTheDelegatorsWhileTheDelegationLasts() throws Exception {
        ObjectNode sent = draw(digestPlan(staff, colleague, dueToday, dueSoon), colleague).orElseThrow();
        assertThat(sent.at("/refresh/action/data/forPersonId").asLong()).isEqualTo(staff.getId());
        planner.digests.put(staff.getId(), digestPlan(staff, colleague, dueToday, dueSoon));
        // no delegation: the card names someone the presser does not stand in for
        assertThat(press(colleague, CardVerbs.DIGEST_REFRESH, "{\"forPersonId\":" + staff.getId() + "}").card()
                .toString()).contains("no longer stand in for Sam Staff").doesNotContain(dueToday.getNumber());
        delegations.delegate(staff.getId(), colleague.getId(), today, today.plusDays(3), fixtures.actor(staff));
        String redrawn = press(colleague, CardVerbs.DIGEST_REFRESH, "{\"forPersonId\":" + staff.getId() + "}").card()
                .toString();
        assertThat(redrawn).contains("For Sam Staff, who is out of office", dueToday.getNumber());

        // a line opened by the delegate goes back to the delegator's digest, not the delegate's own
        ObjectNode opened = press(colleague, CardVerbs.ITEM_VIEW, openData(sent, CardVerbs.ITEM_VIEW,
                dueSoon.getId())).card();
        JsonNode back = opened.at("/body/0/actions/0");
        assertThat(back.path("title").asText()).isEqualTo("Back to the digest");
        assertThat(back.at("/data/forPersonId").asLong()).isEqualTo(staff.getId());
        assertThat(press(colleague, back.path("verb").asText(), back.path("data").toString()).card().toString())
                .contains("For Sam Staff, who is out of office", dueToday.getNumber());
        delegations.revoke(staff.getId(), fixtures.actor(staff));
        // once the delegation is over, Back shows nothing of Sam's
        assertThat(press(colleague, back.path("verb").asText(), back.path("data").toString()).card().toString())
                .contains("no longer stand in for Sam Staff").doesNotContain(dueToday.getNumber());
        assertThat(press(colleague, CardVerbs.ITEM_VIEW, "{\"itemId\":" + dueSoon.getId()
                + ",\"backList\":\"digest\",\"backForPerson\":\"x\"}").card().toString())
                .contains("backForPerson");
    }

    @Test
    void notificationsAreToldOnlyToTheirRecipientAndNoLongerYoursHasNoButtons() throws Exception {
        Notification gone = save(new Notification(staff.getId(), NotificationKind.UNASSIGNED, dueSoon.getId(), null,
                manager.getId(), null, Instant.now()));
        Notification returned = save(new Notification(staff.getId(), NotificationKind.RETURNED, dueToday.getId(), null,
                manager.getId(), "Add the cloud systems", Instant.now()));
        Notification someoneElses = save(new Notification(colleague.getId(), NotificationKind.ASSIGNED,
                dueToday.getId(), null, manager.getId(), null, Instant.now()));
        PlannedNudge plan = new PlannedNudge(staff.getId(), staff.getId(), NudgeKind.NOTIFICATION, gone.getId(), today,
                "test", List.of(gone.getId(), returned.getId(), someoneElses.getId()), 3, 0);
        String json = JSON.writeValueAsString(draw(plan, staff).orElseThrow());
        assertThat(json).contains("2 changes for you", "No longer yours", "Returned to you by Nora Manager",
                "Add the cloud systems").doesNotContain("Assigned to you");
        PlannedNudge onlyGone = new PlannedNudge(staff.getId(), staff.getId(), NudgeKind.NOTIFICATION, gone.getId(),
                today, "test", List.of(gone.getId()), 1, 0);
        ObjectNode alone = draw(onlyGone, staff).orElseThrow();
        assertThat(alone.findValues("verb")).isEmpty();
    }

    @Test
    void startOnADigestLineAnswersWithTheDigestRedrawnInPlace() {
        planner.digests.put(staff.getId(), digestPlan(staff, staff, overdue, dueToday, dueSoon));
        ActionItem line = items.view(dueToday.getId(), fixtures.actor(staff)).orElseThrow();
        ObjectNode card = press(staff, CardVerbs.DIGEST_START, "{\"itemId\":" + line.getId() + ",\"version\":"
                + line.getVersion() + "}").card();
        assertThat(items.view(line.getId(), fixtures.actor(staff)).orElseThrow().getStatus().label())
                .isEqualTo("In Progress");
        assertThat(card.at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
        assertThat(card.toString()).contains(line.getNumber() + " is now In Progress.");
        // the started line no longer offers Start
        assertThat(card.findValues("data").stream().filter(d -> d.path("itemId").asLong() == line.getId()
                && d.has("version") && !d.has("muted"))).isEmpty();

        String stale = press(staff, CardVerbs.DIGEST_START, "{\"itemId\":" + line.getId() + ",\"version\":"
                + line.getVersion() + "}").card().toString();
        assertThat(stale).contains("digest.refresh").contains("nothing was changed");
    }

    @Test
    void anItemOpenedFromADigestKeepsTheWayBackToIt() {
        planner.digests.put(staff.getId(), digestPlan(staff, staff, overdue, dueToday, dueSoon));
        ObjectNode digest = press(staff, CardVerbs.DIGEST_REFRESH, "{}").card();
        ObjectNode opened = press(staff, CardVerbs.ITEM_VIEW, openData(digest, CardVerbs.ITEM_VIEW, dueSoon.getId()))
                .card();
        assertThat(opened.toString()).contains(dueSoon.getNumber());
        JsonNode back = opened.at("/body/0/actions/0");
        assertThat(back.path("title").asText()).isEqualTo("Back to your digest");
        assertThat(back.path("verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
        // Start on the opened item keeps it; Back draws the digest as it is now
        ObjectNode started = press(staff, "item.start", openData(opened, "item.start", dueSoon.getId())).card();
        assertThat(started.toString()).contains("In Progress");
        assertThat(started.at("/body/0/actions/0/title").asText()).isEqualTo("Back to your digest");
        ObjectNode again = press(staff, back.path("verb").asText(), back.path("data").toString()).card();
        assertThat(again.at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
        assertThat(Cards.summary(again)).startsWith("Your digest:");

        // the team digest's lines come back to the team digest
        planner.teams.put(manager.getId(), new PlannedNudge(manager.getId(), manager.getId(), NudgeKind.TEAM_DIGEST, 0,
                today, "test", List.of(overdue.getId(), dueSoon.getId()), 2, 0));
        ObjectNode team = press(manager, CardVerbs.TEAM_DIGEST_REFRESH, "{}").card();
        ObjectNode fromTeam = press(manager, CardVerbs.ITEM_VIEW, openData(team, CardVerbs.ITEM_VIEW, overdue.getId()))
                .card();
        JsonNode toTeam = fromTeam.at("/body/0/actions/0");
        assertThat(toTeam.path("title").asText()).isEqualTo("Back to the team digest");
        assertThat(press(manager, toTeam.path("verb").asText(), toTeam.path("data").toString()).card()
                .at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.TEAM_DIGEST_REFRESH);
    }

    /** The data of the card's first {@code verb} button for the item (or letter) {@code id}. */
    private static String openData(JsonNode card, String verb, long id) {
        return card.findParents("verb").stream().filter(n -> n.path("type").asText().equals("Action.Execute")
                && n.path("verb").asText().equals(verb) && (n.at("/data/itemId").asLong() == id
                || n.at("/data/correspondenceId").asLong() == id)).findFirst().orElseThrow().path("data").toString();
    }

    @Test
    void snoozeAndMuteFromTheDigestRedrawItWithoutTheLine() {
        planner.digests.put(staff.getId(), digestPlan(staff, staff, overdue, dueToday, dueSoon));
        ObjectNode card = press(staff, CardVerbs.NUDGE_SNOOZE, "{\"itemId\":" + dueSoon.getId()
                + ",\"days\":\"3\",\"on\":\"digest\"}").card();
        assertThat(settings.controlOf(dueSoon.getId(), staff.getId()).orElseThrow().snoozedUntil())
                .isEqualTo(today.plusDays(3));
        assertThat(card.at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
        assertThat(card.toString()).contains("is snoozed until").doesNotContain("\"itemId\":" + dueSoon.getId() + ",");

        String until = today.plusDays(9).toString();
        press(staff, CardVerbs.NUDGE_SNOOZE, "{\"itemId\":" + dueToday.getId() + ",\"snoozeUntil" + dueToday.getId()
                + "\":\"" + until + "\",\"on\":\"digest\"}");
        assertThat(settings.controlOf(dueToday.getId(), staff.getId()).orElseThrow().snoozedUntil().toString())
                .isEqualTo(until);

        ObjectNode muted = press(staff, CardVerbs.NUDGE_MUTE, "{\"itemId\":" + overdue.getId()
                + ",\"muted\":\"true\",\"on\":\"digest\"}").card();
        assertThat(settings.controlOf(overdue.getId(), staff.getId()).orElseThrow().muted()).isTrue();
        assertThat(muted.toString()).contains("nothing due");
    }

    @Test
    void invalidCardDataIsAnsweredWithACardAndChangesNothing() {
        assertThat(press(staff, CardVerbs.NUDGE_SNOOZE, "{\"itemId\":" + dueSoon.getId() + ",\"snoozeUntil"
                + dueSoon.getId() + "\":\"not a date\"}").card().toString()).contains("is not a date");
        assertThat(press(staff, CardVerbs.NUDGE_SNOOZE, "{\"itemId\":" + dueSoon.getId() + ",\"days\":\"400\"}")
                .card().toString()).contains("nothing was changed");
        assertThat(press(staff, CardVerbs.NUDGE_SNOOZE, "{\"itemId\":" + dueSoon.getId() + ",\"snoozeUntil"
                + dueSoon.getId() + "\":\"" + today + "\"}").card().toString()).contains("after today");
        assertThat(press(staff, CardVerbs.SETTINGS_SAVE, "{\"digestTime\":\"25:99\"}").card().toString())
                .contains("not a time");
        assertThat(press(staff, CardVerbs.SETTINGS_SAVE, "{\"teamDigest\":\"HOURLY\"}").card().toString())
                .contains("nothing was changed");
        assertThat(press(staff, CardVerbs.DIGEST_START, "{\"itemId\":\"x\"}").card().toString())
                .contains("incomplete");
        assertThat(press(staff, CardVerbs.NUDGE_MUTE, "{\"itemId\":" + dueSoon.getId() + ",\"muted\":\"maybe\"}")
                .card().toString()).contains("incomplete");
        assertThat(settings.controlOf(dueSoon.getId(), staff.getId())).isEmpty();
        assertThat(settings.saved(staff.getId())).isFalse();
    }

    @Test
    void digestRefreshWithNothingPlannedSaysNothingIsDue() {
        planner.digests.remove(staff.getId());
        ObjectNode card = press(staff, CardVerbs.DIGEST_REFRESH, "{}").card();
        assertThat(Cards.summary(card)).isEqualTo("Your digest: nothing due");
    }

    @Test
    void theSettingsCommandSavesAndNamesADelegate() {
        Reply typed = conversation.onMessage(turn(staff, ChatKind.PERSONAL, "settings"), actor(staff)).get(0);
        assertThat(Cards.summary(typed.card())).isEqualTo("Your nudge settings");
        assertThat(typed.card().toString()).contains("digestTime", "Megan Colleague").doesNotContain("teamDigest");
        assertThat(conversation.onMessage(turn(manager, ChatKind.PERSONAL, "settings"), actor(manager)).get(0).card()
                .toString()).contains("teamDigest");

        ObjectNode saved = press(staff, CardVerbs.SETTINGS_SAVE,
                "{\"digestsOn\":\"false\",\"digestTime\":\"07:45\",\"urgentInQuietHours\":\"true\"}").card();
        assertThat(saved.toString()).contains("Saved.");
        assertThat(settings.preferencesOf(staff.getId()).digestsOn()).isFalse();
        assertThat(settings.preferencesOf(staff.getId()).digestTime()).hasToString("07:45");

        String delegated = press(staff, CardVerbs.DELEGATION_SET, "{\"delegateId\":\"" + colleague.getId()
                + "\",\"delegateFrom\":\"" + today + "\",\"delegateUntil\":\"" + today.plusDays(4) + "\"}").card()
                .toString();
        assertThat(delegations.activeFor(staff.getId(), today).orElseThrow().delegateId()).isEqualTo(colleague.getId());
        assertThat(delegated).contains("End delegation");
        assertThat(press(staff, CardVerbs.DELEGATION_SET, "{\"delegateId\":\"" + colleague.getId()
                + "\",\"delegateFrom\":\"" + today.plusDays(4) + "\",\"delegateUntil\":\"" + today + "\"}").card()
                .toString()).contains("comes before");
        press(staff, CardVerbs.DELEGATION_REVOKE, "{}");
        assertThat(delegations.activeFor(staff.getId(), today)).isEmpty();

        // help names the command
        assertThat(conversation.onMessage(turn(staff, ChatKind.PERSONAL, "help"), actor(staff)).get(0).card()
                .toString()).contains("settings");
    }

    @Test
    void aChangeForSomeoneElseSaysWhoWillBeTold() {
        ActionItem item = items.view(dueSoon.getId(), fixtures.actor(manager)).orElseThrow();
        notifications.written.add(new Notification(colleague.getId(), NotificationKind.ASSIGNED, item.getId(), null,
                manager.getId(), null, Instant.now()));
        notifications.written.add(new Notification(manager.getId(), NotificationKind.UNASSIGNED, item.getId(), null,
                manager.getId(), null, Instant.now())); // the actor is never told of their own change
        String card = press(manager, CardVerbs.ITEM_REASSIGN, "{\"itemId\":" + item.getId() + ",\"version\":"
                + item.getVersion() + ",\"assigneeId\":\"" + colleague.getId() + "\"}").card().toString();
        assertThat(card).contains("Megan Colleague will be told.").doesNotContain("Nora Manager will be told");
    }

    @Test
    void anItemThatAsksForAcknowledgementOffersIHaveReadThisToItsAssigneeAndShowsTheOriginatorWhoRead() {
        context.getBean(JdbcTemplate.class).update("update action_item set needs_acknowledgement = true where id = ?",
                dueSoon.getId());
        String forAssignee = conversation.onMessage(turn(staff, ChatKind.PERSONAL, "item " + dueSoon.getNumber()),
                actor(staff)).get(0).card().toString();
        assertThat(forAssignee).contains("I have read this", CardVerbs.ITEM_ACKNOWLEDGE);
        String forOriginator = conversation.onMessage(turn(manager, ChatKind.PERSONAL, "item " + dueSoon.getNumber()),
                actor(manager)).get(0).card().toString();
        assertThat(forOriginator).doesNotContain("I have read this");

        String answered = press(staff, CardVerbs.ITEM_ACKNOWLEDGE, "{\"itemId\":" + dueSoon.getId() + "}").card()
                .toString();
        assertThat(answered).contains("your acknowledgement is recorded", "Read by Sam Staff")
                .doesNotContain(CardVerbs.ITEM_ACKNOWLEDGE);
        assertThat(conversation.onMessage(turn(manager, ChatKind.PERSONAL, "item " + dueSoon.getNumber()),
                actor(manager)).get(0).card().toString()).contains("Read by Sam Staff");
    }

    @Test
    void theTeamDigestGroupsByPersonAndTheEscalationSaysHowOverdue() throws Exception {
        PlannedNudge team = new PlannedNudge(manager.getId(), manager.getId(), NudgeKind.TEAM_DIGEST, 0, today, "test",
                List.of(overdue.getId(), dueSoon.getId(), closed.getId()), 3, 0);
        String json = JSON.writeValueAsString(draw(team, manager).orElseThrow());
        // read by the one they belong to (a manager's own items are in their team digest too): "You", no Nudge
        assertThat(draw(team, staff).orElseThrow().toString()).contains("You (1 overdue)")
                .doesNotContain("Sam Staff", CardVerbs.NUDGE_ASSIGNEE);
        assertThat(json).contains("Sam Staff (1 overdue)", overdue.getNumber(), dueSoon.getNumber(),
                CardVerbs.NUDGE_ASSIGNEE, CardVerbs.NUDGE_REASSIGN, "people.assignable:" + overdue.getId())
                .doesNotContain(closed.getNumber());

        PlannedNudge escalation = new PlannedNudge(staff.getId(), manager.getId(), NudgeKind.ESCALATION,
                overdue.getId(), today, "test", List.of(overdue.getId()), 1, 2);
        ObjectNode escalated = draw(escalation, manager).orElseThrow();
        assertThat(Cards.summary(escalated)).startsWith("Escalated: " + overdue.getNumber() + " is ")
                .contains("overdue");
        assertThat(JSON.writeValueAsString(escalated)).contains("Level 2", "Sam Staff");
        PlannedNudge notOverdue = new PlannedNudge(staff.getId(), manager.getId(), NudgeKind.ESCALATION,
                dueSoon.getId(), today, "test", List.of(dueSoon.getId()), 1, 1);
        assertThat(draw(notOverdue, manager)).isEmpty();
    }

    @Test
    void aDueNowNudgeOffersStartAndIsLeftOutOnceClosedOrSnoozed() throws Exception {
        PlannedNudge now = new PlannedNudge(staff.getId(), staff.getId(), NudgeKind.DUE_NOW, dueSoon.getId(), today,
                "test", List.of(dueSoon.getId()), 1, 0);
        ObjectNode card = draw(now, staff).orElseThrow();
        assertThat(JSON.writeValueAsString(card)).contains("item.start", CardVerbs.NUDGE_SNOOZE, dueSoon.getNumber());
        settings.snooze(dueSoon.getId(), today.plusDays(3), fixtures.actor(staff));
        assertThat(draw(now, staff)).isEmpty();
        PlannedNudge gone = new PlannedNudge(staff.getId(), staff.getId(), NudgeKind.DUE_NOW, closed.getId(), today,
                "test", List.of(closed.getId()), 1, 0);
        assertThat(draw(gone, staff)).isEmpty();
    }

    @Test
    void theSecretariatDigestListsOpenLetters() throws Exception {
        Person secretariat = fixtures.person("Sue Secretariat", fixtures.unit("Secretariat", null),
                org.excoord.directory.Role.STAFF, org.excoord.directory.Role.SECRETARIAT);
        Long type = context.getBean(org.excoord.action.ExecutiveActionTypeRepository.class)
                .findByName("Security Protocols").orElseThrow().getId();
        long letter = context.getBean(org.excoord.correspondence.CorrespondenceLog.class).log(
                new org.excoord.correspondence.LogCorrespondence("A letter from Congress", null, type,
                        org.excoord.shared.Priority.MEDIUM, org.excoord.shared.SecurityClassification.UNCLASSIFIED,
                        today, new org.excoord.action.Receipt(Instant.now().minusSeconds(86_400 * 5),
                        org.excoord.action.MethodOfReceipt.MAIL, "A Sender", "Congress", secretariat.getOrgUnitId()),
                        null), fixtures.actor(secretariat)).orElseThrow().correspondence().getExecutiveActionId();
        PlannedNudge digest = new PlannedNudge(secretariat.getId(), secretariat.getId(), NudgeKind.SECRETARIAT_DIGEST,
                0, today, "test", List.of(letter), 4, 0);
        ObjectNode card = draw(digest, secretariat).orElseThrow();
        assertThat(JSON.writeValueAsString(card)).contains("A letter from Congress", "Not acknowledged", "and 3 more",
                CardVerbs.CORR_VIEW);
        // its digest cannot be drawn again on demand: an opened letter leads back to the inbox, where its letters are
        ObjectNode opened = press(secretariat, CardVerbs.CORR_VIEW, openData(card, CardVerbs.CORR_VIEW, letter)).card();
        assertThat(opened.toString()).contains("A letter from Congress");
        assertThat(opened.at("/body/0/actions/0/title").asText()).isEqualTo("Back to the inbox");
        assertThat(opened.at("/body/0/actions/0/verb").asText()).isEqualTo(CardVerbs.CORR_PAGE);
        PlannedNudge due = new PlannedNudge(secretariat.getId(), secretariat.getId(), NudgeKind.CORRESPONDENCE_DUE,
                letter, today, "test", List.of(letter), 1, 0);
        assertThat(Cards.summary(draw(due, secretariat).orElseThrow())).startsWith("Reply due today");
    }

    @Test
    void nudgeAndReassignFromTheTeamDigestGoThroughTheDomain() {
        // the assignee never talked to the bot: the manager is told so, nothing breaks
        assertThat(press(manager, CardVerbs.NUDGE_ASSIGNEE, "{\"itemId\":" + dueSoon.getId() + "}").card().toString())
                .contains("has not talked to the bot");
        // nobody reminds themselves (a manager's team digest lists their own items too)
        assertThat(press(staff, CardVerbs.NUDGE_ASSIGNEE, "{\"itemId\":" + dueSoon.getId() + "}").card().toString())
                .contains("nobody to remind");
        // a stranger may not nudge someone else's item
        Person stranger = fixtures.person("Stu Stranger", fixtures.unit("Elsewhere", null));
        assertThat(press(stranger, CardVerbs.NUDGE_ASSIGNEE, "{\"itemId\":" + dueSoon.getId() + "}").card().toString())
                .contains("access");

        ActionItem item = items.view(dueSoon.getId(), fixtures.actor(manager)).orElseThrow();
        assertThat(press(manager, CardVerbs.NUDGE_REASSIGN, "{\"itemId\":" + item.getId() + ",\"version\":"
                + item.getVersion() + "}").card().toString()).contains("Pick who");
        notifications.written.add(new Notification(colleague.getId(), NotificationKind.ASSIGNED, item.getId(), null,
                manager.getId(), null, Instant.now()));
        String card = press(manager, CardVerbs.NUDGE_REASSIGN, "{\"itemId\":" + item.getId() + ",\"version\":"
                + item.getVersion() + ",\"assignee" + item.getId() + "\":\"" + colleague.getId() + "\"}").card()
                .toString();
        assertThat(items.view(item.getId(), fixtures.actor(manager)).orElseThrow().getAssigneePersonId())
                .isEqualTo(colleague.getId());
        assertThat(card).contains("Reassigned to Megan Colleague", "Megan Colleague will be told.");
        assertThat(press(stranger, CardVerbs.NUDGE_REASSIGN, "{\"itemId\":" + item.getId() + ",\"version\":"
                + (item.getVersion() + 1) + ",\"assignee" + item.getId() + "\":\"" + stranger.getId() + "\"}")
                .card().toString()).doesNotContain("Reassigned to");
    }

    @Test
    void nudgeAndReassignOnTheTeamDigestRedrawItAndItSaysWhoCannotBeReached() {
        planner.teams.put(manager.getId(), new PlannedNudge(manager.getId(), manager.getId(), NudgeKind.TEAM_DIGEST, 0,
                today, "test", List.of(overdue.getId(), dueSoon.getId()), 2, 0));
        Reachability reachability = context.getBean(Reachability.class);
        reachability.mark(colleague.getId(), Reachability.State.BLOCKED, "they blocked the bot in Teams");
        try {
            String refreshed = press(manager, CardVerbs.TEAM_DIGEST_REFRESH, "{}").card().toString();
            assertThat(refreshed).contains(overdue.getNumber(), dueSoon.getNumber(), CardVerbs.TEAM_DIGEST_REFRESH,
                    "\"on\":\"team\"", "Not reachable in Teams", "Megan Colleague: they blocked the bot in Teams");

            // the assignee never talked to the bot: the digest is redrawn with why nothing was sent
            String nudged = press(manager, CardVerbs.NUDGE_ASSIGNEE, "{\"itemId\":" + dueSoon.getId()
                    + ",\"on\":\"team\"}").card().toString();
            assertThat(nudged).contains("I did not remind Sam Staff of " + dueSoon.getNumber() + ": ",
                    "has not talked to the bot", CardVerbs.TEAM_DIGEST_REFRESH);

            ActionItem item = items.view(dueSoon.getId(), fixtures.actor(manager)).orElseThrow();
            String reassigned = press(manager, CardVerbs.NUDGE_REASSIGN, "{\"itemId\":" + item.getId() + ",\"version\":"
                    + item.getVersion() + ",\"on\":\"team\",\"assignee" + item.getId() + "\":\"" + colleague.getId()
                    + "\"}").card().toString();
            assertThat(reassigned).contains(item.getNumber() + " is reassigned to Megan Colleague.",
                    CardVerbs.TEAM_DIGEST_REFRESH, overdue.getNumber());

            // a manager of nothing gets an empty team digest, not an error
            assertThat(press(staff, CardVerbs.TEAM_DIGEST_REFRESH, "{}").card().toString())
                    .contains("Nothing of your team is overdue");
        } finally {
            reachability.clear(colleague.getId());
        }
    }

    // --- helpers

    private Optional<ObjectNode> draw(PlannedNudge plan, Person recipient) {
        return drawer.draw(plan, fixtures.actor(recipient), "29:" + recipient.getId());
    }

    private Notification save(Notification n) {
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        jakarta.persistence.EntityManager em = context.getBean(jakarta.persistence.EntityManager.class);
        return tx.execute(s -> {
            em.persist(n);
            return n;
        });
    }

    private Reply press(Person person, String verb, String data) {
        try {
            return conversation.onAction(turn(person, ChatKind.PERSONAL, null), actor(person), verb, JSON.readTree(data));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    private static Turn turn(Person person, ChatKind chat, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), chat, text);
    }
}
