package org.excoord.bot.conversation;

import static org.excoord.bot.conversation.Conversation.date;
import static org.excoord.bot.conversation.Conversation.number;
import static org.excoord.bot.conversation.Conversation.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.Receipt;
import org.excoord.cards.Cards;
import org.excoord.cards.Option;
import org.excoord.cards.Viewer;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.LogCorrespondence;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.shared.Outcome;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.shared.SecurityClassification;
import org.springframework.stereotype.Component;

/** The secretariat's card actions: log, route, accept, assign, acknowledge and resolve correspondence. */
@Component
class CorrespondenceActions {

    private final CorrespondenceLog log;
    private final ExecutiveActionManagement actions;
    private final Directory directory;
    private final Clock clock;

    CorrespondenceActions(CorrespondenceLog log, ExecutiveActionManagement actions, Directory directory, Clock clock) {
        this.log = log;
        this.actions = actions;
        this.directory = directory;
        this.clock = clock;
    }

    ObjectNode logForm(Actor actor) {
        List<Option> types = actions.types().stream()
                .map(t -> new Option(String.valueOf(t.getId()), t.getName())).toList();
        List<Option> units = directory.orgUnitTree().stream()
                .map(u -> new Option(String.valueOf(u.getId()), u.getName())).toList();
        return Cards.logCorrespondenceForm(types, units);
    }

    ObjectNode onAction(String verb, JsonNode data, Actor actor, Viewer viewer, Conversation conversation) {
        if (verb.equals("corr.log")) {
            return logIt(data, actor, viewer, conversation);
        }
        if (verb.equals("corr.page")) {
            return conversation.inbox(actor, viewer, Conversation.page(data));
        }
        Long id = number(data, "correspondenceId");
        if (verb.equals("corr.view")) {
            return conversation.correspondenceCard(id, actor, viewer, null);
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
        return conversation.correspondenceCard(id, actor, viewer, notice);
    }

    private ObjectNode logIt(JsonNode data, Actor actor, Viewer viewer, Conversation conversation) {
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
                return conversation.correspondenceCard(d.correspondence().getExecutiveActionId(), actor, viewer,
                        "Logged, but not routed: " + routed.refusal().message());
            }
        }
        return conversation.correspondenceCard(d.correspondence().getExecutiveActionId(), actor, viewer,
                "Logged as " + d.correspondence().getReferenceNumber() + ".");
    }
}
