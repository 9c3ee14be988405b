package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.LogCorrespondence;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.shared.Outcome;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.shared.SecurityClassification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The executive secretariat's correspondence log: the caller's inbox, logging with a receipt, and the routing
 * steps (route → accept or reassign → assign → resolve, acknowledge at any time). Every step carries the
 * {@code version} of the correspondence it was based on.
 */
@RestController
@RequestMapping("/api/v1/correspondence")
class CorrespondenceController {

    private final CorrespondenceLog log;
    private final ExecutiveActionManagement actions;
    private final AuthorityCatalog authorities;
    private final Directory directory;
    private final ApiViews views;

    CorrespondenceController(CorrespondenceLog log, ExecutiveActionManagement actions, AuthorityCatalog authorities,
            Directory directory, ApiViews views) {
        this.log = log;
        this.actions = actions;
        this.authorities = authorities;
        this.directory = directory;
        this.views = views;
    }

    /** What waits for the caller: everything open for the secretariat, routed work for managers, own assignments. */
    @GetMapping
    List<ApiViews.CorrespondenceSummary> inbox(Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @PositiveOrZero int offset) {
        return log.inbox(actor, limit, offset).stream()
                .map(c -> views.correspondenceSummary(c, actions.find(c.getExecutiveActionId()).orElse(null))).toList();
    }

    record LogBody(@Size(max = 100) @CleanText String subject,
            @Size(max = 100_000) @CleanText(multiline = true) String description, Long typeId,
            Priority priority, SecurityClassification classification, @SaneDate LocalDate dueDate,
            @Valid ExecutiveActionController.ReceiptBody receipt, Long sourceAuthorityId) {
    }

    @PostMapping
    ResponseEntity<ApiViews.CorrespondenceView> logCorrespondence(@Valid @RequestBody LogBody body, Actor actor) {
        if (body.receipt() == null) {
            throw invalid("receipt", "say when and how it was received");
        }
        if (body.receipt().receivedAt() == null) {
            throw invalid("receipt.receivedAt", "when was it received?");
        }
        if (body.receipt().method() == null) {
            throw invalid("receipt.method", "how was it received?");
        }
        Long unit = body.receipt().receivingOrgUnitId();
        if (unit != null && directory.orgUnit(unit).isEmpty()) {
            throw invalid("receipt.receivingOrgUnitId", "there is no org unit " + unit);
        }
        if (body.sourceAuthorityId() != null && authorities.find(body.sourceAuthorityId()).isEmpty()) {
            throw invalid("sourceAuthorityId", "there is no authority " + body.sourceAuthorityId());
        }
        CorrespondenceDetails logged = done(log.log(new LogCorrespondence(body.subject(), body.description(),
                body.typeId(), body.priority(), body.classification(), body.dueDate(), body.receipt().toReceipt(),
                body.sourceAuthorityId()), actor));
        Long id = logged.correspondence().getExecutiveActionId();
        return ResponseEntity.created(URI.create("/api/v1/correspondence/" + id)).body(views.correspondence(logged));
    }

    @GetMapping("/{id}")
    ApiViews.CorrespondenceView get(@PathVariable long id, Actor actor) {
        return views.correspondence(orRefuse(log.view(id, actor)));
    }

    record Route(@NotNull Long orgUnitId, @Size(max = 10_000) @CleanText(multiline = true) String note,
            @NotNull Long version) {
    }

    /** The secretariat sends it (again) to an org unit. */
    @PostMapping("/{id}/route")
    ApiViews.CorrespondenceView route(@PathVariable long id, @Valid @RequestBody Route body, Actor actor) {
        return views.correspondence(orRefuse(log.route(id, body.orgUnitId(), body.note(), body.version(), actor)));
    }

    record VersionOnly(@NotNull Long version) {
    }

    /** The manager of the unit it is routed to takes it on. */
    @PostMapping("/{id}/accept")
    ApiViews.CorrespondenceView accept(@PathVariable long id, @Valid @RequestBody VersionOnly body, Actor actor) {
        return views.correspondence(orRefuse(log.accept(id, body.version(), actor)));
    }

    /** The manager of the unit it is routed to sends it on to another unit; {@code note} says why. */
    @PostMapping("/{id}/reassign")
    ApiViews.CorrespondenceView reassign(@PathVariable long id, @Valid @RequestBody Route body, Actor actor) {
        return views.correspondence(orRefuse(log.reassign(id, body.orgUnitId(), body.note(), body.version(), actor)));
    }

    record Assign(@NotNull Long personId, @NotNull Long version) {
    }

    /** The unit's manager names the person (in the unit or below it) who answers it. */
    @PostMapping("/{id}/assign")
    ApiViews.CorrespondenceView assign(@PathVariable long id, @Valid @RequestBody Assign body, Actor actor) {
        return views.correspondence(orRefuse(log.assign(id, body.personId(), body.version(), actor)));
    }

    /** The secretariat records that the sender was told it arrived. */
    @PostMapping("/{id}/acknowledge")
    ApiViews.CorrespondenceView acknowledge(@PathVariable long id, @Valid @RequestBody VersionOnly body, Actor actor) {
        return views.correspondence(orRefuse(log.acknowledge(id, body.version(), actor)));
    }

    record Resolve(@Size(max = 10_000) @CleanText(multiline = true) String resolution, @NotNull Long version) {
    }

    @PostMapping("/{id}/resolve")
    ApiViews.CorrespondenceView resolve(@PathVariable long id, @Valid @RequestBody Resolve body, Actor actor) {
        return views.correspondence(orRefuse(log.resolve(id, body.resolution(), body.version(), actor)));
    }

    /** Like {@code orRefuse}, but names the receipt's fields as the request does ("receipt.method"). */
    private static CorrespondenceDetails done(Outcome<CorrespondenceDetails> outcome) {
        Refusal refusal = outcome.refusal();
        if (refusal != null && refusal.field() != null) {
            String field = switch (refusal.field()) {
                case "receivedAt" -> "receipt.receivedAt";
                case "methodOfReceipt" -> "receipt.method";
                case "name" -> "subject";
                default -> refusal.field();
            };
            throw new RefusedException(new Refusal(refusal.kind(), refusal.message(), field));
        }
        return orRefuse(outcome);
    }

    private static RefusedException invalid(String field, String message) {
        return new RefusedException(Refusal.invalid(field, message));
    }
}
