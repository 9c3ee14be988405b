package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cards of issue 11: digests, escalations, notifications, settings; and who will be told (issue 10 defect 3). */
class NudgeCardTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static NudgeLine line(long id, LocalDate due, boolean overdue, boolean mayStart, String assignee) {
        return new NudgeLine(id, "AI-2026-%06d".formatted(id), "Inventory the systems of office " + id, due, overdue,
                mayStart, 4, id % 3, assignee, false);
    }

    static DigestCard digest() {
        return new DigestCard(List.of(line(1, TODAY.minusDays(2), true, false, "Alex Wilber")),
                List.of(line(2, TODAY, false, true, "Alex Wilber")),
                List.of(line(3, TODAY.plusDays(2), false, true, "Alex Wilber")), 0, TODAY, null);
    }

    @Test
    void theDigestHasItsSectionsLinesAndButtonsAndRefreshesItselfForTheViewer() throws Exception {
        ObjectNode card = Cards.digest(digest(), SampleData.PERSONAL);
        CardAssertions.assertValidCard(card);
        String text = CardAssertions.visibleText(card);
        assertThat(text).contains("Overdue", "Due today", "Due soon", "AI-2026-000001 · Inventory the systems of office 1",
                "Due Mon, Nov 30, 2026 — Overdue", "Due Wed, Dec 2, 2026", "Due Fri, Dec 4, 2026");
        assertThat(Cards.summary(card)).isEqualTo("Your digest: 1 overdue, 1 due today, 1 due soon");
        assertThat(card.at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
        assertThat(card.at("/refresh/userIds/0").asText()).isEqualTo("29:alex");
        // Start only where the item can start (line 1 is in progress)
        assertThat(CardAssertions.executes(card).stream().filter(e -> e.path("verb").asText()
                .equals(CardVerbs.DIGEST_START)).map(e -> e.at("/data/itemId").asLong())).containsExactly(2L, 3L);
        ObjectNode snooze = CardAssertions.executes(card).stream().filter(e -> e.path("verb").asText()
                .equals(CardVerbs.NUDGE_SNOOZE) && e.at("/data/days").asText().equals("3")).findFirst().orElseThrow();
        assertThat(snooze.at("/data/on").asText()).isEqualTo("digest");
        assertThat(CardAssertions.input(card, "snoozeUntil2").path("min").asText()).isEqualTo("2026-12-03");
        assertThat(CardAssertions.verbs(card)).contains(CardVerbs.NUDGE_MUTE, CardVerbs.ITEM_VIEW,
                CardVerbs.SETTINGS_VIEW).doesNotContain(CardVerbs.LIST_PAGE);
    }

    @Test
    void aTwoHundredLineDigestStaysUnderTeamsLimitAndCountsWhatItLeftOut() throws Exception {
        List<NudgeLine> soon = IntStream.rangeClosed(1, 200).mapToObj(i -> line(i, TODAY.plusDays(1), false, true,
                "Alex Wilber")).toList();
        ObjectNode card = Cards.digest(new DigestCard(List.of(), List.of(), soon, 15, TODAY, null), SampleData.PERSONAL);
        String json = CardAssertions.assertValidCard(card);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(28 * 1024);
        int shown = (int) CardAssertions.executes(card).stream().filter(e -> e.path("verb").asText()
                .equals(CardVerbs.DIGEST_START)).count();
        assertThat(shown).isBetween(5, 199);
        assertThat(CardAssertions.visibleText(card)).contains("and " + (200 - shown + 15) + " more");
        assertThat(CardAssertions.executeWithVerb(card, CardVerbs.LIST_PAGE).at("/data/list").asText()).isEqualTo("mine");
    }

    @Test
    void anEmptyDigestSaysNothingIsDue() throws Exception {
        ObjectNode card = Cards.digest(new DigestCard(List.of(), List.of(), List.of(), 0, TODAY, null), SampleData.PERSONAL);
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).contains("Nothing is overdue, due today or due soon");
        assertThat(card.at("/refresh/action/verb").asText()).isEqualTo(CardVerbs.DIGEST_REFRESH);
    }

    @Test
    void theTeamDigestGroupsByPersonWithNudgeReassignAndOpen() throws Exception {
        List<NudgeLine> lines = List.of(line(1, TODAY.minusDays(1), true, false, "Alex Wilber"),
                line(4, TODAY.plusDays(1), false, false, "Alex Wilber"), line(2, TODAY, false, false, "Megan Bowen"));
        ObjectNode card = Cards.teamDigest(new TeamDigestCard("Office of the CIO", lines, 0, true, SampleData.people()), SampleData.PERSONAL);
        CardAssertions.assertValidCard(card);
        String text = CardAssertions.visibleText(card);
        assertThat(text).contains("Alex Wilber (1 overdue)", "Megan Bowen");
        assertThat(text.indexOf("AI-2026-000004")).isLessThan(text.indexOf("Megan Bowen"));
        assertThat(CardAssertions.verbs(card)).contains(CardVerbs.NUDGE_ASSIGNEE, CardVerbs.NUDGE_REASSIGN,
                CardVerbs.ITEM_VIEW);
        assertThat(CardAssertions.input(card, "assignee2").at("/choices.data/dataset").asText())
                .isEqualTo("people.assignable:2");
    }

    @Test
    void theReadersOwnItemsAreTheirsWithoutANudge() throws Exception {
        // lines 1 and 4 belong to person 1 (id % 3), who reads the card: a manager does not remind themselves
        List<NudgeLine> lines = List.of(line(1, TODAY.minusDays(1), true, false, "Alex Wilber"),
                line(4, TODAY.plusDays(1), false, false, "Alex Wilber"), line(2, TODAY, false, false, "Megan Bowen"));
        ObjectNode card = Cards.teamDigest(new TeamDigestCard("Office of the CIO", lines, 0, true, SampleData.people(),
                List.of(), 1L), SampleData.PERSONAL);
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).contains("You (1 overdue)", "Megan Bowen").doesNotContain("Alex Wilber");
        assertThat(CardAssertions.verbs(card).stream().filter(CardVerbs.NUDGE_ASSIGNEE::equals)).hasSize(1);
        assertThat(CardAssertions.executeWithVerb(card, CardVerbs.NUDGE_ASSIGNEE).at("/data/itemId").asLong()).isEqualTo(2);
    }

    @Test
    void theTeamDigestSaysWhoCannotBeReachedInTeamsAndWhatHappensInstead() throws Exception {
        List<TeamDigestCard.Unreachable> away = List.of(
                new TeamDigestCard.Unreachable("Lee Gu", "the app is not installed for them in Teams", false,
                        TODAY.minusDays(2), true),
                new TeamDigestCard.Unreachable("Joni Sherman", "they blocked the bot", true, TODAY.minusDays(9), false));
        ObjectNode card = Cards.teamDigest(new TeamDigestCard("Office of the CIO", List.of(line(1, TODAY, false, false,
                "Alex Wilber")), 0, false, SampleData.people(), away, null), SampleData.PERSONAL);
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).contains("Not reachable in Teams",
                "Lee Gu: the app is not installed for them in Teams (since ", "their digests go by email",
                "Joni Sherman: they blocked the bot", "nothing is sent to them");
        assertThat(CardAssertions.visibleText(Cards.teamDigest(new TeamDigestCard("Office of the CIO", List.of(line(1,
                TODAY, false, false, "Alex Wilber")), 0, false, SampleData.people()), SampleData.PERSONAL)))
                .doesNotContain("Not reachable");
    }

    @Test
    void theEscalationSaysItsLevelHowOverdueAndWhoHasIt() throws Exception {
        ObjectNode card = Cards.escalation(new EscalationCard(line(7, TODAY.minusDays(5), true, false, "Alex Wilber"),
                2, 3, "Office of the CIO", List.of(new Option("8", "Megan Bowen"))), SampleData.PERSONAL);
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).contains("Escalated: AI-2026-000007 is 3 working days overdue",
                "Assignee: Alex Wilber", "Level 2");
        assertThat(CardAssertions.verbs(card)).containsExactlyInAnyOrder(CardVerbs.NUDGE_ASSIGNEE,
                CardVerbs.ITEM_REASSIGN, CardVerbs.ITEM_VIEW);
    }

    @Test
    void notificationsSayWhatChangedAndNoLongerYoursHasNoButtons() throws Exception {
        NotificationLine unassigned = new NotificationLine("UNASSIGNED", "Patti Fernandez", "Megan Bowen", null, 5L,
                null, "AI-2026-000005", "Draft the memo", SampleData.AT, false);
        ObjectNode one = Cards.notifications(List.of(unassigned), SampleData.PERSONAL);
        CardAssertions.assertValidCard(one);
        assertThat(Cards.summary(one)).isEqualTo("No longer yours — reassigned to Megan Bowen");
        assertThat(CardAssertions.executes(one)).isEmpty();

        NotificationLine returned = new NotificationLine("RETURNED", "Patti Fernandez", null, "Add the cloud systems",
                6L, null, "AI-2026-000006", "Inventory", SampleData.AT, false);
        NotificationLine routed = new NotificationLine("CORRESPONDENCE_ROUTED", "Megan Bowen", null, null, null, 9L,
                "CORR-2026-000009", "Letter from Congress", SampleData.AT, false);
        NotificationLine mentioned = new NotificationLine("MENTIONED", "Lynne Robbins", null, SampleData.HOSTILE, 6L,
                null, "AI-2026-000006", "Inventory", SampleData.AT, false);
        ObjectNode folded = Cards.notifications(List.of(returned, routed, mentioned, unassigned), SampleData.PERSONAL);
        CardAssertions.assertHostileIsText(folded);
        assertThat(CardAssertions.visibleText(folded)).contains("4 changes for you", "Returned to you by Patti Fernandez",
                "Patti Fernandez: Add the cloud systems", "Routed to your unit by Megan Bowen", "Lynne Robbins mentioned you");
        assertThat(CardAssertions.verbs(folded)).containsExactly(CardVerbs.ITEM_VIEW, CardVerbs.CORR_VIEW,
                CardVerbs.ITEM_VIEW);
        for (String kind : List.of("ASSIGNED", "SUBMITTED", "APPROVED", "COMPLETED", "CORRESPONDENCE_ASSIGNED")) {
            assertThat(Cards.notificationTitle(new NotificationLine(kind, "X", null, null, 1L, null, "n", "s", null,
                    false))).isIn("Assigned to you by X", "Submitted for your review by X", "Approved by X",
                    "Completed by X");
        }
    }

    @Test
    void aCardForADelegateSaysForWhom() throws Exception {
        ObjectNode card = Cards.forDelegate(Cards.digest(digest(), SampleData.PERSONAL), "Megan Bowen",
                LocalDate.of(2026, 12, 4));
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).startsWith("For Megan Bowen, who is out of office until Fri, Dec 4, 2026");
    }

    @Test
    void theSettingsCardHasEveryChoiceAndTheSnoozes() throws Exception {
        SettingsCard s = new SettingsCard(LocalTime.of(8, 30), true, "WEEKLY", false,
                new SettingsCard.Delegate("Megan Bowen", TODAY, TODAY.plusDays(3)), SampleData.people(), null,
                List.of(new SettingsCard.Control(5, "AI-2026-000005", "Draft", TODAY.plusDays(3), false),
                        new SettingsCard.Control(6, "AI-2026-000006", "Memo", null, true)), TODAY, "Saved.");
        ObjectNode card = Cards.settings(s);
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.input(card, "digestTime").path("value").asText()).isEqualTo("08:30");
        assertThat(CardAssertions.input(card, "teamDigest").path("value").asText()).isEqualTo("WEEKLY");
        assertThat(CardAssertions.input(card, "digestsOn").path("value").asText()).isEqualTo("true");
        assertThat(CardAssertions.visibleText(card)).contains("Megan Bowen stands in for you from Wed, Dec 2, 2026",
                "Snoozed until Sat, Dec 5, 2026", "Muted");
        assertThat(CardAssertions.verbs(card)).contains(CardVerbs.SETTINGS_SAVE, CardVerbs.DELEGATION_SET,
                CardVerbs.DELEGATION_REVOKE, CardVerbs.NUDGE_MUTE);
        ObjectNode staff = Cards.settings(new SettingsCard(LocalTime.of(9, 0), false, null, true, null, List.of(),
                TODAY.plusDays(5), List.of(), TODAY, null));
        CardAssertions.assertValidCard(staff);
        assertThat(CardAssertions.inputs(staff)).extracting(n -> n.path("id").asText()).doesNotContain("teamDigest");
        assertThat(CardAssertions.visibleText(staff)).contains("Outlook says you are out of office until");
    }

    @Test
    void aCardThatChangesStateForSomeoneElseSaysWhoWillBeTold() throws Exception {
        ObjectNode card = Cards.withTold(Cards.item(SampleData.item(), SampleData.PERSONAL),
                List.of("Megan Bowen", "Megan Bowen", "Lynne Robbins"));
        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).contains("Megan Bowen and Lynne Robbins will be told.");
        ObjectNode untold = Cards.item(SampleData.item(), SampleData.PERSONAL);
        assertThat(Cards.withTold(untold.deepCopy(), List.of())).isEqualTo(untold);
    }

    @Test
    void anItemThatAsksForAcknowledgementOffersIHaveReadThisAndThenSaysWhoDid() throws Exception {
        ObjectNode ask = Cards.withAcknowledgement(Cards.item(SampleData.item(), SampleData.PERSONAL), 42, true, null,
                null);
        CardAssertions.assertValidCard(ask);
        assertThat(CardAssertions.executeWithVerb(ask, CardVerbs.ITEM_ACKNOWLEDGE).path("title").asText())
                .isEqualTo("I have read this");
        ObjectNode read = Cards.withAcknowledgement(Cards.item(SampleData.item(), SampleData.PERSONAL), 42, false,
                "Alex Wilber", Instant.parse("2026-12-02T15:00:00Z"));
        CardAssertions.assertValidCard(read);
        assertThat(CardAssertions.visibleText(read)).contains("Read by Alex Wilber · Wed, Dec 2, 2026 3:00 PM");
        assertThat(CardAssertions.verbs(read)).doesNotContain(CardVerbs.ITEM_ACKNOWLEDGE);
    }

    @Test
    void dueNowCorrespondenceDueAndTheSecretariatDigestAreValid() throws Exception {
        ObjectNode dueNow = Cards.dueNow(line(3, TODAY, false, true, "Alex Wilber"), TODAY, SampleData.PERSONAL);
        CardAssertions.assertValidCard(dueNow);
        assertThat(Cards.summary(dueNow)).isEqualTo("New for you, due today");
        assertThat(CardAssertions.verbs(dueNow)).contains("item.start", CardVerbs.NUDGE_SNOOZE);
        List<CorrespondenceLine> inbox = SampleData.inbox();
        ObjectNode due = Cards.correspondenceDue(inbox.get(0));
        CardAssertions.assertValidCard(due);
        ObjectNode secretariat = Cards.secretariatDigest(inbox.subList(0, 1), inbox.subList(1, inbox.size()), 3);
        CardAssertions.assertValidCard(secretariat);
        assertThat(CardAssertions.visibleText(secretariat)).contains("Not acknowledged", "Due for reply", "and 3 more");
        JsonNode inboxButton = CardAssertions.executeWithVerb(secretariat, CardVerbs.CORR_PAGE);
        assertThat(inboxButton.at("/data/page").asInt()).isZero();
    }
}
