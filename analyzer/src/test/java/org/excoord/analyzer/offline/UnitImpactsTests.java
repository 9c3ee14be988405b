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
            assertThat(f.rationale()).contains("applies to every agency").contains("2021-07-11");
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
}
