package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import org.excoord.authority.Assessments;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.excoord.authority.analysis.UnitImpacts;
import org.excoord.authority.AuthorityStatus;
import org.excoord.authority.AuthorityType;
import org.excoord.authority.FindingDetails;
import org.excoord.authority.ImportAuthority;
import org.excoord.authority.ImportResult;
import org.excoord.authority.Jurisdiction;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.NewAnalysis;
import org.excoord.authority.Relevance;
import org.excoord.authority.Scale;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.shared.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal authorities: search, details with sections and cross-references, one section by its id, import of a
 * Markdown or plain text, status, and the analyses, impacts and risk items recorded against them.
 */
@RestController
@RequestMapping("/api/v1/authorities")
class AuthorityController {

    static final String MARKDOWN = "text/markdown";

    private final AuthorityCatalog catalog;
    private final AuthorityAnalysis analysis;
    private final java.time.Clock clock;
    private final Assessments assessments;
    private final Directory directory;
    private final ApiViews views;

    AuthorityController(AuthorityCatalog catalog, Assessments assessments, Directory directory, ApiViews views,
            AuthorityAnalysis analysis, java.time.Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
        this.catalog = catalog;
        this.assessments = assessments;
        this.directory = directory;
        this.views = views;
    }

    /** Authorities whose name or citation contains {@code q} (or whose order number is {@code q}), newest first. */
    @GetMapping
    ApiViews.PageView<ApiViews.AuthoritySummary> search(Actor actor,
            @RequestParam(defaultValue = "") @Size(max = 200) @CleanText String q,
            @RequestParam(defaultValue = "0") @PositiveOrZero int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<LegalAuthority> found = catalog.search(q, PageRequest.of(page, size));
        return new ApiViews.PageView<>(found.getContent().stream().map(a -> views.authoritySummary(a, null)).toList(),
                page, size, found.hasNext(), found.getTotalElements());
    }

    /** One authority by id, executive order number ("14028", "EO 14028") or document number ("2021-10460"). */
    @GetMapping("/{ref}")
    ApiViews.AuthorityView get(@PathVariable @CleanText String ref, Actor actor) {
        LegalAuthority authority = catalog.findByReference(ref)
                .orElseThrow(() -> RefusedException.notFound("no authority " + ref));
        return views.authority(catalog.details(authority.getId()).orElseThrow(
                () -> RefusedException.notFound("no authority " + ref)));
    }

    /** All sections of an authority in document order. */
    @GetMapping("/{id}/sections")
    List<ApiViews.SectionView> sections(@PathVariable long id, Actor actor) {
        return catalog.details(existing(id)).orElseThrow().sections().stream().map(ApiViews::section).toList();
    }

    /** One section by its id, URL-encoded in the path: {@code /sections/Sec.%204(b)}. */
    @GetMapping("/{id}/sections/{sectionId}")
    ApiViews.SectionView section(@PathVariable long id, @PathVariable @CleanText String sectionId, Actor actor) {
        existing(id);
        return ApiViews.section(catalog.section(id, sectionId.strip()).orElseThrow(
                () -> RefusedException.notFound("authority " + id + " has no section \"" + sectionId + "\"")));
    }

