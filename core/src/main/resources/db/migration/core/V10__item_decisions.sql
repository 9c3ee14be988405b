-- Cancelling, deferring and reviewing an action item are decisions a person answers for: who decided, when and
-- why are kept on the item (the card shows them) besides the audit trail. A deferred item says until when, and a
-- cancelled or deferred one remembers whether it had been started, so that reopening it puts it back as it was
-- (New, or In Progress when work had begun).
alter table action_item
    add column deferred_until date,
    add column reopen_status  varchar(30) check (reopen_status in ('NEW', 'IN_PROGRESS')),
    add column decided_by_id  bigint references person (id),
    add column decided_at     timestamptz,
    add column decision_note  text;

-- A cancellation's reason is a comment of its own kind, as a return's is.
alter table action_item_comment drop constraint action_item_comment_kind_check;
alter table action_item_comment add constraint action_item_comment_kind_check
    check (kind in ('COMMENT', 'RETURN_REASON', 'APPROVAL_NOTE', 'CANCEL_REASON'));
