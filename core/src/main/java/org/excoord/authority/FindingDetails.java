package org.excoord.authority;

import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The input for a new impact or risk item. {@code name} and {@code authorityId} are required. */
public record FindingDetails(@CleanText @Size(max = 300) String name, Long authorityId, Long analysisId, Long orgUnitId,
        @CleanText @Size(max = 60) String generalCategory, Scale level, Scale likelihood, Relevance relevance,
        @CleanText(multiline = true) @Size(max = 100_000) String description,
        @CleanText(multiline = true) @Size(max = 100_000) String mitigationPlan, @SaneDate LocalDate targetDate) {
}
