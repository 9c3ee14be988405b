package org.excoord.bot.conversation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ChatAddressRepository extends JpaRepository<ChatAddress, Long> {

    /** Insert or refresh in one statement: two turns of the same conversation may arrive at the same moment. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into chat_address (person_id, aad_object_id, user_mri, conversation_id, conversation_type,
                                      service_url, tenant_id, bot_id, updated_at)
            values (:personId, :aadObjectId, :userMri, :conversationId, :kind, :serviceUrl, :tenantId, :botId, :at)
            on conflict (user_mri, conversation_id) do update set person_id = excluded.person_id,
                aad_object_id = excluded.aad_object_id, conversation_type = excluded.conversation_type,
                service_url = excluded.service_url, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
                updated_at = excluded.updated_at""")
    void upsert(Long personId, String aadObjectId, String userMri, String conversationId, String kind,
            String serviceUrl, String tenantId, String botId, java.time.Instant at);

    Optional<ChatAddress> findFirstByPersonIdAndConversationTypeOrderByUpdatedAtDesc(Long personId, ChatKind kind);

    Optional<ChatAddress> findFirstByPersonIdOrderByUpdatedAtDesc(Long personId);

    /** Native with an array: Hibernate re-translates a JPQL query with a collection parameter on every call. */
    @Query(nativeQuery = true, value = "select distinct user_mri from chat_address where person_id = any(cast(:ids as bigint[]))")
    List<String> findUserMrisOf(Long[] ids);
}
