package org.excoord.actionitem;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByItemIdOrderByCreatedAtDescIdDesc(Long itemId, Pageable page);

    long countByItemId(Long itemId);
}
