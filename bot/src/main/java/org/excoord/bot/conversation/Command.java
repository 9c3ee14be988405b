package org.excoord.bot.conversation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A typed command: what the user asked for and its argument ("item AI-2026-000012" → ITEM, "AI-2026-000012"). */
record Command(Kind kind, String argument) {

    enum Kind {
        HELP, MY_ITEMS, OVERDUE, MY_TEAM, ITEM, ACTION, NEW_ITEM, INBOX, LOG_CORRESPONDENCE, AUTHORITIES, AUTHORITY, SUMMARIZE,
        SYNC_FAILURES, UNKNOWN
    }

    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern WITH_ARGUMENT = Pattern.compile("^(item|action|authority|summari[sz]e)\\s+(.+)$");

    /** Removes mentions of the bot (group chats and channels) before parsing. */
    static String withoutMentions(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll(" ").replace('\u00a0', ' ').strip();
    }

    static Command parse(String text) {
        String t = withoutMentions(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!?]+$", "");
        Matcher m = WITH_ARGUMENT.matcher(t);
        if (m.matches()) {
            String argument = withoutMentions(text).replaceAll("\\s+", " ").substring(m.start(2)).strip();
            return switch (m.group(1)) {
                case "item" -> new Command(Kind.ITEM, argument.toUpperCase(Locale.ROOT));
                case "action" -> new Command(Kind.ACTION, argument.toUpperCase(Locale.ROOT));
                case "authority" -> new Command(Kind.AUTHORITY, argument);
                default -> new Command(Kind.SUMMARIZE, argument);
            };
        }
        Kind kind = switch (t) {
            case "help", "?", "hi", "hello", "" -> Kind.HELP;
            case "my items", "items", "mine", "my tasks" -> Kind.MY_ITEMS;
            case "overdue" -> Kind.OVERDUE;
            case "my team", "team" -> Kind.MY_TEAM;
            case "new item", "new" -> Kind.NEW_ITEM;
            case "inbox", "correspondence", "correspondence inbox" -> Kind.INBOX;
            case "log correspondence", "log" -> Kind.LOG_CORRESPONDENCE;
            case "authorities" -> Kind.AUTHORITIES;
            case "sync failures", "planner failures" -> Kind.SYNC_FAILURES;
            default -> Kind.UNKNOWN;
        };
        return new Command(kind, null);
    }
}
