package org.excoord.authority;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an analysis as a person reads them: authority texts are Markdown, and a title, key point or summary
 * shown on a card must not carry its markup ("## Executive Order 14028", "**Title 3**", "[Source](https://…)"), nor
 * end in a fragment cut at a character count. Quotes are not passed through here: they stay verbatim.
 */
public final class PlainText {

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s*");
    private static final Pattern QUOTE_OR_BULLET = Pattern.compile("(?m)^\\s*(?:>\\s*)+|^\\s*[-*+]\\s+(?=\\S)");
    // "**bold**", "__bold__", "*em*", "_em_", "`code`", "~~gone~~": the markers, not the words
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\*{1,3}|_{1,3}|~~|`+)(?=\\S)(.+?)(?<=\\S)\\1"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern STRAY_MARKERS = Pattern.compile("\\*{2,}|(?<![\\p{L}\\p{N}])_{2,}|`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][\"”’)\\]]*$");
    private static final Pattern WEAK_END = Pattern.compile("[\\s,;:—–\\-(\\[\"“‘/]+$");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US);

    private PlainText() {
    }

    /**
     * A calendar date as every card writes one ("Sun, Jul 11, 2021"), for texts that reach a card: one format
     * everywhere, not ISO in the analysis beside the cards' own dates.
     */
    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** The text without Markdown markup, on one line. */
    public static String of(String markdown) {
        if (markdown == null) {
            return null;
        }
        String s = RULE.matcher(markdown).replaceAll(" ");
        s = IMAGE_OR_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = HEADING.matcher(s).replaceAll("");
        s = QUOTE_OR_BULLET.matcher(s).replaceAll("");
        for (int i = 0; i < 3; i++) { // nested: "***both***", "**_both_**"
            String before = s;
            s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            if (s.equals(before)) {
                break;
            }
        }
        s = STRAY_MARKERS.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * At most {@code max} characters: the whole text when it fits, else cut after the last sentence that fits (when
     * that keeps most of it) or at the last word boundary, with a clean "…" and no dangling comma or parenthesis.
     */
    public static String clipped(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - 1);
        int sentenceEnd = lastSentenceEnd(head);
        if (sentenceEnd >= max * 2 / 3) {
            return head.substring(0, sentenceEnd).strip();
        }
        int space = head.lastIndexOf(' ');
        // the character after the cut is a space, so the last word is whole
        String words = Character.isWhitespace(text.charAt(max - 1)) || space < 0 ? head : head.substring(0, space);
        return WEAK_END.matcher(words).replaceAll("") + "…";
    }

    /** A sentence as a person reads it: plain, ending with its full stop (one is added when the text has none). */
    public static String sentence(String text) {
        String s = of(text);
        if (s == null || s.isEmpty()) {
            return s;
        }
        if (ENDS_SENTENCE.matcher(s).find()) {
            return s;
        }
        return WEAK_END.matcher(s).replaceAll("") + ".";
    }

    /** Sentences joined into a paragraph: each ends with its full stop, so no two run into each other. */
    public static String paragraph(List<String> sentences) {
        StringBuilder p = new StringBuilder();
        for (String s : sentences) {
            String whole = sentence(s);
            if (whole != null && !whole.isEmpty()) {
                p.append(p.isEmpty() ? "" : " ").append(whole);
            }
        }
        return p.toString();
    }

    /** Whether the text ends as a sentence does (full stop, question or exclamation mark, or a clean "…"). */
    public static boolean endsASentence(String text) {
        return text != null && ENDS_SENTENCE.matcher(text.strip()).find();
    }

    private static int lastSentenceEnd(String head) {
        Matcher m = Pattern.compile("(?<=[\\p{Ll}\\d)])[.!?][\"”’)]*(?=\\s+\\p{Lu})").matcher(head);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
