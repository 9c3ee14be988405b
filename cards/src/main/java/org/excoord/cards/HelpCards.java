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

    static ObjectNode help(List<HelpCommand> commands, Roles roles) {
        ObjectNode card = Elements.card();
        Elements.body(card).add(Elements.heading("What I can do"));
        addHelp(card, commands, roles);
        return card;
    }

    static ObjectNode welcome(String firstName, List<HelpCommand> commands, Roles roles) {
        ObjectNode card = Elements.card();
        ArrayNode body = Elements.body(card);
        boolean named = firstName != null && !firstName.isBlank();
        body.add(Elements.heading(named ? "Welcome, " + firstName + "!" : "Welcome!"));
        body.add(Elements.text("I keep track of your action items, executive actions, correspondence and authorities "
                + "right here in Teams. Type a command or use the buttons below. Type \"help\" at any time to see "
                + "everything you can do."));
        addHelp(card, commands, roles);
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

    /** The roles the reader has, named above their role's commands. */
    record Roles(boolean manager, boolean secretariat, boolean admin) {
    }

    /**
     * The commands this person can use: those of their roles first, under a line that says so, then everyone's
     * (the features leave out commands for roles the reader lacks rather than refuse them later). The buttons follow
     * the same order, so the first ones (those a host shows before its overflow menu) are the person's own work.
     */
    private static void addHelp(ObjectNode card, List<HelpCommand> commands, Roles roles) {
        List<HelpCommand> theirs = commands.stream().filter(HelpCommand::ofRole).toList();
        List<HelpCommand> everyone = commands.stream().filter(c -> !c.ofRole()).toList();
        ArrayNode body = Elements.body(card);
        if (!theirs.isEmpty()) {
            body.add(Elements.text(roleLine(roles)));
            Elements.addFacts(body, facts(theirs));
            body.add(Elements.text("And for everyone:"));
        }
        Elements.addFacts(body, facts(everyone));
        List<ObjectNode> buttons = new ArrayList<>();
        for (HelpCommand command : concat(theirs, everyone)) {
            if (command.verb() != null) {
                buttons.add(Elements.execute(command.buttonTitle(), command.verb(), command.data()));
            }
        }
        Elements.addActions(card, buttons);
    }

    /** Names the person's roles, so they see why these commands come first. */
    private static String roleLine(Roles of) {
        List<String> roles = new ArrayList<>();
        if (of.admin()) {
            roles.add("an administrator");
        }
        if (of.secretariat()) {
            roles.add("the executive secretariat");
        }
        if (of.manager()) {
            roles.add("a manager");
        }
        if (roles.isEmpty()) {
            return "For you, start here:";
        }
        String as = roles.size() == 1 ? roles.get(0)
                : String.join(", ", roles.subList(0, roles.size() - 1)) + " and " + roles.get(roles.size() - 1);
        return "As " + as + ", start here:";
    }

    private static List<Elements.Fact> facts(List<HelpCommand> commands) {
        return commands.stream().map(c -> fact(c.words(), c.does())).toList();
    }

    private static List<HelpCommand> concat(List<HelpCommand> first, List<HelpCommand> second) {
        List<HelpCommand> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
