package org.excoord.authority;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImpactRepository extends JpaRepository<Impact, Long> {

    java.util.List<Impact> findByAuthorityIdOrderById(Long authorityId);
}
