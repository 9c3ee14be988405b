package org.excoord.correspondence;

import jakarta.validation.Valid;
import org.excoord.shared.SaneDate;
import org.excoord.shared.CleanText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.excoord.action.Receipt;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;

/**
 * What the secretariat records when correspondence arrives. {@code subject}, {@code typeId} and a receipt
 * with {@code receivedAt} and {@code method} are required.
 */
public record LogCorrespondence(@CleanText @Size(max = 100) String subject,
        @CleanText(multiline = true) @Size(max = 100_000) String description, Long typeId, Priority priority,
        SecurityClassification classification, @SaneDate LocalDate dueDate, @Valid Receipt receipt, Long sourceAuthorityId) {
}
