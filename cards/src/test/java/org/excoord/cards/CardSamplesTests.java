package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes one sample of every card to {@code target/card-samples}, so a Node script can check them with
 * Microsoft's {@code adaptivecards} renderer, and checks that the source tree never spells the content type wrong.
 */
class CardSamplesTests {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    void writesOneSampleOfEveryCard() throws Exception {
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put("item", Cards.item(SampleData.item(false, List.of("START_REVIEW", "APPROVE", "RETURN", "CANCEL")),
                SampleData.PERSONAL));
        samples.put("item-in-progress", Cards.item(SampleData.item(), SampleData.PERSONAL));
        samples.put("item-long-comment", Cards.item(SampleData.itemWithLongComment(), SampleData.PERSONAL));
        samples.put("item-classified-group", Cards.item(SampleData.item(true, List.of("SUBMIT")), SampleData.GROUP));
        samples.put("item-hostile", Cards.item(SampleData.hostileItem(), SampleData.PERSONAL));
        samples.put("item-in-planner", Cards.item(SampleData.item(new ItemCard.Sync("SYNCED", null,
                "https://planner.cloud.microsoft/webui/plan/p1/task/t1")), SampleData.PERSONAL));
        samples.put("item-sync-failed", Cards.item(SampleData.item(new ItemCard.Sync("FAILED",
                "the plan is full (Planner allows 9,000 tasks)", null)), SampleData.PERSONAL));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        samples.put("item-submitted", Cards.item(SampleData.decided("SUBMITTED_FOR_REVIEW", "Submitted for Review",
                List.of("START_REVIEW", "APPROVE", "RETURN", "CANCEL"), true, "Patti Fernandez", null, null),
                SampleData.PERSONAL));
        samples.put("item-approved", Cards.item(SampleData.decided("COMPLETE", "Complete", List.of("REOPEN"), false,
                null, null, new ItemCard.Decision("APPROVED", "Patti Fernandez", today, "looks good")),
                SampleData.PERSONAL));
        samples.put("item-cancelled", Cards.item(SampleData.decided("CANCELLED", "Cancelled", List.of("REOPEN"), false,
                null, null, new ItemCard.Decision("CANCELLED", "Patti Fernandez", today, "Duplicate of AI-2026-000028")),
                SampleData.PERSONAL));
        samples.put("item-deferred", Cards.item(SampleData.decided("DEFERRED", "Deferred", List.of("REOPEN", "CANCEL"),
                true, null, java.time.LocalDate.of(2027, 1, 5), new ItemCard.Decision("DEFERRED", "Patti Fernandez",
                        today, null)), SampleData.PERSONAL));
        samples.put("item-new-with-defer", Cards.item(SampleData.decided("NEW", "New (Not Started)",
                List.of("START", "DEFER", "CANCEL"), true, null, null, null), SampleData.PERSONAL));
        samples.put("sync-failures", Cards.syncFailures(SampleData.syncFailures(), true));
        samples.put("item-list", Cards.itemList(SampleData.list(), SampleData.GROUP));
        samples.put("item-group-mention", Cards.item(SampleData.item(), SampleData.GROUP));
        samples.put("action", Cards.action(SampleData.action(false), SampleData.PERSONAL));
        samples.put("action-last-page", Cards.action(SampleData.action(false, 4, 2, false), SampleData.PERSONAL));
        samples.put("correspondence", Cards.correspondence(SampleData.correspondence(), SampleData.PERSONAL));
        samples.put("correspondence-inbox", Cards.correspondenceInbox(SampleData.inbox(), 1, true, true));
        samples.put("correspondence-opened", Cards.withBack(Cards.correspondence(SampleData.correspondence(),
                SampleData.PERSONAL), BackTo.inbox(1), BackTo.TO_THE_LIST));
        samples.put("item-opened", Cards.withBack(Cards.item(SampleData.item(), SampleData.PERSONAL),
                new BackTo(BackTo.MINE, 1), BackTo.TO_THE_LIST));
        samples.put("authority", Cards.authority(SampleData.authority()));
        samples.put("authorities", Cards.authorities(SampleData.authorities()));
        samples.put("authorities-page-2", Cards.authorities(SampleData.authorities(), 1, true));
        samples.put("authority-opened", Cards.withBack(Cards.authority(SampleData.authority()),
                new BackTo(BackTo.AUTHORITIES, 1), null));
        samples.put("item-opened-from-action", Cards.withBack(Cards.item(SampleData.item(), SampleData.PERSONAL),
                BackTo.action(4, 1), null));
        samples.put("analysis", Cards.analysis(SampleData.analysis(null)));
        samples.put("analysis-created", Cards.analysis(SampleData.analysis(new AnalysisCard.Result(
                "Created AI-2026-000101 and AI-2026-000102 under EA-2026-000004.", "101,102"))));
        samples.put("analysis-duties", Cards.analysisDuties(SampleData.dutiesPage(1)));
        samples.put("help", SampleData.help(true, true, false));
        samples.put("help-admin", SampleData.help(true, true, true));
        samples.put("welcome", SampleData.welcome("Alex", false, false, false));
        samples.put("welcome-secretariat", SampleData.welcome("Megan", false, true, false));
        samples.put("help-secretariat", SampleData.help(false, true, false));
        samples.put("help-manager", SampleData.help(true, false, false));
        samples.put("unknown-user", Cards.unknownUser("Pat Doe"));
        samples.put("message", Cards.message("Done: AI-2026-000042 is now In Progress."));
        samples.put("message-with-link", Cards.message("Alex Wilber, I keep your items out of shared chats, and we"
                + " have no 1:1 chat yet.", "Open our 1:1 chat",
                "https://teams.microsoft.com/l/chat/0/0?users=28:00000000-0000-0000-0000-000000000001&message=my%20items"));
        samples.put("message-text-as-typed", Cards.message("Costs < $5M & > $1M, **not** <at>Bob</at> {{DATE(x)}}"));
        samples.put("new-item-form", Cards.newItemForm(SampleData.people(),
                List.of(new Option("4", "EA-2026-000004 Implement EO 14028")), today));
        samples.put("log-correspondence-form", Cards.logCorrespondenceForm(
                List.of(new Option("1", "Congressional"), new Option("2", "Public inquiry")),
                List.of(new Option("11", "Office of the CIO"), new Option("12", "Office of the General Counsel"))));
        samples.put("nudge-digest", Cards.digest(NudgeCardTests.digest(), SampleData.PERSONAL));
        samples.put("nudge-digest-200", Cards.digest(new DigestCard(List.of(), List.of(), java.util.stream.IntStream
                .rangeClosed(1, 200).mapToObj(i -> NudgeCardTests.line(i, today.plusDays(1), false, true, "Alex"))
                .toList(), 0, today, null), SampleData.PERSONAL));
        samples.put("nudge-digest-delegated", Cards.forDelegate(Cards.digest(NudgeCardTests.digest(),
                SampleData.PERSONAL), "Megan Bowen", today.plusDays(2)));
        samples.put("nudge-team-digest", Cards.teamDigest(new TeamDigestCard("Office of the CIO", List.of(
                NudgeCardTests.line(1, today.minusDays(1), true, false, "Alex Wilber"),
                NudgeCardTests.line(2, today, false, false, "Megan Bowen")), 2, false, SampleData.people(),
                List.of(new TeamDigestCard.Unreachable("Lee Gu",
                        "the app is not installed for them in Teams", false, today.minusDays(2), true)), null), SampleData.PERSONAL));
        samples.put("nudge-escalation", Cards.escalation(new EscalationCard(NudgeCardTests.line(7, today.minusDays(5),
                true, false, "Alex Wilber"), 1, 3, "Office of the CIO", SampleData.people()), SampleData.PERSONAL));
        samples.put("nudge-due-now", Cards.dueNow(NudgeCardTests.line(3, today, false, true, "Alex"), today,
                SampleData.PERSONAL));
        samples.put("nudge-correspondence-due", Cards.correspondenceDue(SampleData.inbox().get(0)));
        samples.put("nudge-secretariat-digest", Cards.secretariatDigest(SampleData.inbox().subList(0, 1),
                SampleData.inbox().subList(1, SampleData.inbox().size()), 0));
        samples.put("nudge-notifications", Cards.notifications(List.of(new NotificationLine("RETURNED", "Patti Fernandez",
                null, "Add the cloud systems", 6L, null, "AI-2026-000006", "Inventory", SampleData.AT, false),
                new NotificationLine("UNASSIGNED", "Patti Fernandez", "Megan Bowen", null, 5L, null, "AI-2026-000005",
                        "Draft the memo", SampleData.AT, false)), SampleData.PERSONAL));
        samples.put("nudge-settings", Cards.settings(new SettingsCard(java.time.LocalTime.of(8, 30), true, "DAILY",
                false, null, SampleData.people(), today.plusDays(4), List.of(new SettingsCard.Control(6,
                "AI-2026-000006", "Memo", null, true)), today, null)));
        samples.put("item-told", Cards.withTold(Cards.item(SampleData.item(), SampleData.PERSONAL),
                List.of("Megan Bowen")));
        samples.put("item-acknowledge", Cards.withAcknowledgement(Cards.item(SampleData.item(), SampleData.PERSONAL),
                42, true, null, null));

