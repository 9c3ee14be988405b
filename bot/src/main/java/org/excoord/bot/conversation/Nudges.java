package org.excoord.bot.conversation;

import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.cards.Cards;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * A manager (or the item's originator) reminds the assignee: the bot writes to the assignee's 1:1 chat with the
 * item's card, unprompted. The scheduled nudges of a later issue reuse the same path.
 */
@Service
public class Nudges {

    private final ActionItemManagement items;
    private final Directory directory;
    private final ChatAddresses addresses;
    private final CardModels models;
    private final Messenger messenger;

    Nudges(ActionItemManagement items, Directory directory, ChatAddresses addresses, CardModels models,
            Messenger messenger) {
        this.items = items;
        this.directory = directory;
        this.addresses = addresses;
        this.models = models;
        this.messenger = messenger;
    }

    public Outcome<String> nudgeAssignee(Long itemId, Actor actor) {
        Outcome<ActionItem> found = items.view(itemId, actor);
        if (!found.isDone()) {
            return Outcome.refused(found.refusal());
        }
        ActionItem item = found.orElseThrow();
        if (actor.is(item.getAssigneePersonId())) {
            return Outcome.refused(Refusal.invalid("assignee", "the item is yours: there is nobody to remind"));
        }
        if (!items.mayManage(item, actor) && !actor.is(item.getOriginatorId())) {
            return Outcome.refused(Refusal.forbidden("only the originator or a manager of the assignee may nudge"));
        }
        if (item.getAssigneePersonId() == null) {
            return Outcome.refused(Refusal.invalid("assignee", "the item is assigned to a team, not a person"));
        }
        Optional<ChatAddress> chat = addresses.personalChatOf(item.getAssigneePersonId());
        if (chat.isEmpty()) {
            return Outcome.refused(Refusal.conflict("the assignee has not talked to the bot in Teams yet"));
        }
        Actor assignee = directory.actorFor(item.getAssigneePersonId()).orElseThrow();
        String notice = actor.displayName() + " sent you a reminder about this item.";
        messenger.send(chat.get(), Cards.item(models.item(item, assignee, notice),
                new Viewer(chat.get().getUserMri(), true)));
        return Outcome.done(chat.get().getConversationId());
    }
}