    /**
     * Imports a Markdown or plain text; metadata the text does not state can be given as query parameters.
     * 201 for a new authority, 200 when an authority's text was replaced or is unchanged.
     */
    @PostMapping(consumes = {MARKDOWN, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ApiViews.ImportView> importText(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(required = false) @Size(max = 850) @CleanText String name,
            @RequestParam(required = false) AuthorityType type,
            @RequestParam(required = false) Jurisdiction jurisdiction,
            @RequestParam(required = false) @Size(max = 200) @CleanText String issuingBody,
            @RequestParam(required = false) @Size(max = 1000) @CleanText String sourceUrl,
            @RequestParam(required = false) @Size(max = 500) @CleanText String tags, Actor actor) {
        String text = body == null ? "" : new String(body, charsetOf(contentType));
        return imported(catalog.importText(new ImportAuthority(text, name, type, jurisdiction, issuingBody, sourceUrl,
                tags), actor));
    }

    record ImportBody(@Size(max = 2_000_000) @CleanText(multiline = true) String text,
            @Size(max = 850) @CleanText String name, AuthorityType type, Jurisdiction jurisdiction,
            @Size(max = 200) @CleanText String issuingBody, @Size(max = 1000) @CleanText String sourceUrl,
            @Size(max = 500) @CleanText String tags) {
    }

    /** The same import as JSON: {@code {text, name, type, jurisdiction, issuingBody, sourceUrl, tags}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiViews.ImportView> importJson(@Valid @RequestBody ImportBody body, Actor actor) {
        return imported(catalog.importText(new ImportAuthority(body.text(), body.name(), body.type(),
                body.jurisdiction(), body.issuingBody(), body.sourceUrl(), body.tags()), actor));
    }

    record StatusChange(@NotNull AuthorityStatus status,
            @Size(max = 10_000) @CleanText(multiline = true) String notes) {
    }

    /** Marks an authority active, pending, superseded or repealed (the secretariat and administrators). */
    @PutMapping("/{id}/status")
    ApiViews.AuthoritySummary status(@PathVariable long id, @Valid @RequestBody StatusChange body, Actor actor) {
        return views.authoritySummary(orRefuse(catalog.changeStatus(id, body.status(), body.notes(), actor)), null);
    }

    // ------------------------------------------------------------------ analyses, impacts, risk items

    /**
     * What the configured analyzer finds in the text: summary, key points, duties (actor, action, deadline resolved
     * against the signing date, section, verbatim quote) and cited orders. Cached per text and analyzer.
     */
    @GetMapping("/{id}/analysis")
    AnalysisResult analysis(@PathVariable long id, Actor actor) {
        return orRefuse(analysis.analyze(id));
    }

    /** Impacts and risks for one org unit, derived from the analysis's verified duties (each with section and quote). */
    @GetMapping("/{id}/analysis/impacts")
    List<UnitImpacts.Finding> impactsFor(@PathVariable long id, @RequestParam long orgUnitId, Actor actor) {
        OrgUnit unit = directory.orgUnit(orgUnitId).orElseThrow(() -> new RefusedException(
                org.excoord.shared.Refusal.invalid("orgUnitId", "there is no org unit " + orgUnitId)));
        java.time.LocalDate importedOn = catalog.find(id).map(a -> a.getCreatedAt().atZone(clock.getZone())
                .toLocalDate()).orElse(java.time.LocalDate.now(clock));
        return UnitImpacts.of(orRefuse(analysis.analyze(id)), unit.getName(), unit.getAbbreviation(),
                java.time.LocalDate.now(clock), importedOn);
    }

    @GetMapping("/{id}/analyses")
    List<ApiViews.AnalysisView> analyses(@PathVariable long id, Actor actor) {
        return assessments.analysesOf(existing(id)).stream().map(views::analysis).toList();
    }

    record AnalysisBody(@Size(max = 300) @CleanText String name, Long orgUnitId, Long pocId,
            @Size(max = 100_000) @CleanText(multiline = true) String summary,
            @Size(max = 1_000_000) @CleanText(multiline = true) String details, @SaneDate LocalDate analysisFrom,
            @SaneDate LocalDate analysisTo) {
    }

    @PostMapping("/{id}/analyses")
    ResponseEntity<ApiViews.AnalysisView> recordAnalysis(@PathVariable long id, @Valid @RequestBody AnalysisBody body,
            Actor actor) {
        existing(id);
        requireOrgUnit(body.orgUnitId());
        if (body.pocId() != null && directory.person(body.pocId()).isEmpty()) {
            throw invalid("pocId", "there is no person " + body.pocId());
        }
        if (body.analysisFrom() != null && body.analysisTo() != null && body.analysisTo().isBefore(body.analysisFrom())) {
            throw invalid("analysisTo", "the analysis period ends before it starts");
        }
        ApiViews.AnalysisView created = views.analysis(orRefuse(assessments.recordAnalysis(new NewAnalysis(body.name(),
                id, body.orgUnitId(), body.pocId(), body.summary(), body.details(), body.analysisFrom(),
                body.analysisTo()), actor)));
        return ResponseEntity.status(201).body(created);
    }

    @GetMapping("/{id}/impacts")
    List<ApiViews.FindingView> impacts(@PathVariable long id, Actor actor) {
        return assessments.impactsOf(existing(id)).stream().map(views::finding).toList();
    }

    @GetMapping("/{id}/risks")
    List<ApiViews.FindingView> risks(@PathVariable long id, Actor actor) {
        return assessments.risksOf(existing(id)).stream().map(views::finding).toList();
    }

    /** An impact or a risk item; {@code aiAssisted} marks one drafted by the analyzer and confirmed by the caller. */
    record FindingBody(@Size(max = 300) @CleanText String name, Long analysisId, Long orgUnitId,
            @Size(max = 60) @CleanText String generalCategory, Scale level, Scale likelihood, Relevance relevance,
            @Size(max = 100_000) @CleanText(multiline = true) String description,
            @Size(max = 100_000) @CleanText(multiline = true) String mitigationPlan, @SaneDate LocalDate targetDate,
            Boolean aiAssisted) {

        FindingDetails details(long authorityId) {
            return new FindingDetails(name, authorityId, analysisId, orgUnitId, generalCategory, level, likelihood,
                    relevance, description, mitigationPlan, targetDate);
        }

        boolean ai() {
            return Boolean.TRUE.equals(aiAssisted);
        }
    }

    @PostMapping("/{id}/impacts")
    ResponseEntity<ApiViews.FindingView> recordImpact(@PathVariable long id, @Valid @RequestBody FindingBody body,
            Actor actor) {
        existing(id);
        requireOrgUnit(body.orgUnitId());
        return ResponseEntity.status(201)
                .body(views.finding(orRefuse(assessments.recordImpact(body.details(id), body.ai(), actor))));
    }

    @PostMapping("/{id}/risks")
    ResponseEntity<ApiViews.FindingView> recordRisk(@PathVariable long id, @Valid @RequestBody FindingBody body,
            Actor actor) {
        existing(id);
        requireOrgUnit(body.orgUnitId());
        return ResponseEntity.status(201)
                .body(views.finding(orRefuse(assessments.recordRisk(body.details(id), body.ai(), actor))));
    }

    // ------------------------------------------------------------------ helpers

    private ResponseEntity<ApiViews.ImportView> imported(org.excoord.shared.Outcome<ImportResult> outcome) {
        ImportResult result = orRefuse(outcome);
        ApiViews.ImportView view = views.imported(result);
        if (result.outcome() == ImportResult.Outcome.CREATED) {
            return ResponseEntity.created(URI.create("/api/v1/authorities/" + result.authority().getId())).body(view);
        }
        return ResponseEntity.ok(view);
    }

    private long existing(long id) {
        if (catalog.find(id).isEmpty()) {
            throw RefusedException.notFound("no authority " + id);
        }
        return id;
    }

    private void requireOrgUnit(Long orgUnitId) {
        if (orgUnitId != null && directory.orgUnit(orgUnitId).isEmpty()) {
            throw invalid("orgUnitId", "there is no org unit " + orgUnitId);
        }
    }

    private static RefusedException invalid(String field, String message) {
        return new RefusedException(Refusal.invalid(field, message));
    }

    /** The charset the Content-Type names, UTF-8 when it names none (or one this JVM does not know). */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? StandardCharsets.UTF_8 : charset;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
