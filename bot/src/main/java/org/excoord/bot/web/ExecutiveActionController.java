package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import org.excoord.action.ActionCategory;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.NewExecutiveAction;
import org.excoord.action.Receipt;
import org.excoord.authority.AnalysisRepository;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImpactRepository;
import org.excoord.authority.RiskItemRepository;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.process.ProcessLauncher;
import org.excoord.process.ProcessStepRepository;
import org.excoord.process.ProcessTemplateRepository;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.shared.SecurityClassification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Executive actions (what the agency does about an authority, a request or a letter), their types, status, due
 * date and outcome, and starting a process template for one; plus the process templates themselves.
 */
@RestController
@RequestMapping("/api/v1")
class ExecutiveActionController {

    private final ExecutiveActionManagement actions;
    private final ProcessLauncher launcher;
    private final ProcessTemplateRepository templates;
    private final ProcessStepRepository steps;
    private final AuthorityCatalog authorities;
    private final AnalysisRepository analyses;
    private final ImpactRepository impacts;
    private final RiskItemRepository risks;
    private final Directory directory;
    private final ApiViews views;

    ExecutiveActionController(ExecutiveActionManagement actions, ProcessLauncher launcher,
            ProcessTemplateRepository templates, ProcessStepRepository steps, AuthorityCatalog authorities,
            AnalysisRepository analyses, ImpactRepository impacts, RiskItemRepository risks, Directory directory,
            ApiViews views) {
        this.actions = actions;
        this.launcher = launcher;
        this.templates = templates;
        this.steps = steps;
        this.authorities = authorities;
        this.analyses = analyses;
        this.impacts = impacts;
        this.risks = risks;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/executive-action-types")
    List<ApiViews.ActionTypeView> types(Actor actor) {
        return actions.types().stream().map(ApiViews::actionType).toList();
    }

    /** The newest executive actions, leaving out the classified ones the caller may not see. */
    @GetMapping("/executive-actions")
    ApiViews.PageView<ApiViews.ActionSummary> list(Actor actor,
            @RequestParam(defaultValue = "0") @PositiveOrZero int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<ExecutiveAction> found = actions.list(PageRequest.of(page, size));
        return new ApiViews.PageView<>(visible(found.getContent(), actor).stream().map(views::actionSummary).toList(),
                page, size, found.hasNext(), null);
    }

    /** Where a received action came from; {@code receivedAt} as an ISO-8601 instant ("2026-03-02T14:30:00Z"). */
    record ReceiptBody(@SaneDate Instant receivedAt, MethodOfReceipt method,
            @Size(max = 200) @CleanText String fromPerson,
            @Size(max = 200) @CleanText String fromOrganization, Long receivingOrgUnitId) {

        Receipt toReceipt() {
            return new Receipt(receivedAt, method, fromPerson, fromOrganization, receivingOrgUnitId);
        }
    }

    record CreateAction(@Size(max = 100) @CleanText String name,
            @Size(max = 100_000) @CleanText(multiline = true) String description, ActionCategory category, Long typeId, Priority priority, SecurityClassification classification,
            @SaneDate LocalDate dueDate, Long parentId, Long sourceAuthorityId, Long sourceAnalysisId, Long sourceImpactId,
            Long sourceRiskId, Long ownerId, @Valid ReceiptBody receipt) {
    }

    @PostMapping("/executive-actions")
    ResponseEntity<ApiViews.ActionDetails> create(@Valid @RequestBody CreateAction body, Actor actor) {
        checkSources(body);
        ExecutiveAction action = orRefuse(actions.create(new NewExecutiveAction(body.name(), body.description(),
                body.category(), body.typeId(), body.priority(), body.classification(), body.dueDate(),
                body.parentId(), body.sourceAuthorityId(), body.sourceAnalysisId(), body.sourceImpactId(),
                body.sourceRiskId(), body.ownerId(), body.receipt() == null ? null : body.receipt().toReceipt()), actor));
        return ResponseEntity.created(URI.create("/api/v1/executive-actions/" + action.getId()))
                .body(details(action, actor));
    }

    /** One action by id or number ("EA-2026-000001") with its progress, items, sub-actions and sources. */
    @GetMapping("/executive-actions/{ref}")
    ApiViews.ActionDetails get(@PathVariable @CleanText String ref, Actor actor) {
        Long id = ref.matches("\\d{1,18}") ? Long.valueOf(ref)
                : actions.findByNumber(ref.strip()).map(ExecutiveAction::getId)
                        .orElseThrow(() -> RefusedException.notFound("no executive action " + ref));
        return details(view(id, actor), actor);
    }

    record StatusChange(@NotNull ActionStatus status, @NotNull Long version) {
    }

    @PutMapping("/executive-actions/{id}/status")
    ApiViews.ActionDetails status(@PathVariable long id, @Valid @RequestBody StatusChange body, Actor actor) {
        return details(orRefuse(actions.changeStatus(id, body.status(), body.version(), actor)), actor);
    }

    record DueDateChange(@SaneDate LocalDate dueDate, @NotNull Long version) {
    }

    @PutMapping("/executive-actions/{id}/due-date")
    ApiViews.ActionDetails dueDate(@PathVariable long id, @Valid @RequestBody DueDateChange body, Actor actor) {
        return details(orRefuse(actions.changeDueDate(id, body.dueDate(), body.version(), actor)), actor);
    }

    record OutcomeChange(@Size(max = 100_000) @CleanText(multiline = true) String outcomeSummary,
            @NotNull Long version) {
    }

    @PutMapping("/executive-actions/{id}/outcome")
    ApiViews.ActionDetails outcome(@PathVariable long id, @Valid @RequestBody OutcomeChange body, Actor actor) {
        return details(orRefuse(actions.recordOutcome(id, body.outcomeSummary(), body.version(), actor)), actor);
    }

    record StartProcess(@NotNull Long templateId) {
    }

    /** Starts a process template for the action: 201 with the primary item and the step items in tree order. */
    @PostMapping("/executive-actions/{id}/processes")
    ResponseEntity<ApiViews.StartedProcessView> startProcess(@PathVariable long id,
            @Valid @RequestBody StartProcess body, Actor actor) {
        ProcessLauncher.StartedProcess started = orRefuse(launcher.start(body.templateId(), id, actor));
        List<ApiViews.ItemSummary> summaries = views.summaries(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(started.primary()), started.items().stream()).toList(), actor);
        ApiViews.StartedProcessView view = new ApiViews.StartedProcessView(summaries.get(0),
                summaries.subList(1, summaries.size()));
        return ResponseEntity.created(URI.create("/api/v1/action-items/" + started.primary().getId())).body(view);
    }

