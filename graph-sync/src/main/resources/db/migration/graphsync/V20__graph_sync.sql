-- graph-sync: what excoord mirrors to Planner and Outlook, and how far each item's mirror is.
-- Versions 20-29 belong to graph-sync (core uses 1-19, the bot its own range) so the folders never collide.

-- An org unit linked to a Microsoft 365 group and the plan excoord keeps in it (set by an admin over REST).
create table planner_link (
    org_unit_id  bigint       primary key references org_unit (id),
    group_id     varchar(64)  not null,
    plan_id      varchar(64)  not null unique,
    plan_title   varchar(255) not null,
    linked_at    timestamptz  not null,
    linked_by    varchar(200) not null,
    -- back-sync: when the plan was last read, and a lease so that one replica polls a plan at a time
    polled_at    timestamptz,
    poll_claimed_until timestamptz
);

-- The plan's buckets, one per executive action (bucket_key = the action's number) and one for items without one
-- (bucket_key 'general').
create table planner_bucket (
    plan_id    varchar(64)  not null references planner_link (plan_id) on delete cascade,
    bucket_key varchar(40)  not null,
    bucket_id  varchar(64)  not null,
    name       varchar(255) not null,
    primary key (plan_id, bucket_key)
);

-- One row per action item that is mirrored (or waiting to be). A change to the item bumps change_seq in the same
-- transaction; the worker pushes the item's *current* state and records the sequence it pushed, so any number of
-- changes between two pushes cost one push. Rows are claimed with a lease (claimed_by/claimed_until) taken with
-- FOR UPDATE SKIP LOCKED, so replicas share the work and a crashed worker's rows are taken over when its lease ends.
create table graph_item_sync (
    item_id        bigint       primary key references action_item (id),
    change_seq     bigint       not null default 1,
    pushed_seq     bigint       not null default 0,
    -- not before: the debounce after a change, or the back-off after a failure
    ready_at       timestamptz  not null,
    claimed_by     varchar(100),
    claimed_until  timestamptz,
    -- PENDING (waiting to be pushed), SYNCED, FAILED (a person must act: failure_reason says what), NOT_LINKED
    -- (the item's org unit has no plan), NONE (nothing to mirror: no assignee)
    state          varchar(20)  not null default 'PENDING',
    failure_code   varchar(80),
    failure_reason varchar(500),
    attempts       int          not null default 0,
    -- the Planner task
    plan_id        varchar(64),
    task_id        varchar(64),
    task_etag      varchar(200),
    details_etag   varchar(200),
    -- set (and committed) before a create is sent: after a crash the plan is read for the item's number first
    task_create_sent_at timestamptz,
    -- what excoord last wrote, to tell a person's change in Planner from an echo of our own, and to put back
    -- fields excoord owns
    pushed_title     varchar(255),
    pushed_due       date,
    pushed_assignees varchar(1000),
    pushed_percent   int,
    -- the rest of what the push last wrote, so that it sends only the fields that changed
    pushed_bucket_id varchar(64),
    pushed_priority  int,
    pushed_start     date,
    -- sha-256 of the task description last written (the details have their own etag)
    pushed_details_hash varchar(64),
    -- the Outlook event (in event_user_id's calendar)
    event_user_id  varchar(64),
    event_id       varchar(512),
    event_date     date,
    event_create_sent_at timestamptz,
    -- n of the event's transactionId excoord-<number>-<n>: bumped and committed before a fresh create is sent, so a
    -- create retried after a crash reuses the id and Graph ignores the second one
    event_seq      int          not null default 0,
    -- sha-256 of the event's fields last written (subject, date, time zone, reminder, body)
    pushed_event_hash varchar(64),
    synced_at      timestamptz,
    updated_at     timestamptz  not null
);
create index ix_graph_item_sync_ready on graph_item_sync (ready_at) where pushed_seq < change_seq;
create index ix_graph_item_sync_failed on graph_item_sync (updated_at) where state = 'FAILED';
create index ix_graph_item_sync_task on graph_item_sync (task_id);
