package org.excoord.action;

import java.time.LocalDate;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;

/**
 * Input for a new executive action. {@code name} and either {@code typeId} or {@code category} are
 * required; a null owner means the creator; a null priority is Medium and a null classification Unclassified.
 */
public record NewExecutiveAction(String name, String description, ActionCategory category, Long typeId,
        Priority priority, SecurityClassification classification, LocalDate dueDate, Long parentId,
        Long sourceAuthorityId, Long sourceAnalysisId, Long sourceImpactId, Long sourceRiskId, Long ownerId,
        Receipt receipt) {

    public NewExecutiveAction withOwner(Long owner) {
        return new NewExecutiveAction(name, description, category, typeId, priority, classification, dueDate, parentId,
                sourceAuthorityId, sourceAnalysisId, sourceImpactId, sourceRiskId, owner, receipt);
    }
}
