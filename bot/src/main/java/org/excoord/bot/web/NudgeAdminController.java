package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.excoord.bot.nudges.NudgeSweep;
import org.excoord.bot.nudges.Reachability;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.PlannedNudge;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nudge sweep for administrators: what a sweep at a moment would send, to whom and why; running one for any
 * moment (after an outage, or in tests: a second sweep of the same moment sends nothing); and the counts of the
 * recent sweeps; who the bot cannot reach in Teams. {@code at} is an ISO instant and defaults to now.
 */
@RestController
@Validated
@RequestMapping("/api/v1/admin/nudges")
class NudgeAdminController {

    private final NudgeSweep sweep;
    private final Reachability reachability;
    private final Directory directory;
    private final Clock clock;

    NudgeAdminController(NudgeSweep sweep, Reachability reachability, Directory directory, Clock clock) {
        this.sweep = sweep;
        this.reachability = reachability;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * One planned message.
     *
     * @param person    whom it concerns
     * @param recipient who gets it (a delegate, for someone out of office)
     */
    record PlannedView(NudgeKind kind, Long personId, String person, Long recipientId, String recipient,
            long subjectId, LocalDate day, int level, String reason, int total) {
    }

    /** @param counts messages per kind; {@code nudges} lists the first {@code limit} of them */
    record PlanView(Instant at, int planned, Map<NudgeKind, Integer> counts, List<PlannedView> nudges) {
    }

    @GetMapping("/plan")
    PlanView plan(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            @RequestParam(defaultValue = "500") @Min(1) @Max(10_000) int limit, Actor actor) {
        Instant moment = at == null ? clock.instant() : at;
        List<PlannedNudge> planned = orRefuse(sweep.preview(moment, actor));
        Map<NudgeKind, Integer> counts = new EnumMap<>(NudgeKind.class);
        planned.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        List<PlannedView> shown = planned.stream().limit(limit).map(this::view).toList();
        return new PlanView(moment, planned.size(), counts, shown);
    }

    @PostMapping("/sweep")
    NudgeSweep.Report sweep(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            Instant at, Actor actor) {
        return orRefuse(sweep.sweepAsAdmin(at == null ? clock.instant() : at, actor));
    }

    @GetMapping("/sweeps")
    List<NudgeSweep.Report> sweeps(@RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit, Actor actor) {
        return orRefuse(sweep.recent(limit, actor));
    }

    /** People the bot cannot reach in Teams (not installed, chat deleted, blocked), the longest first. */
    @GetMapping("/unreachable")
    List<Reachability.Unreachable> unreachable(@RequestParam(defaultValue = "200") @Min(1) @Max(5_000) int limit,
            Actor actor) {
        return orRefuse(actor != null && actor.isAdmin() ? Outcome.done(reachability.all(limit))
                : Outcome.refused(Refusal.forbidden("only administrators see who cannot be reached in Teams")));
    }

    private PlannedView view(PlannedNudge p) {
        return new PlannedView(p.kind(), p.personId(), name(p.personId()), p.recipientId(), name(p.recipientId()),
                p.subjectId(), p.day(), p.level(), p.reason(), p.total());
    }

    private String name(Long personId) {
        return directory.person(personId).map(Person::getDisplayName).orElse(null);
    }
}
