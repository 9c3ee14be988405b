package org.excoord.bot.conversation;

/**
 * Text a person can have typed: no control characters other than tab and line breaks (NUL above all: PostgreSQL
 * cannot store it) and no lone surrogates (not Unicode; PostgreSQL's driver stores them as "?").
 */
public final class ReadableText {

    private ReadableText() {
    }

    public static boolean isReadable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
