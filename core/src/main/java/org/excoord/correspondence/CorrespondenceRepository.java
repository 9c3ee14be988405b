package org.excoord.correspondence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Correspondence. The inbox queries order by the executive action's due date (undated last), then by arrival
 * (oldest first), then by id, so that a page is the same page on every read.
 */
public interface CorrespondenceRepository extends JpaRepository<Correspondence, Long> {

    /** What is not resolved: the secretariat's inbox. */
    @Query(nativeQuery = true, value = """
            select c.* from correspondence c join executive_action a on a.id = c.executive_action_id
            where c.routing_state in ('UNROUTED', 'ROUTED', 'ACCEPTED', 'ASSIGNED')
            order by a.due_date nulls last, a.received_at nulls last, c.executive_action_id
            limit :limit offset :offset""")
    List<Correspondence> findUnresolved(int limit, int offset);

    /**
     * What waits for one person: assigned to them, or routed to one of {@code orgUnitIds} (the units they manage)
     * and not yet assigned. {@code orgUnitIds} must not be empty (pass an id no unit has).
     */
    @Query(nativeQuery = true, value = """
            select c.* from correspondence c join executive_action a on a.id = c.executive_action_id
            where (c.assigned_person_id = :personId and c.routing_state = 'ASSIGNED')
               or (c.routed_org_unit_id in (:orgUnitIds) and c.routing_state in ('ROUTED', 'ACCEPTED'))
            order by a.due_date nulls last, a.received_at nulls last, c.executive_action_id
            limit :limit offset :offset""")
    List<Correspondence> findWaitingFor(Long personId, Collection<Long> orgUnitIds, int limit, int offset);

    Optional<Correspondence> findByReferenceNumber(String referenceNumber);
}
