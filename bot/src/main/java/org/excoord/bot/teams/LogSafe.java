package org.excoord.bot.teams;

/**
 * A request's strings as they may appear in a log line: at most 100 characters, with every control character
 * (newlines included), line separator and lone surrogate replaced, so an attacker can neither forge a line nor flood
 * one.
 */
final class LogSafe {

    private static final int MAX = 100;

    private LogSafe() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        boolean cut = s.length() > MAX;
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX) + 1);
        for (int i = 0; i < s.length() && out.length() < MAX; i++) {
            char c = s.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairStart) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return cut ? out.append('…').toString() : out.toString();
    }
}
