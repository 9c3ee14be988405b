package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.directory.Actor;
import org.excoord.nudge.Notification;
import org.excoord.nudge.NudgeSettings;
import org.excoord.nudge.Notifications;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What nudges add to the cards of the item and correspondence features: the line that says who will be told of the
 * change just made (issue 10 defect 3: the notifications core wrote in this turn's transaction), and on an item card
 * "I have read this" for the assignee of an item that asks for acknowledgement, or who read it and when.
 */
@Component
public class ItemCardExtras {

    private final Notifications notifications;
    private final NudgeSettings settings;
    private final CardModels models;
    private final JdbcTemplate jdbc;

    ItemCardExtras(Notifications notifications, NudgeSettings settings, CardModels models, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.settings = settings;
        this.models = models;
        this.jdbc = jdbc;
    }

    /**
     * The verbs, each answering with its card plus who will be told and the acknowledgement line. They run inside the
     * turn's transaction, so the notifications the change wrote are those of this press.
     */
    public Map<String, Feature.VerbHandler> keep(Map<String, Feature.VerbHandler> verbs) {
        Map<String, Feature.VerbHandler> kept = new LinkedHashMap<>();
        verbs.forEach((verb, handler) -> kept.put(verb, pressed -> {
            Reply reply = handler.act(pressed);
            if (reply == null || reply.card() == null) {
                return reply;
            }
            ObjectNode card = told(reply.card(), pressed.actor());
            return new Reply(decorate(card, pressed.actor()), reply.followUp());
        }));
        return kept;
    }

    /** "Megan Bowen will be told." for the people this transaction's change notifies (never the actor). */
    public ObjectNode told(ObjectNode card, Actor actor) {
        List<String> names = notifications.writtenInThisTransaction().stream().map(Notification::getRecipientId)
                .filter(Objects::nonNull).filter(id -> !actor.is(id)).distinct().map(models::personName).toList();
        return Cards.withTold(card, names);
    }

    /**
     * An item card (its refresh is {@code item.view} with the item's id) gets "I have read this" when the item asks for
     * acknowledgement and the viewer is its assignee and has not acknowledged it; once read, everyone who sees the
     * card (the originator first of all) sees who read it and when. Other cards are returned unchanged.
     */
    public ObjectNode decorate(ObjectNode card, Actor viewer) {
        JsonNode refresh = card.path("refresh").path("action");
        if (!CardVerbs.ITEM_VIEW.equals(refresh.path("verb").asText()) || !refresh.path("data").path("itemId")
                .canConvertToLong()) {
            return card;
        }
        long itemId = refresh.path("data").path("itemId").asLong();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select needs_acknowledgement, assignee_person_id from action_item where id = ?", itemId);
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0).get("needs_acknowledgement"))) {
            return card;
        }
        Object assignee = rows.get(0).get("assignee_person_id");
        boolean isAssignee = assignee instanceof Number n && viewer.is(n.longValue());
        return settings.acknowledgementOf(itemId)
                .map(a -> Cards.withAcknowledgement(card, itemId, false, a.displayName() == null
                        ? models.personName(a.personId()) : a.displayName(), a.at()))
                .orElseGet(() -> isAssignee ? Cards.withAcknowledgement(card, itemId, true, null, null) : card);
    }
}