    /** Every process template with its step tree. */
    @GetMapping("/process-templates")
    List<ApiViews.ProcessTemplateView> templates(Actor actor) {
        return templates.findAllByOrderByName().stream()
                .map(t -> views.template(t, steps.findByTemplateIdOrderByOrderAscIdAsc(t.getId()))).toList();
    }

    // ------------------------------------------------------------------ helpers

    private ExecutiveAction view(Long id, Actor actor) {
        return orRefuse(actions.view(id, actor));
    }

    private ApiViews.ActionDetails details(ExecutiveAction action, Actor actor) {
        return views.actionDetails(action, actor, visible(actions.subActions(action.getId()), actor));
    }

    /** The actions the actor may see: every unclassified one, classified ones by the policy. */
    private List<ExecutiveAction> visible(List<ExecutiveAction> found, Actor actor) {
        return actions.visible(found, actor);
    }

    /** The references the domain does not check itself; an unknown id is a 400 naming the field, not a 409. */
    private void checkSources(CreateAction body) {
        if (body.sourceAuthorityId() != null && authorities.find(body.sourceAuthorityId()).isEmpty()) {
            throw invalid("sourceAuthorityId", "there is no authority " + body.sourceAuthorityId());
        }
        if (body.sourceAnalysisId() != null && analyses.findById(body.sourceAnalysisId()).isEmpty()) {
            throw invalid("sourceAnalysisId", "there is no analysis " + body.sourceAnalysisId());
        }
        if (body.sourceImpactId() != null && impacts.findById(body.sourceImpactId()).isEmpty()) {
            throw invalid("sourceImpactId", "there is no impact " + body.sourceImpactId());
        }
        if (body.sourceRiskId() != null && risks.findById(body.sourceRiskId()).isEmpty()) {
            throw invalid("sourceRiskId", "there is no risk item " + body.sourceRiskId());
        }
        Long unit = body.receipt() == null ? null : body.receipt().receivingOrgUnitId();
        if (unit != null && directory.orgUnit(unit).isEmpty()) {
            throw invalid("receipt.receivingOrgUnitId", "there is no org unit " + unit);
        }
    }

    private static RefusedException invalid(String field, String message) {
        return new RefusedException(Refusal.invalid(field, message));
    }
}
