package org.excoord.analyzer.offline;

import org.excoord.analyzer.offline.Recurrences.Recurrence;
import org.excoord.authority.analysis.AnalysisResult.Obligation;

/**
 * A duty as the offline analyzer finds it: core's {@link Obligation} and, when the duty recurs, how often. A duty
 * that only recurs ("shall provide semiannual reports") carries the recurrence as its obligation's deadline too
 * (text, period in days, counted from the previous occurrence, first due date where the text fixes it), so that
 * readers of core's record see it as dated.
 */
public record Duty(Obligation obligation, Recurrence recurrence) {
}
