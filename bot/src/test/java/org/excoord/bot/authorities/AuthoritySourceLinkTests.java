package org.excoord.bot.authorities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.Person;
import org.junit.jupiter.api.Test;

/** The authority card opens the authority's source document, when one is recorded. */
class AuthoritySourceLinkTests extends ApiTestSupport {

    private static final String SOURCE = "https://www.federalregister.gov/documents/2025/01/17/2025-01470/example";

    @Test
    void anAuthorityWithASourceUrlOffersItsSourceDocument() throws Exception {
        // a number of its own, so no other test's import of the same text decides the source URL
        String number = String.valueOf(60_000 + (int) (System.nanoTime() % 9_999));
        String text = new String(getClass().getResourceAsStream("/authorities/eo-14144.md").readAllBytes(),
                StandardCharsets.UTF_8).replace("14144", number);
        context.getBean(AuthorityCatalog.class).importText(new ImportAuthority(text, null, null, null, null, SOURCE,
                null), Actor.system()).orElseThrow();
        Person reader = fixtures.person("Rita Reader", fixtures.unit("Source Office", null));

        JsonNode card = conversation().onMessage(new Turn(reader.getEntraObjectId(), "29:rita", "Rita Reader",
                ChatKind.PERSONAL, "authority EO " + number), Optional.of(fixtures.actor(reader))).get(0).card();

        List<JsonNode> links = card.findParents("url");
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.path("type").asText()).isEqualTo("Action.OpenUrl");
            assertThat(link.path("title").asText()).isEqualTo("Source document");
            assertThat(link.path("url").asText()).isEqualTo(SOURCE);
        });
    }

    private Conversation conversation() {
        return context.getBean(Conversation.class);
    }
}