        Path dir = Files.createDirectories(MODULE.resolve("target/card-samples"));
        for (Map.Entry<String, ObjectNode> sample : samples.entrySet()) {
            CardAssertions.assertValidCard(sample.getValue());
            Files.writeString(dir.resolve(sample.getKey() + ".json"),
                    CardAssertions.MAPPER.writeValueAsString(sample.getValue()),
                    StandardCharsets.UTF_8);
        }

        assertThat(dir.toFile().list()).hasSizeGreaterThanOrEqualTo(samples.size());
        assertThat(samples).allSatisfy((name, card) -> assertPrimaryActions(name, card));
    }

    /**
     * Defect 15: in every actions array of every sample (root, ActionSets, ShowCards) at most three actions are
     * buttons and they come first; the rest are in the overflow menu.
     */
    private static void assertPrimaryActions(String name, ObjectNode card) {
        for (ObjectNode owner : CardAssertions.all(card, node -> node.path("actions").isArray())) {
            List<String> modes = new java.util.ArrayList<>();
            owner.path("actions").forEach(action -> modes.add(action.path("mode").asText("primary")));
            assertThat(modes).as("modes in %s", name).hasSizeLessThanOrEqualTo(Elements.MAX_ACTIONS);
            assertThat(modes.subList(0, Math.min(3, modes.size()))).as("first three in %s", name)
                    .allMatch("primary"::equals);
            assertThat(modes.subList(Math.min(3, modes.size()), modes.size())).as("the rest in %s", name)
                    .allMatch("secondary"::equals);
        }
    }

    @Test
    void theModuleNeverSpellsTheContentTypeWrong() throws Exception {
        try (var files = Files.walk(MODULE.resolve("src"))) {
            List<Path> offenders = files.filter(Files::isRegularFile)
                    .filter(file -> read(file).contains(CardAssertions.CONTENT_TYPE_TYPO)).toList();
            assertThat(offenders).isEmpty();
        }
        assertThat(read(MODULE.resolve("README.md"))).doesNotContain(CardAssertions.CONTENT_TYPE_TYPO);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
