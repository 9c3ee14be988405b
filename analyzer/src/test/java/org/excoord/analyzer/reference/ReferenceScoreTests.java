package org.excoord.analyzer.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.excoord.analyzer.SampleOrders;
import org.excoord.analyzer.offline.OfflineAnalyzer;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.ParsedSection;
import org.excoord.authority.analysis.AnalysisResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The offline analyzer against the hand-made reference: the targets of issue 12. */
class ReferenceScoreTests {

    static final List<String> ORDERS = ReferenceSet.ORDERS;

    @ParameterizedTest
    @FieldSource("ORDERS")
    void theOfflineAnalyzerFindsTheDatedDutiesOfTheReferenceWithTheirDueDates(String order) {
        ParsedAuthority parsed = SampleOrders.parse(order);
        Scorer.Score score = score(parsed, new OfflineAnalyzer().analyze(parsed), ReferenceSet.of(order));
        System.out.println(order + ": " + score.report());

        assertThat(score.recall()).as(score.report()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.precision()).as(score.report()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.notVerbatim()).as(score.report()).isEmpty();
        assertThat(score.midSentence()).as(score.report()).isEmpty();
    }

    static Scorer.Score score(ParsedAuthority parsed, AnalysisResult result, ReferenceSet reference) {
        return Scorer.score(reference.duties(), dated(result), sections(parsed));
    }

    /** The duties an analyzer dated: a deadline, with or without a due date (a recurrence is a deadline too). */
    static List<Scorer.Found> dated(AnalysisResult result) {
        return result.obligations().stream().filter(o -> o.deadline() != null)
                .map(o -> new Scorer.Found(o.sectionId(), o.deadline().due(), o.quote())).toList();
    }

    static Map<String, Scorer.Section> sections(ParsedAuthority parsed) {
        return parsed.sections().stream().collect(Collectors.toMap(ParsedSection::sectionId,
                s -> new Scorer.Section(s.text(), s.heading()), (a, b) -> a));
    }
}
