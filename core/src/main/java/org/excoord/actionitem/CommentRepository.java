package org.excoord.actionitem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /** Newest first, straight from the (item, created_at desc, id desc) index. */
    @Query("select new org.excoord.actionitem.RecentComment(c.id, c.authorId, p.displayName, c.kind, c.body, c.createdAt)"
            + " from Comment c left join Person p on p.id = c.authorId where c.itemId = ?1"
            + " order by c.createdAt desc, c.id desc limit ?2")
    List<RecentComment> recentOf(Long itemId, int limit);

    long countByItemId(Long itemId);
}
