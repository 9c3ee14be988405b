package org.excoord.cards;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Turns user text into something Teams shows literally. A TextBlock (and a fact) renders a Markdown subset
 * and Teams reads {@code <at>…</at>} as a mention, so a subject like {@code [urgent](http://evil)} or
 * {@code <at>Bob</at>} would otherwise become a link or a mention. JSON escaping is not done here: Jackson
 * does it when the card is written.
 */
public final class Text {

    /** The longest text a card shows in one place, so one long field cannot crowd out the rest. */
    public static final int MAX_CHARS = 2_000;

    /** Appended where text was cut, so readers know there is more. */
    public static final String ELLIPSIS = "…";

    // These start or end emphasis, links, code or Teams' "{{DATE(…)}}" formatting anywhere in a line; a backslash
    // keeps them literal. Parentheses need nothing (no link forms without an unescaped "[…]" before them), and
    // fewer escapes mean fewer visible backslashes in clients that render without Markdown.
    private static final String ESCAPED_ANYWHERE = "\\*_[]`~{}";

    // Lists, headings and thematic breaks need their marker at the start of a line ("- x", "# x", "===");
    // quotes ("> x") are covered because ">" never stays ">".
    private static final String LINE_START_MARKERS = "-+=#";

    private static final Pattern ENTITY_TAIL = Pattern.compile("#?[A-Za-z0-9]+;");

    private Text() {
    }

    /** {@code raw} neutralised for a TextBlock or fact and capped at {@link #MAX_CHARS}; null becomes "". */
    public static String plain(String raw) {
        return plain(raw, MAX_CHARS);
    }

    /** {@code raw} neutralised for a TextBlock or fact and capped at {@code max} characters. */
    public static String plain(String raw, int max) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String[] lines = clean(raw).split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length() + 16);
        // Where the text may be cut: after each escaped unit, so a cut never parts a backslash from its character.
        int[] cuts = new int[raw.length() + lines.length + 1];
        int cutCount = 0;
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            String line = lines[l].stripLeading();
            int orderedListDot = orderedListDot(line);
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                boolean blockMarker = (i == 0 && cp < 128 && LINE_START_MARKERS.indexOf(cp) >= 0) || i == orderedListDot;
                escape(line, i, cp, blockMarker, out);
                i += Character.charCount(cp);
                if (cutCount == cuts.length) {
                    cuts = Arrays.copyOf(cuts, cuts.length * 2);
                }
                cuts[cutCount++] = out.length();
            }
        }
        return cap(out, cuts, cutCount, max);
    }

    private static void escape(String line, int i, int cp, boolean blockMarker, StringBuilder out) {
        if (cp == '<') {
            out.append('\u2039');
        } else if (cp == '>') {
            out.append('\u203A');
        } else if (blockMarker || (cp < 128 && ESCAPED_ANYWHERE.indexOf(cp) >= 0)) {
            out.append('\\').append((char) cp);
        } else if (cp == '&' && ENTITY_TAIL.matcher(line).region(i + 1, line.length()).lookingAt()) {
            // "&lt;at&gt;" would otherwise be decoded back into "<at>"; a bare "&" as in "R&D" needs nothing.
            out.append("\\&");
        } else {
            out.appendCodePoint(cp);
        }
    }

    // The index of the "." in "12. text", where "12\. text" keeps an ordered list from starting; -1 if none.
    private static int orderedListDot(String line) {
        int i = 0;
        while (i < line.length() && i < 9 && Character.isDigit(line.charAt(i)) && line.charAt(i) < 128) {
            i++;
        }
        return i > 0 && i < line.length() && line.charAt(i) == '.' ? i : -1;
    }

    /**
     * {@code raw} for places Teams shows without Markdown (choice titles, button titles): a backslash there
     * would show as typed, so only control characters go, angle brackets become lookalikes (no tag survives
     * anywhere in a card) and the length is capped.
     */
    public static String literal(String raw, int max) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String cleaned = clean(raw).replace('\n', ' ').replace('<', '\u2039').replace('>', '\u203A').strip();
        if (cleaned.length() <= max) {
            return cleaned;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isLowSurrogate(cleaned.charAt(end))) {
            end--;
        }
        return cleaned.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Shortens text that {@link #plain} already produced, for when a whole card is too large. Cuts on a
     * code point and never leaves a lone backslash that would swallow the ellipsis' meaning.
     */
    static String shorten(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = Math.max(0, max - ELLIPSIS.length());
        if (end > 0 && Character.isLowSurrogate(escaped.charAt(end))) {
            end--;
        }
        String head = escaped.substring(0, end);
        int backslashes = 0;
        while (backslashes < head.length() && head.charAt(head.length() - 1 - backslashes) == '\\') {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            head = head.substring(0, head.length() - 1);
        }
        return head.stripTrailing() + ELLIPSIS;
    }

    // Line breaks become \n; control characters and bidirectional overrides (which can make text read
    // differently from what it is) are dropped; tabs become spaces.
    private static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || !(Character.isISOControl(c) || isBidiControl(c) || c == '\uFEFF')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String cap(StringBuilder out, int[] cuts, int cutCount, int max) {
        if (out.length() <= max) {
            return out.toString();
        }
        int limit = max - ELLIPSIS.length();
        int end = 0;
        for (int c = 0; c < cutCount && cuts[c] <= limit; c++) {
            end = cuts[c];
        }
        return out.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
