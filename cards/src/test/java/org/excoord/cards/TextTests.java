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

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "**bold**                | \\*\\*bold\\*\\*",
        "_italic_                | \\_italic\\_",
        "[x](http://evil)        | \\[x\\](http://evil)",
        "![img](http://evil/x.png) | !\\[img\\](http://evil/x.png)",
        "`code`                  | \\`code\\`",
        "~~strike~~              | \\~\\~strike\\~\\~",
        "# heading               | \\# heading",
        "a \\ b                  | a \\\\ b",
        "{{DATE(2026-11-29T14:02:00Z, SHORT)}} | \\{\\{DATE(2026-11-29T14:02:00Z, SHORT)\\}\\}",
    })
    void markdownIsEscapedWithBackslashes(String raw, String expected) {
        assertThat(Text.plain(raw)).isEqualTo(expected);
    }

    @Test
    void angleBracketsBecomeLookalikesSoNoMentionOrHtmlSurvives() {
        assertThat(Text.plain("<at>Bob</at>")).isEqualTo("\u2039at\u203ABob\u2039/at\u203A");
        assertThat(Text.plain("<script>alert(1)</script>")).doesNotContain("<", ">").contains("script");
    }

    @Test
    void htmlEntitiesCannotSpellAMentionEither() {
        assertThat(Text.plain("&lt;at&gt;Bob&lt;/at&gt;")).isEqualTo("\\&lt;at\\&gt;Bob\\&lt;/at\\&gt;");
        assertThat(Text.plain("&#60;at&#62;")).isEqualTo("\\&#60;at\\&#62;");
    }

    @Test
    void blockMarkersAtTheStartOfALineAreEscaped() {
        assertThat(Text.plain("- one\n+ two\n> quote\n1. first\n12. twelfth\n===\n   - indented"))
                .isEqualTo("\\- one\n\\+ two\n\u203A quote\n1\\. first\n12\\. twelfth\n\\===\n\\- indented");
    }

    @Test
    void markersInsideALineStayReadable() {
        assertThat(Text.plain("EA-2026-000004 + 3 = 2026. done")).isEqualTo("EA-2026-000004 + 3 = 2026. done");
    }

    @Test
    void controlAndBidiCharactersAreDroppedAndLineBreaksKept() {
        assertThat(Text.plain("a\u0000b\u202Ec\r\nd\te")).isEqualTo("abc\nd e");
    }

    @Test
    void longTextIsCappedWithAnEllipsis() {
        String capped = Text.plain("A".repeat(10 * 1024));
        assertThat(capped).hasSize(Text.MAX_CHARS).endsWith("…").startsWith("AAAA");
    }

    @Test
    void theCapCountsTheEscapesAndNeverSplitsOne() {
        String capped = Text.plain("*".repeat(3000));
        assertThat(capped.length()).isLessThanOrEqualTo(Text.MAX_CHARS);
        assertThat(capped).endsWith("\\*…");
        assertThat(Text.plain("*".repeat(1000))).hasSize(2000).doesNotContain("…");
    }

    @Test
    void theCapNeverSplitsASurrogatePair() {
        String capped = Text.plain("😀".repeat(1500), 11);
        assertThat(capped).isEqualTo("😀".repeat(5) + "…");
    }

    @Test
    void literalOnlyCleansAndCaps() {
        assertThat(Text.literal("**Lynne** <Robbins>\n", 100)).isEqualTo("**Lynne** \u2039Robbins\u203A");
        assertThat(Text.literal("x".repeat(200), 100)).hasSize(100).endsWith("…");
    }

    @Test
    void shorteningEscapedTextNeverLeavesALoneBackslash() {
        String escaped = Text.plain("ab*cd");
        assertThat(escaped).isEqualTo("ab\\*cd");
        assertThat(Text.shorten(escaped, 4)).isEqualTo("ab…");
        assertThat(Text.shorten(escaped, 100)).isEqualTo(escaped);
    }

    @Test
    void everyHostileSampleComesOutNeutral() {
        for (String hostile : new String[] {SampleData.HOSTILE, SampleData.TEN_KB, "<<<>>>" + SampleData.TEN_KB,
                "\\" + SampleData.LINK, "-\n-\n#\n1.\n> x"}) {
            CardAssertions.assertNeutral(Text.plain(hostile));
        }
    }
}
