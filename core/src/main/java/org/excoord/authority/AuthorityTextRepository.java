package org.excoord.authority;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorityTextRepository extends JpaRepository<AuthorityText, Long> {
}
