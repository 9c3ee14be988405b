package org.excoord.authority;

import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Input for a new analysis of an authority. {@code name} and {@code authorityId} are required. */
public record NewAnalysis(@CleanText @Size(max = 300) String name, Long authorityId, Long orgUnitId, Long pocId,
        @CleanText(multiline = true) @Size(max = 100_000) String summary,
        @CleanText(multiline = true) @Size(max = 1_000_000) String details, @SaneDate LocalDate analysisFrom,
        @SaneDate LocalDate analysisTo) {
}
