package org.excoord.bot.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.BackTo;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.ItemLine;
import org.excoord.cards.ItemList;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The item lists: "my items", "overdue", "my team", paged. */
@Component
@Order(30)
class ItemLists implements Feature {

    static final int PAGE = 10;

    private final ActionItemManagement items;
    private final Directory directory;
    private final CardModels models;

    ItemLists(ActionItemManagement items, Directory directory, CardModels models) {
        this.items = items;
        this.directory = directory;
        this.models = models;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        // administrators may do what managers do, so their help lists "my team" too
        boolean manager = actor.has(Role.MANAGER) || actor.isAdmin();
        List<HelpCommand> commands = new ArrayList<>();
        if (manager) {
            commands.add(HelpCommand.of("my team", "the open action items of your team, overdue first")
                    .button("My team", CardVerbs.LIST_PAGE, HelpCommand.firstPage(BackTo.TEAM)).forRole());
        }
        commands.add(HelpCommand.of("my items", "your open action items")
                .button("My items", CardVerbs.LIST_PAGE, HelpCommand.firstPage(BackTo.MINE)));
        commands.add(HelpCommand.of("overdue", manager ? "your own overdue action items (your team's: \"my team\")"
                : "your overdue action items").button("Overdue", CardVerbs.LIST_PAGE,
                HelpCommand.firstPage(BackTo.OVERDUE)));
        return commands;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        // personal: asked in a group chat or channel, the list goes to the asker's 1:1 chat (Feature.personal)
        CommandHandler mine = Feature.personal("your items", asked -> Reply.of(list("mine", 0, asked.actor(),
                asked.viewer())));
        CommandHandler team = Feature.personal("your team's items", asked -> Reply.of(list("team", 0, asked.actor(),
                asked.viewer())));
        CommandHandler overdue = Feature.personal("your overdue items", asked -> Reply.of(list("overdue", 0,
                asked.actor(), asked.viewer())));
        return Map.of("my items", mine, "items", mine, "mine", mine, "my tasks", mine, "overdue", overdue,
                "my team", team, "team", team);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        // the paging and Back buttons: the list named must be one of the three, the page is bounded
        return Map.of("list.page", p -> Reply.of(list(CardData.itemList(p.data()), CardData.page(p.data()), p.actor(),
                p.viewer())));
    }

    ObjectNode list(String key, int page, Actor actor, Viewer viewer) {
        String k = key == null ? "mine" : key;
        if (k.equals("team") && !actor.has(Role.MANAGER) && !actor.isAdmin()) {
            return Cards.message("\"my team\" is for managers: it lists the open items of the people in your units.");
        }
        List<ActionItem> found = switch (k) {
            case "overdue" -> overdue(actor, page);
            case "team" -> team(actor, page);
            default -> items.openItemsOf(actor.personId(), PAGE + 1, page * PAGE);
        };
        List<ItemLine> lines = found.stream().limit(PAGE).map(i -> line(i, k, actor)).toList();
        String title = switch (k) {
            case "overdue" -> "Overdue items";
            case "team" -> "My team's open items, overdue first";
            default -> "My open items";
        };
        String empty = switch (k) {
            case "overdue" -> "Nothing is overdue.";
            case "team" -> "Your team has no open items.";
            default -> "You have no open items.";
        };
        return Cards.itemList(new ItemList(title, k, lines, page, found.size() > PAGE, empty), viewer);
    }

    // "my items" and "overdue" are the reader's own: their rows do not repeat the reader's name ("my team" names all)
    private ItemLine line(ActionItem i, String list, Actor reader) {
        ItemLine line = models.line(i);
        return list.equals("team") || !reader.is(i.getAssigneePersonId()) ? line : new ItemLine(line.id(),
                line.number(), line.subject(), line.statusLabel(), line.dueDate(), line.overdue(), null,
                line.classified());
    }

    /**
     * The asker's own overdue items, as help says ("your overdue items"), managers included: their team's overdue
     * work leads "my team" instead.
     */
    private List<ActionItem> overdue(Actor actor, int page) {
        return items.overdueOf(actor.personId(), PAGE + 1, page * PAGE);
    }

    /**
     * The open items of the unit the asker manages and its sub-units, overdue first, each once: the database pages
     * over the items themselves, where collecting each person's list counted a team's item once per member.
     */
    private List<ActionItem> team(Actor actor, int page) {
        Optional<OrgUnit> managed = managedUnit(actor);
        if (managed.isEmpty()) {
            return List.of();
        }
        return items.openUnder(managed.get().getId(), actor.personId(), PAGE + 1, page * PAGE, actor).orElseThrow();
    }

    private Optional<OrgUnit> managedUnit(Actor actor) {
        return directory.orgUnitTree().stream().filter(u -> actor.personId().equals(u.getManagerId())).findFirst();
    }
}
