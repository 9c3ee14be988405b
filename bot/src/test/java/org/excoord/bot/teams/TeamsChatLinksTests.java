package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The link back to Teams that the Planner task and the Outlook event carry. */
class TeamsChatLinksTests {

    private static final String APP_ID = "6f0c2b1e-1111-4000-8000-00000000abcd";

    @Test
    void opensTheChatWithTheBotWithTheItemCommandTypedIn() {
        String link = links(APP_ID).itemLink("AI-2026-000123");

        assertThat(link).isEqualTo("https://teams.microsoft.com/l/chat/0/0?users=28:" + APP_ID
                + "&message=item%20AI-2026-000123");
        assertThat(URI.create(link).getHost()).isEqualTo("teams.microsoft.com");
    }

    @Test
    void whatIsTypedInIsEncodedSoItCannotAddParametersOrBreakTheLink() {
        String link = links(APP_ID).itemLink("AI-1 &users=28:evil#x?y=+");

        assertThat(link).doesNotContain(" ").doesNotContain("+").startsWith(
                "https://teams.microsoft.com/l/chat/0/0?users=28:" + APP_ID + "&message=");
        String query = URI.create(link).getRawQuery();
        assertThat(query.split("&")).hasSize(2);
        String message = query.substring(query.indexOf("message=") + "message=".length());
        assertThat(URLDecoder.decode(message, StandardCharsets.UTF_8)).isEqualTo("item AI-1 &users=28:evil#x?y=+");
        assertThat(URI.create(link).getRawFragment()).isNull();
    }

    @Test
    void withoutAnAppIdOrANumberThereIsNoLink() {
        assertThat(links("").itemLink("AI-2026-000123")).isNull();
        assertThat(links(null).itemLink("AI-2026-000123")).isNull();
        assertThat(links("   ").itemLink("AI-2026-000123")).isNull();
        assertThat(links(APP_ID).itemLink(null)).isNull();
        assertThat(links(APP_ID).itemLink(" ")).isNull();
    }

    /** The note that keeps a personal list out of a group chat links to the 1:1 chat with the command typed in. */
    @Test
    void opensThe1To1ChatWithACommandTypedInAndWithoutAnAppIdThereIsNone() {
        assertThat(links(APP_ID).personalChat("my items")).contains("https://teams.microsoft.com/l/chat/0/0?users=28:"
                + APP_ID + "&message=my%20items");
        assertThat(links(APP_ID).personalChat(null)).contains("https://teams.microsoft.com/l/chat/0/0?users=28:"
                + APP_ID);
        assertThat(links("").personalChat("my items")).isEmpty();
    }

    private static TeamsChatLinks links(String appId) {
        return new TeamsChatLinks(new TeamsProperties(appId, null, null, null, null, null));
    }
}
