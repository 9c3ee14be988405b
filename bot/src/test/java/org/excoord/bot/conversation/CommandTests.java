package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.bot.conversation.Command.Kind;
import org.junit.jupiter.api.Test;

class CommandTests {

    @Test
    void commandsAreReadWithoutMentionsCaseOrTrailingPunctuation() {
        assertThat(Command.parse("<at>excoord</at> My Items").kind()).isEqualTo(Kind.MY_ITEMS);
        assertThat(Command.parse("overdue!").kind()).isEqualTo(Kind.OVERDUE);
        assertThat(Command.parse("  my\u00a0team ").kind()).isEqualTo(Kind.MY_TEAM);
        assertThat(Command.parse("inbox").kind()).isEqualTo(Kind.INBOX);
        assertThat(Command.parse("log correspondence").kind()).isEqualTo(Kind.LOG_CORRESPONDENCE);
        assertThat(Command.parse("").kind()).isEqualTo(Kind.HELP);
        assertThat(Command.parse(null).kind()).isEqualTo(Kind.HELP);
        assertThat(Command.parse("what's up?").kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(Command.parse("<at>excoord</at> Sync  Failures.").kind()).isEqualTo(Kind.SYNC_FAILURES);
        assertThat(Command.parse("sync").kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void argumentsKeepTheirSpelling() {
        assertThat(Command.parse("item ai-2026-000012")).isEqualTo(new Command(Kind.ITEM, "AI-2026-000012"));
        assertThat(Command.parse("action ea-2026-000004")).isEqualTo(new Command(Kind.ACTION, "EA-2026-000004"));
        assertThat(Command.parse("<at>Bot</at> authority EO 14028")).isEqualTo(new Command(Kind.AUTHORITY, "EO 14028"));
        assertThat(Command.parse("Summarize Executive Order 14110")).isEqualTo(
                new Command(Kind.SUMMARIZE, "Executive Order 14110"));
    }
}
