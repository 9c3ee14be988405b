package org.excoord.bot.authorities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.audit.AuditLog;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.UndoTurn;
import org.excoord.cards.AnalysisCard;
import org.excoord.cards.Cards;
import org.excoord.cards.Option;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** "Summarize this authority": the analysis card, and the action items a person drafts from its duties. */
@Component
class AnalysisFeature implements Feature {

    private final AuthorityLookup lookup;
    private final AuthorityAnalysis analysis;
    private final ExecutiveActionManagement actions;
    private final ActionItemManagement items;
    private final AuditLog audit;

    AnalysisFeature(AuthorityLookup lookup, AuthorityAnalysis analysis, ExecutiveActionManagement actions,
            ActionItemManagement items, AuditLog audit) {
        this.lookup = lookup;
        this.analysis = analysis;
        this.actions = actions;
        this.items = items;
        this.audit = audit;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler summarize = asked -> summarize(asked.argument(), asked.actor());
        return Map.of("summarize *", summarize, "summarise *", summarize);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.of("authority.summarize", p -> summarize(String.valueOf(p.number("authorityId")), p.actor()),
                "analysis.createItems", p -> Reply.of(createItemsFromDuties(p)));
    }

    /**
     * The authority's summary and duties from the configured analyzer. A text analyzed before answers at once; else
     * an "analyzing" card answers now and the analysis replaces it when done.
     */
    private Reply summarize(String reference, Actor actor) {
        Optional<LegalAuthority> found = lookup.find(reference);
        if (found.isEmpty()) {
            return Reply.of(Cards.message("I found no authority \"" + reference
                    + "\". Type \"authorities\" to see them all."));
        }
        LegalAuthority a = found.get();
        if (analysis.isReady(a.getId())) {
            return Reply.of(analysisCard(a, actor));
        }
        return new Reply(Cards.message("Analyzing " + CardModels.shortName(a) + " (" + a.getName()
                + ") … this card will show the summary and the duties when it is done."), () -> analysisCard(a, actor));
    }

    private ObjectNode analysisCard(LegalAuthority a, Actor actor) {
        Outcome<AnalysisResult> result = analysis.analyze(a.getId());
        if (!result.isDone()) {
            return Refusals.card(result.refusal());
        }
        AnalysisResult r = result.orElseThrow();
        List<AnalysisCard.Duty> duties = shownDuties(r).stream().map(o -> new AnalysisCard.Duty(o.actor(), o.action(),
                o.deadline() == null ? null : o.deadline().due(), o.deadline() == null ? null : o.deadline().text(),
                o.sectionId())).toList();
        List<Option> where = actions.list(PageRequest.of(0, 30)).stream().filter(x -> actions.mayChange(x, actor))
                .map(x -> new Option(String.valueOf(x.getId()), x.getNumber() + " " + x.getName())).toList();
        return Cards.analysis(new AnalysisCard(a.getId(), a.getName(), CardModels.shortName(a), r.summary(),
                r.keyPoints().stream().map(p -> new AnalysisCard.Point(p.text(), p.sectionId())).toList(), duties,
                r.obligations().size(), r.analyzer(), where));
    }

    /** The duties an analysis card shows (and offers as items): dated ones first, soonest first. */
    private static List<AnalysisResult.Obligation> shownDuties(AnalysisResult r) {
        return r.obligations().stream().sorted(Comparator.comparing((AnalysisResult.Obligation o) -> o.deadline() == null
                || o.deadline().due() == null ? LocalDate.MAX : o.deadline().due())).limit(8).toList();
    }

    /**
     * The duties a person ticked on an analysis card become action items under the executive action they chose,
     * assigned to them for triage and marked AI-assisted in the audit with the analyzer, section and quote.
     */
    private ObjectNode createItemsFromDuties(Pressed p) {
        Actor actor = p.actor();
        Long authorityId = p.number("authorityId");
        Long actionId = p.number("executiveActionId");
        if (authorityId == null || actionId == null) {
            return Cards.message("Choose the executive action the items belong to.");
        }
        Outcome<AnalysisResult> result = analysis.analyze(authorityId);
        if (!result.isDone()) {
            return Refusals.card(result.refusal());
        }
        List<AnalysisResult.Obligation> duties = shownDuties(result.orElseThrow());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < duties.size(); i++) {
            if (!"true".equals(p.text("duty" + i))) {
                continue;
            }
            AnalysisResult.Obligation o = duties.get(i);
            String subject = o.actor() + ": " + o.action();
            Outcome<ActionItem> item = items.create(new NewActionItem(subject.length() > 400
                    ? subject.substring(0, 399) + "…" : subject, "From " + o.sectionId() + ": \u201c" + o.quote()
                    + "\u201d", null, null, actor.personId(), null, null, actionId, null, null,
                    o.deadline() == null ? null : o.deadline().due(), null, null, 0), actor);
            if (!item.isDone()) {
                // all or nothing: the items already created go too
                throw new UndoTurn(Cards.message("No items were created: " + item.refusal().message()));
            }
            audit.record(actor, "ActionItem", item.orElseThrow().getId(), "DRAFTED_FROM_ANALYSIS", null,
                    Map.of("analyzer", result.orElseThrow().analyzer(), "sectionId", o.sectionId(),
                            "quote", o.quote()), true);
            created.add(item.orElseThrow().getNumber());
        }
        return Cards.message(created.isEmpty() ? "No duty was selected; nothing was created."
                : "Created " + created.size() + " action item" + (created.size() == 1 ? "" : "s") + " assigned to you "
                        + "for triage: " + String.join(", ", created) + ". Each says which section it comes from; "
                        + "the audit marks them as drafted from the analysis.");
    }
}
