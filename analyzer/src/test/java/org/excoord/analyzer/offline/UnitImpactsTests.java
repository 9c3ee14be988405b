package org.excoord.analyzer.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.analyzer.SampleOrders;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.Scale;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.UnitImpacts;
import org.excoord.authority.analysis.UnitImpacts.Finding;
import org.excoord.authority.analysis.UnitImpacts.Kind;
import org.junit.jupiter.api.Test;

class UnitImpactsTests {

    private final ParsedAuthority eo14028 = SampleOrders.parse("eo-14028.md");
    private final AnalysisResult analysis = new OfflineAnalyzer().analyze(eo14028);

    @Test
    void dutiesOfEveryAgencyAndOfOfficesLikeTheUnitAreItsImpactsWithDeadlineRisks() {
        List<Finding> cio = UnitImpacts.of(analysis, "Office of the Chief Information Officer", "OCIO",
                LocalDate.of(2021, 6, 1));

        assertThat(cio).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.IMPACT);
            assertThat(f.sectionId()).startsWith("Sec. 3(b)");
            assertThat(f.rationale()).contains("applies to every agency").contains("Sun, Jul 11, 2021");
        });
        assertThat(cio).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RISK);
            assertThat(f.likelihood()).isEqualTo(Scale.MEDIUM); // 40 days left
            assertThat(f.rationale()).contains("40 days remain");
        });
        Finding any = cio.get(0);
        assertThat(eo14028.sections().stream().filter(s -> s.sectionId().equals(any.sectionId())).findFirst()
                .orElseThrow().text().replaceAll("\\s+", " ")).contains(any.quote().replaceAll("\\s+", " "));
    }

    @Test
    void anOfficeNamedInADutyGetsItAsAHighImpact() {
        List<Finding> omb = UnitImpacts.of(analysis, "Office of Management and Budget", "OMB", LocalDate.of(2021, 6, 1));
        assertThat(omb).anySatisfy(f -> {
            assertThat(f.level()).isEqualTo(Scale.HIGH);
            assertThat(f.sectionId()).isEqualTo("Sec. 2(b)");
        });
        assertThat(UnitImpacts.of(analysis, "Office of the Chief Information Officer", "OCIO", LocalDate.of(2021, 6, 1)))
                .noneSatisfy(f -> assertThat(f.sectionId()).isEqualTo("Sec. 2(b)"));
    }

    /** Issue 10, defect 2: "Missing the deadline of 2021-07-11 (the date passed 1,969 days ago)", seven times. */
    @Test
    void aDeadlineAlreadyPastWhenTheOrderWasImportedIsHistoryNotARisk() {
        LocalDate imported = LocalDate.of(2026, 11, 20);
        List<Finding> cio = UnitImpacts.of(analysis, "Office of the Chief Information Officer", "OCIO",
                LocalDate.of(2026, 12, 1), imported);

        assertThat(cio).isNotEmpty().noneSatisfy(f -> assertThat(f.kind()).isEqualTo(Kind.RISK));
        assertThat(cio).allSatisfy(f -> assertThat(f.rationale()).doesNotContain("days ago").doesNotContain("Missing"));
        assertThat(cio).anySatisfy(f -> {
            assertThat(f.sectionId()).startsWith("Sec. 3(b)");
            assertThat(f.rationale()).contains("was due Sun, Jul 11, 2021").contains("record whether it was met");
            assertThat(f.level()).isNotEqualTo(Scale.HIGH);
        });
        assertThat(cio).extracting(Finding::rationale).doesNotHaveDuplicates()
                .allSatisfy(r -> assertThat(r).as("short enough for a card").hasSizeLessThanOrEqualTo(300));
        // without an import date (today stands for it), the same
        assertThat(UnitImpacts.of(analysis, "Office of the Chief Information Officer", "OCIO", LocalDate.of(2026, 12, 1)))
                .noneSatisfy(f -> assertThat(f.kind()).isEqualTo(Kind.RISK));
    }

    @Test
    void aDeadlineMissedAfterTheImportIsOneOverdueRiskForAllItsDuties() {
        List<Finding> cio = UnitImpacts.of(analysis, "Office of the Chief Information Officer", "OCIO",
                LocalDate.of(2021, 8, 1), LocalDate.of(2021, 6, 1));

        List<Finding> overdue = cio.stream().filter(f -> f.kind() == Kind.RISK && f.rationale().contains("Sun, Jul 11, 2021"))
                .toList();
        assertThat(overdue).singleElement().satisfies(f -> {
            assertThat(f.likelihood()).isEqualTo(Scale.HIGH);
            assertThat(f.rationale()).contains("passed 21 days ago").contains("Sec. 3(b)");
        });
    }

    @Test
    void dutiesDueOnTheSameDayShareOneRiskAndNoSentenceRepeats() {
        List<Finding> cio = UnitImpacts.of(analysis, "Office of the Chief Information Officer", "OCIO",
                LocalDate.of(2021, 6, 1), LocalDate.of(2021, 5, 20));

        List<Finding> risks = cio.stream().filter(f -> f.kind() == Kind.RISK).toList();
        assertThat(risks).isNotEmpty();
        assertThat(risks).extracting(f -> f.rationale().replaceAll("^.*?(\\d{4}-\\d{2}-\\d{2}).*$", "$1"))
                .doesNotHaveDuplicates();
        assertThat(cio).extracting(Finding::rationale).doesNotHaveDuplicates();
    }
}
