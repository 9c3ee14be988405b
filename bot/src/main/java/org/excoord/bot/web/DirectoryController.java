package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.excoord.shared.CleanText;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is who: the caller, the org-unit tree with its people and overdue work, people search. */
@RestController
@RequestMapping("/api/v1")
class DirectoryController {

    private final Directory directory;
    private final ActionItemManagement items;
    private final ApiViews views;

    DirectoryController(Directory directory, ActionItemManagement items, ApiViews views) {
        this.directory = directory;
        this.items = items;
        this.views = views;
    }

    /** The caller: their unit, manager, roles, time zone, the units they manage and their teams. */
    @GetMapping("/me")
    ApiViews.Me me(Actor actor) {
        Person me = directory.person(actor.personId())
                .orElseThrow(() -> new UnknownUserException("you are not registered in excoord"));
        return views.me(me, actor);
    }

    /** Every org unit in tree (path) order. */
    @GetMapping("/org-units")
    List<ApiViews.OrgUnitView> orgUnits(Actor actor) {
        return views.orgUnits(directory.orgUnitTree());
    }

    /** One org unit with its people. */
    @GetMapping("/org-units/{id}")
    ApiViews.OrgUnitDetails orgUnit(@PathVariable long id, Actor actor) {
        OrgUnit unit = directory.orgUnit(id).orElseThrow(() -> RefusedException.notFound("no org unit " + id));
        return views.orgUnitDetails(unit, directory.peopleOf(id));
    }

    /** Overdue open items of the unit and everything below it, most overdue first (its managers, the secretariat, admins). */
    @GetMapping("/org-units/{id}/overdue-items")
    List<ApiViews.ItemSummary> overdue(@PathVariable long id, Actor actor,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @PositiveOrZero int offset) {
        return views.summaries(orRefuse(items.overdueUnder(id, limit, offset, actor)), actor);
    }

    /** People whose name or UPN contains {@code q}, by name. */
    @GetMapping("/people")
    List<ApiViews.PersonSummary> people(Actor actor, @RequestParam(defaultValue = "") @Size(max = 200) @CleanText String q,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return directory.searchPeople(q.strip(), limit).stream().map(views::personSummary).toList();
    }

    @GetMapping("/people/{id}")
    ApiViews.PersonDetails person(@PathVariable long id, Actor actor) {
        return views.personDetails(directory.person(id).orElseThrow(() -> RefusedException.notFound("no person " + id)));
    }
}
