package org.excoord.authority;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskItemRepository extends JpaRepository<RiskItem, Long> {

    java.util.List<RiskItem> findByAuthorityIdOrderById(Long authorityId);
}
