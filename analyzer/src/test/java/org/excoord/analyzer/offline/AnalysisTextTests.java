package org.excoord.analyzer.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.excoord.analyzer.SampleOrders;
import org.excoord.authority.AuthorityTextParser;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AnalysisResult.KeyPoint;
import org.excoord.authority.PlainText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 10, defect 8: what a person reads of an analysis is plain, whole text. */
class AnalysisTextTests {

    private static final String MARKUP = ".*(?:^#|\\s#{1,6}\\s|\\*\\*|__|\\]\\(|`).*";

    @ParameterizedTest
    @ValueSource(strings = {"eo-13800.md", "eo-14028.md", "eo-14057.md", "eo-14110.md", "eo-14144.md", "eo-14179.md"})
    void summaryAndKeyPointsCarryNoMarkdownAndKeyPointsAreWholeSentences(String file) {
        AnalysisResult result = new OfflineAnalyzer().analyze(SampleOrders.parse(file));

        assertThat(result.summary()).doesNotMatch(MARKUP);
        assertThat(result.obligations()).allSatisfy(o -> assertThat(o.actor() + " " + o.action()).as(o.sectionId())
                .doesNotMatch(MARKUP));
        assertThat(result.keyPoints()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.text()).as(p.sectionId()).doesNotMatch(MARKUP);
            assertWholeOrCutAtAWord(p);
        });
    }

    /** The text as the Playground user imported it: from "## Executive Order 14028" on, without the title line. */
    @Test
    void aTitleTakenFromAMarkdownHeadingComesBackWithoutItsHashes() {
        String text = SampleOrders.text("eo-14028.md");
        String fromTheOrder = text.substring(text.indexOf("## Executive Order 14028\n"));

        AnalysisResult result = new OfflineAnalyzer().analyze(new AuthorityTextParser().parse(fromTheOrder));

        assertThat(result.summary()).startsWith("Executive Order 14028 ").doesNotContain("#");
        assertThat(new AuthorityTextParser().parse(fromTheOrder).title()).isEqualTo("Executive Order 14028");
    }

    @Test
    void theAnalyzerHasANameForPeopleBesideItsId() {
        AnalysisResult result = new OfflineAnalyzer().analyze(SampleOrders.parse("eo-14179.md"));

        assertThat(result.analyzer()).isEqualTo("offline-3"); // kept for the cache and the audit
        assertThat(result.analyzerLabel()).isEqualTo("Offline analysis");
        assertThat(new OfflineAnalyzer().label()).isEqualTo("Offline analysis");
    }

    /** A key point is a whole sentence, or its first words up to a word boundary and "…", never a fragment. */
    static void assertWholeOrCutAtAWord(KeyPoint p) {
        assertThat(PlainText.endsASentence(p.text())).as("ends as a sentence: " + p.text()).isTrue();
        assertThat(p.text()).as(p.sectionId()).doesNotEndWith(",").doesNotEndWith(" …").doesNotEndWith(",…");
        if (p.text().endsWith("…")) {
            String kept = p.text().substring(0, p.text().length() - 1);
            String quote = PlainText.of(p.quote()).replaceFirst("^(?:\\([a-zA-Z0-9]+\\)\\s*)+", "");
            assertThat(quote).as(p.sectionId()).startsWith(kept);
            assertThat(List.of(' ', ',', ';', ':', '.', ')')).as("cut between words: " + p.text())
                    .contains(quote.charAt(kept.length()));
        }
    }
}
