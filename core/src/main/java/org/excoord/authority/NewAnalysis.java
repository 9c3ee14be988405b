package org.excoord.authority;

import java.time.LocalDate;

/** Input for a new analysis of an authority. {@code name} and {@code authorityId} are required. */
public record NewAnalysis(String name, Long authorityId, Long orgUnitId, Long pocId, String summary, String details,
        LocalDate analysisFrom, LocalDate analysisTo) {
}
