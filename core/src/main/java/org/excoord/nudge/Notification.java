package org.excoord.nudge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.excoord.shared.CleanText;
import org.excoord.shared.SaneDate;

/** A change meant for someone, waiting to be told (or told by a nudge log row). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;
    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "correspondence_id")
    private Long correspondenceId;
    @Column(name = "actor_id")
    private Long actorId;
    @Size(max = 2000)
    @CleanText
    private String note;
    @Column(name = "created_at", nullable = false)
    @SaneDate
    private Instant createdAt;
    @Column(name = "told_by_log_id")
    private Long toldByLogId;

    protected Notification() {
    }

    public Notification(Long recipientId, NotificationKind kind, Long itemId, Long correspondenceId, Long actorId,
            String note, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.itemId = itemId;
        this.correspondenceId = correspondenceId;
        this.actorId = actorId;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getRecipientId() { return recipientId; }
    public NotificationKind getKind() { return kind; }
    public Long getItemId() { return itemId; }
    public Long getCorrespondenceId() { return correspondenceId; }
    public Long getActorId() { return actorId; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getToldByLogId() { return toldByLogId; }
}
