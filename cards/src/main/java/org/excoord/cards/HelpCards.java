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

    static ObjectNode welcome(String firstName, boolean manager, boolean secretariat, boolean admin) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        boolean named = firstName != null && !firstName.isBlank();
        body.add(Elements.heading(named ? "Welcome, " + firstName + "!" : "Welcome!"));
        body.add(Elements.text("I keep track of your action items, executive actions, correspondence and authorities "
                + "right here in Teams. Type a command or use the buttons below. Type \"help\" at any time to see "
                + "everything you can do."));
        addHelp(card, manager, secretariat, admin);
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

    /** A command as help lists it: what to type, what it does, and the button that does the same (null if none). */
    private record Command(String words, String does, String buttonTitle, String verb, ObjectNode data) {

        Command(String words, String does) {
            this(words, does, null, null, null);
        }
    }

    /**
     * The commands this person can use: those of their roles first, under a line that says so, then everyone's;
     * commands for roles they lack are left out rather than refused later. The buttons follow the same order, so
     * the first ones (those a host shows before its overflow menu) are the person's own work.
     */
    private static void addHelp(ObjectNode card, boolean manager, boolean secretariat, boolean admin) {
        List<Command> theirs = new ArrayList<>();
        if (admin) {
            theirs.add(new Command("sync failures", "items that did not sync to Planner, to retry them",
                    "Sync failures", CardVerbs.SYNC_FAILURES, Elements.object()));
        }
        if (secretariat) {
            theirs.add(new Command("inbox", "correspondence waiting for triage, soonest due first", "Inbox",
                    CardVerbs.CORR_PAGE, page(null)));
            theirs.add(new Command("log correspondence", "log a letter, email or call", "Log correspondence",
                    CardVerbs.FORM_LOG_CORRESPONDENCE, Elements.object()));
        }
        if (manager) {
            theirs.add(new Command("my team", "the open action items of your team, overdue first", "My team", CardVerbs.LIST_PAGE,
                    page(BackTo.TEAM)));
        }
        List<Command> everyone = List.of(
                new Command("my items", "your open action items", "My items", CardVerbs.LIST_PAGE, page(BackTo.MINE)),
                new Command("overdue", manager ? "your own overdue action items (your team's: \"my team\")"
                        : "your overdue action items", "Overdue", CardVerbs.LIST_PAGE,
                        page(BackTo.OVERDUE)),
                new Command("new item", "create an action item", "New item", CardVerbs.FORM_NEW_ITEM,
                        Elements.object()),
                new Command("item <number>", "one action item, e.g. item AI-2026-000042"),
                new Command("action <number>", "an executive action with its progress, e.g. action EA-2026-000001"),
                new Command("authorities", "the legal authorities"),
                new Command("authority <number or EO number>", "one authority, e.g. authority EO 14028"),
                new Command("summarize <authority>", "a short summary of an authority"),
                new Command("settings", "your morning digest, snoozed and muted items, and who stands in for you",
                        "Settings", CardVerbs.SETTINGS_VIEW, Elements.object()),
                new Command("help", "this list"));
        ArrayNode body = Elements.body(card);
        if (!theirs.isEmpty()) {
            body.add(Elements.text(roleLine(manager, secretariat, admin)));
            Elements.addFacts(body, facts(theirs));
            body.add(Elements.text("And for everyone:"));
        }
        Elements.addFacts(body, facts(everyone));
        List<ObjectNode> buttons = new ArrayList<>();
        for (Command command : concat(theirs, everyone)) {
            if (command.verb() != null) {
                buttons.add(Elements.execute(command.buttonTitle(), command.verb(), command.data()));
            }
        }
        Elements.addActions(card, buttons);
    }

    /** Names the person's roles, so they see why these commands come first. */
    private static String roleLine(boolean manager, boolean secretariat, boolean admin) {
        List<String> roles = new ArrayList<>();
        if (admin) {
            roles.add("an administrator");
        }
        if (secretariat) {
            roles.add("the executive secretariat");
        }
        if (manager) {
            roles.add("a manager");
        }
        String as = roles.size() == 1 ? roles.get(0)
                : String.join(", ", roles.subList(0, roles.size() - 1)) + " and " + roles.get(roles.size() - 1);
        return "As " + as + ", start here:";
    }

    private static List<Elements.Fact> facts(List<Command> commands) {
        return commands.stream().map(c -> fact(c.words(), c.does())).toList();
    }

    private static List<Command> concat(List<Command> first, List<Command> second) {
        List<Command> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The first page of a list (the inbox when {@code list} is null). */
    private static ObjectNode page(String list) {
        ObjectNode data = Elements.object();
        if (list != null) {
            data.put("list", list);
        }
        data.put("page", 0);
        return data;
    }
}
