package org.excoord.bot.items;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.ItemCardExtras;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Option;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.shared.Outcome;
import org.excoord.shared.Priority;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** An ad hoc item: the "new item" form and what it creates. */
@Component
@Order(40)
class NewItems implements Feature {

    private final ActionItemManagement items;
    private final ExecutiveActionManagement actions;
    private final Directory directory;
    private final CardModels models;

    private final ItemCardExtras extras;

    NewItems(ActionItemManagement items, ExecutiveActionManagement actions, Directory directory, CardModels models,
            ItemCardExtras extras) {
        this.extras = extras;
        this.items = items;
        this.actions = actions;
        this.directory = directory;
        this.models = models;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("new item", "create an action item")
                .button("New item", CardVerbs.FORM_NEW_ITEM, null));
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler form = asked -> Reply.of(form(asked.actor()));
        return Map.of("new item", form, "new", form);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        // a new item assigned to someone else is told to them: the answering card says so
        return extras.keep(Map.of("form.newItem", p -> Reply.of(form(p.actor())), "item.create",
                p -> Reply.of(create(p))));
    }

    private ObjectNode create(Pressed p) {
        Actor actor = p.actor();
        Long assignee = p.number("assigneeId");
        LocalDate due = CardData.date(p.data(), "dueDate");
        // the form's date picker starts at today, but older clients ignore "min" and card data can be forged
        if (due != null && due.isBefore(items.today())) {
            return Cards.message("The item was not created: the due date " + due + " is in the past. Choose today"
                    + " or a later date.");
        }
        Priority priority = priority(p.text("priority"));
        if (p.text("priority") != null && priority == null) {
            return Cards.message("The item was not created: choose a priority (Low, Medium, High or Critical).");
        }
        Outcome<ActionItem> created = items.create(new NewActionItem(p.text("subject"), p.text("details"), null,
                priority, assignee == null ? actor.personId() : assignee, null, null, p.number("executiveActionId"),
                null, null, due, null, null, 0), actor);
        return created.isDone() ? Cards.item(models.item(created.orElseThrow(), actor, "Created."), p.viewer())
                : Cards.message("The item was not created: " + created.refusal().message());
    }

    private ObjectNode form(Actor actor) {
        List<Option> assignees = new ArrayList<>();
        assignees.add(new Option(String.valueOf(actor.personId()), "Me"));
        if (actor.orgUnitId() != null) {
            directory.peopleOf(actor.orgUnitId()).stream().filter(p -> !p.getId().equals(actor.personId())).limit(40)
                    .forEach(p -> assignees.add(new Option(String.valueOf(p.getId()), p.getDisplayName())));
        }
        List<Option> open = actions.list(PageRequest.of(0, 30)).stream().filter(a -> actions.mayChange(a, actor))
                .map(a -> new Option(String.valueOf(a.getId()), a.getNumber() + " " + a.getName())).toList();
        return Cards.newItemForm(assignees, open, items.today());
    }

    /** A priority from the form; null when none or none of the four. */
    private static Priority priority(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Priority.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
