package org.excoord.bot.web;

import static org.excoord.bot.web.RefusedException.orRefuse;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.nudge.Delegations;
import org.excoord.nudge.NudgeSettings;
import org.excoord.nudge.OutOfOffice;
import org.excoord.shared.Refusal;
import org.excoord.shared.SaneDate;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a person chose to hear from the nudges, and who stands in for them: digest time and cadence, snooze, mute and
 * "I have read this" on an item, and delegation. Everyone manages their own ({@code /me}); administrators may read
 * anyone's settings and set anyone's delegation ({@code /people/{id}}). Bodies name only known fields: an unknown
 * one is a 400 (a typo like {@code "digestsOff"} must not look accepted).
 */
@RestController
@Validated
class NudgeSettingsController {

    private final NudgeSettings settings;
    private final Delegations delegations;
    private final OutOfOffice outOfOffice;
    private final Directory directory;
    private final Clock clock;

    NudgeSettingsController(NudgeSettings settings, Delegations delegations, OutOfOffice outOfOffice,
            Directory directory, Clock clock) {
        this.settings = settings;
        this.delegations = delegations;
        this.outOfOffice = outOfOffice;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A person's settings.
     *
     * @param delegation  their delegation that is not over yet (active or to come), or null
     * @param outOfOffice whether their Outlook automatic reply is on (then naming a delegate is suggested)
     */
    record SettingsView(Long personId, @JsonFormat(pattern = "HH:mm") LocalTime digestTime, boolean digestsOn,
            NudgeSettings.TeamDigest teamDigest, boolean urgentInQuietHours, Delegations.Delegation delegation,
            boolean outOfOffice) {
    }

    /** The preferences to keep; a field left out keeps its current value. */
    record PreferencesBody(LocalTime digestTime, Boolean digestsOn, NudgeSettings.TeamDigest teamDigest,
            Boolean urgentInQuietHours, @JsonAnySetter Map<String, Object> unknown) {
    }

    record DelegationBody(Long delegateId, @SaneDate LocalDate startsOn, @SaneDate LocalDate endsOn,
            @JsonAnySetter Map<String, Object> unknown) {
    }

    /** Snooze until a day, or for 1 or 3 days: one of the two. */
    record SnoozeBody(@SaneDate LocalDate until, Integer days, @JsonAnySetter Map<String, Object> unknown) {
    }

    record MuteBody(Boolean muted, @JsonAnySetter Map<String, Object> unknown) {
    }

    record Acknowledged(Long itemId, Instant acknowledgedAt) {
    }

    @GetMapping("/api/v1/me/nudge-settings")
    SettingsView mine(Actor actor) {
        return view(self(actor));
    }

    @GetMapping("/api/v1/people/{id}/nudge-settings")
    SettingsView ofPerson(@PathVariable long id, Actor actor) {
        if (!actor.is(id) && !actor.isAdmin()) {
            throw new RefusedException(Refusal.forbidden("only administrators read another person's nudge settings"));
        }
        return view(person(id));
    }

    @PutMapping("/api/v1/me/nudge-settings")
    SettingsView update(@Valid @RequestBody PreferencesBody body, Actor actor) {
        known(body.unknown());
        Person me = self(actor);
        NudgeSettings.Preferences now = settings.preferencesOf(me.getId());
        orRefuse(settings.update(new NudgeSettings.Preferences(or(body.digestTime(), now.digestTime()),
                or(body.digestsOn(), now.digestsOn()), or(body.teamDigest(), now.teamDigest()),
                or(body.urgentInQuietHours(), now.urgentInQuietHours())), actor));
        return view(me);
    }

    @GetMapping("/api/v1/me/delegation")
    ResponseEntity<Delegations.Delegation> myDelegation(Actor actor) {
        return shown(self(actor));
    }

    @PutMapping("/api/v1/me/delegation")
    Delegations.Delegation delegate(@Valid @RequestBody DelegationBody body, Actor actor) {
        return delegate(self(actor).getId(), body, actor);
    }

    @DeleteMapping("/api/v1/me/delegation")
    ResponseEntity<Void> revoke(Actor actor) {
        orRefuse(delegations.revoke(self(actor).getId(), actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/people/{id}/delegation")
    ResponseEntity<Delegations.Delegation> delegationOf(@PathVariable long id, Actor actor) {
        if (!actor.is(id) && !actor.isAdmin()) {
            throw new RefusedException(Refusal.forbidden("only administrators see another person's delegation"));
        }
        return shown(person(id));
    }

    @PutMapping("/api/v1/people/{id}/delegation")
    Delegations.Delegation delegateFor(@PathVariable long id, @Valid @RequestBody DelegationBody body, Actor actor) {
        return delegate(id, body, actor);
    }

    @DeleteMapping("/api/v1/people/{id}/delegation")
    ResponseEntity<Void> revokeFor(@PathVariable long id, Actor actor) {
        orRefuse(delegations.revoke(id, actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/items/{id}/snooze")
    NudgeSettings.ItemControl snooze(@PathVariable long id, @Valid @RequestBody SnoozeBody body, Actor actor) {
        known(body.unknown());
        if ((body.until() == null) == (body.days() == null)) {
            throw new RefusedException(Refusal.invalid("until", "give either until (a date) or days (1 or 3)"));
        }
        LocalDate until = body.until();
        if (body.days() != null) {
            if (body.days() != 1 && body.days() != 3) {
                throw new RefusedException(Refusal.invalid("days", "snooze for 1 or 3 days, or until a date"));
            }
            until = today(self(actor)).plusDays(body.days());
        }
        return orRefuse(settings.snooze(id, until, actor));
    }

    @PutMapping("/api/v1/items/{id}/mute")
    NudgeSettings.ItemControl mute(@PathVariable long id, @Valid @RequestBody MuteBody body, Actor actor) {
        known(body.unknown());
        if (body.muted() == null) {
            throw new RefusedException(Refusal.invalid("muted", "say whether the item is muted (true or false)"));
        }
        return orRefuse(settings.mute(id, body.muted(), actor));
    }

    @PostMapping("/api/v1/items/{id}/acknowledgement")
    Acknowledged acknowledge(@PathVariable long id, Actor actor) {
        return new Acknowledged(id, orRefuse(settings.acknowledge(id, actor)));
    }

    private Delegations.Delegation delegate(Long delegatorId, DelegationBody body, Actor actor) {
        known(body.unknown());
        return orRefuse(delegations.delegate(delegatorId, body.delegateId(), body.startsOn(), body.endsOn(), actor));
    }

    private ResponseEntity<Delegations.Delegation> shown(Person person) {
        return currentDelegation(person).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    private java.util.Optional<Delegations.Delegation> currentDelegation(Person person) {
        LocalDate today = today(person);
        // the active one, else one starting within the week (set ahead of a trip)
        return delegations.activeFor(person.getId(), today).or(() -> nextOf(person, today));
    }

    private java.util.Optional<Delegations.Delegation> nextOf(Person person, LocalDate today) {
        for (int ahead = 1; ahead <= 7; ahead++) {
            var next = delegations.activeFor(person.getId(), today.plusDays(ahead));
            if (next.isPresent()) {
                return next;
            }
        }
        return java.util.Optional.empty();
    }

    private SettingsView view(Person person) {
        NudgeSettings.Preferences p = settings.preferencesOf(person.getId());
        return new SettingsView(person.getId(), p.digestTime(), p.digestsOn(), p.teamDigest(), p.urgentInQuietHours(),
                currentDelegation(person).orElse(null), outOfOffice.at(person.getId(), clock.instant()).isPresent());
    }

    private Person self(Actor actor) {
        if (actor.personId() == null) {
            throw new RefusedException(Refusal.forbidden("nudge settings belong to a person"));
        }
        return person(actor.personId());
    }

    private Person person(long id) {
        return directory.person(id).orElseThrow(() -> RefusedException.notFound("there is no person " + id));
    }

    private LocalDate today(Person person) {
        return LocalDate.now(clock.withZone(person.getTimeZone()));
    }

    /** A body with a field this endpoint does not know is refused, naming it. */
    private static void known(Map<String, Object> unknown) {
        if (unknown != null && !unknown.isEmpty()) {
            String field = unknown.keySet().iterator().next();
            throw new RefusedException(Refusal.invalid(field, field + " is not a field of this request"));
        }
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
