package org.excoord.bot.planner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.excoord.shared.Outcome;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** For administrators: the items whose Planner sync failed ("sync failures") and "Retry all". */
@Component
@Order(10)
class PlannerFeature implements Feature {

    static final int PAGE = 10;

    private final PlannerSync sync;
    private final CardModels models;

    PlannerFeature(PlannerSync sync, CardModels models) {
        this.sync = sync;
        this.models = models;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return actor.isAdmin() ? List.of(HelpCommand.of("sync failures",
                "items that did not sync to Planner, to retry them").button("Sync failures", CardVerbs.SYNC_FAILURES,
                null).forRole()) : List.of();
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler failures = Feature.personal("the Planner sync failures",
                asked -> Reply.of(failures(asked.actor(), asked.viewer())));
        return Map.of("sync failures", failures, "planner failures", failures);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        // "Sync failures" is also a button of an administrator's help
        return Map.of(CardVerbs.SYNC_RETRY, p -> Reply.of(retry(p.actor())),
                CardVerbs.SYNC_FAILURES, p -> Reply.of(failures(p.actor(), p.viewer())));
    }

    /** The items whose Planner sync failed, newest first, with "Retry all"; refused (and traced) for non-admins. */
    private ObjectNode failures(Actor actor, Viewer viewer) {
        Outcome<List<ItemSyncStatus>> failed = sync.failures(PAGE + 1, 0, actor);
        if (!failed.isDone()) {
            return Refusals.card(failed.refusal());
        }
        if (!viewer.personalChat()) {
            // the reasons name people and their licences: not for everyone reading along in a group or channel
            return Cards.message("Type \"sync failures\" in your 1:1 chat with me: the list names people and items.");
        }
        if (failed.orElseThrow().isEmpty() && !sync.configured()) {
            return Cards.message(PlannerSync.NOT_CONFIGURED + ": no item is mirrored to Planner.");
        }
        List<ItemSyncStatus> shown = failed.orElseThrow();
        return Cards.syncFailures(shown.stream().limit(PAGE).map(models::failureLine).toList(), shown.size() > PAGE);
    }

    /** "Retry all": the right is checked again here (a card can be forwarded), and the retry audited by graph-sync. */
    private ObjectNode retry(Actor actor) {
        Outcome<Integer> retried = sync.retry(List.of(), actor);
        if (!retried.isDone()) {
            return Refusals.card(retried.refusal());
        }
        int n = retried.orElseThrow();
        return Cards.message(n == 0 ? "No item was waiting for a retry."
                : "Retrying " + n + " item" + (n == 1 ? "" : "s") + "; they sync to Planner in the next round. "
                        + "Type \"sync failures\" to see what is left.");
    }
}
