package org.excoord.analyzer.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits legal text into sentences that are verbatim substrings of it, whitespace aside (so they can be quoted and
 * verified). Lines the Markdown wrapped inside a sentence are joined first, so that no sentence loses its opening.
 */
public final class Sentences {

    // a sentence ends at ". ", "; " or ": " (and at line ends) unless the period belongs to an abbreviation
    private static final Pattern END = Pattern.compile("(?<=[.;:])\\s+(?=[\\p{Lu}(\"“])|\\n+");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Sec|No|Nos|U\\.S|U\\.S\\.C|Pub|L|Stat|Inc|Dr|Mr|Ms|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|e\\.g|i\\.e|et al|etc|v)|\\b\\p{Lu})\\.$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:!?][\"”’)*]*$");
    private static final Pattern STARTS_BLOCK = Pattern.compile("^(?:\\((?:\\d{1,2}|[A-Z]|[a-z]{1,5})\\)\\s|#|---|\\d+\\.\\d+\\.$)");
    private static final Pattern CONTINUES = Pattern.compile("^[\\p{Ll}.,;:)\\]—-]");

    private Sentences() {
    }

    public static List<String> of(String text) {
        return of(text, null);
    }

    /** @param heading the section's heading, a line of its own that never runs into the next */
    public static List<String> of(String text, String heading) {
        String joined = rebuilt(text, heading);
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(joined);
        int start = 0;
        StringBuilder pending = new StringBuilder();
        while (m.find()) {
            String piece = joined.substring(start, m.start());
            if (!m.group().contains("\n") && ABBREVIATION.matcher(piece).find()) {
                pending.append(piece).append(m.group());
            } else {
                add(sentences, pending.append(piece).toString());
                pending.setLength(0);
            }
            start = m.end();
        }
        add(sentences, pending.append(joined.substring(start)).toString());
        return sentences;
    }

    /**
     * The text with each sentence on one line: a line that does not end a sentence runs on into the next one,
     * unless that one opens a block of its own (a list marker, a heading) or the line is the section's heading;
     * across a blank line only when the next line plainly continues (lower case, punctuation) or the line ended
     * on an abbreviation ("OMB Circular No." / "A-130.").
     */
    public static String rebuilt(String text, String heading) {
        String[] lines = text.split("\n", -1);
        String title = heading == null ? null : plain(heading);
        StringBuilder out = new StringBuilder(text.length());
        String previous = null; // the last non-blank line written, stripped
        boolean blankSince = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blankSince = true;
                continue;
            }
            boolean join = previous != null && !ENDS_SENTENCE.matcher(previous).find()
                    && !STARTS_BLOCK.matcher(line).find() && !plain(previous).equals(title)
                    && !previous.startsWith("#") && (!blankSince || CONTINUES.matcher(line).find())
                    || previous != null && blankSince && ABBREVIATION.matcher(previous).find()
                    && !STARTS_BLOCK.matcher(line).find();
            if (previous != null) {
                out.append(join ? " " : blankSince ? "\n\n" : "\n");
            }
            out.append(line);
            previous = line;
            blankSince = false;
        }
        return out.toString();
    }

    private static String plain(String line) {
        return line.replace("*", "").strip();
    }

    private static void add(List<String> sentences, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            sentences.add(t);
        }
    }
}
