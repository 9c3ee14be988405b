package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import org.excoord.actionitem.ActionItem;
import org.excoord.bot.conversation.Nudges;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.Comment;
import org.excoord.actionitem.RecentComment;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.actionitem.Recurrence;
import org.excoord.shared.Refusal;
import org.excoord.directory.Actor;
import org.excoord.shared.ActionType;
import org.excoord.shared.Priority;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action items: my open items, create ad hoc, transition, assign, due date, edit, comment. */
@RestController
@Validated
@RequestMapping("/api/v1/action-items")
class ActionItemController {

    private final ActionItemManagement items;
    private final ApiViews views;
    private final Nudges nudges;

    ActionItemController(ActionItemManagement items, ApiViews views, Nudges nudges) {
        this.items = items;
        this.views = views;
        this.nudges = nudges;
    }

    /** The caller's open items (directly or through a team), soonest due first. */
    @GetMapping
    List<ApiViews.ItemSummary> mine(Actor actor, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @PositiveOrZero int offset) {
        return views.summaries(items.openItemsOf(actor.personId(), limit, offset), actor);
    }

    /** One item by id or number ("AI-2026-000045"), with the verbs the caller may apply and recent comments. */
    @GetMapping("/{ref}")
    ApiViews.ItemDetails get(@PathVariable @CleanText String ref, Actor actor) {
        ActionItem item = orRefuse(ref.matches("\\d{1,18}") ? items.view(Long.valueOf(ref), actor)
                : items.viewByNumber(ref, actor));
        return views.details(item, actor);
    }

    /**
     * {@code recurrence}: an ISO-8601 period between 1 day and 5 years ("P60D", "P3M", "P1Y") that makes the item
     * recur — completing it creates the next occurrence — until {@code recurrenceUntil}, if given.
     */
    record CreateItem(@NotBlank @Size(max = 400) @CleanText String subject,
            @Size(max = 10_000) @CleanText(multiline = true) String details, ActionType type, Priority priority,
            Long assigneePersonId, Long assigneeTeamId, Long reviewerId, Long executiveActionId, Long parentId, @SaneDate LocalDate startDate, @SaneDate LocalDate dueDate,
            @Size(max = 20) @CleanText String recurrence, @SaneDate LocalDate recurrenceUntil) {
    }

    @PostMapping
    ResponseEntity<ApiViews.ItemDetails> create(@Valid @RequestBody CreateItem body, Actor actor) {
        ActionItem item = orRefuse(items.create(new NewActionItem(body.subject(), body.details(), body.type(),
                body.priority(), body.assigneePersonId(), body.assigneeTeamId(), body.reviewerId(),
                body.executiveActionId(), body.parentId(), body.startDate(), body.dueDate(), null, null, 0,
                recurrence(body)), actor));
        return ResponseEntity.created(URI.create("/api/v1/action-items/" + item.getId())).body(views.details(item, actor));
    }

    /** The recurrence asked for, or null; a 400 for words that are no period, or an end without one. */
    private static Recurrence recurrence(CreateItem body) {
        if (body.recurrence() == null || body.recurrence().isBlank()) {
            if (body.recurrenceUntil() != null) {
                throw new RefusedException(Refusal.invalid("recurrenceUntil", "an end needs a recurrence"));
            }
            return null;
        }
        Period period = Recurrence.parse(body.recurrence());
        if (period == null) {
            throw new RefusedException(Refusal.invalid("recurrence",
                    "a recurrence is an ISO-8601 period such as P60D, P3M or P1Y"));
        }
        return new Recurrence(period, body.recurrenceUntil()); // its bounds are core's to check
    }

    /**
     * A workflow verb. {@code comment} is the reason for RETURN and CANCEL (required there; a 400 without it), an
     * optional note otherwise; {@code deferUntil} is required for DEFER, today or later (a 400 otherwise).
     */
    record Transition(@NotNull ItemVerb verb, @NotNull Long version,
            @Size(max = 10_000) @CleanText(multiline = true) String comment, @SaneDate LocalDate deferUntil) {
    }

    @PostMapping("/{id}/transitions")
    ApiViews.ItemDetails transition(@PathVariable long id, @Valid @RequestBody Transition body, Actor actor) {
        return views.details(orRefuse(items.apply(id, body.verb(), body.version(), body.comment(), body.deferUntil(),
                actor)), actor);
    }

    record Assignment(Long personId, Long teamId, @NotNull Long version) {
    }

    @PutMapping("/{id}/assignee")
    ApiViews.ItemDetails assign(@PathVariable long id, @Valid @RequestBody Assignment body, Actor actor) {
        return views.details(orRefuse(items.assign(id, body.personId(), body.teamId(), body.version(), actor)), actor);
    }

    record DueDate(@SaneDate LocalDate dueDate, @NotNull Long version) {
    }

    @PutMapping("/{id}/due-date")
    ApiViews.ItemDetails dueDate(@PathVariable long id, @Valid @RequestBody DueDate body, Actor actor) {
        return views.details(orRefuse(items.changeDueDate(id, body.dueDate(), body.version(), actor)), actor);
    }

    record Edit(@NotBlank @Size(max = 400) @CleanText String subject,
            @Size(max = 10_000) @CleanText(multiline = true) String details,
            @Size(max = 10_000) @CleanText(multiline = true) String nextSteps, Priority priority, @NotNull Long version) {
    }

    @PatchMapping("/{id}")
    ApiViews.ItemDetails edit(@PathVariable long id, @Valid @RequestBody Edit body, Actor actor) {
        return views.details(orRefuse(items.edit(id, body.subject(), body.details(), body.nextSteps(), body.priority(),
                body.version(), actor)), actor);
    }

    record Pause(boolean paused, @NotNull Long version) {
    }

    @PutMapping("/{id}/paused")
    ApiViews.ItemDetails pause(@PathVariable long id, @Valid @RequestBody Pause body, Actor actor) {
        return views.details(orRefuse(items.setPaused(id, body.paused(), body.version(), actor)), actor);
    }

    record NewComment(@NotBlank @Size(max = 10_000) @CleanText(multiline = true) String body) {
    }

    record Nudged(String conversationId) {
    }

    /** Sends the item's card to the assignee's 1:1 chat with the bot: a reminder from the originator or a manager. */
    @PostMapping("/{ref}/nudge")
    ResponseEntity<Nudged> nudge(@PathVariable @CleanText String ref, Actor actor) {
        ActionItem item = orRefuse(ref.matches("\\d{1,18}") ? items.view(Long.valueOf(ref), actor)
                : items.viewByNumber(ref, actor));
        return ResponseEntity.accepted().body(new Nudged(orRefuse(nudges.nudgeAssignee(item.getId(), actor))));
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<ApiViews.CommentView> comment(@PathVariable long id, @Valid @RequestBody NewComment body,
            Actor actor) {
        Comment c = orRefuse(items.comment(id, body.body(), actor));
        return ResponseEntity.status(201).body(views.comment(new RecentComment(c.getId(), c.getAuthorId(),
                actor.displayName(), c.getKind(), c.getBody(), c.getCreatedAt())));
    }

    @GetMapping("/{id}/comments")
    List<ApiViews.CommentView> comments(@PathVariable long id, Actor actor,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        orRefuse(items.view(id, actor));
        return items.recentComments(id, limit).stream().map(views::comment).toList();
    }

    @GetMapping("/{id}/children")
    List<ApiViews.ItemSummary> children(@PathVariable long id, Actor actor) {
        orRefuse(items.view(id, actor));
        return views.summaries(items.children(id), actor);
    }
}
