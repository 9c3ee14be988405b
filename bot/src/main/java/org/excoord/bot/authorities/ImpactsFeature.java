package org.excoord.bot.authorities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.authority.Assessments;
import org.excoord.authority.FindingDetails;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.Relevance;
import org.excoord.authority.Scale;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.excoord.authority.analysis.UnitImpacts;
import org.excoord.bot.conversation.BackToList;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.UndoTurn;
import org.excoord.cards.Cards;
import org.excoord.cards.ImpactsCard;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Role;
import org.excoord.shared.Outcome;
import org.springframework.stereotype.Component;

/** The impacts and risks of an authority for the viewer's org unit, and recording the ones a person ticks. */
@Component
class ImpactsFeature implements Feature {

    private final AuthorityLookup lookup;
    private final AuthorityAnalysis analysis;
    private final Assessments assessments;
    private final ActionItemManagement items;
    private final Directory directory;
    private final java.time.Clock clock;

    ImpactsFeature(AuthorityLookup lookup, AuthorityAnalysis analysis, Assessments assessments,
            ActionItemManagement items, Directory directory, java.time.Clock clock) {
        this.clock = clock;
        this.lookup = lookup;
        this.analysis = analysis;
        this.assessments = assessments;
        this.items = items;
        this.directory = directory;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of();
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        // the impacts of an authority opened from the list keep "Back to the list", findings recorded included
        return BackToList.keep(Map.of("authority.impacts", p -> Reply.of(impacts(p.number("authorityId"), p.actor())),
                "analysis.recordFindings", p -> Reply.of(recordFindings(p))));
    }

    private ObjectNode impacts(Long authorityId, Actor actor) {
        Optional<LegalAuthority> found = lookup.find(authorityId);
        Optional<OrgUnit> unit = unitOf(actor);
        if (found.isEmpty() || unit.isEmpty()) {
            return Cards.message(found.isEmpty() ? "I found no such authority." : "You are not in an org unit yet.");
        }
        Outcome<List<UnitImpacts.Finding>> findings = findings(found.get().getId(), unit.get());
        if (!findings.isDone()) {
            return Refusals.card(findings.refusal());
        }
        boolean mayRecord = actor.isAdmin() || actor.has(Role.MANAGER) || actor.has(Role.SECRETARIAT);
        return Cards.impacts(new ImpactsCard(found.get().getId(), CardModels.shortName(found.get()), unit.get().getName(),
                findings.orElseThrow().stream().map(f -> new ImpactsCard.Finding(f.kind().name(), f.level().name(),
                        f.likelihood() == null ? null : f.likelihood().name(), f.category().label(), f.rationale(),
                        f.sectionId())).toList(), mayRecord));
    }

    private Optional<OrgUnit> unitOf(Actor actor) {
        return actor.orgUnitId() == null ? Optional.empty() : directory.orgUnit(actor.orgUnitId());
    }

    private Outcome<List<UnitImpacts.Finding>> findings(Long authorityId, OrgUnit unit) {
        // a deadline already past on the day the order was imported is history, not a risk (UnitImpacts)
        java.time.LocalDate importedOn = lookup.find(authorityId).map(a -> a.getCreatedAt().atZone(clock.getZone())
                .toLocalDate()).orElse(items.today());
        return analysis.analyze(authorityId).map(r -> UnitImpacts.of(r, unit.getName(), unit.getAbbreviation(),
                items.today(), importedOn));
    }

    /**
     * The findings a person ticked on an impacts card become impact and risk records of their org unit, marked
     * AI-assisted; all or nothing.
     */
    private ObjectNode recordFindings(Pressed p) {
        Actor actor = p.actor();
        Long authorityId = p.number("authorityId");
        Optional<OrgUnit> unit = unitOf(actor);
        if (authorityId == null || unit.isEmpty()) {
            return Cards.message("That card is incomplete, or you are not in an org unit.");
        }
        Outcome<List<UnitImpacts.Finding>> found = findings(authorityId, unit.get());
        if (!found.isDone()) {
            return Refusals.card(found.refusal());
        }
        List<UnitImpacts.Finding> shown = found.orElseThrow().stream().limit(12).toList();
        int recorded = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (!"true".equals(p.text("finding" + i))) {
                continue;
            }
            UnitImpacts.Finding f = shown.get(i);
            String name = f.rationale().length() > 300 ? f.rationale().substring(0, 299) + "…" : f.rationale();
            FindingDetails details = new FindingDetails(name, authorityId, null, unit.get().getId(), f.category().label(),
                    f.level(), f.likelihood(), f.level() == Scale.HIGH ? Relevance.DIRECT : Relevance.INDIRECT,
                    f.sectionId() + ": \u201c" + f.quote() + "\u201d", null, null);
            Outcome<?> record = f.kind() == UnitImpacts.Kind.RISK ? assessments.recordRisk(details, true, actor)
                    : assessments.recordImpact(details, true, actor);
            if (!record.isDone()) {
                throw new UndoTurn(Cards.message("Nothing was recorded: " + record.refusal().message()));
            }
            recorded++;
        }
        return Cards.message(recorded == 0 ? "No finding was selected; nothing was recorded."
                : "Recorded " + recorded + " impact and risk record" + (recorded == 1 ? "" : "s") + " for "
                        + unit.get().getName() + ", marked as drafted from the analysis.");
    }
}
