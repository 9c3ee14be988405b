package org.excoord.bot.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.Cards;
import org.excoord.shared.Outcome;
import org.springframework.stereotype.Component;

/** An executive action's card ("action EA-…"), with the progress of its items. */
@Component
class ExecutiveActionCards implements Feature {

    private final ExecutiveActionManagement actions;
    private final CardModels models;

    ExecutiveActionCards(ExecutiveActionManagement actions, CardModels models) {
        this.actions = actions;
        this.models = models;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of("action *", asked -> Reply.of(card(asked.argument().toUpperCase(Locale.ROOT), asked)));
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.of();
    }

    private ObjectNode card(String reference, Asked asked) {
        Optional<ExecutiveAction> found = reference.matches("\\d{1,18}") ? actions.find(Long.valueOf(reference))
                : actions.findByNumber(reference);
        if (found.isEmpty()) {
            return Cards.message("I found no executive action " + reference + ".");
        }
        Outcome<ExecutiveAction> seen = actions.view(found.get().getId(), asked.actor());
        return seen.isDone() ? Cards.action(models.action(seen.orElseThrow(), asked.actor()), asked.viewer())
                : Refusals.card(seen.refusal());
    }
}
