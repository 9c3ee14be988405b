package org.excoord.bot.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;

/** The paging button of an action's card is card data like any other: checked again, bounded. */
@SecurityTest
class ExecutiveActionPagingSecurityTests extends ApiTestSupport {

    @Test
    void aPageOfAnActionIsForThoseWhoMaySeeTheActionAndAForgedPageIsBounded() {
        Conversation conversation = context.getBean(Conversation.class);
        OrgUnit unit = fixtures.unit("Paging Office", null);
        Person owner = fixtures.manager("Pia Owner", unit);
        Actor boss = fixtures.actor(owner);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction action = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Patch the fleet", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, owner.getId(), null), boss).orElseThrow();
        ExecutiveActionCardsTests.itemsOf(context.getBean(ActionItemManagement.class), action,
                fixtures.person("Sam Staff", unit), boss, 3);
        Person stranger = fixtures.person("Sid Stranger", fixtures.unit("Elsewhere Office", null));
        ObjectNode forged = JSON.createObjectNode().put("executiveActionId", action.getId()).put("page", 0);

        String refused = conversation.onAction(ExecutiveActionCardsTests.turn(stranger, null),
                Optional.of(fixtures.actor(stranger)), "action.items", forged).card().toString();
        assertThat(refused).doesNotContain("Patch server", "Patch the fleet", "item.view");

        String far = conversation.onAction(ExecutiveActionCardsTests.turn(owner, null), Optional.of(boss),
                "action.items", forged.deepCopy().put("page", "9223372036854775807")).card().toString();
        assertThat(far).contains("Patch the fleet", "Previous page").doesNotContain("Patch server");
    }
}
