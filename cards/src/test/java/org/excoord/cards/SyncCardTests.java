package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertHostileIsText;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executeWithVerb;
import static org.excoord.cards.CardAssertions.verbs;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Planner sync line of the item card, and the administrator's list of sync failures. */
class SyncCardTests {

    private static final String TASK_URL = "https://planner.cloud.microsoft/webui/plan/p1/task/t1";

    @Test
    void anItemInPlannerSaysSoInOneLineWithAnOpenInPlannerButton() throws Exception {
        ObjectNode card = Cards.item(SampleData.item(new ItemCard.Sync("SYNCED", null, TASK_URL)),
                SampleData.PERSONAL);

        assertValidCard(card);
        assertThat(syncLines(card)).containsExactly("In Planner");
        List<ObjectNode> open = openUrls(card);
        assertThat(open).singleElement().satisfies(button -> {
            assertThat(button.path("title").asText()).isEqualTo("Open in Planner");
            assertThat(button.path("url").asText()).isEqualTo(TASK_URL);
        });
        // right after the verbs that move the work forward, so it stays among the buttons side by side
        assertThat(card.path("actions").get(2).path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(verbs(card)).contains("item.submit", "item.complete");
    }

    @Test
    void aPendingOrFailedItemWhoseTaskExistsStillOpensItInPlanner() throws Exception {
        ObjectNode pending = Cards.item(SampleData.item(new ItemCard.Sync("PENDING", null, TASK_URL)),
                SampleData.PERSONAL);
        ObjectNode failed = Cards.item(SampleData.item(new ItemCard.Sync("FAILED", "the plan is full", TASK_URL)),
                SampleData.PERSONAL);

        assertValidCard(pending);
        assertThat(syncLines(pending)).containsExactly("Syncing to Planner…");
        assertThat(syncLines(failed)).containsExactly("Planner sync failed: the plan is full");
        for (ObjectNode card : List.of(pending, failed)) {
            assertThat(openUrls(card)).singleElement().satisfies(button -> {
                assertThat(button.path("title").asText()).isEqualTo("Open in Planner");
                assertThat(button.path("url").asText()).isEqualTo(TASK_URL);
            });
        }
        assertThat(openUrls(Cards.item(SampleData.item(new ItemCard.Sync("PENDING", null, null)),
                SampleData.PERSONAL))).as("no task yet").isEmpty();
        assertThat(openUrls(Cards.item(SampleData.item(new ItemCard.Sync("NOT_LINKED", null, TASK_URL)),
                SampleData.PERSONAL))).as("the unit left Planner").isEmpty();
    }

    @Test
    void aFailedSyncShowsTheReasonWhenTheModelCarriesOne() throws Exception {
        ObjectNode withReason = Cards.item(SampleData.item(new ItemCard.Sync("FAILED",
                "Alex Wilber has no Planner licence", null)), SampleData.PERSONAL);
        ObjectNode withoutReason = Cards.item(SampleData.item(new ItemCard.Sync("FAILED", null, null)),
                SampleData.PERSONAL);

        assertValidCard(withReason);
        assertThat(syncLines(withReason)).containsExactly("Planner sync failed: Alex Wilber has no Planner licence");
        assertThat(syncLines(withoutReason)).containsExactly("Planner sync failed");
        assertThat(openUrls(withReason)).isEmpty();
    }

    @Test
    void anItemWithoutAPlanOrWithoutSyncHasNoSyncLine() throws Exception {
        for (ItemCard.Sync sync : new ItemCard.Sync[] {null, new ItemCard.Sync("NOT_LINKED", null, null),
                new ItemCard.Sync(null, null, null)}) {
            ObjectNode card = Cards.item(SampleData.item(sync), SampleData.PERSONAL);
            assertValidCard(card);
            assertThat(visibleText(card)).doesNotContain("Planner");
            assertThat(openUrls(card)).isEmpty();
        }
    }

    @Test
    void onlyAnHttpsTaskLinkBecomesAButton() {
        for (String url : new String[] {"javascript:alert(1)", "http://planner.example/task", "file:///etc/passwd",
                "https://", "https://planner.example/a b", "https://planner.example/\n", "//planner.example/x",
                "https://planner.example/" + "x".repeat(3000), ""}) {
            ObjectNode card = Cards.item(SampleData.item(new ItemCard.Sync("SYNCED", null, url)), SampleData.PERSONAL);
            assertThat(openUrls(card)).as(url).isEmpty();
            assertThat(syncLines(card)).as(url).containsExactly("In Planner");
        }
    }

    @Test
    void aHostileReasonIsShownAsTextAndKeptShort() throws Exception {
        ObjectNode card = Cards.item(SampleData.hostileItem(), SampleData.PERSONAL);

        assertHostileIsText(card);
        assertThat(syncLines(card)).singleElement().satisfies(line -> {
            assertThat(line).startsWith("Planner sync failed: ");
            assertThat(CardAssertions.unescape(line).length()).isLessThanOrEqualTo(ItemCards.MAX_SYNC_CHARS);
        });
        assertThat(openUrls(card)).isEmpty();
    }

    @Test
    void aClassifiedItemOutsideAPersonalChatShowsNoSyncState() {
        ItemCard secret = SampleData.item(true, List.of("SUBMIT"));
        ItemCard synced = new ItemCard(secret.id(), secret.number(), secret.subject(), secret.details(),
                secret.status(), secret.statusLabel(), secret.priority(), secret.dueDate(), secret.overdue(),
                secret.assignee(), secret.executiveAction(), secret.authority(), secret.classificationLabel(), true,
                secret.recentComments(), secret.verbs(), true, true, true, secret.reassignTo(), secret.version(), null,
                secret.refreshUserIds(), new ItemCard.Sync("FAILED", "the plan is full", TASK_URL),
                secret.assigneeTeamsId());

        ObjectNode card = Cards.item(synced, SampleData.GROUP);

        assertThat(visibleText(card)).doesNotContain("Planner", "plan is full");
        assertThat(openUrls(card)).isEmpty();
    }

    @Test
    void theFailureListNamesEachItemAndItsReasonWithOneRetryAllButton() throws Exception {
        ObjectNode card = Cards.syncFailures(SampleData.syncFailures(), false);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("Planner sync failures",
                "AI-2026-000042 · the plan is full (Planner allows 9,000 tasks)", "3 attempts · last in sync ",
                "AI-2026-000043 · Alex Wilber has no Planner licence", "1 attempt · never in Planner");
        assertThat(verbs(card)).containsExactly("item.view", "item.view", "sync.retry");
        ObjectNode retry = executeWithVerb(card, CardVerbs.SYNC_RETRY);
        assertThat(retry.path("title").asText()).isEqualTo("Retry all");
        assertThat(retry.path("data").isEmpty()).isTrue();
        assertThat(executeWithVerb(card, CardVerbs.ITEM_VIEW).path("data").path("itemId").asLong()).isEqualTo(42);
        assertThat(visibleText(card)).doesNotContain("and more");
    }

    @Test
    void anEmptyFailureListSaysSoAndOffersNoRetry() throws Exception {
        ObjectNode card = Cards.syncFailures(List.of(), false);

        assertValidCard(card);
        assertThat(visibleText(card)).contains("No item failed to sync to Planner.");
        assertThat(verbs(card)).isEmpty();
    }

    @Test
    void aLongHostileFailureListFitsAndSaysThereIsMore() throws Exception {
        List<SyncFailureLine> lines = IntStream.range(0, 60).mapToObj(i -> new SyncFailureLine(i,
                SampleData.LINK, SampleData.HOSTILE + " " + SampleData.TEN_KB, i, SampleData.AT)).toList();

        ObjectNode card = Cards.syncFailures(lines, true);

        assertHostileIsText(card);
        assertThat(visibleText(card)).contains("and more");
        assertThat(verbs(card)).contains("sync.retry");
    }

    private static List<String> syncLines(ObjectNode card) {
        return CardAssertions.all(card, node -> node.path("type").asText().equals("TextBlock")
                && node.path("text").asText().contains("Planner")).stream().map(n -> n.path("text").asText()).toList();
    }

    private static List<ObjectNode> openUrls(ObjectNode card) {
        return CardAssertions.all(card, node -> node.path("type").asText().equals("Action.OpenUrl"));
    }
}
