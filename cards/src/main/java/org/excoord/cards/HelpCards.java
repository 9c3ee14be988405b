package org.excoord.cards;

import static org.excoord.cards.Elements.fact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Help, welcome, "who are you?" and one-line messages. */
final class HelpCards {

    private HelpCards() {
    }

    static ObjectNode help(boolean manager, boolean secretariat, boolean admin) {
        ObjectNode card = Elements.card();
        Elements.body(card).add(Elements.heading("What I can do"));
        addHelp(card, manager, secretariat, admin);
        return card;
    }

    static ObjectNode welcome(String firstName) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        boolean named = firstName != null && !firstName.isBlank();
        body.add(Elements.heading(named ? "Welcome, " + firstName + "!" : "Welcome!"));
        body.add(Elements.text("I keep track of your action items, executive actions, correspondence and authorities "
                + "right here in Teams. Type a command or use the buttons below. Type \"help\" at any time to see "
                + "everything you can do."));
        addHelp(card, false, false, false);
        return card;
    }

    static ObjectNode unknownUser(String displayName) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        boolean named = displayName != null && !displayName.isBlank();
        body.add(Elements.heading(named ? "I don't know you yet, " + displayName : "I don't know you yet"));
        body.add(Elements.text("Your Teams account isn't linked to a person in excoord, so I can't show you any "
                + "items. Please ask the executive secretariat or an administrator to add you. Once they have, "
                + "just say hello again."));
        return card;
    }

    static ObjectNode message(String text) {
        ObjectNode card = Elements.card();
        Elements.body(card).add(Elements.longText(text));
        return card;
    }

    // The commands this person can use; commands for roles they lack are left out rather than refused later.
    private static void addHelp(ObjectNode card, boolean manager, boolean secretariat, boolean admin) {
        List<Elements.Fact> commands = new ArrayList<>();
        commands.add(fact("my items", "your open action items"));
        commands.add(fact("overdue", "your overdue action items"));
        if (manager) {
            commands.add(fact("my team", "the open action items of your team"));
        }
        commands.add(fact("item <number>", "one action item, e.g. item AI-2026-000042"));
        commands.add(fact("action <number>", "an executive action with its progress, e.g. action EA-2026-000001"));
        commands.add(fact("new item", "create an action item"));
        if (secretariat) {
            commands.add(fact("inbox", "correspondence waiting for triage"));
            commands.add(fact("log correspondence", "log a letter, email or call"));
        }
        commands.add(fact("authorities", "the legal authorities"));
        commands.add(fact("authority <number or EO number>", "one authority, e.g. authority EO 14028"));
        commands.add(fact("summarize <authority>", "a short summary of an authority"));
        if (admin) {
            commands.add(fact("sync failures", "items that did not sync to Planner, to retry them"));
        }
        commands.add(fact("help", "this list"));
        Elements.addFacts(Elements.body(card), commands);
        ObjectNode mine = Elements.object();
        mine.put("list", "mine");
        mine.put("page", 0);
        ArrayNode actions = Elements.actions(card);
        actions.add(Elements.execute("My items", CardVerbs.LIST_PAGE, mine));
        actions.add(Elements.execute("New item", CardVerbs.FORM_NEW_ITEM, Elements.object()));
    }
}
