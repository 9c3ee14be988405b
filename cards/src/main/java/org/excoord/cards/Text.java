package org.excoord.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns user text into something Teams shows exactly as it was written. A TextBlock (and a fact) renders a
 * Markdown subset (bold, italic, lists, links; Microsoft's renderer more of CommonMark), evaluates
 * {@code {{DATE(…)}}} / {@code {{TIME(…)}}} and Teams reads {@code <at>…</at>} as a mention, so a subject like
 * {@code [urgent](http://evil)} or {@code <at>Bob</at>} would otherwise become a link or a mention.
 *
 * <p>Only what a renderer would interpret gets a backslash (CommonMark's escape, which the renderers remove
 * again); no character is ever replaced by a look-alike, so "Costs < $5M & > $1M" comes back unchanged. JSON
 * escaping is not done here: Jackson does it when the card is written.
 */
public final class Text {

    /** The longest text a card shows in one place (as typed), so one long field cannot crowd out the rest. */
    public static final int MAX_CHARS = 2_000;

    /** Appended where text was cut, so readers know there is more. */
    public static final String ELLIPSIS = "…";

    // Emphasis, strikethrough, code spans and link openers anywhere in a line. "]" and ")" need nothing once
    // "[" is escaped, and fewer escapes mean fewer visible backslashes in clients that render without Markdown.
    private static final String ESCAPED_ANYWHERE = "*_`~[";

    private static final Pattern ENTITY_TAIL = Pattern.compile("#?[A-Za-z0-9]+;");
    // Headings ("# x"), quotes ("> x"), bullets ("- x", "+ x"), thematic breaks and setext underlines ("---", "===").
    private static final Pattern HEADING = Pattern.compile("#{1,6}(\\s.*)?");
    private static final Pattern RULE = Pattern.compile("([-=])[-= ]*");

    /** A cut may back up this far to end on a word boundary; further would throw away too much. */
    private static final int WORD_BOUNDARY_REACH = 40;

    private Text() {
    }

    /** {@code raw} made literal for a TextBlock or fact and capped at {@link #MAX_CHARS}; null becomes "". */
    public static String plain(String raw) {
        return plain(raw, MAX_CHARS);
    }

    /**
     * {@code raw} made literal for a TextBlock or fact; longer than {@code max} characters (as typed, escapes not
     * counted) it is cut at a word boundary and ends in "…".
     */
    public static String plain(String raw, int max) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<Unit> units = units(clean(raw));
        return join(units, cutIndex(units, max));
    }

    /**
     * {@code raw} shortened to at most {@code max} characters at a word boundary with "…", not escaped: for
     * quoting what a person typed back to them inside a sentence (the sentence then goes through {@link #plain}).
     */
    public static String excerpt(String raw, int max) {
        if (raw == null) {
            return "";
        }
        String cleaned = clean(raw).replace('\n', ' ').strip();
        List<Unit> units = new ArrayList<>();
        cleaned.codePoints().forEach(cp -> units.add(new Unit(Character.toString(cp), Character.isWhitespace(cp))));
        return join(units, cutIndex(units, max));
    }

    /**
     * {@code raw} for places Teams shows without Markdown (choice titles, button titles): a backslash there
     * would show as typed, so only control characters go, line breaks become spaces and the length is capped.
     */
    public static String literal(String raw, int max) {
        return excerpt(raw, max);
    }

    /** Whether {@code raw} would be cut at {@code max} characters (for "Show more"). */
    static boolean longerThan(String raw, int max) {
        return raw != null && clean(raw).codePointCount(0, clean(raw).length()) > max;
    }

    // One code point as the card shows it (with its escape) and whether a line may be cut before it.
    private record Unit(String shown, boolean space) {
    }

    private static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>(text.length());
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                units.add(new Unit("\n", true));
            }
            // leading blanks would make an indented code block in CommonMark; renderers drop them anyway
            String line = lines[l].stripLeading();
            int marker = blockMarker(line);
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                int next = i + Character.charCount(cp);
                String shown = Character.toString(cp);
                if (i == marker || escapedInLine(line, i, cp)) {
                    shown = "\\" + shown;
                }
                units.add(new Unit(shown, Character.isWhitespace(cp)));
                i = next;
            }
        }
        return units;
    }

    // The index of the one character that would make this line a block (heading, quote, list, rule); -1 if none.
    private static int blockMarker(String line) {
        if (line.isEmpty()) {
            return -1;
        }
        char first = line.charAt(0);
        boolean spaceAfter = line.length() == 1 || Character.isWhitespace(line.charAt(1));
        if (first == '>' || ((first == '-' || first == '+') && spaceAfter) || HEADING.matcher(line).matches()
                || RULE.matcher(line).matches()) {
            return 0;
        }
        int digits = 0;
        while (digits < line.length() && digits < 9 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        boolean orderedList = digits > 0 && digits < line.length()
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && (digits + 1 == line.length() || Character.isWhitespace(line.charAt(digits + 1)));
        return orderedList ? digits : -1;
    }

    private static boolean escapedInLine(String line, int i, int cp) {
        if (cp >= 128) {
            return false;
        }
        if (ESCAPED_ANYWHERE.indexOf(cp) >= 0) {
            return true;
        }
        char next = i + 1 < line.length() ? line.charAt(i + 1) : '\n';
        return switch (cp) {
            // a backslash escapes the punctuation after it, and at the end of a line it is a hard break
            case '\\' -> next == '\n' || isAsciiPunctuation(next);
            // "<at>", "<b>", "</x>", "<!--", "<https:…>": a tag, comment or autolink; "a < b" stays as it is
            case '<' -> (next < 128 && Character.isLetter(next)) || next == '/' || next == '!' || next == '?';
            // "&lt;at&gt;" would otherwise be decoded back into "<at>"; a bare "&" as in "R&D" needs nothing
            case '&' -> ENTITY_TAIL.matcher(line).region(i + 1, line.length()).lookingAt();
            // "{{DATE(" is a date function: escaping the second brace keeps the text as typed
            case '{' -> i > 0 && line.charAt(i - 1) == '{';
            default -> false;
        };
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }

    // How many units fit in max characters: all of them, or as many as end on a word boundary before max - 1.
    private static int cutIndex(List<Unit> units, int max) {
        if (units.size() <= max) {
            return units.size();
        }
        int end = Math.max(0, max - ELLIPSIS.length());
        for (int i = end; i > 0 && i >= end - WORD_BOUNDARY_REACH; i--) {
            if (units.get(i).space()) {
                return -i - 1;
            }
        }
        return -end - 1;
    }

    // cut >= 0: every unit; cut < 0: the first (-cut - 1) units and an ellipsis.
    private static String join(List<Unit> units, int cut) {
        int count = cut >= 0 ? cut : -cut - 1;
        StringBuilder out = new StringBuilder(count + 16);
        for (int i = 0; i < count; i++) {
            out.append(units.get(i).shown());
        }
        if (cut >= 0) {
            return out.toString();
        }
        return out.toString().stripTrailing() + ELLIPSIS;
    }

    /**
     * Shortens text that {@link #plain} already produced, for when a whole card is too large. Cuts on a
     * code point, never leaves a lone backslash that would swallow the ellipsis' meaning, and never cuts into a
     * date or time function the card put there ({@link Formats#instant}).
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
        int open = head.lastIndexOf("{{");
        if (open >= 0 && head.indexOf("}}", open) < 0) {
            head = head.substring(0, open);
        }
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
}
