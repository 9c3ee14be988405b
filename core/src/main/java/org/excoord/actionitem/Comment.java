package org.excoord.actionitem;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on an action item (a "Discussion Item"); a reviewer's return reason is one too. Never edited. */
@Entity
@Table(name = "action_item_comment")
public class Comment {

    /** Why the comment was written. */
    public enum Kind {
        COMMENT, RETURN_REASON, APPROVAL_NOTE, CANCEL_REASON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "misc_seq")
    @SequenceGenerator(name = "misc_seq", sequenceName = "misc_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "author_id")
    private Long authorId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Size(max = 10_000)
    @CleanText(multiline = true)
    private String body;
    @Column(name = "created_at")
    @SaneDate
    private Instant createdAt;

    protected Comment() {
    }

    Comment(Long itemId, Long authorId, Kind kind, String body, Instant createdAt) {
        this.itemId = itemId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getAuthorId() { return authorId; }
    public Kind getKind() { return kind; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
