package org.excoord.authority;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnalysisRepository extends JpaRepository<Analysis, Long> {

    java.util.List<Analysis> findByAuthorityIdOrderById(Long authorityId);
}
