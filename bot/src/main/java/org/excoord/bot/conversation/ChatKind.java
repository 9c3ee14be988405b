package org.excoord.bot.conversation;

/** Where a turn happens; classified details are shown only in {@link #PERSONAL} chats. */
public enum ChatKind {
    PERSONAL, GROUP_CHAT, CHANNEL;

    public static ChatKind of(String teamsConversationType) {
        if (teamsConversationType == null) {
            return PERSONAL;
        }
        return switch (teamsConversationType) {
            case "groupChat" -> GROUP_CHAT;
            case "channel" -> CHANNEL;
            default -> PERSONAL;
        };
    }
}
