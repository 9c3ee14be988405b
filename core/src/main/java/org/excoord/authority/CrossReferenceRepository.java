package org.excoord.authority;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CrossReferenceRepository extends JpaRepository<CrossReference, Long> {

    List<CrossReference> findByFromAuthorityIdOrderById(Long fromAuthorityId);

    List<CrossReference> findByToAuthorityIdOrderById(Long toAuthorityId);

    /** Links references written before the cited authority was imported. */
    @Modifying
    @Query("update CrossReference x set x.toAuthorityId = ?2 where x.toExecutiveOrderNumber = ?1 and x.toAuthorityId is null")
    int linkPending(String executiveOrderNumber, Long authorityId);

    @Modifying
    @Query("delete from CrossReference x where x.fromAuthorityId = ?1")
    void deleteByFromAuthorityId(Long fromAuthorityId);
}
