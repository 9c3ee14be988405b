package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTests {

    @Test
    void commandsAreReadWithoutMentionsCaseOrTrailingPunctuation() {
        assertThat(Command.parse("<at>excoord</at> My Items").words()).isEqualTo("my items");
        assertThat(Command.parse("overdue!").words()).isEqualTo("overdue");
        assertThat(Command.parse("  my\u00a0team ").words()).isEqualTo("my team");
        assertThat(Command.parse("<at>excoord</at> Sync  Failures.").words()).isEqualTo("sync failures");
        assertThat(Command.parse("").words()).isEmpty();
        assertThat(Command.parse(null).words()).isEmpty();
    }

    @Test
    void argumentsKeepTheirSpelling() {
        Command item = Command.parse("item ai-2026-000012");
        assertThat(item.firstWord()).isEqualTo("item");
        assertThat(item.argument()).isEqualTo("ai-2026-000012");
        Command authority = Command.parse("<at>Bot</at> authority  EO 14028");
        assertThat(authority.firstWord()).isEqualTo("authority");
        assertThat(authority.argument()).isEqualTo("EO 14028");
        assertThat(Command.parse("Summarize Executive Order 14110").argument()).isEqualTo("Executive Order 14110");
        assertThat(Command.parse("inbox").argument()).isNull();
    }
}
