package org.excoord.bot.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.bot.conversation.BackToList;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.ItemCardExtras;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.SearchAnswer;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Option;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.directory.PersonName;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One action item: its card ("item AI-…"), the changes made on it (workflow verbs, due date, reassign, comment), and
 * the reassign picker's type-ahead search.
 */
@Component
@Order(50)
class ItemsFeature implements Feature {

    private final ActionItemManagement items;
    private final ExecutiveActionManagement actions;
    private final CardModels models;
    private final ItemCardExtras extras;

    ItemsFeature(ActionItemManagement items, ExecutiveActionManagement actions, CardModels models,
            ItemCardExtras extras) {
        this.items = items;
        this.actions = actions;
        this.models = models;
        this.extras = extras;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("item <number>", "one action item, e.g. item AI-2026-000042"));
    }

    @Override
    public Map<String, CommandHandler> commands() {
        return Map.of("item *", asked -> Reply.of(extras.decorate(byNumber(asked.argument().toUpperCase(Locale.ROOT),
                asked.actor(), asked.viewer()), asked.actor())));
    }

    /**
     * Every answer to a press on an item opened from a list offers "Back to the list" ({@link BackToList}); every
     * answer says who will be told of the change and offers "I have read this" where it applies ({@link ItemCardExtras}).
     */
    @Override
    public Map<String, VerbHandler> verbs() {
        return BackToList.keep(extras.keep(Map.of(
                "item.view", p -> Reply.of(view(p)),
                "item.dueDate", p -> Reply.of(CardData.date(p.data(), "dueDate") == null
                        ? card(p.number("itemId"), p.actor(), p.viewer(), "Pick a due date first.")
                        : change(p, (id, version) -> items.changeDueDate(id, CardData.date(p.data(), "dueDate"),
                                version, p.actor()))),
                "item.reassign", p -> Reply.of(reassign(p)),
                "item.comment", p -> Reply.of(comment(p)),
                "item.", p -> Reply.of(workflow(p)))));
    }

    @Override
    public Map<String, SearchHandler> searches() {
        return Map.of(CardVerbs.ASSIGNABLE_PEOPLE, this::assignable);
    }

    /**
     * The reassign picker's type-ahead: the people the actor may hand this item to (the domain decides, clearance
     * included). The dataset names the item ("people.assignable:42"): Teams sends no card data with a search, and
     * dependent inputs are not available in the government clouds. A classified item is reassigned only in a 1:1
     * chat, where its card shows the picker; elsewhere the search is refused like the card's details.
     */
    private SearchAnswer assignable(Searched s) {
        if (s.argument() == null || !s.argument().matches("\\d{1,18}")) {
            return SearchAnswer.refused(400, "there is no dataset \"" + s.dataset() + "\"");
        }
        Long id = Long.valueOf(s.argument());
        Outcome<List<PersonName>> found = items.assignableTo(id, s.text(), s.top(), s.skip(), s.actor());
        if (!found.isDone()) {
            return SearchAnswer.refused(found.refusal());
        }
        if (!s.viewer().personalChat() && classified(id, s.actor())) {
            return SearchAnswer.refused(403, "a classified item is reassigned in your 1:1 chat with the bot");
        }
        return SearchAnswer.found(found.orElseThrow().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.displayName())).toList());
    }

    /** Whether the item's action is classified; asked only once the actor may manage the item (and so see it). */
    private boolean classified(Long itemId, Actor actor) {
        Outcome<ActionItem> item = items.view(itemId, actor);
        return item.isDone() && actions.reference(item.orElseThrow().getExecutiveActionId(), actor)
                .map(r -> r.classification().isAboveUnclassified()).orElse(false);
    }

    /**
     * A card's view, also the Universal Actions refresh of each person's copy: someone who may no longer see the
     * item (its former assignee, once it was reassigned) gets a card without buttons that says why.
     */
    private ObjectNode view(Pressed p) {
        Long id = p.number("itemId");
        Outcome<ActionItem> item = id == null ? Outcome.refused(Refusal.invalid("itemId", "no item"))
                : items.view(id, p.actor());
        if (!item.isDone() && item.refusal().kind() == Refusal.Kind.FORBIDDEN) {
            return Cards.message("You don't have access to this item (any more): if it was yours, it was reassigned"
                    + " or moved. Type \"my items\" for the work you have now.");
        }
        return item.isDone() ? Cards.item(models.item(item.orElseThrow(), p.actor(), null), p.viewer())
                : Refusals.card(item.refusal());
    }

    /**
     * Hands the item to someone else. The card says to whom and who learns of it; the previous assignee's copy of the
     * card is refreshed for them (Universal Actions per-user views), so it stops offering them the work's buttons.
     */
    private ObjectNode reassign(Pressed p) {
        Long id = p.number("itemId");
        Outcome<ActionItem> current = id == null ? null : items.view(id, p.actor());
        Long before = current != null && current.isDone() ? current.orElseThrow().getAssigneePersonId() : null;
        return change(p, (itemId, version) -> items.assign(itemId, p.number("assigneeId"), null, version, p.actor()),
                changed -> {
                    String to = models.assigneeName(changed);
                    String from = before == null || before.equals(changed.getAssigneePersonId()) ? null
                            : models.personName(before);
                    String notice = "Reassigned to " + to + (from == null ? "" : " (was " + from + ")") + ". " + to
                            + " will see it in their items (\"my items\")"
                            + (from == null ? "." : "; " + from + " no longer has it.");
                    return Cards.item(models.item(changed, p.actor(), notice,
                            before == null ? List.of() : List.of(before)), p.viewer());
                });
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
        return change(p, change, changed -> Cards.item(models.item(changed, p.actor(), null), p.viewer()));
    }

    private ObjectNode change(Pressed p, ItemChange change, java.util.function.Function<ActionItem, ObjectNode> done) {
        Long id = p.number("itemId");
        Long version = p.number("version");
        if (id == null || version == null) {
            return Cards.message("That card is incomplete; type \"my items\" to get a fresh one.");
        }
        Outcome<ActionItem> changed = change.apply(id, version);
        if (changed.isDone()) {
            return done.apply(changed.orElseThrow());
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
