-- "Recent comments of an item" orders by (created_at desc, id desc): an index in exactly that order lets the top few
-- be read directly, however many comments the item has.
create index ix_comment_item_recent on action_item_comment (item_id, created_at desc, id desc);
drop index ix_comment_item;
