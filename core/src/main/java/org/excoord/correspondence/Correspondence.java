package org.excoord.correspondence;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The correspondence facts of an executive action that was received from outside: its reference number,
 * where it is routed and who has it, its acknowledgement and its resolution. Shares the executive action's id.
 */
@Entity
@Table(name = "correspondence")
public class Correspondence {

    @Id
    @Column(name = "executive_action_id")
    private Long executiveActionId;
    @Column(name = "reference_number")
    @Size(max = 20)
    @CleanText
    private String referenceNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "routing_state")
    private RoutingState state;
    @Column(name = "routed_org_unit_id")
    private Long routedOrgUnitId;
    @Column(name = "assigned_person_id")
    private Long assignedPersonId;
    @Column(name = "acknowledged_at")
    @SaneDate
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by_id")
    private Long acknowledgedById;
    @Column(name = "resolved_at")
    @SaneDate
    private Instant resolvedAt;
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String resolution;
    @Version
    private long version;

    protected Correspondence() {
    }

    Correspondence(Long executiveActionId, String referenceNumber) {
        this.executiveActionId = executiveActionId;
        this.referenceNumber = referenceNumber;
        this.state = RoutingState.UNROUTED;
    }

    void routeTo(Long orgUnitId) {
        this.routedOrgUnitId = orgUnitId;
        this.assignedPersonId = null;
        this.state = RoutingState.ROUTED;
    }

    void accept() {
        this.state = RoutingState.ACCEPTED;
    }

    void assignTo(Long personId) {
        this.assignedPersonId = personId;
        this.state = RoutingState.ASSIGNED;
    }

    void acknowledge(Long byPersonId, Instant at) {
        this.acknowledgedById = byPersonId;
        this.acknowledgedAt = at;
    }

    void resolve(String resolution, Instant at) {
        this.resolution = resolution;
        this.resolvedAt = at;
        this.state = RoutingState.RESOLVED;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("referenceNumber", referenceNumber);
        s.put("state", state);
        s.put("routedOrgUnitId", routedOrgUnitId);
        s.put("assignedPersonId", assignedPersonId);
        s.put("acknowledgedAt", acknowledgedAt);
        s.put("resolvedAt", resolvedAt);
        s.put("resolution", resolution);
        return s;
    }

    public Long getExecutiveActionId() { return executiveActionId; }
    public String getReferenceNumber() { return referenceNumber; }
    public RoutingState getState() { return state; }
    public Long getRoutedOrgUnitId() { return routedOrgUnitId; }
    public Long getAssignedPersonId() { return assignedPersonId; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Long getAcknowledgedById() { return acknowledgedById; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolution() { return resolution; }
    public long getVersion() { return version; }
}
