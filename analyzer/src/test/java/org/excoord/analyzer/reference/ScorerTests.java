package org.excoord.analyzer.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);
    private static final Map<String, Scorer.Section> SECTIONS = Map.of(
            "Sec. 2", new Scorer.Section("### Section 2.\n\nReports\nWithin 30 days of the date of this order, the "
                    + "Secretary shall report.\nThe Director shall\nreview it.", "Reports"),
            "Sec. 3", new Scorer.Section("(a) The Board shall meet annually.", null));

    private static ReferenceSet.Duty expected(String section, LocalDate due, String quote) {
        return new ReferenceSet.Duty(section, "x", "x", due, null, null, quote);
    }

    @Test
    void matchesSectionAndDueDateOnceEachAndListsMissesAndFalsePositives() {
        List<ReferenceSet.Duty> reference = List.of(
                expected("Sec. 2", JUNE, "Within 30 days of the date of this order, the Secretary shall report."),
                expected("Sec. 2", JUNE, "The Director shall review it."),
                expected("Sec. 3", null, "(a) The Board shall meet annually."));
        List<Scorer.Found> found = List.of(
                new Scorer.Found("Sec. 2", JUNE, "Within 30 days of the date of this order, the Secretary shall report."),
                new Scorer.Found("Sec. 3", null, "(a) The Board shall meet annually."),
                new Scorer.Found("Sec. 3", JUNE, "(a) The Board shall meet annually."));

        Scorer.Score score = Scorer.score(reference, found, SECTIONS);

        assertThat(score.recall()).isEqualTo(2 / 3.0);
        assertThat(score.precision()).isEqualTo(2 / 3.0);
        assertThat(score.misses()).extracting(ReferenceSet.Duty::quote).containsExactly("The Director shall review it.");
        assertThat(score.falsePositives()).extracting(Scorer.Found::due).containsExactly(JUNE);
        assertThat(score.report()).contains("missed Sec. 2").contains("false positive Sec. 3");
    }

    @Test
    void aQuoteNotInItsSectionOrStartingMidSentenceIsListed() {
        List<Scorer.Found> found = List.of(
                new Scorer.Found("Sec. 2", JUNE, "the Secretary shall report."),
                new Scorer.Found("Sec. 2", JUNE, "review it."),
                new Scorer.Found("Sec. 2", JUNE, "The Director shall review it later."),
                new Scorer.Found("Sec. 9", JUNE, "The Director shall review it."));

        Scorer.Score score = Scorer.score(List.of(), found, SECTIONS);

        assertThat(score.notVerbatim()).extracting(Scorer.Found::section).containsExactly("Sec. 2", "Sec. 9");
        assertThat(score.midSentence()).extracting(Scorer.Found::quote)
                .containsExactly("the Secretary shall report.", "review it.");
    }

    @Test
    void aSentenceAfterTheHeadingOrAMarkerStartsASentence() {
        assertThat(Scorer.startsASentence("### Section 2. Reports", "Within 30 days", "Reports")).isTrue();
        assertThat(Scorer.startsASentence("### Section 2. **Policy**", "It is", "Policy")).isTrue();
        assertThat(Scorer.startsASentence("shall:", "(i) develop", null)).isTrue();
        assertThat(Scorer.startsASentence("each agency head shall use", "The Framework for Improving", null))
                .isFalse();
    }
}
