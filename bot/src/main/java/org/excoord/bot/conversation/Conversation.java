package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.excoord.bot.help.HelpFeature;
import org.excoord.cards.Cards;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.audit.RefusalTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The router of the conversation: a typed command or a card verb goes to the {@link Feature} that declared it, inside
 * one transaction per turn (the many lookups of one card are each read once). Card data is untrusted: features look
 * ids up again and change records only through the domain, which re-checks authorization and the version.
 */
@Service
public class Conversation {

    private static final Logger refusals = LoggerFactory.getLogger(RefusalTrail.LOGGER);

    private final Directory directory;
    private final HelpFeature help;
    private final TransactionTemplate turnTransaction;
    private final Map<String, Route<Feature.CommandHandler>> commands = new HashMap<>();
    private final Map<String, Route<Feature.VerbHandler>> verbs = new HashMap<>();
    private final Map<String, Route<Feature.SearchHandler>> searches = new HashMap<>();
    private final PrivateAnswers privateAnswers;

    private record Route<H>(Feature feature, H handler) {
    }

    Conversation(Directory directory, HelpFeature help, List<Feature> features, PlatformTransactionManager transactions,
            PrivateAnswers privateAnswers) {
        this.directory = directory;
        this.help = help;
        this.turnTransaction = new TransactionTemplate(transactions);
        this.privateAnswers = privateAnswers;
        for (Feature feature : features) {
            feature.commands().forEach((words, handler) -> add(commands, words, new Route<>(feature, handler)));
            feature.verbs().forEach((verb, handler) -> add(verbs, verb, new Route<>(feature, handler)));
            feature.searches().forEach((dataset, handler) -> add(searches, dataset, new Route<>(feature, handler)));
        }
    }

    /** Two features claiming the same words or verb is a programming error: the app does not start. */
    private static <H> void add(Map<String, Route<H>> routes, String key, Route<H> route) {
        Route<H> before = routes.putIfAbsent(key, route);
        if (before != null) {
            throw new IllegalStateException("\"" + key + "\" is claimed by " + before.feature().getClass().getSimpleName()
                    + " and " + route.feature().getClass().getSimpleName());
        }
    }

    /** The person behind a Teams user, if excoord knows them. */
    public Optional<Actor> actorOf(Turn turn) {
        return turn.aadObjectId() == null ? Optional.empty() : directory.actorForEntraObjectId(turn.aadObjectId());
    }

    public com.fasterxml.jackson.databind.node.ObjectNode welcome(Turn turn, Optional<Actor> actor) {
        return actor.map(help::welcome).orElseGet(() -> Cards.unknownUser(turn.userName()));
    }

    /** The cards answering a typed message. */
    public List<Reply> onMessage(Turn turn, Optional<Actor> found) {
        if (found.isEmpty()) {
            return List.of(Reply.of(Cards.unknownUser(turn.userName())));
        }
        Command command = Command.parse(turn.text());
        Feature.Asked asked;
        Route<Feature.CommandHandler> route = commands.get(command.words());
        if (route != null) {
            asked = new Feature.Asked(null, found.get(), viewer(turn), turn);
        } else {
            route = command.argument() == null ? null : commands.get(command.firstWord() + " *");
            asked = new Feature.Asked(command.argument(), found.get(), viewer(turn), turn);
        }
        if (route == null) {
            return List.of(inTurn(() -> help.unknown(asked)));
        }
        Feature.CommandHandler handler = route.handler();
        if (handler instanceof Feature.Personal personal && !isPersonalChat(turn)) {
            String typed = asked.argument() == null ? command.words()
                    : command.firstWord() + " " + SearchInput.cut(asked.argument());
            return List.of(Reply.of(privateAnswers.deliver(personal, asked, typed,
                    inPrivate -> inTurn(() -> personal.answer(inPrivate)).card())));
        }
        return List.of(inTurn(() -> handler.answer(asked)));
    }

