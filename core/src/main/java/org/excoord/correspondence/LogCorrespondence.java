package org.excoord.correspondence;

import java.time.LocalDate;
import org.excoord.action.Receipt;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;

/**
 * What the secretariat records when correspondence arrives. {@code subject}, {@code typeId} and a receipt
 * with {@code receivedAt} and {@code method} are required.
 */
public record LogCorrespondence(String subject, String description, Long typeId, Priority priority,
        SecurityClassification classification, LocalDate dueDate, Receipt receipt, Long sourceAuthorityId) {
}
