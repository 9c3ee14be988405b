package org.excoord.bot.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.bot.conversation.BackToList;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.Cards;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.stereotype.Component;

/** One action item: its card ("item AI-…"), and the changes made on it (workflow verbs, due date, reassign, comment). */
@Component
class ItemsFeature implements Feature {

    private final ActionItemManagement items;
    private final CardModels models;

    ItemsFeature(ActionItemManagement items, CardModels models) {
        this.items = items;
        this.models = models;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of("item *", asked -> Reply.of(byNumber(asked.argument().toUpperCase(Locale.ROOT), asked.actor(),
                asked.viewer())));
    }

    /** Every answer to a press on an item opened from a list offers "Back to the list" ({@link BackToList}). */
    @Override
    public Map<String, VerbHandler> verbs() {
        return BackToList.keep(Map.of(
                "item.view", p -> Reply.of(card(p.number("itemId"), p.actor(), p.viewer(), null)),
                "item.dueDate", p -> Reply.of(CardData.date(p.data(), "dueDate") == null
                        ? card(p.number("itemId"), p.actor(), p.viewer(), "Pick a due date first.")
                        : change(p, (id, version) -> items.changeDueDate(id, CardData.date(p.data(), "dueDate"),
                                version, p.actor()))),
                "item.reassign", p -> Reply.of(change(p, (id, version) -> items.assign(id, p.number("assigneeId"),
                        null, version, p.actor()))),
                "item.comment", p -> Reply.of(comment(p)),
                "item.", p -> Reply.of(workflow(p))));
    }

    /** The current item, saying who changed it, after a concurrent change won between the version check and the commit. */
    @Override
    public Reply afterLostRace(Pressed p) {
        Long id = p.number("itemId");
        Outcome<ActionItem> current = id == null ? Outcome.refused(Refusal.invalid("itemId", "no item"))
                : items.view(id, p.actor());
        return Reply.of(current.isDone() ? Cards.item(models.item(current.orElseThrow(), p.actor(),
                models.changedNotice(current.orElseThrow())), p.viewer()) : Refusals.card(current.refusal()));
    }

    ObjectNode card(Long id, Actor actor, Viewer viewer, String notice) {
        Outcome<ActionItem> item = id == null ? Outcome.refused(Refusal.invalid("itemId", "no item")) : items.view(id, actor);
        return item.isDone() ? Cards.item(models.item(item.orElseThrow(), actor, notice), viewer)
                : Refusals.card(item.refusal());
    }

    private ObjectNode byNumber(String number, Actor actor, Viewer viewer) {
        Outcome<ActionItem> item = number.matches("\\d{1,18}") ? items.view(Long.valueOf(number), actor)
                : items.viewByNumber(number, actor);
        return item.isDone() ? Cards.item(models.item(item.orElseThrow(), actor, null), viewer)
                : Refusals.card(item.refusal());
    }

    private ObjectNode workflow(Pressed p) {
        ItemVerb verb;
        try {
            verb = ItemVerb.valueOf(p.verb().substring("item.".length()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Cards.message("This button is no longer supported.");
        }
        // each decision form has its own input id (ids are unique per card); "comment" is the Return form's
        String comment = switch (verb) {
            case APPROVE -> firstOf(p.text("approvalComment"), p.text("comment"));
            case CANCEL -> firstOf(p.text("cancelReason"), p.text("comment"));
            default -> p.text("comment");
        };
        LocalDate until = verb == ItemVerb.DEFER ? CardData.date(p.data(), "deferUntil") : null;
        return change(p, (id, version) -> items.apply(id, verb, version, comment, until, p.actor()));
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private interface ItemChange {
        Outcome<ActionItem> apply(Long id, long version);
    }

    /** Applies a change made on a card; a stale card gets the current one back with who changed it and when. */
    private ObjectNode change(Pressed p, ItemChange change) {
        Long id = p.number("itemId");
        Long version = p.number("version");
        if (id == null || version == null) {
            return Cards.message("That card is incomplete; type \"my items\" to get a fresh one.");
        }
        Outcome<ActionItem> changed = change.apply(id, version);
        if (changed.isDone()) {
            return Cards.item(models.item(changed.orElseThrow(), p.actor(), null), p.viewer());
        }
        Refusal refusal = changed.refusal();
        Outcome<ActionItem> current = items.view(id, p.actor());
        if (current.isDone()) {
            String notice = refusal.kind() == Refusal.Kind.CONFLICT ? models.changedNotice(current.orElseThrow())
                    : refusal.message();
            return Cards.item(models.item(current.orElseThrow(), p.actor(), notice), p.viewer());
        }
        return Refusals.card(refusal);
    }

    private ObjectNode comment(Pressed p) {
        Long id = p.number("itemId");
        if (id == null) {
            return Cards.message("That card is incomplete; type \"my items\" to get a fresh one.");
        }
        Outcome<?> done = items.comment(id, p.text("comment"), p.actor());
        return card(id, p.actor(), p.viewer(), done.isDone() ? null : done.refusal().message());
    }
}
