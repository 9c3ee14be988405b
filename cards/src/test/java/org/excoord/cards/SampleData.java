package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Realistic models for the tests and the card samples, and their hostile twins. */
final class SampleData {

    static final String BOLD = "**bold**";
    static final String MENTION = "<at>Bob</at>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String LINK = "[x](http://evil)";
    static final String HOSTILE = BOLD + " " + MENTION + " " + SCRIPT + " " + LINK;
    static final String TEN_KB = "A".repeat(10 * 1024);

    static final Viewer PERSONAL = new Viewer("29:alex", true);
    static final Viewer GROUP = new Viewer("29:alex", false);

    /** Alex Wilber's Entra object id, as the demo directory has it. */
    static final String ALEX_OID = "00000000-0000-0000-0000-0000000000020";

    static final String SOURCE_URL = "https://www.federalregister.gov/documents/2021/05/17/2021-10460/improving-the-nations-cybersecurity";

    static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    static final Instant AT = Instant.parse("2026-11-29T14:02:00Z");

    /** Help as the bot's features list it for someone with these roles (a representative part of it). */
    static List<HelpCommand> helpCommands(boolean manager, boolean secretariat, boolean admin) {
        List<HelpCommand> commands = new ArrayList<>();
        if (admin) {
            commands.add(HelpCommand.of("sync failures", "items that did not sync to Planner, to retry them")
                    .button("Sync failures", CardVerbs.SYNC_FAILURES, null).forRole());
        }
        if (secretariat) {
            commands.add(HelpCommand.of("inbox", "correspondence waiting for triage, soonest due first")
                    .button("Inbox", CardVerbs.CORR_PAGE, HelpCommand.firstPageOfTheInbox()).forRole());
            commands.add(HelpCommand.of("log correspondence", "log a letter, email or call")
                    .button("Log correspondence", CardVerbs.FORM_LOG_CORRESPONDENCE, null).forRole());
        }
        if (manager) {
            commands.add(HelpCommand.of("my team", "the open action items of your team, overdue first")
                    .button("My team", CardVerbs.LIST_PAGE, HelpCommand.firstPage(BackTo.TEAM)).forRole());
        }
        commands.add(HelpCommand.of("my items", "your open action items")
                .button("My items", CardVerbs.LIST_PAGE, HelpCommand.firstPage(BackTo.MINE)));
        commands.add(HelpCommand.of("new item", "create an action item")
                .button("New item", CardVerbs.FORM_NEW_ITEM, null));
        commands.add(HelpCommand.of("item <number>", "one action item, e.g. item AI-2026-000042"));
        commands.add(HelpCommand.of("authority <number or EO number>", "one authority, e.g. authority EO 14028"));
        commands.add(HelpCommand.of("settings", "your morning digest, snoozed and muted items, and who stands in "
                + "for you").button("Settings", CardVerbs.SETTINGS_VIEW, null));
        commands.add(HelpCommand.of("help", "this list"));
        return commands;
    }

    static ObjectNode help(boolean manager, boolean secretariat, boolean admin) {
        return Cards.help(helpCommands(manager, secretariat, admin), manager, secretariat, admin);
    }

    static ObjectNode welcome(String firstName, boolean manager, boolean secretariat, boolean admin) {
        return Cards.welcome(firstName, helpCommands(manager, secretariat, admin), manager, secretariat, admin);
    }

    private SampleData() {
    }

    static ItemCard item(boolean classified, List<String> verbs) {
        return new ItemCard(42, "AI-2026-000042", "Inventory all software that handles sensitive data",
                "List each system with its owner and whether it meets the EO 14028 logging requirements.",
                "IN_PROGRESS", "In Progress", "High", DUE, true, "Alex Wilber",
                "EA-2026-000004 Implement EO 14028", "EO 14028", classified ? "SBU" : "Unclassified", classified,
                List.of(new CommentLine("Lynne Robbins", "Please include the cloud systems.", AT),
                        new CommentLine("Alex Wilber", "Started with the on-premises list.", AT.minusSeconds(3600))),
                verbs, true, true, true,
                List.of(new Option("7", "Lynne Robbins"), new Option("8", "Megan Bowen")), 3,
                "Changed by Lynne Robbins at 14:02 — this is the current version", List.of("29:alex", "29:lynne"),
                null, ALEX_OID);
    }

    /** The sample item in {@code status}, with the review and decision lines of issue 10 (today: Dec 2, 2026). */
    static ItemCard decided(String status, String label, List<String> verbs, boolean manage, String reviewer,
            LocalDate deferredUntil, ItemCard.Decision decision) {
        ItemCard i = item();
        return new ItemCard(i.id(), i.number(), i.subject(), i.details(), status, label, i.priority(), i.dueDate(),
                false, i.assignee(), i.executiveAction(), i.authority(), i.classificationLabel(), false, List.of(),
                verbs, manage, manage, true, i.reassignTo(), i.version(), null, List.of(), null, reviewer,
                deferredUntil, decision, LocalDate.of(2026, 12, 2));
    }

    /** The sample item with a 2,000-character comment (shown whole behind "Show more"). */
    static ItemCard itemWithLongComment() {
        ItemCard i = item();
        String comment = ("Costs < $5M & > $1M for each office; the inventory covers every system. ").repeat(30)
                .substring(0, Text.MAX_CHARS);
        return new ItemCard(i.id(), i.number(), i.subject(), i.details(), i.status(), i.statusLabel(), i.priority(),
                i.dueDate(), i.overdue(), i.assignee(), i.executiveAction(), i.authority(), i.classificationLabel(),
                i.classified(), List.of(new CommentLine("Lynne Robbins", comment, AT)), i.verbs(),
                i.mayChangeDueDate(), i.mayReassign(), i.mayComment(), i.reassignTo(), i.version(), i.notice(),
                i.refreshUserIds(), i.sync());
    }

    /** The sample item with a Planner sync state. */
    static ItemCard item(ItemCard.Sync sync) {
        ItemCard i = item();
        return new ItemCard(i.id(), i.number(), i.subject(), i.details(), i.status(), i.statusLabel(), i.priority(),
                i.dueDate(), i.overdue(), i.assignee(), i.executiveAction(), i.authority(), i.classificationLabel(),
                i.classified(), i.recentComments(), i.verbs(), i.mayChangeDueDate(), i.mayReassign(), i.mayComment(),
                i.reassignTo(), i.version(), i.notice(), i.refreshUserIds(), sync, i.assigneeTeamsId());
    }

    static List<SyncFailureLine> syncFailures() {
        return List.of(new SyncFailureLine(42, "AI-2026-000042", "the plan is full (Planner allows 9,000 tasks)", 3, AT),
                new SyncFailureLine(43, "AI-2026-000043", "Alex Wilber has no Planner licence", 1, null));
    }

    static ItemCard item() {
        return item(false, List.of("SUBMIT", "COMPLETE", "REVERT_TO_NEW", "DEFER", "CANCEL"));
    }

    static ItemCard hostileItem() {
        List<CommentLine> comments = IntStream.range(0, 8)
                .mapToObj(i -> new CommentLine(MENTION, HOSTILE + " " + "<".repeat(3000), AT.plusSeconds(i)))
                .toList();
        List<String> users = IntStream.range(0, 100).mapToObj(i -> "29:user" + i).toList();
        return new ItemCard(43, LINK, HOSTILE + " " + TEN_KB, HOSTILE + "\n# heading\n- list\n> quote\n1. one\n" + TEN_KB,
                "IN_PROGRESS", BOLD, SCRIPT, DUE, true, MENTION, LINK, "~~strike~~", HOSTILE, false, comments,
                List.of("START_REVIEW", "APPROVE", "RETURN", "DEFER", "CANCEL"), true, true, true,
                hostileOptions(300), 9, HOSTILE + TEN_KB, users,
                new ItemCard.Sync("FAILED", HOSTILE + " " + TEN_KB, "javascript:alert(1)"), MENTION);
    }

    static List<Option> hostileOptions(int count) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            options.add(new Option(String.valueOf(i), HOSTILE + " " + TEN_KB));
        }
        return options;
    }

    static ItemLine line(int i, boolean classified) {
        return new ItemLine(100 + i, "AI-2026-0001" + String.format("%02d", i), "Update the records schedule " + i,
                "In Progress", DUE.plusDays(i), i % 3 == 0, "Alex Wilber", classified);
    }

    static ItemList list() {
        List<ItemLine> lines = IntStream.range(0, 10).mapToObj(i -> line(i, i == 4)).toList();
        return new ItemList("My items", "mine", lines, 1, true, "You have no open items.");
    }

    static ItemList hostileList() {
        List<ItemLine> lines = IntStream.range(0, 10)
                .mapToObj(i -> new ItemLine(i, LINK, HOSTILE + TEN_KB, BOLD + TEN_KB, DUE, true, MENTION + TEN_KB, false))
                .toList();
        return new ItemList(HOSTILE + TEN_KB, "mine", lines, 0, true, HOSTILE);
    }

    /** The first page of an action's 25 items. */
    static ActionCard action(boolean classified) {
        return action(classified, 40, 0, true);
    }

    /** Page {@code page} of the sample action's items, {@code percent} complete. */
    static ActionCard action(boolean classified, int percent, int page, boolean hasNext) {
        List<ItemLine> items = IntStream.range(page * 10, page * 10 + 10).mapToObj(i -> line(i, i == 2)).toList();
        return new ActionCard(4, "EA-2026-000004", "Implement EO 14028", "In Progress", "High", DUE, "Lynne Robbins",
                classified ? "SBU" : "Unclassified", classified, "EO 14028", percent, 25, percent * 25 / 100, 2, items,
                page, hasNext);
    }

    static CorrespondenceCard correspondence() {
        return new CorrespondenceCard(5, "CR-2026-000005", "Request for a briefing on zero trust", "Pat Doe",
                "House Oversight Committee", AT, "EMAIL", "ROUTED", "Office of the CIO", null, AT.plusSeconds(600),
                DUE, false, List.of(new CorrespondenceCard.Step(AT, "logged by Megan Bowen"),
                        new CorrespondenceCard.Step(AT.plusSeconds(180), "routed to Office of the CIO")),
                true, true, true, true, true, List.of(new Option("11", "Office of the CIO"), new Option("12", "Legal")),
                List.of(new Option("7", "Lynne Robbins")), 2, null);
    }

    static CorrespondenceCard hostileCorrespondence() {
        return new CorrespondenceCard(6, LINK, HOSTILE + TEN_KB, MENTION, SCRIPT, AT, "FAX", "UNROUTED", BOLD, LINK,
                null, DUE, true, List.of(new CorrespondenceCard.Step(AT, HOSTILE), new CorrespondenceCard.Step(null, TEN_KB),
                new CorrespondenceCard.Step(AT, TEN_KB), new CorrespondenceCard.Step(AT, TEN_KB)), true, true, true, true, true,
                hostileOptions(200), hostileOptions(200), 1, HOSTILE);
    }

    static List<CorrespondenceLine> inbox() {
        return IntStream.range(0, 5).mapToObj(i -> new CorrespondenceLine(200 + i, "CR-2026-00020" + i,
                "Letter about records " + i, "Pat Doe", AT, "UNROUTED", DUE, i == 1)).toList();
    }

    static AuthorityCard authority() {
        return new AuthorityCard(1, "Improving the Nation's Cybersecurity", "Executive Order", "In effect",
                "EO 14028", "86 FR 26633", LocalDate.of(2021, 5, 12), "Implemented by EA-2026-000004.",
                List.of("Amended by EO 14144", "Cites EO 13800"), 11, SOURCE_URL);
    }

    static List<AuthorityLine> authorities() {
        return List.of(new AuthorityLine(1, "Improving the Nation's Cybersecurity", "EO 14028", "In effect",
                LocalDate.of(2021, 5, 12)), new AuthorityLine(2, "Strengthening Cybersecurity", "EO 14144",
                "In effect", LocalDate.of(2025, 1, 16)));
    }

    static List<Option> people() {
        return List.of(new Option("7", "Lynne Robbins"), new Option("8", "Megan Bowen"), new Option("9", "Alex Wilber"));
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** EO 14028 as the demo department sees it: old deadlines, three of its duties, one picked up as items. */
    static AnalysisCard analysis(AnalysisCard.Result result) {
        return new AnalysisCard(7, "EO 14028", "## Executive Order 14028: Improving the Nation's **Cybersecurity**",
                "Executive Order 14028: Improving the Nation's Cybersecurity (signed Wed, May 12, 2021) has 11 sections and "
                        + "imposes 105 duties, 40 of them with a date. The Federal Government must improve its efforts "
                        + "to identify, deter, protect against, detect, and respond to malicious cyber campaigns. "
                        + "Incremental improvements will not give us the security we need; instead, the Federal "
                        + "Government needs to make bold changes and significant investments.",
                null, "https://www.federalregister.gov/documents/2021/05/17/2021-10460/improving-the-nations-cybersecurity",
                "Department of Public Administration", duties(), 12, 105, drafts(), result, TODAY);
    }

    static List<AnalysisCard.Duty> duties() {
        return List.of(new AnalysisCard.Duty(20, "Develop a plan to implement Zero Trust Architecture",
                        "the head of each agency", LocalDate.of(2021, 7, 11), "Within 60 days of the date of this order",
                        "Sec. 3(b)(ii)", true),
                new AnalysisCard.Duty(31, "Adopt multi-factor authentication and encryption", "agencies",
                        LocalDate.of(2021, 11, 8), "within 180 days of the date of this order", "Sec. 3(d)", true),
                new AnalysisCard.Duty(44, "Report incidents to CISA", "FCEB Agencies", null,
                        "within 90 days of receipt of the recommendations", "Sec. 2(f)", true));
    }

    static AnalysisCard.Drafts drafts() {
        return new AnalysisCard.Drafts(List.of(
                new AnalysisCard.Draft(20, "Develop a plan to implement Zero Trust Architecture (Sec. 3(b)(ii))",
                        "You, to triage", LocalDate.of(2026, 12, 16), LocalDate.of(2021, 7, 11), null, true),
                new AnalysisCard.Draft(44, "Report incidents to CISA (Sec. 2(f))", "Lynne Robbins (Cybersecurity Division)",
                        LocalDate.of(2026, 12, 16), null, "within 90 days of receipt of the recommendations", false)),
                List.of(new Option("4", "EA-2026-000004 Implement EO 14028")), TODAY);
    }

    static DutiesCard dutiesPage(int page) {
        List<AnalysisCard.Duty> rows = IntStream.range(page * 10, Math.min(105, page * 10 + 10))
                .mapToObj(i -> new AnalysisCard.Duty(i, "Publish guidance on duty " + i,
                        i % 3 == 0 ? "agencies" : "The Secretary of Commerce", i % 2 == 0 ? LocalDate.of(2021, 7, 11)
                                : null, i % 2 == 0 ? null : "within 90 days of receipt", "Sec. " + (i % 11 + 1),
                        i % 3 == 0)).toList();
        return new DutiesCard(7, "EO 14028", "Improving the Nation's Cybersecurity", "Department of Public "
                + "Administration", rows, page, 105, drafts(), null, TODAY);
    }
}
