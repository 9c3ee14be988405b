package org.excoord.action;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExecutiveActionRepository extends JpaRepository<ExecutiveAction, Long> {

    Optional<ExecutiveAction> findByNumber(String number);

    Page<ExecutiveAction> findAllByOrderByIdDesc(Pageable page);

    java.util.List<ExecutiveAction> findByParentIdOrderById(Long parentId);
}
