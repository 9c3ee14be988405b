package org.excoord.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    @Query("select t.id from Team t join t.memberIds m where m = ?1")
    List<Long> findTeamIdsOf(Long personId);
}
