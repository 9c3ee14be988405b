package org.excoord.bot.conversation;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conversation in which the bot has talked with a person: enough to write to them again later. Written only by
 * {@link ChatAddressRepository#upsert}. */
@Entity
@Table(name = "chat_address")
public class ChatAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    @Size(max = 64)
    @CleanText
    private String aadObjectId;
    @Column(nullable = false)
    @Size(max = 200)
    @CleanText
    private String userMri;
    @Column(nullable = false)
    @Size(max = 400)
    @CleanText
    private String conversationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatKind conversationType;
    @Column(nullable = false)
    @Size(max = 400)
    @CleanText
    private String serviceUrl;
    @Size(max = 64)
    @CleanText
    private String tenantId;
    @Column(nullable = false)
    @Size(max = 200)
    @CleanText
    private String botId;
    @Column(nullable = false)
    @SaneDate
    private Instant updatedAt;

    protected ChatAddress() {
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public String getAadObjectId() { return aadObjectId; }
    public String getUserMri() { return userMri; }
    public String getConversationId() { return conversationId; }
    public ChatKind getConversationType() { return conversationType; }
    public String getServiceUrl() { return serviceUrl; }
    public String getTenantId() { return tenantId; }
    public String getBotId() { return botId; }
    public Instant getUpdatedAt() { return updatedAt; }
}
