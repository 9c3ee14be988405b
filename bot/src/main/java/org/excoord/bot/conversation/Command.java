package org.excoord.bot.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A typed message as the router matches it: its words in lower case without mentions or closing punctuation
 * ("my items"), and the same text as typed (for arguments, whose case matters).
 */
record Command(String words, String typed) {

    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");

    /** Removes mentions of the bot (group chats and channels) before parsing. */
    static String withoutMentions(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll(" ").replace('\u00a0', ' ').strip();
    }

    static Command parse(String text) {
        String typed = withoutMentions(text).replaceAll("\\s+", " ");
        return new Command(typed.toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", ""), typed);
    }

    /** The first word, the key of a command that takes an argument ("item" of "item AI-2026-000012"). */
    String firstWord() {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    /** The text after the first word, as typed; null if there is none. */
    String argument() {
        int space = typed.indexOf(' ');
        return space < 0 || typed.substring(space).isBlank() ? null : typed.substring(space + 1).strip();
    }
}
