package org.excoord.authority.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.authority.ParsedAuthority;
import org.junit.jupiter.api.Test;

class FallbackNoticeTests {

    @Test
    void theNoticeNamesTheFallbackInWordsNotByItsId() {
        AuthorityAnalyzer offline = new AuthorityAnalyzer() {
            @Override
            public String name() {
                return "offline-1";
            }

            @Override
            public String label() {
                return "Offline analysis";
            }

            @Override
            public AnalysisResult analyze(ParsedAuthority authority) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(AuthorityAnalysis.fallbackNotice("Azure OpenAI could not be reached.", offline))
                .isEqualTo("Azure OpenAI could not be reached. This analysis comes from the text alone (Offline analysis).")
                .doesNotContain("offline-1");
    }
}
