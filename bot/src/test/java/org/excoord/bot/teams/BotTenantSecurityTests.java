package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A single-tenant bot ({@code excoord.teams.tenant-id}) refuses activities of other tenants with 403 before any
 * turn: no reply goes out and nothing is written. Each activity would comment on an item and update its card.
 */
@SecurityTest
class BotTenantSecurityTests extends LocalBotTestSupport {

    private static final String CONVERSATION = "a:tenant-check";

    private Person staff;
    private ActionItem item;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Tenant Office", null);
        staff = fixtures.person("Tia Staff", unit);
        item = item(fixtures.manager("Ted Manager", unit), staff, "Check the tenant", null);
    }

    @Test
    void theOwnTenantIsServed() throws Exception {
        Trace before = trace(item, CONVERSATION);
        HttpResponse<String> answer = post(comment(a -> { }));
        assertThat(answer.statusCode()).isIn(200, 202);
        Trace after = trace(item, CONVERSATION);
        assertThat(after.comments()).isEqualTo(before.comments() + 1);
        assertThat(after.addresses()).isEqualTo(1);
        assertThat(sent()).singleElement().satisfies(r -> assertThat(r.getUrl()).endsWith("/activities/card-1"));
    }

    @Test
    void anotherOrNoTenantIsRefusedBeforeAnyTurn() throws Exception {
        Map<String, Consumer<ObjectNode>> foreign = new LinkedHashMap<>();
        foreign.put("channelData.tenant.id of another tenant", a -> tenantOfChannelData(a).put("id", "tenant-2"));
        foreign.put("conversation.tenantId of another tenant", a -> conversation(a).put("tenantId", "tenant-2"));
        foreign.put("both of another tenant", a -> {
            tenantOfChannelData(a).put("id", "tenant-2");
            conversation(a).put("tenantId", "tenant-2");
        });
        foreign.put("no tenant at all", a -> {
            a.remove("channelData");
            conversation(a).remove("tenantId");
        });
        foreign.put("conversation's only, and another", a -> {
            a.remove("channelData");
            conversation(a).put("tenantId", "tenant-2");
        });
        foreign.put("channelData's only, and another", a -> {
            tenantOfChannelData(a).put("id", "tenant-2");
            conversation(a).remove("tenantId");
        });
        foreign.put("empty tenant ids", a -> {
            tenantOfChannelData(a).put("id", "");
            conversation(a).put("tenantId", "");
        });
        foreign.put("a tenant id that is a number", a -> tenantOfChannelData(a).put("id", 1));
        foreign.put("a tenant id that is an object", a -> tenantOfChannelData(a).putObject("id").put("id", "tenant-1"));
        foreign.put("a prefix of the tenant", a -> conversation(a).put("tenantId", "tenant-"));
        foreign.put("the tenant and more", a -> conversation(a).put("tenantId", "tenant-1 tenant-2"));
        for (Map.Entry<String, Consumer<ObjectNode>> f : foreign.entrySet()) {
            Trace before = trace(item, CONVERSATION);
            HttpResponse<String> answer = post(comment(f.getValue()));
            assertThat(answer.statusCode()).as(f.getKey()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).as(f.getKey()).hasValue("application/problem+json");
            assertThat(answer.body()).as(f.getKey()).contains("not from this bot's tenant");
            assertThat(trace(item, CONVERSATION)).as(f.getKey()).isEqualTo(before);
            assertThat(sent()).as(f.getKey()).isEmpty();
        }
    }

    /** An Action.Submit comment on the item: writes a comment and updates the card through the Connector. */
    private ObjectNode comment(Consumer<ObjectNode> change) {
        ObjectNode a = Activities.message(serviceUrl(), CONVERSATION, "personal", "29:tia", staff.getEntraObjectId(),
                null);
        a.put("replyToId", "card-1");
        a.putObject("value").put("verb", "item.comment").put("itemId", item.getId()).put("comment", "seen");
        change.accept(a);
        return a;
    }

    static ObjectNode tenantOfChannelData(ObjectNode activity) {
        return (ObjectNode) activity.with("channelData").with("tenant");
    }

    static ObjectNode conversation(ObjectNode activity) {
        return (ObjectNode) activity.get("conversation");
    }
}
