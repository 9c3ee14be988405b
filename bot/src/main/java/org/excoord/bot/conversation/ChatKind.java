package org.excoord.bot.conversation;

/**
 * Where a turn happens; classified details are shown only in {@link #PERSONAL} chats. Only Teams' exact
 * {@code "personal"} is personal: a missing, misspelt or new conversation type is {@link #OTHER}, and is treated as
 * a chat with other people (fail closed).
 */
public enum ChatKind {
    PERSONAL, GROUP_CHAT, CHANNEL,
    /** A conversation type Teams did not name or this bot does not know; never personal, and not remembered. */
    OTHER;

    public static ChatKind of(String teamsConversationType) {
        if (teamsConversationType == null) {
            return OTHER;
        }
        return switch (teamsConversationType) {
            case "personal" -> PERSONAL;
            case "groupChat" -> GROUP_CHAT;
            case "channel" -> CHANNEL;
            default -> OTHER;
        };
    }

    public boolean isPersonal() {
        return this == PERSONAL;
    }
}
