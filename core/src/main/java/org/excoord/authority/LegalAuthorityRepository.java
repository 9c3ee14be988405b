package org.excoord.authority;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LegalAuthorityRepository extends JpaRepository<LegalAuthority, Long> {

    Optional<LegalAuthority> findByContentHash(String contentHash);

    Optional<LegalAuthority> findByExecutiveOrderNumber(String executiveOrderNumber);

    Optional<LegalAuthority> findFirstByDocumentNumber(String documentNumber);

    @Query("select a from LegalAuthority a where (?1 = '' or lower(a.name) like lower(concat('%', ?1, '%'))"
            + " or a.executiveOrderNumber = ?1 or lower(a.citation) like lower(concat('%', ?1, '%')))"
            + " order by a.signingDate desc nulls last, a.id desc")
    Page<LegalAuthority> search(String text, Pageable page);

    List<LegalAuthority> findAllByOrderBySigningDateDesc();
}
