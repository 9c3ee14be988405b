package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.ItemCardExtras;
import org.excoord.bot.conversation.Nudges;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.DigestCard;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Option;
import org.excoord.cards.SettingsCard;
import org.excoord.cards.TeamDigestCard;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.nudge.Delegations;
import org.excoord.nudge.NudgePlanner;
import org.excoord.nudge.NudgeSettings;
import org.excoord.nudge.OutOfOffice;
import org.excoord.nudge.PlannedNudge;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person's side of nudges in the conversation: the {@code settings} card and its saves, the delegate, and the
 * buttons of the nudge cards (a digest's refresh and its lines' Start, Snooze and Mute; Nudge and Reassign of the
 * team digest and escalation; "I have read this"). A press on a digest line is answered with the digest redrawn,
 * which Teams puts in place of the pressed card (the Universal Action's response), not a new message. Card data
 * is untrusted: every change goes through core, which checks who may do it.
 */
@Component
@Order(90)
class NudgeFeature implements Feature {

    private static final org.slf4j.Logger refusals = org.slf4j.LoggerFactory.getLogger(
            org.excoord.audit.RefusalTrail.LOGGER);

    /** The settings card lists this many snoozed or muted items (the card says how many more). */
    static final int CONTROLS_SHOWN = 21;

    private final NudgePlanner planner;
    private final NudgeCardDrawer drawer;
    private final NudgeSettings settings;
    private final Delegations delegations;
    private final OutOfOffice outOfOffice;
    private final ActionItemManagement items;
    private final Directory directory;
    private final Nudges nudges;
    private final CardModels models;
    private final ItemCardExtras extras;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NudgeFeature(NudgePlanner planner, NudgeCardDrawer drawer, NudgeSettings settings, Delegations delegations,
            OutOfOffice outOfOffice, ActionItemManagement items, Directory directory, Nudges nudges,
            CardModels models, ItemCardExtras extras, JdbcTemplate jdbc, Clock clock) {
        this.planner = planner;
        this.drawer = drawer;
        this.settings = settings;
        this.delegations = delegations;
        this.outOfOffice = outOfOffice;
        this.items = items;
        this.directory = directory;
        this.nudges = nudges;
        this.models = models;
        this.extras = extras;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("settings",
                "your morning digest, snoozed and muted items, and who stands in for you")
                .button("Settings", CardVerbs.SETTINGS_VIEW, null));
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler settingsCard = Feature.personal("your settings", a -> Reply.of(settingsCard(a.actor(), a.viewer(),
                null)));
        return Map.of("settings", settingsCard, "nudge settings", settingsCard);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.ofEntries(
                Map.entry(CardVerbs.DIGEST_REFRESH, p -> Reply.of(digest(p, null))),
                Map.entry(CardVerbs.TEAM_DIGEST_REFRESH, p -> Reply.of(teamDigest(p, null))),
                Map.entry(CardVerbs.DIGEST_START, p -> Reply.of(start(p))),
                Map.entry(CardVerbs.NUDGE_SNOOZE, p -> Reply.of(snooze(p))),
                Map.entry(CardVerbs.NUDGE_MUTE, p -> Reply.of(mute(p))),
                Map.entry(CardVerbs.NUDGE_ASSIGNEE, p -> Reply.of(remind(p))),
                Map.entry(CardVerbs.NUDGE_REASSIGN, p -> Reply.of(reassign(p))),
                Map.entry(CardVerbs.ITEM_ACKNOWLEDGE, p -> Reply.of(acknowledge(p))),
                Map.entry(CardVerbs.SETTINGS_VIEW, p -> Reply.of(settingsCard(p.actor(), p.viewer(), null))),
                Map.entry(CardVerbs.SETTINGS_SAVE, p -> Reply.of(save(p))),
                Map.entry(CardVerbs.DELEGATION_SET, p -> Reply.of(delegate(p))),
                Map.entry(CardVerbs.DELEGATION_REVOKE, p -> Reply.of(revoke(p))));
    }

    // --- the digest

    /**
     * The presser's digest as it is now; "nothing due" when the planner has nothing for them. A delegate's copy of
     * their delegator's digest names the delegator ({@code forPersonId}): it is redrawn as the delegator's digest
     * while the delegation lasts, and says so once it has ended.
     */
    private ObjectNode digest(Pressed p, String notice) {
        Instant now = clock.instant();
        Long whose = whose(p);
        if (whose == null) {
            return noLongerStandingIn(p);
        }
        Optional<PlannedNudge> digest = planner.digestOf(whose, now);
        Optional<ObjectNode> card = digest.flatMap(d -> drawer.digest(d, p.actor(), p.viewer(), notice, false));
        if (card.isPresent() && !p.actor().is(whose)) {
            return drawer.forDelegate(card.get(), digest.get());
        }
        return card.orElseGet(() -> Cards.digest(new DigestCard(List.of(), List.of(), List.of(), 0,
                today(p.actor()), notice), p.viewer()));
    }

    /**
     * Whose digest a press redraws: the presser's, or the delegator's its buttons name while the presser stands in
     * for them; null (refused, logged) once the delegation is over.
     */
    private Long whose(Pressed p) {
        Long forPerson = p.number("forPersonId");
        if (forPerson == null || p.actor().is(forPerson)) {
            return p.actor().personId();
        }
        boolean standsIn = delegations.activeFor(forPerson, today(p.actor())).map(d -> p.actor().is(d.delegateId()))
                .orElse(false);
        if (!standsIn) {
            refusals.warn("refused the digest of person {} to {} (person {}): no active delegation", forPerson,
                    p.actor().displayName(), p.actor().personId());
            return null;
        }
        return forPerson;
    }

    private ObjectNode noLongerStandingIn(Pressed p) {
        return Cards.message("You no longer stand in for " + models.personName(p.number("forPersonId"))
                + ", so their digest is no longer shown to you. Type \"my items\" for your own work.");
    }

    /** The presser's team digest as it is now (or their delegator's), with the answer to what they pressed. */
    private ObjectNode teamDigest(Pressed p, String notice) {
        Long whose = whose(p);
        if (whose == null) {
            return noLongerStandingIn(p);
        }
        Optional<PlannedNudge> team = planner.teamDigestOf(whose, clock.instant());
        Optional<ObjectNode> card = team.flatMap(t -> drawer.teamDigest(t, p.actor(), p.viewer()));
        if (card.isPresent() && !p.actor().is(whose)) {
            card = Optional.of(drawer.forDelegate(card.get(), team.get()));
        }
        return Cards.withNotice(card.orElseGet(() -> Cards.teamDigest(new TeamDigestCard(
                directory.orgUnit(p.actor().orgUnitId()).map(OrgUnit::getName).orElse(null), List.of(), 0, false,
                List.of()), p.viewer())), notice);
    }

    private ObjectNode start(Pressed p) {
        Long id = p.number("itemId");
        Long version = p.number("version");
        if (id == null || version == null) {
            return digest(p, "That line was incomplete; nothing was changed.");
        }
        Outcome<ActionItem> started = items.apply(id, ItemVerb.START, version, null, null, p.actor());
        return digest(p, started.isDone() ? started.orElseThrow().getNumber() + " is now "
                + started.orElseThrow().getStatus().label() + "." : notStarted(started.refusal()));
    }

    private static String notStarted(Refusal refusal) {
        return refusal.kind() == Refusal.Kind.CONFLICT
                ? "Someone changed that item since this digest was drawn; nothing was changed. Here is the current digest."
                : "Not started: " + refusal.message();
    }

    /** 1 or 3 days, or until the picked date; from a digest the answer is the digest redrawn. */
    private ObjectNode snooze(Pressed p) {
        Long id = p.number("itemId");
        if (id == null) {
            return Cards.message("That card is incomplete; nothing was changed.");
        }
        LocalDate today = today(p.actor());
        LocalDate until;
        String days = p.text("days");
        if (days != null) {
            if (!days.equals("1") && !days.equals("3")) {
                return answer(p, "That card's days is not 1 or 3; nothing was changed.");
            }
            until = today.plusDays(Long.parseLong(days));
        } else {
            until = CardData.date(p.data(), "snoozeUntil" + id);
            if (until == null) {
                return answer(p, "Pick a date to snooze until; nothing was changed.");
            }
            if (!until.isAfter(today)) {
                return answer(p, "Snooze until a day after today; nothing was changed.");
            }
        }
        Outcome<NudgeSettings.ItemControl> done = settings.snooze(id, until, p.actor());
        return answer(p, done.isDone() ? numberOf(id) + " is snoozed until " + format(until)
                + ": no nudges about it before then." : refusalText(done.refusal()));
    }

    private ObjectNode mute(Pressed p) {
        Long id = p.number("itemId");
        String muted = p.text("muted");
        if (id == null || (muted != null && !muted.equals("true") && !muted.equals("false"))) {
            return Cards.message("That card is incomplete; nothing was changed.");
        }
        boolean on = !"false".equals(muted);
        Outcome<NudgeSettings.ItemControl> done = settings.mute(id, on, p.actor());
        String notice = done.isDone() ? numberOf(id) + (on ? " is muted: no more nudges about it (unmute it in"
                + " \"settings\")." : " is no longer muted.") : refusalText(done.refusal());
        if (CardVerbs.SETTINGS_VIEW.equals(p.text("on")) || !on) {
            return settingsCard(p.actor(), p.viewer(), notice);
        }
        return answer(p, notice);
    }

    /** The digest redrawn when the press came from one, else a one-line answer. */
    private ObjectNode answer(Pressed p, String notice) {
        return "digest".equals(p.text("on")) ? digest(p, notice) : Cards.message(notice);
    }

    // --- the team digest and the escalation

    private ObjectNode remind(Pressed p) {
        Long id = p.number("itemId");
        if (id == null) {
            return Cards.message("That card is incomplete; nothing was changed.");
        }
        Outcome<String> sent = nudges.nudgeAssignee(id, p.actor());
        // named only to someone who may see the item
        Outcome<ActionItem> seen = items.view(id, p.actor());
        String whom = seen.isDone() ? models.assigneeName(seen.orElseThrow()) + " of " + seen.orElseThrow().getNumber()
                : "the assignee";
        if (!sent.isDone()) {
            return onTeamDigest(p) ? teamDigest(p, "I did not remind " + whom + ": " + refusalText(sent.refusal()))
                    : Refusals.card(sent.refusal());
        }
        String notice = "I reminded " + whom + " in their chat with me.";
        return onTeamDigest(p) ? teamDigest(p, notice) : Cards.message(notice);
    }

    /** Reassign from a team digest line, whose picker is {@code assignee<itemId>}: the item's card answers. */
    private ObjectNode reassign(Pressed p) {
        Long id = p.number("itemId");
        Long version = p.number("version");
        if (id == null || version == null) {
            return Cards.message("That card is incomplete; nothing was changed.");
        }
        Long to = p.number("assignee" + id);
        if (to == null) {
            return Cards.message("Pick who to assign it to; nothing was changed.");
        }
        Outcome<ActionItem> changed = items.assign(id, to, null, version, p.actor());
        if (!changed.isDone()) {
            return Refusals.card(changed.refusal());
        }
        ActionItem item = changed.orElseThrow();
        if (onTeamDigest(p)) {
            return extras.told(teamDigest(p, item.getNumber() + " is reassigned to " + models.assigneeName(item) + "."),
                    p.actor());
        }
        ObjectNode card = Cards.item(models.item(item, p.actor(), "Reassigned to " + models.assigneeName(item) + "."),
                p.viewer());
        return extras.decorate(extras.told(card, p.actor()), p.actor());
    }

    private static boolean onTeamDigest(Pressed p) {
        return "team".equals(p.text("on"));
    }

    // --- "I have read this"

    private ObjectNode acknowledge(Pressed p) {
        Long id = p.number("itemId");
        if (id == null) {
            return Cards.message("That card is incomplete; nothing was changed.");
        }
        Outcome<Instant> done = settings.acknowledge(id, p.actor());
        Outcome<ActionItem> item = items.view(id, p.actor());
        if (!item.isDone()) {
            return Refusals.card(item.refusal());
        }
        String notice = done.isDone() ? "Thank you: your acknowledgement is recorded." : refusalText(done.refusal());
        ObjectNode card = Cards.item(models.item(item.orElseThrow(), p.actor(), notice), p.viewer());
        return extras.decorate(extras.told(card, p.actor()), p.actor());
    }

    // --- settings

    private ObjectNode save(Pressed p) {
        NudgeSettings.Preferences before = settings.preferencesOf(p.actor().personId());
        String on = p.text("digestsOn");
        String urgent = p.text("urgentInQuietHours");
        if (!bool(on) || !bool(urgent)) {
            return Cards.message("That card's settings are not on or off; nothing was changed.");
        }
        LocalTime time = before.digestTime();
        String typed = p.text("digestTime");
        if (typed != null) {
            try {
                time = LocalTime.parse(typed).withSecond(0).withNano(0);
            } catch (DateTimeParseException e) {
                return Cards.message("That card's digestTime is not a time (HH:MM); nothing was changed.");
            }
        }
        NudgeSettings.TeamDigest team = before.teamDigest();
        String cadence = p.text("teamDigest");
        if (cadence != null) {
            try {
                team = NudgeSettings.TeamDigest.valueOf(cadence.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Cards.message("That card's teamDigest is not daily, weekly or off; nothing was changed.");
            }
        }
        NudgeSettings.Preferences wanted = new NudgeSettings.Preferences(time,
                on == null ? before.digestsOn() : on.equals("true"), team,
                urgent == null ? before.urgentInQuietHours() : urgent.equals("true"));
        Outcome<NudgeSettings.Preferences> saved = settings.update(wanted, p.actor());
        return settingsCard(p.actor(), p.viewer(), saved.isDone() ? "Saved." : refusalText(saved.refusal()));
    }

    private static boolean bool(String value) {
        return value == null || value.equals("true") || value.equals("false");
    }

    private ObjectNode delegate(Pressed p) {
        Long delegate = p.number("delegateId");
        LocalDate from = CardData.date(p.data(), "delegateFrom");
        LocalDate until = CardData.date(p.data(), "delegateUntil");
        if (delegate == null || until == null) {
            return settingsCard(p.actor(), p.viewer(), "Pick a delegate and the last day; nothing was changed.");
        }
        LocalDate start = from == null ? today(p.actor()) : from;
        if (until.isBefore(start)) {
            return settingsCard(p.actor(), p.viewer(), "The last day comes before the first; nothing was changed.");
        }
        Outcome<Delegations.Delegation> done = delegations.delegate(p.actor().personId(), delegate, start, until,
                p.actor());
        return settingsCard(p.actor(), p.viewer(), done.isDone() ? done.orElseThrow().delegateName()
                + " stands in for you from " + format(start) + " to " + format(until) + ". They will be told."
                : refusalText(done.refusal()));
    }

    private ObjectNode revoke(Pressed p) {
        Outcome<Void> done = delegations.revoke(p.actor().personId(), p.actor());
        return settingsCard(p.actor(), p.viewer(), done.isDone() ? "Your delegation has ended: your nudges come to you"
                + " again." : refusalText(done.refusal()));
    }

    ObjectNode settingsCard(Actor actor, Viewer viewer, String notice) {
        Long me = actor.personId();
        LocalDate today = today(actor);
        NudgeSettings.Preferences prefs = settings.preferencesOf(me);
        SettingsCard.Delegate delegation = delegations.activeFor(me, today)
                .map(d -> new SettingsCard.Delegate(d.delegateName() == null ? models.personName(d.delegateId())
                        : d.delegateName(), d.startsOn(), d.endsOn())).orElse(null);
        LocalDate awayUntil = outOfOffice.at(me, clock.instant()).map(OutOfOffice.Away::endsAt)
                .map(at -> at.atZone(zone(actor)).toLocalDate()).orElse(null);
        boolean manager = actor.has(Role.MANAGER) || !actor.managedPaths().isEmpty();
        return Cards.settings(new SettingsCard(prefs.digestTime(), prefs.digestsOn(),
                manager ? prefs.teamDigest().name() : null, prefs.urgentInQuietHours(), delegation,
                delegates(actor), awayUntil, controls(me, today, viewer.personalChat()), today, notice));
    }

    /** Whom a person may name: the people of their unit and their manager, themselves left out. */
    private List<Option> delegates(Actor actor) {
        List<Option> people = new ArrayList<>();
        Optional<Person> self = directory.person(actor.personId());
        self.flatMap(directory::managerOf).ifPresent(m -> people.add(new Option(String.valueOf(m.getId()),
                m.getDisplayName())));
        if (actor.orgUnitId() != null) {
            directory.peopleOf(actor.orgUnitId()).stream().filter(p -> !actor.is(p.getId()))
                    .filter(p -> people.stream().noneMatch(o -> o.value().equals(String.valueOf(p.getId()))))
                    .forEach(p -> people.add(new Option(String.valueOf(p.getId()), p.getDisplayName())));
        }
        return people.size() > 50 ? people.subList(0, 50) : people;
    }

    /**
     * The person's snoozed (until after today) and muted items. Core's port answers one item at a time, so the list is
     * read here from its table; only the person's own rows, subjects left out outside a 1:1 chat.
     */
    private List<SettingsCard.Control> controls(Long personId, LocalDate today, boolean personal) {
        return jdbc.query("""
                select c.item_id, i.number, i.subject, c.snoozed_until, c.muted
                from item_nudge_control c join action_item i on i.id = c.item_id
                where c.person_id = ? and (c.muted or c.snoozed_until > ?)
                order by c.muted, c.snoozed_until, i.number limit ?""",
                (rs, n) -> new SettingsCard.Control(rs.getLong(1), rs.getString(2), personal ? rs.getString(3) : null,
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)), personId, today, CONTROLS_SHOWN);
    }

    // --- shared

    private String numberOf(Long itemId) {
        return jdbc.query("select number from action_item where id = ?", (rs, n) -> rs.getString(1), itemId).stream()
                .findFirst().orElse("The item");
    }

    /** A refusal in the words of {@link Refusals#card}, as a line of another card. */
    private static String refusalText(Refusal refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> "I couldn't find that. " + refusal.message();
            case FORBIDDEN -> "You don't have access to that. " + refusal.message();
            default -> refusal.message();
        };
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US));
    }

    private ZoneId zone(Actor actor) {
        ZoneId zone = directory.person(actor.personId()).map(Person::getTimeZone).orElse(null);
        return zone == null ? clock.getZone() : zone;
    }

    /** The person's own day: snoozes and delegations are in their calendar. */
    private LocalDate today(Actor actor) {
        ZoneId zone = directory.person(actor.personId()).map(Person::getTimeZone).orElse(null);
        return zone == null ? models.today() : LocalDate.ofInstant(clock.instant(), zone);
    }
}
