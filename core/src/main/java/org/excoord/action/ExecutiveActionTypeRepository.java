package org.excoord.action;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExecutiveActionTypeRepository extends JpaRepository<ExecutiveActionType, Long> {

    Optional<ExecutiveActionType> findByName(String name);

    List<ExecutiveActionType> findAllByOrderByCategoryAscNameAsc();
}
