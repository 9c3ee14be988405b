package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTests {

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(Text.plain("Inventory all software, R&D systems included: 40% done.")).isEqualTo(
                "Inventory all software, R&D systems included: 40% done.");
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(Text.plain(null)).isEmpty();
        assertThat(Text.plain("")).isEmpty();
        assertThat(Text.literal(null, 10)).isEmpty();
    }

    @Test
    void comparisonsAndAmpersandsComeBackAsTheyWereWritten() {
        // defect 14: "Costs < $5M & > $1M" showed as "Costs ‹ $5M & › $1M"
        assertThat(Text.plain("Costs < $5M & > $1M")).isEqualTo("Costs < $5M & > $1M");
        assertThat(Text.plain("a<b, c>d, x -> y, 3 > 2")).isEqualTo("a\\<b, c>d, x -> y, 3 > 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "**bold**                | \\*\\*bold\\*\\*",
        "_italic_                | \\_italic\\_",
        "[x](http://evil)        | \\[x](http://evil)",
        "![img](http://evil/x.png) | !\\[img](http://evil/x.png)",
        "`code`                  | \\`code\\`",
        "~~strike~~              | \\~\\~strike\\~\\~",
        "# heading               | \\# heading",
        "#1 priority             | #1 priority",
        "a \\ b                  | a \\ b",
        "a \\* b                 | a \\\\\\* b",
        "C:\\Users\\alex           | C:\\Users\\alex",
        "<at>Bob</at>            | \\<at>Bob\\</at>",
        "<https://evil>          | \\<https://evil>",
        "<!-- x -->              | \\<!-- x -->",
        "{{DATE(2026-11-29T14:02:00Z, SHORT)}} | {\\{DATE(2026-11-29T14:02:00Z, SHORT)}}",
        "{ a } {b}               | { a } {b}",
    })
    void whatARendererWouldInterpretGetsABackslashAndNothingElseChanges(String raw, String expected) {
        assertThat(Text.plain(raw)).isEqualTo(expected);
        assertThat(CardAssertions.unescape(Text.plain(raw))).as("a reader sees what was typed").isEqualTo(raw);
    }

    @Test
    void noCharacterIsReplacedByALookalike() {
        String typed = "<script>alert(1)</script> & <at>Bob</at>";
        assertThat(Text.plain(typed)).doesNotContain("\u2039", "\u203A").contains("script", "at>Bob");
        assertThat(CardAssertions.unescape(Text.plain(typed))).isEqualTo(typed);
    }

    @Test
    void htmlEntitiesCannotSpellAMentionEither() {
        assertThat(Text.plain("&lt;at&gt;Bob&lt;/at&gt;")).isEqualTo("\\&lt;at\\&gt;Bob\\&lt;/at\\&gt;");
        assertThat(Text.plain("&#60;at&#62;")).isEqualTo("\\&#60;at\\&#62;");
    }

    @Test
    void blockMarkersAtTheStartOfALineAreEscaped() {
        assertThat(Text.plain("- one\n+ two\n> quote\n1. first\n12) twelfth\n===\n---\n   - indented\n## h"))
                .isEqualTo("\\- one\n\\+ two\n\\> quote\n1\\. first\n12\\) twelfth\n\\===\n\\---\n\\- indented\n\\## h");
    }

    @Test
    void markersInsideALineStayReadable() {
        assertThat(Text.plain("EA-2026-000004 + 3 = 2026. done")).isEqualTo("EA-2026-000004 + 3 = 2026. done");
        assertThat(Text.plain("-5 degrees\n2026. A year\n+1")).isEqualTo("-5 degrees\n2026\\. A year\n+1");
    }

    @Test
    void controlAndBidiCharactersAreDroppedAndLineBreaksKept() {
        assertThat(Text.plain("a\u0000b\u202Ec\r\nd\te")).isEqualTo("abc\nd e");
    }

    @Test
    void longTextIsCappedAtAWordBoundaryWithAnEllipsis() {
        String capped = Text.plain("A".repeat(10 * 1024));
        assertThat(capped).hasSize(Text.MAX_CHARS).endsWith("…").startsWith("AAAA");
        String words = "word ".repeat(500);
        assertThat(Text.plain(words, 22)).isEqualTo("word word word word…");
    }

    @Test
    void aTwoThousandCharacterTextIsKeptWhole() {
        // defect 14: a 2,000-character comment is shown whole, however many escapes it needs
        String comment = ("Costs < $5M & *not* > $1M. ").repeat(80).substring(0, Text.MAX_CHARS);
        String shown = Text.plain(comment);
        assertThat(shown).doesNotEndWith("…");
        assertThat(CardAssertions.unescape(shown)).isEqualTo(comment.strip());
    }

    @Test
    void theCapCountsTypedCharactersAndNeverSplitsAnEscape() {
        String capped = Text.plain("*".repeat(3000));
        assertThat(capped).endsWith("\\*…").hasSize(2 * (Text.MAX_CHARS - 1) + 1);
        assertThat(Text.plain("*".repeat(1000))).hasSize(2000).doesNotContain("…");
    }

    @Test
    void theCapNeverSplitsASurrogatePair() {
        String capped = Text.plain("😀".repeat(1500), 11);
        assertThat(capped).isEqualTo("😀".repeat(10) + "…");
    }

    @Test
    void literalOnlyCleansAndCaps() {
        assertThat(Text.literal("**Lynne** <Robbins>\n", 100)).isEqualTo("**Lynne** <Robbins>");
        assertThat(Text.literal("x".repeat(200), 100)).hasSize(100).endsWith("…");
    }

    @Test
    void anExcerptOfWhatWasTypedEndsOnAWordBoundary() {
        String typed = "authority " + "lorem ipsum ".repeat(200);
        String excerpt = Text.excerpt(typed, 80);
        assertThat(excerpt).endsWith("lorem…").hasSizeLessThanOrEqualTo(80);
        assertThat(Text.excerpt("EO 14028", 80)).isEqualTo("EO 14028");
    }

    @Test
    void shorteningEscapedTextNeverLeavesALoneBackslashOrHalfADateFunction() {
        String escaped = Text.plain("ab*cd");
        assertThat(escaped).isEqualTo("ab\\*cd");
        assertThat(Text.shorten(escaped, 4)).isEqualTo("ab…");
        assertThat(Text.shorten(escaped, 100)).isEqualTo(escaped);
        String withTime = "Lynne · " + Formats.instant(SampleData.AT);
        assertThat(Text.shorten(withTime, 30)).isEqualTo("Lynne ·…");
    }

    @Test
    void everyHostileSampleComesOutNeutral() {
        for (String hostile : new String[] {SampleData.HOSTILE, SampleData.TEN_KB, "<<<>>>" + SampleData.TEN_KB,
                "\\" + SampleData.LINK, "-\n-\n#\n1.\n> x", "{{{{DATE(2026-11-29T14:02:00Z)}}"}) {
            CardAssertions.assertNeutral(Text.plain(hostile));
        }
    }
}
