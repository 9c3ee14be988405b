package org.excoord.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEntraObjectId(String entraObjectId);

    @Query("select p from Person p where lower(p.upn) = lower(?1)")
    Optional<Person> findByUpn(String upn);

    List<Person> findByOrgUnitIdOrderByDisplayName(Long orgUnitId);

    @Query("select new org.excoord.directory.PersonName(p.id, p.displayName) from Person p"
            + " where p.orgUnitId = ?1 and p.active order by p.displayName")
    List<PersonName> namesIn(Long orgUnitId);

    @Query("select p from Person p where lower(p.displayName) like lower(concat('%', ?1, '%'))"
            + " or lower(p.upn) like lower(concat('%', ?1, '%')) order by p.displayName")
    List<Person> search(String text, Pageable page);
}
