package org.excoord.authority;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalAmendmentRepository extends JpaRepository<LegalAmendment, Long> {

    java.util.List<LegalAmendment> findByAuthorityIdOrderByAmendmentDate(Long authorityId);
}
