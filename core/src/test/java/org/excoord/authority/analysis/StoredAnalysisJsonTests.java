package org.excoord.authority.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.authority.analysis.AnalysisResult.Deadline;
import org.excoord.authority.analysis.AnalysisResult.Obligation;
import org.excoord.authority.analysis.AnalysisResult.Recurrence;
import org.junit.jupiter.api.Test;

/** Analyses are stored as JSON: those stored before a deadline carried its recurrence still read, and new ones keep it. */
class StoredAnalysisJsonTests {

    /** As stored before issue 12's recurrences: a deadline of four fields, no analyzer label. */
    private static final String BEFORE = """
            {"analyzer":"offline-1","summary":"A summary.","keyPoints":[{"text":"A point.","sectionId":"Sec. 1",
            "quote":"A point."}],"obligations":[{"actor":"the Secretary","action":"report","deadline":{"text":
            "Within 60 days of the date of this order","days":60,"anchor":"the date of this order","due":
            "2025-03-22"},"sectionId":"Sec. 2(a)","quote":"Within 60 days of the date of this order, the Secretary \
            shall report."},{"actor":"the Director","action":"advise","deadline":null,"sectionId":"Sec. 3",
            "quote":"The Director shall advise."}],"references":[],"usage":{"promptTokens":0,"completionTokens":0,
            "calls":0,"dropped":0},"notice":null}""";

    @Test
    void anAnalysisStoredBeforeRecurrencesReadsWithNone() {
        AnalysisResult old = AuthorityAnalysis.read(BEFORE);

        Deadline deadline = old.obligations().get(0).deadline();
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 3, 22));
        assertThat(deadline.days()).isEqualTo(60);
        assertThat(deadline.recurrence()).isNull();
        assertThat(old.obligations().get(1).deadline()).isNull();
        assertThat(old.analyzerLabel()).isNull();
    }

    @Test
    void aRecurrenceIsStoredAndReadBack() throws Exception {
        Recurrence every60 = new Recurrence("P60D", "every 60 days thereafter", "the previous occurrence",
                LocalDate.of(2030, 12, 31));
        AnalysisResult result = new AnalysisResult("offline-1", "Offline analysis", "S.", List.of(), List.of(
                new Obligation("the Secretary", "report", new Deadline("Within 60 days of the date of this order", 60,
                        "the date of this order", LocalDate.of(2025, 3, 22)).withRecurrence(every60), "Sec. 2(a)",
                        "q")), List.of(), AnalysisResult.Usage.NONE, null);

        AnalysisResult read = AuthorityAnalysis.read(AuthorityAnalysis.write(result));

        assertThat(read).isEqualTo(result);
        assertThat(read.obligations().get(0).deadline().recurrence().periodOrNull())
                .isEqualTo(java.time.Period.ofDays(60));
    }
}
