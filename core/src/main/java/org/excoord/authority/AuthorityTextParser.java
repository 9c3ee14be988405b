package org.excoord.authority;

import org.excoord.shared.Inputs;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a legal authority, as Federal Register Markdown ({@code ### Section 2.}) or plain text
 * ({@code Sec. 2. Title. (a) ...}), into metadata, sections with stable ids and the executive orders it cites.
 * Pure and thread-safe.
 *
 * <p>Paragraph markers nest as in federal drafting: (a) → (i) → (A) → (1). Tokens that are both a letter and a
 * roman numeral ((i), (v), (x)) are read in context: (i) right after (h) is the letter unless the (h) paragraph
 * introduces a list (ends with a colon); (v) after (iv) is the numeral. Indentation is ignored: the sample texts
 * indent letters and numerals alike.
 *
 * <p>Numbered subsections ({@code 4.1.}, {@code 4.2.} on a line of their own, as in EO 14110) are sections of their
 * own: {@code Sec. 4.1} is a level-1 section whose parent is {@code Sec. 4}, and the paragraphs below it are
 * {@code Sec. 4.1(a)}, {@code Sec. 4.1(a)(i)}…, as a reader cites them.
 */
public final class AuthorityTextParser {

    private static final Pattern TITLE = Pattern.compile("^#\\s+(?:Executive Order\\s+\\d+:\\s*)?(.+)$", Pattern.MULTILINE);
    private static final Pattern EO_FIELD = Pattern.compile("Executive Order Number:\\s*(\\d{1,9})(?!\\d)");
    private static final Pattern DOC_FIELD = Pattern.compile("Document Number:\\s*([\\w-]{1,100})(?![\\w-])");
    private static final Pattern CITATION_FIELD = Pattern.compile("Citation:\\s*(\\d{1,6}\\s{1,3}FR\\s{1,3}\\d{1,7})(?!\\d)");
    private static final Pattern DATE_FIELD = Pattern.compile("\\*\\*Date:\\*\\*\\s*([A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4})");
    private static final Pattern EO_OF_DATE = Pattern.compile(
            "Executive Order\\s+(\\d{4,5})\\s+of\\s+([A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4})");
    private static final Pattern BODY_START = Pattern.compile("^##\\s+Executive Order\\s+\\d+\\s*$", Pattern.MULTILINE);
    private static final Pattern MD_SECTION = Pattern.compile("^#{2,4}\\s+(?:Section|Sec\\.)\\s+(\\d{1,6})(?!\\d)\\.?\\s*(.*)$");
    private static final Pattern PLAIN_SECTION = Pattern.compile("^\\s*(?:Section|Sec\\.)\\s+(\\d{1,6})\\.\\s*(.*)$");
    // "4.1." alone, or "4.1. Heading. (a) ..." in plain text; bold as some Markdown writes it
    private static final Pattern SUBSECTION = Pattern.compile(
            "^\\s*(?:\\*\\*)?(\\d{1,6})\\.(\\d{1,3})\\.(?:\\*\\*)?(?:\\s+(.*))?$");
    private static final Pattern MD_AUTHORITY = Pattern.compile("^#{2,4}\\s+Authority\\s*$");
    private static final Pattern HEADING_THEN_TEXT = Pattern.compile("^([^.()]{3,150}?)\\.\\s+(\\(\\w{1,4}\\)\\s.*)$");
    private static final Pattern MARKER = Pattern.compile("^\\s*\\((\\d{1,2}|[A-Z]|[a-z]{1,5})\\)\\s");
    private static final Pattern ROMAN = Pattern.compile("^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$");
    private static final Pattern CITED = Pattern.compile("(?:Executive Order|E\\.\\s?O\\.)\\s+(\\d{5})");
    private static final Pattern AMENDS = Pattern.compile(
            "\\b(?:is|are)\\s+(?:hereby\\s+)?(?:further\\s+)?amended\\b|\\bamending\\b");
    private static final Pattern REPEALS = Pattern.compile(
            "\\b(?:is|are)\\s+(?:hereby\\s+)?(?:revoked|rescinded)\\b|\\brevoking\\b");
    static final int MAX_HEADING = 500;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final int MAX_CONTEXT = 300;

    /**
     * @throws IllegalArgumentException when the text is null or blank
     */
    public ParsedAuthority parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an authority needs a text");
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        Matcher bodyStart = BODY_START.matcher(normalized);
        String body = (bodyStart.find() ? normalized.substring(bodyStart.start()) : normalized).strip();

        String eoNumber = group(EO_FIELD, normalized);
        LocalDate signed = date(group(DATE_FIELD, normalized));
        Matcher eoOfDate = EO_OF_DATE.matcher(normalized);
        if (eoOfDate.find()) {
            eoNumber = eoNumber != null ? eoNumber : eoOfDate.group(1);
            signed = signed != null ? signed : date(eoOfDate.group(2));
        }
        List<ParsedSection> sections = new SectionReader(body).read();
        return new ParsedAuthority(title(normalized), eoNumber, group(DOC_FIELD, normalized),
                group(CITATION_FIELD, normalized), signed, body, sections, citations(body, sections, eoNumber));
    }

    private static String title(String text) {
        Matcher m = TITLE.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        // no "# Title" line: the first line is the title, without its markup ("## Executive Order 14028")
        return text.strip().lines().findFirst().map(PlainText::of).filter(t -> !t.isEmpty()).orElse(null);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.replaceAll("\\s+", " "), LONG_DATE);
            // "January 1, 0001" is a typo or a trap, not a signing date: the text keeps it, the metadata does not
            return Inputs.dateProblem(date) == null ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mentions of other orders, one per (order, relation), with the first section and sentence. */
    private static List<CitedAuthority> citations(String body, List<ParsedSection> sections, String self) {
        Map<String, CitedAuthority> found = new LinkedHashMap<>();
        for (ParsedSection section : sections) {
            if (section.parentId() != null) {
                continue; // a top-level section's text holds its subsections and paragraphs
            }
            Matcher m = CITED.matcher(section.text());
            while (m.find()) {
                String number = m.group(1);
                if (number.equals(self)) {
                    continue;
                }
                String sentence = sentenceAround(section.text(), m.start(), m.end());
                CitedAuthority.Relation relation = REPEALS.matcher(sentence).find() ? CitedAuthority.Relation.REPEALS
                        : AMENDS.matcher(sentence).find() ? CitedAuthority.Relation.AMENDS : CitedAuthority.Relation.CITES;
                found.putIfAbsent(number + "/" + relation, new CitedAuthority(number, relation,
                        deepestSectionContaining(sections, section, sentence), truncate(sentence)));
            }
        }
        return List.copyOf(found.values());
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n' && !(text.charAt(from - 1) == ' ' && from >= 2
                && (text.charAt(from - 2) == '.' || text.charAt(from - 2) == ';'))) {
            from--;
        }
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n'
                && !((text.charAt(to) == '.' || text.charAt(to) == ';') && (to + 1 == text.length()
                        || Character.isWhitespace(text.charAt(to + 1))) && !abbreviationEndsAt(text, to))) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    /** "U.S." and "E.O." end with a dot but do not end a sentence. */
    private static boolean abbreviationEndsAt(String text, int dot) {
        return dot >= 2 && Character.isUpperCase(text.charAt(dot - 1)) && text.charAt(dot - 2) == '.';
    }

    private static String deepestSectionContaining(List<ParsedSection> sections, ParsedSection top, String sentence) {
        String best = top.sectionId();
        for (ParsedSection s : sections) {
            boolean below = s.sectionId().startsWith(top.sectionId() + "(")
                    || s.sectionId().startsWith(top.sectionId() + ".");
            if (below && s.text().contains(sentence)
                    && s.sectionId().length() > best.length()) {
                best = s.sectionId();
            }
        }
        return best;
    }

    private static String truncate(String s) {
        return s.length() <= MAX_CONTEXT ? s : s.substring(0, MAX_CONTEXT - 1) + "…";
    }

    /** Walks the body line by line, opening a section at each section heading and paragraph marker. */
    private static final class SectionReader {
        private final List<String> lines = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private int sectionNumber = -1;
        private int subsectionNumber;
        private String lastLetter;
        private String lastRoman;
        private final Node[] open = new Node[Node.DEEPEST + 1];

        SectionReader(String body) {
            body.lines().forEach(lines::add);
        }

        List<ParsedSection> read() {
            if (!lines.isEmpty()) {
                start(Node.section("Preamble", null, 0));
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher md = MD_SECTION.matcher(line);
                Matcher plain = PLAIN_SECTION.matcher(line);
                if (md.matches() || (plain.matches() && !line.startsWith("#"))) {
                    Matcher m = md.matches() ? md : plain;
                    openSection(Integer.parseInt(m.group(1)), m.group(2).strip(), i);
                } else if (isSubsection(line)) {
                    Matcher m = SUBSECTION.matcher(line);
                    m.matches();
                    openSubsection(Integer.parseInt(m.group(2)), m.group(3) == null ? "" : m.group(3).strip(), i);
                } else if (MD_AUTHORITY.matcher(line).matches() && sectionNumber < 0 && !ids.contains("Authority")) {
                    start(Node.section("Authority", null, i));
                } else if (sectionNumber >= 0) {
                    openParagraph(line, i);
                }
            }
            return finish();
        }

        private void openSection(int number, String rest, int line) {
            // A number that does not go forward is quoted text (EO 14144 quotes an amended "Section 1." inside
            // its Sec. 9): it stays part of the current section, which keeps ids unique and in document order.
            if (number <= sectionNumber) {
                return;
            }
            sectionNumber = number;
            subsectionNumber = 0;
            lastLetter = null;
            lastRoman = null;
            String heading = null;
            String sameLine = rest;
            Matcher split = HEADING_THEN_TEXT.matcher(rest);
            if (split.matches()) {
                heading = split.group(1).strip();
                sameLine = split.group(2);
            } else if (!rest.isEmpty() && !MARKER.matcher(rest + " ").find()) {
                heading = strip(rest);
                sameLine = "";
            }
            Node section = Node.section("Sec. " + number, heading, line);
            start(section);
            if (!sameLine.isEmpty()) {
                // plain text often runs the heading and (a) together on the section's line
                lines.set(line, lines.get(line).substring(0, lines.get(line).length() - sameLine.length()));
                lines.add(line + 1, sameLine);
            } else if (heading == null) {
                section.heading = headingAfter(line);
            }
        }

        /**
         * "4.2." of the current section, numbered after the last subsection: a decimal that starts a line of
         * another section, or goes back, is text ("2.5. percent" in a table, a quoted "4.1.").
         */
        private boolean isSubsection(String line) {
            Matcher m = SUBSECTION.matcher(line);
            return sectionNumber > 0 && m.matches() && Integer.parseInt(m.group(1)) == sectionNumber
                    && Integer.parseInt(m.group(2)) > subsectionNumber;
        }

        /** Opens {@code Sec. N.M} under {@code Sec. N}; its lettered paragraphs start a new sequence. */
        private void openSubsection(int number, String rest, int line) {
            subsectionNumber = number;
            lastLetter = null;
            lastRoman = null;
            String heading = null;
            String sameLine = rest;
            Matcher split = HEADING_THEN_TEXT.matcher(rest);
            if (split.matches()) {
                heading = split.group(1).strip();
                sameLine = split.group(2);
            } else if (!rest.isEmpty() && !MARKER.matcher(rest + " ").find()) {
                heading = subsectionTitle(rest);
                sameLine = "";
            }
            String parent = "Sec. " + sectionNumber;
            Node subsection = new Node(parent + "." + number, parent, 1, Node.SUBSECTION, heading, line);
            start(subsection);
            if (!sameLine.isEmpty()) {
                lines.set(line, lines.get(line).substring(0, lines.get(line).length() - sameLine.length()));
                lines.add(line + 1, sameLine);
            } else if (heading == null) {
                subsection.heading = subsectionHeadingAfter(line);
            }
        }

        /**
         * A subsection's title is a line of its own that ends with a full stop ("Ensuring Safe and Reliable AI."):
         * one short sentence, not a marker and not a lead-in ("To foster capabilities …:").
         */
        private String subsectionHeadingAfter(int line) {
            for (int i = line + 1; i < lines.size() && i <= line + 3; i++) {
                String candidate = strip(lines.get(i));
                if (candidate.isEmpty()) {
                    continue;
                }
                boolean titleLike = candidate.length() <= 150 && !MARKER.matcher(lines.get(i)).find()
                        && !candidate.endsWith(":") && !candidate.endsWith(";")
                        && !candidate.substring(0, candidate.length() - 1).contains(". ");
                return titleLike ? subsectionTitle(candidate) : null;
            }
            return null;
        }

        private static String subsectionTitle(String line) {
            return strip(line).replaceFirst("\\.$", "");
        }

        /** The first non-blank line after a Markdown section heading, when it reads as a title. */
        private String headingAfter(int line) {
            for (int i = line + 1; i < lines.size() && i <= line + 3; i++) {
                String candidate = strip(lines.get(i));
                if (candidate.isEmpty()) {
                    continue;
                }
                boolean titleLike = candidate.length() <= 150 && !MARKER.matcher(lines.get(i)).find()
                        && !candidate.endsWith(".") && !candidate.endsWith(":");
                return titleLike ? candidate : null;
            }
            return null;
        }

        private void openParagraph(String line, int index) {
            Matcher m = MARKER.matcher(line);
            if (!m.find()) {
                return;
            }
            String token = m.group(1);
            int level = levelOf(token, index);
            if (level == 0) {
                return;
            }
            int rank = Node.rankOf(level);
            Node parent = null;
            for (int r = rank - 1; r >= 1 && parent == null; r--) {
                parent = open[r];
            }
            String id = (parent == null ? "Sec. " + Math.max(sectionNumber, 0) : parent.id) + "(" + token + ")";
            if (ids.contains(id)) {
                return; // a repeated marker (quoted text): keep it inside the current paragraph
            }
            if (level == 2) {
                lastLetter = token;
                lastRoman = null;
            } else if (level == 3) {
                lastRoman = token;
            }
            start(new Node(id, parent == null ? null : parent.id, level, rank, null, index));
        }

        /** 2 letter, 3 roman numeral, 4 capital letter, 5 number; 0 when the token is none of them. */
        private int levelOf(String token, int index) {
            if (Character.isDigit(token.charAt(0))) {
                return 5;
            }
            if (Character.isUpperCase(token.charAt(0))) {
                return 4;
            }
            boolean letter = token.length() == 1;
            boolean roman = ROMAN.matcher(token).matches();
            if (letter && roman) {
                boolean nextLetter = token.equals(nextLetter(lastLetter));
                boolean nextRoman = token.equals(nextRoman(lastRoman));
                if (nextLetter && nextRoman) {
                    // "(i)" right after "(h)": a numeral only if (h) introduces a list
                    return previousTextLine(index).endsWith(":") ? 3 : 2;
                }
                if (nextRoman || (!nextLetter && lastRoman != null)) {
                    return 3;
                }
                return 2;
            }
            return letter ? 2 : roman ? 3 : 0;
        }

        private String previousTextLine(int index) {
            for (int i = index - 1; i >= 0; i--) {
                String s = lines.get(i).strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
            return "";
        }

        private void start(Node node) {
            nodes.add(node);
            ids.add(node.id);
            open[node.rank] = node;
            for (int r = node.rank + 1; r < open.length; r++) {
                open[r] = null;
            }
        }

        private List<ParsedSection> finish() {
            List<ParsedSection> result = new ArrayList<>();
            for (int n = 0; n < nodes.size(); n++) {
                Node node = nodes.get(n);
                int end = lines.size();
                for (int k = n + 1; k < nodes.size(); k++) {
                    if (nodes.get(k).rank <= node.rank) {
                        end = nodes.get(k).line;
                        break;
                    }
                }
                String text = String.join("\n", lines.subList(node.line, end)).strip();
                if (node.level == 1 && !text.isEmpty() || node.level > 1) {
                    result.add(new ParsedSection(node.id, node.parentId, node.level, heading(node.heading), text,
                            result.size()));
                }
            }
            if (sectionNumber < 0) {
                // no section markers at all: the whole text is one section
                String all = String.join("\n", lines).strip();
                return List.of(new ParsedSection("Full text", null, 1, null, all, 0));
            }
            return result;
        }

        private static String nextLetter(String last) {
            return last == null ? "a" : String.valueOf((char) (last.charAt(0) + 1));
        }

        private static String nextRoman(String last) {
            String[] numerals = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
                    "xv", "xvi", "xvii", "xviii", "xix", "xx"};
            if (last == null) {
                return "i";
            }
            for (int k = 0; k < numerals.length - 1; k++) {
                if (numerals[k].equals(last)) {
                    return numerals[k + 1];
                }
            }
            return null;
        }

        private static String strip(String line) {
            return line.strip().replaceAll("^\\*\\*(.*)\\*\\*$", "$1").strip();
        }
    }

    /** A heading is a title: one longer than its column is cut (the text keeps all of it). */
    private static String heading(String heading) {
        return heading == null || heading.length() <= MAX_HEADING ? heading
                : heading.substring(0, MAX_HEADING - 1) + "…";
    }

    /**
     * A section or paragraph being read. {@code level} is what it is (1 section, 2 (a), 3 (i), 4 (A), 5 (1));
     * {@code rank} is how deep it nests, so that a numbered subsection (a section, level 1) sits between its
     * section and the lettered paragraphs: a node's text runs to the next node of the same rank or higher.
     */
    private static final class Node {
        static final int SECTION = 2;
        static final int SUBSECTION = 3;
        static final int DEEPEST = rankOf(5);
        final String id;
        final String parentId;
        final int level;
        final int rank;
        String heading;
        final int line;

        Node(String id, String parentId, int level, int rank, String heading, int line) {
            this.id = id;
            this.parentId = parentId;
            this.level = level;
            this.rank = rank;
            this.heading = heading;
            this.line = line;
        }

        static Node section(String id, String heading, int line) {
            return new Node(id, null, 1, SECTION, heading, line);
        }

        /** Paragraph levels 2..5 nest below sections and subsections. */
        static int rankOf(int level) {
            return level * 2;
        }
    }
}
