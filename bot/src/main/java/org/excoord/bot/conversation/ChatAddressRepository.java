package org.excoord.bot.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChatAddressRepository extends JpaRepository<ChatAddress, Long> {

    Optional<ChatAddress> findByUserMriAndConversationId(String userMri, String conversationId);

    Optional<ChatAddress> findFirstByPersonIdAndConversationTypeOrderByUpdatedAtDesc(Long personId, ChatKind kind);

    List<ChatAddress> findByPersonIdIn(Collection<Long> personIds);
}
