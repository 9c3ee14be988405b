package org.excoord.bot.authorities;

import java.util.List;
import java.util.stream.IntStream;
import org.excoord.authority.analysis.AgencyDuties;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.springframework.context.ApplicationContext;

/**
 * For tests that press "Create items": the duties of an analysis, by index, that are the configured agency's (the
 * only ones a card may pick) and those that are not. Computed, not written down, so an analyzer that finds the duties
 * a little differently does not break the tests.
 */
public final class AgencyDutyPicks {

    private final AnalysisResult analysis;
    private final AgencyDuties agency;

    public AgencyDutyPicks(ApplicationContext context, long authorityId) {
        this.analysis = context.getBean(AuthorityAnalysis.class).analyze(authorityId).orElseThrow();
        AgencyProperties properties = context.getBean(AgencyProperties.class);
        this.agency = new AgencyDuties(properties.name(), properties.aliases());
    }

    public AnalysisResult analysis() {
        return analysis;
    }

    /** The agency's duties with a date before {@code day} (or, with null, all of them), in the order of the text. */
    public List<Integer> agencys(java.time.LocalDate datedBefore) {
        return IntStream.range(0, analysis.obligations().size()).filter(i -> agency.addressee(
                analysis.obligations().get(i).actor()).applies()).filter(i -> datedBefore == null || (analysis
                .obligations().get(i).deadline() != null && analysis.obligations().get(i).deadline().due() != null
                && analysis.obligations().get(i).deadline().due().isBefore(datedBefore))).boxed().toList();
    }

    /** Duties addressed to someone else (another department, a contractor). */
    public List<Integer> others() {
        return IntStream.range(0, analysis.obligations().size()).filter(i -> !agency.addressee(
                analysis.obligations().get(i).actor()).applies()).boxed().toList();
    }
}
