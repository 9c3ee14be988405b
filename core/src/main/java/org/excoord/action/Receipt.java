package org.excoord.action;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * How and from whom something was received (the "Receipt" section of the original form).
 *
 * @param receivedAt             when it arrived, required
 * @param method                 how it arrived, required
 * @param fromPerson             the sender's name, may be null
 * @param fromOrganization       the sender's organization, may be null
 * @param receivingOrgUnitId     the org unit that received it, may be null
 */
@Embeddable
public record Receipt(
        @SaneDate @Column(name = "received_at") Instant receivedAt,
        @Enumerated(EnumType.STRING) @Column(name = "method_of_receipt") MethodOfReceipt method,
        @Size(max = 200) @CleanText @Column(name = "received_from_person") String fromPerson,
        @Size(max = 200) @CleanText @Column(name = "received_from_organization") String fromOrganization,
        @Column(name = "receiving_org_unit_id") Long receivingOrgUnitId) {
}
