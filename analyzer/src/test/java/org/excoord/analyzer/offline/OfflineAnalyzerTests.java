package org.excoord.analyzer.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.excoord.analyzer.SampleOrders;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.ParsedSection;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AnalysisResult.Obligation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineAnalyzerTests {

    private final OfflineAnalyzer analyzer = new OfflineAnalyzer();

    @Test
    void theDatedDutiesOfEo14028AreFoundWithTheirActorsAndDueDates() {
        AnalysisResult result = analyze("eo-14028.md");

        assertThat(duty(result, "Sec. 2(b)").actor()).isEqualTo("the Director of the Office of Management and Budget (OMB)");
        assertThat(duty(result, "Sec. 2(b)").deadline().due()).isEqualTo(LocalDate.of(2021, 7, 11));
        assertThat(duty(result, "Sec. 2(b)").action()).startsWith("review the Federal Acquisition Regulation");
        assertThat(duty(result, "Sec. 2(e)").actor()).isEqualTo("the Secretary of Homeland Security and the Director of OMB");
        assertThat(duty(result, "Sec. 2(e)").deadline().due()).isEqualTo(LocalDate.of(2021, 9, 9));
        assertThat(duty(result, "Sec. 4(b)").actor()).isEqualTo("the Secretary of Commerce");
        assertThat(duty(result, "Sec. 4(b)").deadline().days()).isEqualTo(30);
        assertThat(duty(result, "Sec. 4(b)").deadline().due()).isEqualTo(LocalDate.of(2021, 6, 11));
        // a deadline that counts from another event has no date, but says what it counts from
        assertThat(duty(result, "Sec. 2(d)").deadline().due()).isNull();
        assertThat(duty(result, "Sec. 2(d)").deadline().anchor()).startsWith("receipt of the recommendations");
        assertThat(duty(result, "Sec. 2(d)").actor()).isEqualTo("the FAR Council");
        // "…, the head of each agency shall:" — the list items inherit the actor and the deadline
        Obligation plan = duty(result, "Sec. 3(b)(ii)");
        assertThat(plan.actor()).isEqualTo("the head of each agency");
        assertThat(plan.deadline().due()).isEqualTo(LocalDate.of(2021, 7, 11));
        assertThat(plan.action()).startsWith("develop a plan to implement Zero Trust Architecture");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eo-13800.md", "eo-14028.md", "eo-14057.md", "eo-14110.md", "eo-14144.md", "eo-14179.md"})
    void everyPointOfEverySampleOrderQuotesItsSectionVerbatim(String file) {
        ParsedAuthority parsed = parse(file);
        AnalysisResult result = analyzer.analyze(parsed);
        Map<String, String> sections = parsed.sections().stream()
                .collect(Collectors.toMap(ParsedSection::sectionId, s -> normalized(s.text()), (a, b) -> a));

        assertThat(result.obligations()).as("duties of " + file).isNotEmpty();
        assertThat(result.keyPoints()).as("key points of " + file).hasSizeBetween(2, 5);
        assertThat(result.summary()).contains("duties");
        result.obligations().forEach(o -> {
            assertThat(sections.get(o.sectionId())).as(o.sectionId()).contains(normalized(o.quote()));
            assertThat(o.actor()).as(o.quote()).isNotBlank().doesNotContain("shall");
            assertThat(o.quote()).doesNotContainIgnoringCase("shall not be construed");
        });
        result.keyPoints().forEach(p -> assertThat(sections.get(p.sectionId())).contains(normalized(p.quote())));
    }

    @Test
    void referencesComeFromTheTextItself() {
        assertThat(analyze("eo-14144.md").references()).extracting(AnalysisResult.Reference::executiveOrderNumber)
                .contains("14028");
    }

    private Obligation duty(AnalysisResult result, String sectionId) {
        return result.obligations().stream().filter(o -> o.sectionId().equals(sectionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no duty found in " + sectionId + "; found in "
                        + result.obligations().stream().map(Obligation::sectionId).distinct()
                                .collect(Collectors.toMap(Function.identity(), s -> 1)).keySet()));
    }

    private AnalysisResult analyze(String file) {
        return analyzer.analyze(parse(file));
    }

    static ParsedAuthority parse(String file) {
        return SampleOrders.parse(file);
    }

    private static String normalized(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
