package org.excoord.authority;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AuthoritySectionRepository extends JpaRepository<AuthoritySection, Long> {

    List<AuthoritySection> findByAuthorityIdOrderByOrdinal(Long authorityId);

    Optional<AuthoritySection> findByAuthorityIdAndSectionId(Long authorityId, String sectionId);

    @Modifying
    @Query("delete from AuthoritySection s where s.authorityId = ?1")
    void deleteByAuthorityId(Long authorityId);
}
