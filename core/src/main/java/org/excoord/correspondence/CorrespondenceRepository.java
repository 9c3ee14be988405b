package org.excoord.correspondence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrespondenceRepository extends JpaRepository<Correspondence, Long> {

    Optional<Correspondence> findByReferenceNumber(String referenceNumber);

    List<Correspondence> findByStateInOrderByExecutiveActionIdDesc(Collection<RoutingState> states, Pageable page);

    List<Correspondence> findByRoutedOrgUnitIdAndStateInOrderByExecutiveActionIdDesc(Long orgUnitId,
            Collection<RoutingState> states, Pageable page);

    List<Correspondence> findByAssignedPersonIdAndStateOrderByExecutiveActionIdDesc(Long personId, RoutingState state,
            Pageable page);
}
