package org.excoord.bot.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An executive action's card ("action EA-…"): its progress, and its items ten to a page, each with an Open button.
 * The paging buttons ({@link CardVerbs#ACTION_ITEMS}) check the viewer's access again, as every press does.
 */
@Component
@Order(60)
class ExecutiveActionCards implements Feature {

    private final ExecutiveActionManagement actions;
    private final CardModels models;

    ExecutiveActionCards(ExecutiveActionManagement actions, CardModels models) {
        this.actions = actions;
        this.models = models;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("action <number>",
                "an executive action with its progress, e.g. action EA-2026-000001"));
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of("action *", asked -> Reply.of(card(asked.argument().toUpperCase(Locale.ROOT), asked.actor(),
                asked.viewer())));
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.of(CardVerbs.ACTION_ITEMS, this::page);
    }

    private Reply page(Pressed pressed) {
        Long id = pressed.number("executiveActionId");
        if (id == null) {
            return Reply.of(Cards.message("That button is missing its executive action."));
        }
        return Reply.of(card(actions.find(id), String.valueOf(id), CardData.page(pressed.data()), pressed.actor(),
                pressed.viewer()));
    }

    private ObjectNode card(String reference, Actor actor, Viewer viewer) {
        Optional<ExecutiveAction> found = reference.matches("\\d{1,18}") ? actions.find(Long.valueOf(reference))
                : actions.findByNumber(reference);
        return card(found, reference, 0, actor, viewer);
    }

    private ObjectNode card(Optional<ExecutiveAction> found, String reference, int page, Actor actor, Viewer viewer) {
        if (found.isEmpty()) {
            return Cards.message("I found no executive action " + org.excoord.cards.Text.excerpt(reference, ECHO_CHARS) + ".");
        }
        Outcome<ExecutiveAction> seen = actions.view(found.get().getId(), actor);
        return seen.isDone() ? Cards.action(models.action(seen.orElseThrow(), actor, page), viewer)
                : Refusals.card(seen.refusal());
    }
}
