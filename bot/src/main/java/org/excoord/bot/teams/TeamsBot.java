package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.SearchAnswer;
import org.excoord.bot.conversation.Turn;
import org.excoord.cards.Cards;
import org.excoord.directory.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Activities in, cards out. Messages are commands (or an Action.Submit fallback carrying a verb), invokes named
 * {@code adaptiveCard/action} are Universal Actions answered in the invoke response, invokes named
 * {@code application/search} are the pickers' type-ahead searches, and installs get a welcome
 * card. Every turn refreshes where its user can be reached.
 */
@Component
class TeamsBot implements Bot {

    static final String CARD = "application/vnd.microsoft.card.adaptive";
    /** The invoke of a picker's type-ahead search ({@code Input.ChoiceSet} with {@code choices.data}). */
    static final String SEARCH = "application/search";
    static final String SEARCH_RESPONSE = "application/vnd.microsoft.search.searchResponse";
    private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);
    /** Teams shows "typing" for about 3 s; only work that is not done after a second earns one. */
    private static final long TYPING_AFTER_MS = 1_000;

    private final Conversation conversation;
    private final ChatAddresses addresses;
    private final TeamsMessenger messenger;
    /** Slow answers (analysis by a model) finish here, after the turn has been answered. */
    private final ExecutorService followUps = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "teams-follow-up");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService typing = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "teams-typing");
        t.setDaemon(true);
        return t;
    });

    TeamsBot(Conversation conversation, ChatAddresses addresses, TeamsMessenger messenger) {
        this.conversation = conversation;
        this.addresses = addresses;
        this.messenger = messenger;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext context) {
        Activity activity = context.getActivity();
        Turn turn = turnOf(activity);
        Optional<Actor> actor = conversation.actorOf(turn);
        remember(activity, turn, actor);
        return switch (activity.getType()) {
            case ActivityTypes.MESSAGE -> onMessage(context, turn, actor);
            case ActivityTypes.INVOKE -> onInvoke(context, turn, actor);
            // Teams also sends an installationUpdate on install; welcoming on both would greet twice
            case ActivityTypes.CONVERSATION_UPDATE -> botWasAdded(activity)
                    ? send(context, List.of(Reply.of(conversation.welcome(turn, actor)))) : done();
            default -> done();
        };
    }

    private CompletableFuture<Void> onMessage(TurnContext context, Turn turn, Optional<Actor> actor) {
        JsonNode value = json(context.getActivity().getValue());
        if (value != null && value.hasNonNull("verb")) {
            // Action.Submit, the fallback of clients without Universal Actions: same handling, then update the card
            Reply reply = conversation.onAction(turn, actor, value.get("verb").asText(), value);
            String cardMessageId = context.getActivity().getReplyToId();
            if (cardMessageId == null) {
                return send(context, List.of(reply));
            }
            Activity update = cardActivity(reply.card());
            update.setId(cardMessageId);
            followUp(context, cardMessageId, reply);
            return context.updateActivity(update).thenApply(r -> (Void) null)
                    .exceptionallyCompose(e -> send(context, List.of(reply)));
        }
        ScheduledFuture<?> indicator = typing.schedule(() -> context.sendActivity(Activity.createTypingActivity()),
                TYPING_AFTER_MS, TimeUnit.MILLISECONDS);
        try {
            return send(context, conversation.onMessage(turn, actor));
        } finally {
            indicator.cancel(false);
        }
    }

    private CompletableFuture<Void> onInvoke(TurnContext context, Turn turn, Optional<Actor> actor) {
        Activity activity = context.getActivity();
        if (SEARCH.equals(activity.getName())) {
            return invokeResponse(context, searchResponse(conversation.onSearch(turn, actor, json(activity.getValue()))));
        }
        if (!"adaptiveCard/action".equals(activity.getName())) {
            return invokeResponse(context, new InvokeResponse(200, null));
        }
        JsonNode value = json(activity.getValue());
        JsonNode action = value == null ? null : value.get("action");
        if (action == null || !action.hasNonNull("verb")) {
            return invokeResponse(context, new InvokeResponse(200, error(400, "the action has no verb")));
        }
        JsonNode data = action.get("data") == null ? BotMessagesController.BOT_JSON.createObjectNode() : action.get("data");
        Reply reply = conversation.onAction(turn, actor, action.get("verb").asText(), data);
        followUp(context, activity.getReplyToId(), reply);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", 200);
        body.put("type", CARD);
        body.put("value", reply.card());
        return invokeResponse(context, new InvokeResponse(200, body));
    }

    /**
     * A picker's search answered as Teams expects: the results, or the refusal's 4xx as the answer's
     * {@code statusCode} with the type {@code application/vnd.microsoft.error}. The HTTP status stays 200 as for
     * every invoke this bot answers: an HTTP 4xx of {@code /api/messages} means the activity itself was refused (and
     * carries a problem detail).
     */
    static InvokeResponse searchResponse(SearchAnswer answer) {
        if (!answer.isFound()) {
            return new InvokeResponse(200, error(answer.status(), answer.message()));
        }
        List<Map<String, String>> results = answer.results().stream().map(o -> {
            Map<String, String> result = new LinkedHashMap<>(); // title first, as Microsoft's samples write it
            result.put("title", o.title());
            result.put("value", o.value());
            return result;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", 200);
        body.put("type", SEARCH_RESPONSE);
        body.put("value", Map.of("results", results));
        return new InvokeResponse(200, body);
    }

    private static Map<String, Object> error(int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", code);
        body.put("type", "application/vnd.microsoft.error");
        body.put("value", Map.of("code", switch (code) {
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            default -> "BadRequest";
        }, "message", message));
        return body;
    }

    private static CompletableFuture<Void> invokeResponse(TurnContext context, InvokeResponse response) {
        Activity answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
        answer.setValue(response);
        return context.sendActivity(answer).thenApply(r -> null);
    }

    private CompletableFuture<Void> send(TurnContext context, List<Reply> replies) {
        CompletableFuture<Void> chain = done();
        for (Reply reply : replies) {
            chain = chain.thenCompose(v -> context.sendActivity(cardActivity(reply.card()))
                    .thenAccept(sent -> followUp(context, sent == null ? null : sent.getId(), reply)));
        }
        return chain;
    }

    /** Finishes a slow answer in the background and puts it in place of the card that said "working on it". */
    private void followUp(TurnContext context, String cardMessageId, Reply reply) {
        if (reply.followUp() == null || cardMessageId == null) {
            return;
        }
        ConversationReference where = context.getActivity().getConversationReference();
        context.sendActivity(Activity.createTypingActivity());
        followUps.execute(() -> {
            try {
                messenger.update(where, cardMessageId, reply.followUp().get());
            } catch (RuntimeException e) {
                log.warn("A slow answer could not be delivered to {}: {}", LogSafe.of(where.getConversation().getId()),
                        LogSafe.of(e));
            }
        });
    }

    /**
     * One card per activity, for replies, updates and proactive messages alike. The activity's {@code summary} is
     * the card's one line ({@link Cards#summary}): Teams shows it in the chat list and the notification instead of
     * "Sent a card". No {@code text} beside the card: Teams would show it above the card as a second message part,
     * and the card could not be updated on its own.
     */
    static Activity cardActivity(ObjectNode card) {
        return cardActivity(card, true);
    }

    /**
     * The same, for a client that writes the activity with plain Jackson ({@link ProactiveConnector}): the card as it
     * is, since an escaped {@code \.} would reach Teams literally and the type-ahead picker would be lost.
     */
    static Activity plainCardActivity(ObjectNode card) {
        return cardActivity(card, false);
    }

    private static Activity cardActivity(ObjectNode card, boolean forTheSdk) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CARD);
        attachment.setContent(forTheSdk ? withEscapedDots(card) : card);
        Activity activity = Activity.createMessageActivity();
        activity.setAttachments(List.of(attachment));
        String summary = Cards.summary(card);
        if (!summary.isBlank()) {
            activity.setSummary(summary);
        }
        return activity;
    }

    /**
     * The card as the Bot Connector client must be given it: the SDK's {@code FlatteningSerializer} splits every JSON
     * key with an unescaped dot into nested objects ({@code "choices.data"} of a type-ahead ChoiceSet would become
     * {@code choices: {data: …}} and fail on the choices array), and writes an escaped {@code \.} as a plain dot.
     * Invoke answers do not go through it and take the card as it is.
     */
    static ObjectNode withEscapedDots(ObjectNode card) {
        return (ObjectNode) escapeDots(card);
    }

    private static com.fasterxml.jackson.databind.JsonNode escapeDots(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node)
                    .arrayNode();
            node.forEach(element -> copy.add(escapeDots(element)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).objectNode();
        node.properties().forEach(e -> copy.set(e.getKey().replace(".", "\\."), escapeDots(e.getValue())));
        return copy;
    }

    private static Turn turnOf(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String text = activity.getText();
        return new Turn(from == null ? null : from.getAadObjectId(), from == null ? null : from.getId(),
                from == null ? null : from.getName(), ChatKind.of(activity.getConversation().getConversationType()),
                text);
    }

    private void remember(Activity activity, Turn turn, Optional<Actor> actor) {
        if (turn.userMri() == null || activity.getRecipient() == null) {
            return;
        }
        try {
            String tenant = activity.getConversation().getTenantId();
            addresses.remember(new ChatAddresses.Seen(actor.map(Actor::personId).orElse(null), turn.aadObjectId(),
                    turn.userMri(), activity.getConversation().getId(), turn.chat(), activity.getServiceUrl(), tenant,
                    activity.getRecipient().getId()));
        } catch (RuntimeException e) {
            // losing an address costs a later proactive message, not this turn
            log.warn("Could not remember the conversation {}: {}", LogSafe.of(activity.getConversation().getId()),
                    LogSafe.of(e));
        }
    }

    private static boolean botWasAdded(Activity activity) {
        return activity.getMembersAdded() != null && activity.getRecipient() != null && activity.getMembersAdded()
                .stream().anyMatch(m -> activity.getRecipient().getId().equals(m.getId()));
    }

    private static JsonNode json(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof JsonNode node ? node : BotMessagesController.BOT_JSON.valueToTree(value);
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
