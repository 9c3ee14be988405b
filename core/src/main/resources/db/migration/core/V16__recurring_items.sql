-- Recurring action items (issue 12): a duty the text repeats ("and every 60 days thereafter", "annually") makes an
-- item that recurs. When an occurrence is complete, core creates the next one, due one period later, until
-- recur_until (null: until the authority behind the executive action is revoked).
alter table action_item add column recur_period      varchar(20);
alter table action_item add column recur_until       date;
alter table action_item add column recur_previous_id bigint references action_item (id);

-- an ISO-8601 period with a sign-free amount ("P60D", "P3M", "P1Y"); the service checks its bounds
alter table action_item add constraint ck_action_item_recur_period
    check (recur_period is null or recur_period ~ '^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$');
alter table action_item add constraint ck_action_item_recur_until
    check (recur_until is null or recur_period is not null);

-- one next occurrence per occurrence, however often its completion is replayed or raced
create unique index ux_action_item_recur_previous on action_item (recur_previous_id)
    where recur_previous_id is not null;
