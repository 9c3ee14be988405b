package org.excoord.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByOrgCode(String orgCode);

    @Query("select u from OrgUnit u order by u.path")
    List<OrgUnit> findAllInTreeOrder();
}