    /**
     * The answer to a picker's type-ahead search (Teams' {@code application/search} invoke), from the feature that
     * declared the dataset. Everything in {@code value} is untrusted: the dataset, the text and the page are bounded
     * here, and every refusal is a 4xx answer, logged on {@value RefusalTrail#LOGGER} unless the domain already did.
     *
     * @param value the invoke's value: {@code dataset}, {@code queryText}, {@code queryOptions.skip/top}
     */
    public SearchAnswer onSearch(Turn turn, Optional<Actor> found, JsonNode value) {
        SearchAnswer answer = search(turn, found, value);
        if (!answer.isFound() && !answer.traced()) {
            refusals.warn("refused search of {} to {} (person {}): {}", SearchInput.cut(value, "dataset"),
                    found.map(Actor::displayName).orElse(turn.userMri() == null ? "an unknown user"
                            : SearchInput.cut(turn.userMri())), found.map(Actor::personId).orElse(null),
                    answer.message());
        }
        return answer;
    }

    private SearchAnswer search(Turn turn, Optional<Actor> found, JsonNode value) {
        if (found.isEmpty()) {
            return SearchAnswer.refused(403, "excoord does not know this Teams user");
        }
        SearchInput input;
        try {
            input = SearchInput.of(value);
        } catch (SearchInput.Refused e) {
            return SearchAnswer.refused(400, e.getMessage());
        }
        String dataset = input.dataset();
        Route<Feature.SearchHandler> route = searches.get(dataset);
        String argument = null;
        int colon = dataset.indexOf(':');
        if (route == null && colon > 0) {
            route = searches.get(dataset.substring(0, colon + 1));
            argument = dataset.substring(colon + 1);
        }
        if (route == null) {
            return SearchAnswer.refused(400, "there is no dataset \"" + SearchInput.cut(dataset) + "\"");
        }
        Feature.Searched searched = new Feature.Searched(dataset, argument, input.text(), input.skip(), input.top(),
                found.get(), viewer(turn), turn);
        Feature.SearchHandler handler = route.handler();
        try {
            return turnTransaction.execute(status -> handler.search(searched));
        } catch (InvalidCardData e) {
            return SearchAnswer.refused(400, e.getMessage());
        }
    }

    /**
     * The card that replaces the one whose button was pressed.
     *
     * @param verb the action's verb ("item.start", "list.page", …)
     * @param data the action's data merged with the card's inputs, as Teams sends them
     */
    public Reply onAction(Turn turn, Optional<Actor> found, String verb, JsonNode data) {
        if (found.isEmpty()) {
            return Reply.of(Cards.unknownUser(turn.userName()));
        }
        String v = verb == null ? "" : verb;
        Route<Feature.VerbHandler> route = verbs.containsKey(v) || v.indexOf('.') < 1 ? verbs.get(v)
                : verbs.get(v.substring(0, v.indexOf('.') + 1));
        if (route == null) {
            return Reply.of(Cards.message("This button is no longer supported. Type \"help\" to see what I can do."));
        }
        Feature.Pressed pressed = new Feature.Pressed(v, data, found.get(), viewer(turn), turn);
        Feature.VerbHandler handler = route.handler();
        try {
            return inTurn(() -> handler.act(pressed));
        } catch (ObjectOptimisticLockingFailureException | UnexpectedRollbackException e) {
            // two people pressed on the same version and the other one won: show what they did
            return inTurn(() -> route.feature().afterLostRace(pressed));
        }
    }

    /**
     * Runs one turn in one transaction. A refused step of a change made of several ({@link UndoTurn}) rolls it all
     * back and shows why; a step that marked the transaction rollback-only rolls back quietly.
     */
    private Reply inTurn(Supplier<Reply> work) {
        try {
            return turnTransaction.execute(status -> work.get());
        } catch (UndoTurn undone) {
            return Reply.of(undone.card());
        } catch (InvalidCardData e) {
            return Reply.of(Cards.message(e.getMessage()));
        }
    }

    private static Viewer viewer(Turn turn) {
        return new Viewer(turn.userMri(), isPersonalChat(turn));
    }

    private static boolean isPersonalChat(Turn turn) {
        return turn.chat() != null && turn.chat().isPersonal();
    }
}
