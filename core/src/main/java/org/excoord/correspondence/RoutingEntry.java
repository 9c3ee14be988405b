package org.excoord.correspondence;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a piece of correspondence's routing history. Never changed once written. */
@Entity
@Table(name = "correspondence_routing")
public class RoutingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "misc_seq")
    @SequenceGenerator(name = "misc_seq", sequenceName = "misc_seq", allocationSize = 50)
    private Long id;

    @Column(name = "correspondence_id")
    private Long correspondenceId;
    @Column(name = "occurred_at")
    @SaneDate
    private Instant occurredAt;
    @Column(name = "actor_id")
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private RoutingStep step;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    @Column(name = "person_id")
    private Long personId;
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String note;

    protected RoutingEntry() {
    }

    RoutingEntry(Long correspondenceId, Instant occurredAt, Long actorId, RoutingStep step, Long orgUnitId,
            Long personId, String note) {
        this.correspondenceId = correspondenceId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.step = step;
        this.orgUnitId = orgUnitId;
        this.personId = personId;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getCorrespondenceId() { return correspondenceId; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public RoutingStep getStep() { return step; }
    public Long getOrgUnitId() { return orgUnitId; }
    public Long getPersonId() { return personId; }
    public String getNote() { return note; }
}
