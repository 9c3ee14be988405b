package org.excoord.bot.correspondence;

import static org.excoord.bot.conversation.CardData.date;
import static org.excoord.bot.conversation.CardData.number;
import static org.excoord.bot.conversation.CardData.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.Receipt;
import org.excoord.bot.conversation.BackToList;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.ItemCardExtras;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.BackTo;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Option;
import org.excoord.cards.Viewer;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.LogCorrespondence;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Role;
import org.excoord.shared.Outcome;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.shared.SecurityClassification;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The secretariat's correspondence: the inbox, and log, route, accept, assign, acknowledge and resolve. */
@Component
@Order(20)
class CorrespondenceFeature implements Feature {

    static final int PAGE = 10;

    private final CorrespondenceLog log;
    private final ExecutiveActionManagement actions;
    private final Directory directory;
    private final CardModels models;
    private final Clock clock;
    private final ItemCardExtras extras;

    CorrespondenceFeature(CorrespondenceLog log, ExecutiveActionManagement actions, Directory directory,
            CardModels models, Clock clock, ItemCardExtras extras) {
        this.extras = extras;
        this.log = log;
        this.actions = actions;
        this.directory = directory;
        this.models = models;
        this.clock = clock;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        if (!mayLog(actor)) {
            return List.of();
        }
        return List.of(HelpCommand.of("inbox", "correspondence waiting for triage, soonest due first")
                        .button("Inbox", CardVerbs.CORR_PAGE, HelpCommand.firstPageOfTheInbox()).forRole(),
                HelpCommand.of("log correspondence", "log a letter, email or call")
                        .button("Log correspondence", CardVerbs.FORM_LOG_CORRESPONDENCE, null).forRole());
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler inbox = Feature.personal("the inbox", asked -> Reply.of(inbox(asked.actor(), 0)));
        CommandHandler logForm = asked -> Reply.of(logForm(asked.actor()));
        return Map.of("inbox", inbox, "correspondence", inbox, "correspondence inbox", inbox,
                "log correspondence", logForm, "log", logForm);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        // a route, assign or accept is told to the people it concerns: the card says who
        return extras.keep(Map.of("corr.", this::onAction,
                CardVerbs.FORM_LOG_CORRESPONDENCE, p -> Reply.of(logForm(p.actor()))));
    }

    @Override
    public Reply afterLostRace(Pressed p) {
        return BackToList.with(Reply.of(card(p.number("correspondenceId"), p.actor(), p.viewer(),
                "Someone else changed this at the same moment. This is the current version; nothing was changed.")),
                toTheInbox(CardData.backTo(p.data())), BackTo.TO_THE_INBOX);
    }

    /**
     * A letter opened from the inbox (or the secretariat's digest) offers "Back to the inbox", and so does the card
     * after any step (route, accept, assign, acknowledge, resolve, log): to the page it came from, or the first. The
     * list a card names is read before anything changes, so a card naming an unknown one changes nothing.
     */
    private Reply onAction(Pressed p) {
        BackTo back = CardData.backTo(p.data());
        if (p.verb().equals(CardVerbs.CORR_PAGE)) {
            return Reply.of(inbox(p.actor(), CardData.page(p.data())));
        }
        ObjectNode card = onAction(p.verb(), p.data(), p.actor(), p.viewer());
        return p.verb().equals(CardVerbs.CORR_VIEW) ? BackToList.with(Reply.of(card), back, BackTo.TO_THE_INBOX)
                : BackToList.with(Reply.of(card), toTheInbox(back), BackTo.TO_THE_INBOX);
    }

    private static BackTo toTheInbox(BackTo back) {
        return back != null && back.isInbox() ? back : BackTo.inbox(0);
    }

    /** Soonest due first, then the oldest (core's order); only the secretariat gets "Log correspondence". */
    private ObjectNode inbox(Actor actor, int page) {
        var letters = log.inbox(actor, PAGE + 1, page * PAGE);
        return Cards.correspondenceInbox(letters.stream().limit(PAGE).map(models::correspondenceLine).toList(), page,
                letters.size() > PAGE, mayLog(actor));
    }

