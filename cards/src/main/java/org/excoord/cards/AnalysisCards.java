package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** "Summarize this authority": summary, key points and duties, each with its section. */
final class AnalysisCards {

    private AnalysisCards() {
    }

    static ObjectNode analysis(AnalysisCard analysis) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        body.add(Elements.heading(ItemCards.join(analysis.number(), analysis.title())));
        body.add(Elements.longText(analysis.summary()));
        if (!analysis.keyPoints().isEmpty()) {
            body.add(section("Key points"));
            analysis.keyPoints().forEach(p -> body.add(Elements.text("• " + p.text() + " (" + p.sectionId() + ")")));
        }
        if (!analysis.obligations().isEmpty()) {
            body.add(section("Duties (" + analysis.totalObligations() + ")"));
            for (AnalysisCard.Duty d : analysis.obligations()) {
                String when = d.due() != null ? "due " + Formats.date(d.due())
                        : d.deadlineText() != null ? d.deadlineText() : "no deadline stated";
                body.add(Elements.text(d.actor() + ": " + d.action()));
                body.add(Elements.subtle(d.sectionId() + " · " + when));
            }
            if (analysis.totalObligations() > analysis.obligations().size()) {
                body.add(Elements.subtle("…and " + (analysis.totalObligations() - analysis.obligations().size())
                        + " more in the full analysis (REST API)."));
            }
        }
        body.add(Elements.subtle("Found by the " + analysis.analyzer() + " analyzer from the text itself; every point "
                + "quotes its section. Check the section before acting on it."));
        addCreateItems(card, analysis);
        return CardBudget.fit(card);
    }

    /** The duties shown become draft action items only when a person picks them and an executive action. */
    private static void addCreateItems(ObjectNode card, AnalysisCard analysis) {
        if (analysis.executiveActions() == null || analysis.executiveActions().isEmpty()
                || analysis.obligations().isEmpty()) {
            return;
        }
        java.util.List<ObjectNode> inputs = new java.util.ArrayList<>();
        inputs.add(Elements.required(Elements.choiceSet("executiveActionId", "Under executive action",
                analysis.executiveActions()), "Choose the executive action the items belong to"));
        for (int i = 0; i < analysis.obligations().size(); i++) {
            AnalysisCard.Duty d = analysis.obligations().get(i);
            inputs.add(Elements.toggle("duty" + i, "Duty " + (i + 1) + " (" + d.sectionId() + ")",
                    d.actor() + ": " + d.action() + (d.due() == null ? "" : " — due " + Formats.date(d.due())), true));
        }
        ObjectNode data = Elements.object();
        data.put("authorityId", analysis.authorityId());
        Elements.actions(card).add(Elements.showCard("Create action items…", inputs,
                java.util.List.of(Elements.execute("Create the selected items", CardVerbs.ANALYSIS_CREATE_ITEMS, data))));
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
}
