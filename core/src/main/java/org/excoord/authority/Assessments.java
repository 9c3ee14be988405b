package org.excoord.authority;

import org.excoord.shared.Inputs;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import java.util.Optional;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records analyses, impacts and risk items against authorities. Managers, the secretariat and administrators
 * may record them. A record drafted by the analyzer and confirmed by a person is audited as AI-assisted.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final LegalAuthorityRepository authorities;
    private final AnalysisRepository analyses;
    private final ImpactRepository impacts;
    private final RiskItemRepository risks;
    private final AuditLog audit;
    private final Directory directory;
    private final Clock clock;

    public Assessments(LegalAuthorityRepository authorities, AnalysisRepository analyses, ImpactRepository impacts,
            RiskItemRepository risks, AuditLog audit, Directory directory, Clock clock) {
        this.directory = directory;
        this.authorities = authorities;
        this.analyses = analyses;
        this.impacts = impacts;
        this.risks = risks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome<Analysis> recordAnalysis(NewAnalysis spec, Actor actor) {
        Refusal refused = Inputs.firstOf(check(actor, spec.name(), spec.authorityId(), spec.orgUnitId()), Inputs.check(spec));
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Analysis analysis = analyses.save(new Analysis(spec.name().strip(), spec.authorityId(), spec.orgUnitId(),
                spec.pocId(), spec.summary(), spec.details(), spec.analysisFrom(), spec.analysisTo(), clock.instant()));
        audit.record(actor, "Analysis", analysis.getId(), "CREATED", null, analysis.auditSnapshot());
        return Outcome.done(analysis);
    }

    @Transactional
    public Outcome<Impact> recordImpact(FindingDetails details, boolean aiAssisted, Actor actor) {
        return recordFinding(details, aiAssisted, actor, "Impact", d -> impacts.save(new Impact(d, clock.instant())));
    }

    @Transactional
    public Outcome<RiskItem> recordRisk(FindingDetails details, boolean aiAssisted, Actor actor) {
        return recordFinding(details, aiAssisted, actor, "RiskItem", d -> risks.save(new RiskItem(d, clock.instant())));
    }

    public List<Analysis> analysesOf(Long authorityId) {
        return analyses.findByAuthorityIdOrderById(authorityId);
    }

    public List<Impact> impactsOf(Long authorityId) {
        return impacts.findByAuthorityIdOrderById(authorityId);
    }

    public List<RiskItem> risksOf(Long authorityId) {
        return risks.findByAuthorityIdOrderById(authorityId);
    }

    private <F extends Finding> Outcome<F> recordFinding(FindingDetails details, boolean aiAssisted, Actor actor,
            String recordType, Function<FindingDetails, F> save) {
        Refusal refused = Inputs.firstOf(check(actor, details.name(), details.authorityId(), details.orgUnitId()),
                Inputs.check(details));
        if (refused != null) {
            return Outcome.refused(refused);
        }
        if (details.analysisId() != null) {
            Optional<Analysis> analysis = analyses.findById(details.analysisId())
                    .filter(a -> a.getAuthorityId().equals(details.authorityId()));
            if (analysis.isEmpty()) {
                return Outcome.refused(Refusal.invalid("analysisId", "analysis " + details.analysisId()
                        + " is not an analysis of authority " + details.authorityId()));
            }
            if (!AssessmentPolicy.mayChange(actor, analysis.get(), directory.pathOf(analysis.get().getOrgUnitId()))) {
                return Outcome.refused(Refusal.forbidden("only the point of contact of analysis \"" + analysis.get().getName()
                        + "\", the managers of its org unit, the secretariat and administrators may add to it")
                        .about("Analysis", analysis.get().getId(), null));
            }
        }
        F finding = save.apply(details);
        audit.record(actor, recordType, finding.getId(), "CREATED", null, finding.auditSnapshot(), aiAssisted);
        return Outcome.done(finding);
    }

    private Refusal check(Actor actor, String name, Long authorityId, Long orgUnitId) {
        if (!AssessmentPolicy.mayAssess(actor)) {
            return Refusal.forbidden("only managers, the secretariat and administrators record analyses, impacts and risks");
        }
        if (!AssessmentPolicy.mayAssessFor(actor, orgUnitId, directory.pathOf(orgUnitId))) {
            return Refusal.forbidden("managers record analyses, impacts and risks only for the org units they manage");
        }
        if (name == null || name.isBlank()) {
            return Refusal.invalid("name", "give it a name");
        }
        if (name.length() > 300) {
            return Refusal.invalid("name", "the name is longer than 300 characters");
        }
        if (authorityId == null || authorities.findById(authorityId).isEmpty()) {
            return Refusal.invalid("authorityId", "there is no authority " + authorityId);
        }
        return null;
    }
}
