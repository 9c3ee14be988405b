package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.excoord.bot.planner.PlannerSync;
import org.excoord.directory.Actor;
import org.excoord.graphsync.link.PlannerLinkView;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Planner mirror over REST: an org unit's link to a Microsoft 365 group and its plan (set by administrators,
 * read by them and the unit's managers), and the administrators' list of failed item syncs and their retry.
 */
@RestController
@Validated
@RequestMapping("/api/v1")
class PlannerController {

    /** An Entra object id: what Graph calls a group's id. */
    static final String GUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final PlannerSync sync;

    PlannerController(PlannerSync sync) {
        this.sync = sync;
    }

    record PlannerGroup(@NotBlank @Pattern(regexp = GUID,
            message = "must be the Microsoft 365 group's id, a GUID like 0f3e6bb2-4b1c-4d5e-9a7f-2c8d1e0b6a41")
            String groupId) {
    }

    /** Links the unit to the group: the plan excoord made there before is found, or one is created; admins only. */
    @PutMapping("/org-units/{id}/planner")
    PlannerLinkView link(@PathVariable long id, @Valid @RequestBody PlannerGroup body, Actor actor) {
        return orRefuse(sync.link(id, body.groupId().toLowerCase(java.util.Locale.ROOT), actor));
    }

    /** The unit's group, plan and buckets; 404 when it has none. Admins and the unit's managers. */
    @GetMapping("/org-units/{id}/planner")
    PlannerLinkView view(@PathVariable long id, Actor actor) {
        return orRefuse(sync.view(id, actor));
    }

    /**
     * One item whose sync failed.
     *
     * @param reason   what a person can act on before retrying
     * @param syncedAt when the mirror last matched the item; null when it never did
     */
    record FailureView(Long itemId, String number, String reason, int attempts, Instant syncedAt) {
    }

    /** Items whose Planner sync failed, most recent first; admins only. */
    @GetMapping("/admin/graph-sync/failures")
    List<FailureView> failures(@RequestParam(defaultValue = "50") @Min(1) @Max(PlannerSync.MAX_FAILURES) int limit,
            @RequestParam(defaultValue = "0") @PositiveOrZero @Max(1_000_000) int offset, Actor actor) {
        return orRefuse(sync.failures(limit, offset, actor)).stream().map(PlannerController::failure).toList();
    }

    private static FailureView failure(ItemSyncStatus s) {
        return new FailureView(s.itemId(), s.itemNumber(), s.reason(), s.attempts(), s.syncedAt());
    }

    /** @param itemIds the failed items to retry; empty or absent: every failed item */
    record Retry(@Size(max = 1_000) List<@NotNull @Positive Long> itemIds) {
    }

    record Retried(int retried) {
    }

    /** Marks failed items for another push, after their cause is fixed; admins only, audited. */
    @PostMapping("/admin/graph-sync/retry")
    Retried retry(@Valid @RequestBody Retry body, Actor actor) {
        return new Retried(orRefuse(sync.retry(body.itemIds() == null ? List.of() : body.itemIds(), actor)));
    }
}
