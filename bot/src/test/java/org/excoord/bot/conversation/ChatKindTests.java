package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;

/** Only Teams' exact "personal" is a personal chat; anything else, absent included, is not (fail closed). */
@SecurityTest
class ChatKindTests {

    @Test
    void onlyTheExactPersonalTypeIsPersonal() {
        assertThat(ChatKind.of("personal")).isEqualTo(ChatKind.PERSONAL);
        assertThat(ChatKind.of("groupChat")).isEqualTo(ChatKind.GROUP_CHAT);
        assertThat(ChatKind.of("channel")).isEqualTo(ChatKind.CHANNEL);
        for (String type : Arrays.asList(null, "", " ", "Personal", "PERSONAL", "personal ", "meeting", "1:1")) {
            assertThat(ChatKind.of(type)).as(String.valueOf(type)).isEqualTo(ChatKind.OTHER);
            assertThat(ChatKind.of(type).isPersonal()).as(String.valueOf(type)).isFalse();
        }
    }
}
