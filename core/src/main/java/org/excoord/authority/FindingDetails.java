package org.excoord.authority;

import java.time.LocalDate;

/** The input for a new impact or risk item. {@code name} and {@code authorityId} are required. */
public record FindingDetails(String name, Long authorityId, Long analysisId, Long orgUnitId, String generalCategory,
        Scale level, Scale likelihood, Relevance relevance, String description, String mitigationPlan,
        LocalDate targetDate) {
}