    private static boolean mayLog(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.isAdmin();
    }

    private ObjectNode card(Long id, Actor actor, Viewer viewer, String notice) {
        Outcome<CorrespondenceDetails> found = id == null ? Outcome.refused(Refusal.notFound("no correspondence"))
                : log.view(id, actor);
        return found.isDone() ? Cards.correspondence(models.correspondence(found.orElseThrow(), actor, notice), viewer)
                : Refusals.card(found.refusal());
    }

    private ObjectNode logForm(Actor actor) {
        if (!mayLog(actor)) {
            return Cards.message("Only the executive secretariat logs correspondence. Type \"inbox\" to see what "
                    + "is waiting for you.");
        }
        List<Option> types = actions.types().stream()
                .map(t -> new Option(String.valueOf(t.getId()), t.getName())).toList();
        List<Option> units = directory.orgUnitTree().stream()
                .map(u -> new Option(String.valueOf(u.getId()), u.getName())).toList();
        return Cards.logCorrespondenceForm(types, units);
    }

    private ObjectNode onAction(String verb, JsonNode data, Actor actor, Viewer viewer) {
        if (verb.equals("corr.log")) {
            return logIt(data, actor, viewer);
        }
        Long id = number(data, "correspondenceId");
        if (verb.equals("corr.view")) {
            return card(id, actor, viewer, null);
        }
        Long version = number(data, "version");
        if (id == null || version == null) {
            return Cards.message("That card is incomplete; type \"inbox\" to get a fresh one.");
        }
        Outcome<CorrespondenceDetails> done = switch (verb) {
            case "corr.route" -> log.route(id, number(data, "orgUnitId"), text(data, "note"), version, actor);
            case "corr.accept" -> log.accept(id, version, actor);
            case "corr.assign" -> log.assign(id, number(data, "personId"), version, actor);
            case "corr.acknowledge" -> log.acknowledge(id, version, actor);
            case "corr.resolve" -> log.resolve(id, text(data, "resolution"), version, actor);
            default -> Outcome.refused(Refusal.invalid("verb", "This button is no longer supported."));
        };
        String notice = done.isDone() ? null : done.refusal().kind() == Refusal.Kind.CONFLICT
                ? "Someone changed this correspondence in the meantime; this is the current version. "
                + done.refusal().message() : done.refusal().message();
        return card(id, actor, viewer, notice);
    }

    private ObjectNode logIt(JsonNode data, Actor actor, Viewer viewer) {
        MethodOfReceipt method;
        try {
            method = text(data, "method") == null ? MethodOfReceipt.MAIL : MethodOfReceipt.valueOf(text(data, "method"));
        } catch (IllegalArgumentException e) {
            return Cards.message("Choose how it was received.");
        }
        Receipt receipt = new Receipt(clock.instant(), method, text(data, "fromPerson"), text(data, "fromOrganization"),
                actor.orgUnitId());
        Outcome<CorrespondenceDetails> logged = log.log(new LogCorrespondence(text(data, "subject"), null,
                number(data, "typeId"), Priority.MEDIUM, SecurityClassification.UNCLASSIFIED, date(data, "dueDate"),
                receipt, null), actor);
        if (!logged.isDone()) {
            return Cards.message("The correspondence was not logged: " + logged.refusal().message());
        }
        CorrespondenceDetails d = logged.orElseThrow();
        Long unit = number(data, "orgUnitId");
        if (unit != null) {
            Outcome<CorrespondenceDetails> routed = log.route(d.correspondence().getExecutiveActionId(), unit, null,
                    d.correspondence().getVersion(), actor);
            if (!routed.isDone()) {
                return card(d.correspondence().getExecutiveActionId(), actor, viewer,
                        "Logged, but not routed: " + routed.refusal().message());
            }
        }
        return card(d.correspondence().getExecutiveActionId(), actor, viewer,
                "Logged as " + d.correspondence().getReferenceNumber() + ".");
    }
}
