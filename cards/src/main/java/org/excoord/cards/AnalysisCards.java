package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** "Summarize this authority": a compact summary card, all duties page by page, and the impacts for a unit. */
final class AnalysisCards {

    private AnalysisCards() {
    }

    /** The soonest duties the summary card shows; the rest are a press away ("All duties"). */
    static final int TOP_DUTIES = 5;

    /** A summary this long reads at a glance; the card is for deciding what to do, the text is a link away. */
    static final int SUMMARY_CHARS = 320;

    static ObjectNode analysis(AnalysisCard analysis) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading(ItemCards.join(analysis.number(), unmarked(analysis.title()))));
        addResult(body, analysis.result());
        body.add(Elements.longText(shortSummary(analysis.summary())));
        body.add(Elements.subtle(duties(analysis.totalDuties()) + " in the text; " + analysis.agencyDuties() + " for "
                + analysis.agency() + " (addressed to it or to every agency)."));
        if (!analysis.topDuties().isEmpty()) {
            body.add(section("Soonest duties for " + analysis.agency()));
            analysis.topDuties().stream().limit(TOP_DUTIES).forEach(d -> addDuty(body, d, analysis.today(), false));
        }
        // the label opens the sentence: "Offline analysis" and "Azure OpenAI" both read right there
        body.add(Elements.subtle((analysis.analyzerLabel() == null || analysis.analyzerLabel().isBlank()
                ? "Automatic analysis" : analysis.analyzerLabel()) + " found these duties in the text; every duty "
                + "names its section. Check the section before acting on it."));
        // Undo first while it lasts, then the form, then reading on: the order of what a person wants next
        List<ObjectNode> actions = new ArrayList<>();
        ObjectNode data = Elements.object();
        data.put("authorityId", analysis.authorityId());
        addUndo(actions, analysis.result(), data);
        addCreateItems(actions, analysis.drafts(), data);
        ObjectNode page = Elements.object();
        page.put("authorityId", analysis.authorityId());
        page.put("page", 0);
        if (analysis.totalDuties() > 0) {
            actions.add(Elements.execute("All duties", CardVerbs.ANALYSIS_DUTIES, page));
        }
        if (Elements.isWebLink(analysis.sourceUrl())) {
            actions.add(Elements.openUrl("Source document", analysis.sourceUrl()));
        }
        Elements.addActions(card, actions);
        return CardBudget.fit(card);
    }

    /** One page of all duties, each marked as the agency's or not, with Previous / Next and the way back. */
    static ObjectNode duties(DutiesCard duties) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        int pages = Math.max(1, (duties.total() + Cards.DUTIES_PAGE_SIZE - 1) / Cards.DUTIES_PAGE_SIZE);
        body.add(Elements.heading(ItemCards.join(duties.number(), "all duties")));
        addResult(body, duties.result());
        body.add(Elements.subtle(unmarked(duties.title()) + " · " + duties(duties.total()) + " · page "
                + (duties.page() + 1) + " of " + pages + ". \u201cFor your agency\u201d marks the duties addressed to "
                + duties.agency() + " or to every agency."));
        if (duties.duties().isEmpty()) {
            body.add(Elements.text(duties.total() == 0 ? "The analysis found no duties in this text."
                    : "There is no such page."));
        }
        duties.duties().forEach(d -> addDuty(body, d, duties.today(), true));
        List<ObjectNode> actions = new ArrayList<>();
        ObjectNode data = pageData(duties, duties.page());
        addUndo(actions, duties.result(), data);
        addCreateItems(actions, duties.drafts(), data);
        if (duties.page() > 0) {
            actions.add(Elements.execute("Previous page", CardVerbs.ANALYSIS_DUTIES, pageData(duties, duties.page() - 1)));
        }
        if (duties.page() + 1 < pages) {
            actions.add(Elements.execute("Next page", CardVerbs.ANALYSIS_DUTIES, pageData(duties, duties.page() + 1)));
        }
        ObjectNode summary = Elements.object();
        summary.put("authorityId", duties.authorityId());
        actions.add(Elements.execute("Back to the summary", CardVerbs.AUTHORITY_SUMMARIZE, summary));
        Elements.addActions(card, actions);
        return CardBudget.fit(card);
    }

    private static ObjectNode pageData(DutiesCard duties, int page) {
        ObjectNode data = Elements.object();
        data.put("authorityId", duties.authorityId());
        data.put("page", page);
        return data;
    }

    /**
     * A duty in two lines: what to do, then who, where and by when. {@code marked}: say which duties are the
     * agency's (the all-duties card; the summary card shows only the agency's).
     */
    private static void addDuty(ArrayNode body, AnalysisCard.Duty d, LocalDate today, boolean marked) {
        ObjectNode what = Elements.text(d.what());
        what.put("spacing", "medium");
        body.add(what);
        List<String> facts = new ArrayList<>();
        if (marked && d.forAgency()) {
            facts.add("For your agency");
        }
        facts.add("Duty " + (d.index() + 1));
        facts.add(d.sectionId());
        facts.add("addressed to " + inSentence(d.actor()));
        facts.add(when(d.due(), d.deadline(), today));
        body.add(Elements.subtle(String.join(" · ", facts)));
    }

    private static String when(LocalDate due, String deadline, LocalDate today) {
        if (due != null) {
            return (today != null && due.isBefore(today) ? "was due " : "due ") + Formats.date(due);
        }
        return deadline != null && !deadline.isBlank() ? deadline : "no deadline stated";
    }

    private static void addResult(ArrayNode body, AnalysisCard.Result result) {
        if (result != null && result.line() != null && !result.line().isBlank()) {
            ObjectNode line = Elements.container(List.of(Elements.text(result.line())));
            line.put("style", "emphasis");
            line.put("separator", true);
            body.add(line);
        }
    }

    private static void addUndo(List<ObjectNode> actions, AnalysisCard.Result result, ObjectNode context) {
        if (result == null || result.undoItems() == null || result.undoItems().isBlank()) {
            return;
        }
        ObjectNode data = context.deepCopy();
        data.put("items", result.undoItems());
        actions.add(Elements.execute("Undo", CardVerbs.ANALYSIS_UNDO, data));
    }

    /**
     * The agency's duties become action items only when a person picks them (none is picked in advance) and an
     * executive action. Each draft shows its subject, its assignee and a due date the person may change; a date
     * the text set that had passed by the import is shown as such, never proposed.
     */
    private static void addCreateItems(List<ObjectNode> actions, AnalysisCard.Drafts drafts, ObjectNode data) {
        if (drafts == null || drafts.drafts().isEmpty() || drafts.executiveActions() == null
                || drafts.executiveActions().isEmpty()) {
            return;
        }
        List<ObjectNode> inputs = new ArrayList<>();
        inputs.add(Elements.required(Elements.choiceSet("executiveActionId", "Under executive action",
                drafts.executiveActions()), "Choose the executive action the items belong to"));
        for (AnalysisCard.Draft d : drafts.drafts()) {
            // the subject in a TextBlock: a toggle's title is capped for buttons and would lose the section
            ObjectNode subject = Elements.text(d.subject());
            subject.put("weight", "bolder");
            subject.put("separator", true);
            inputs.add(subject);
            String recurs = ItemCards.recurrenceWords(d.recurrence(), false);
            inputs.add(Elements.subtle("Assignee: " + d.assignee() + " · " + textDeadline(d)
                    + (recurs == null ? "" : " · Recurs " + recurs)));
            inputs.add(Elements.toggle("duty" + d.index(), "Duty " + (d.index() + 1), "Create this item", false));
            ObjectNode due = Elements.inputDate("due" + d.index(), "Due date for duty " + (d.index() + 1),
                    Formats.isoDate(d.proposedDue()));
            if (drafts.earliestDue() != null) {
                due.put("min", Formats.isoDate(drafts.earliestDue()));
            }
            inputs.add(due);
        }
        actions.add(Elements.showCard("Create items…", inputs,
                List.of(Elements.execute("Create the picked items", CardVerbs.ANALYSIS_CREATE_ITEMS, data))));
    }

    private static String textDeadline(AnalysisCard.Draft d) {
        if (d.textDue() != null && d.passedAtImport()) {
            return "the text's deadline, " + Formats.date(d.textDue()) + ", had passed when the order was imported: "
                    + "pick a due date";
        }
        if (d.textDue() != null) {
            return "the text's deadline: " + Formats.date(d.textDue());
        }
        return d.textDeadline() != null && !d.textDeadline().isBlank() ? "the text says: " + d.textDeadline()
                : "the text sets no deadline";
    }

    private static String duties(int n) {
        return n == 1 ? "1 duty" : n + " duties";
    }

    /**
     * A title or summary shown as plain words: Markdown headings ("## Executive Order 14028"), emphasis and code
     * marks are markup of the source file, not words (the analyzer may not have removed them).
     */
    static String unmarked(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "").replaceAll("\\*\\*|__|`", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** At most {@link #SUMMARY_CHARS}: whole sentences when they fit, else cut at a word with an ellipsis. */
    static String shortSummary(String summary) {
        String s = unmarked(summary);
        if (s.length() <= SUMMARY_CHARS) {
            return s;
        }
        int end = -1;
        java.util.regex.Matcher sentence = java.util.regex.Pattern.compile("[.!?](?=\\s+[A-Z(])").matcher(s);
        while (sentence.find() && sentence.end() <= SUMMARY_CHARS) {
            end = sentence.end();
        }
        if (end > SUMMARY_CHARS / 3) {
            return s.substring(0, end);
        }
        int space = s.lastIndexOf(' ', SUMMARY_CHARS - 1);
        return s.substring(0, space > 0 ? space : SUMMARY_CHARS - 1).replaceAll("[\\s,;:]+$", "") + Text.ELLIPSIS;
    }

    static ObjectNode impacts(ImpactsCard impacts) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading(impacts.authority() + " — impacts and risks for " + impacts.orgUnit()));
        if (impacts.findings().isEmpty()) {
            body.add(Elements.text("None of its duties is addressed to every agency or to an office like this one."));
        }
        for (ImpactsCard.Finding f : impacts.findings().stream().limit(12).toList()) {
            String level = Formats.label(f.level());
            String grade = f.likelihood() == null ? level + " impact"
                    : level + " risk, likelihood " + Formats.label(f.likelihood()).toLowerCase(java.util.Locale.ROOT);
            ObjectNode title = Elements.text(grade + " · " + f.category());
            title.put("weight", "bolder");
            title.put("separator", true);
            body.add(title);
            body.add(Elements.text(f.rationale()));
            body.add(Elements.subtle(f.sectionId()));
        }
        if (impacts.findings().size() > 12) {
            body.add(Elements.subtle("…and " + (impacts.findings().size() - 12) + " more."));
        }
        body.add(Elements.subtle("Derived from the authority's verified duties; levels are a first triage, to be "
                + "confirmed by a person before records are created."));
        if (impacts.mayRecord() && !impacts.findings().isEmpty()) {
            java.util.List<ObjectNode> toggles = new java.util.ArrayList<>();
            java.util.List<ImpactsCard.Finding> shown = impacts.findings().stream().limit(12).toList();
            for (int i = 0; i < shown.size(); i++) {
                ImpactsCard.Finding f = shown.get(i);
                toggles.add(Elements.toggle("finding" + i, "Finding " + (i + 1) + " (" + f.sectionId() + ")",
                        (f.likelihood() == null ? "Impact: " : "Risk: ") + f.rationale(), false));
            }
            ObjectNode data = Elements.object();
            data.put("authorityId", impacts.authorityId());
            Elements.actions(card).add(Elements.showCard("Record impacts and risks…", toggles, java.util.List.of(
                    Elements.execute("Record the selected findings", CardVerbs.ANALYSIS_RECORD_FINDINGS, data))));
        }
        return CardBudget.fit(card);
    }

    private static ObjectNode section(String title) {
        ObjectNode header = Elements.text(title);
        header.put("weight", "bolder");
        header.put("separator", true);
        return header;
    }

    /** "The Director of CISA" as the text's sentence began it reads "the Director of CISA" after "addressed to". */
    private static String inSentence(String actor) {
        return actor != null && actor.startsWith("The ") ? "the " + actor.substring(4) : actor;
    }
}
