package org.excoord.correspondence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingEntryRepository extends JpaRepository<RoutingEntry, Long> {

    List<RoutingEntry> findByCorrespondenceIdOrderByOccurredAtAscIdAsc(Long correspondenceId);
}
