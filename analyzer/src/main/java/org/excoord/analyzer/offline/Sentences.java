package org.excoord.analyzer.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits legal text into sentences that are verbatim substrings of it (so they can be quoted and verified). */
final class Sentences {

    // a sentence ends at ". ", "; " or ": " (and at line ends) unless the period belongs to an abbreviation
    private static final Pattern END = Pattern.compile("(?<=[.;:])\\s+(?=[\\p{Lu}(\"“])|\\n+");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Sec|No|Nos|U\\.S|U\\.S\\.C|Pub|L|Stat|Inc|Dr|Mr|Ms|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|e\\.g|i\\.e|et al|etc|v)|\\b\\p{Lu})\\.$");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        StringBuilder pending = new StringBuilder();
        while (m.find()) {
            String piece = text.substring(start, m.start());
            if (!m.group().contains("\n") && ABBREVIATION.matcher(piece).find()) {
                pending.append(piece).append(m.group());
            } else {
                add(sentences, pending.append(piece).toString());
                pending.setLength(0);
            }
            start = m.end();
        }
        add(sentences, pending.append(text.substring(start)).toString());
        return sentences;
    }

    private static void add(List<String> sentences, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            sentences.add(t);
        }
    }
}
