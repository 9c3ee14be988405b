package org.excoord.action;

import jakarta.validation.Valid;
import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;

/**
 * Input for a new executive action. {@code name} and either {@code typeId} or {@code category} are
 * required; a null owner means the creator; a null priority is Medium and a null classification Unclassified.
 */
public record NewExecutiveAction(@CleanText @Size(max = 100) String name,
        @CleanText(multiline = true) @Size(max = 100_000) String description, ActionCategory category, Long typeId,
        Priority priority, SecurityClassification classification, @SaneDate LocalDate dueDate, Long parentId,
        Long sourceAuthorityId, Long sourceAnalysisId, Long sourceImpactId, Long sourceRiskId, Long ownerId,
        @Valid Receipt receipt) {

    public NewExecutiveAction withOwner(Long owner) {
        return new NewExecutiveAction(name, description, category, typeId, priority, classification, dueDate, parentId,
                sourceAuthorityId, sourceAnalysisId, sourceImpactId, sourceRiskId, owner, receipt);
    }
}
