-- Proactive nudges (issue 11): what each person wants to be told, what they asked to hear less of, who stands in for
-- them, the changes waiting to be told, and the log that makes every message go out once.

-- A person's digest settings; no row = the defaults (digest at excoord.nudges.digest-time, team digest daily).
create table nudge_preference (
    person_id             bigint primary key references person (id),
    digest_time           time        not null,
    digests_on            boolean     not null default true,
    team_digest           varchar(10) not null default 'DAILY' check (team_digest in ('DAILY', 'WEEKLY', 'OFF')),
    -- urgent messages (a correspondence deadline today, an escalation) may come outside quiet hours
    urgent_in_quiet_hours boolean     not null default false,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);

-- Per person and item: snoozed until a day (nothing about it before that day), or muted (no nudges at all).
create table item_nudge_control (
    person_id      bigint      not null references person (id),
    item_id        bigint      not null references action_item (id),
    snoozed_until  date,
    muted          boolean     not null default false,
    updated_at     timestamptz not null,
    primary key (person_id, item_id)
);
create index ix_nudge_control_item on item_nudge_control (item_id);

-- Out of office: while a delegation is active (starts_on..ends_on in the delegator's time zone, not revoked), the
-- delegator's nudges and digests go to the delegate, who may act on the delegator's items.
create table delegation (
    id            bigint generated always as identity primary key,
    delegator_id  bigint      not null references person (id),
    delegate_id   bigint      not null references person (id),
    starts_on     date        not null,
    ends_on       date        not null,
    source        varchar(10) not null check (source in ('PERSON', 'OUTLOOK')),
    created_by_id bigint      references person (id),
    created_at    timestamptz not null,
    revoked_at    timestamptz,
    check (delegator_id <> delegate_id),
    check (ends_on >= starts_on)
);
create index ix_delegation_active on delegation (delegator_id, ends_on) where revoked_at is null;
create index ix_delegation_delegate on delegation (delegate_id, ends_on) where revoked_at is null;

-- "I have read this": an item may ask its assignee to acknowledge it; who did and when is kept for the originator.
alter table action_item add column needs_acknowledgement boolean not null default false;
create table item_acknowledgement (
    item_id          bigint      not null references action_item (id),
    person_id        bigint      not null references person (id),
    acknowledged_at  timestamptz not null,
    primary key (item_id, person_id)
);

-- Changes meant for someone (assigned to you, returned to you, submitted for your review, …), written in the
-- transaction of the change itself so none is lost, and told by the sweep: at once, or folded with others that
-- arrive within a few minutes. Never one for the person who made the change.
create table notification (
    id                 bigint generated always as identity primary key,
    recipient_id       bigint       not null references person (id),
    kind               varchar(30)  not null,
    item_id            bigint       references action_item (id),
    correspondence_id  bigint       references correspondence (executive_action_id),
    actor_id           bigint       references person (id),
    note               varchar(2000),
    created_at         timestamptz  not null,
    -- the nudge_log row that told it (alone or folded with others); null while it waits
    told_by_log_id     bigint
);
create index ix_notification_waiting on notification (recipient_id, created_at) where told_by_log_id is null;

-- One row per message, claimed before it is sent: at most one per person, kind, subject and local day. A claim
-- left by a crash (claim_until passed, not SENT) is taken again; a SENT row is never sent again.
create table nudge_log (
    id               bigint generated always as identity primary key,
    person_id        bigint       not null references person (id),
    kind             varchar(30)  not null,
    subject_id       bigint       not null default 0,
    day              date         not null,
    recipient_id     bigint       not null references person (id),
    state            varchar(12)  not null check (state in ('CLAIMED', 'SENT', 'FAILED', 'UNREACHABLE', 'BLOCKED', 'EMAILED')),
    attempts         int          not null default 0,
    claimed_at       timestamptz  not null,
    claim_until      timestamptz,
    sent_at          timestamptz,
    conversation_id  varchar(400),
    activity_id      varchar(200),
    sweep_id         bigint,
    reason           varchar(500),
    detail           varchar(1000),
    unique (person_id, kind, subject_id, day)
);
create index ix_nudge_log_retry on nudge_log (claim_until) where state in ('CLAIMED', 'FAILED');
create index ix_nudge_log_recipient on nudge_log (recipient_id, sent_at);

-- Each sweep's counts, for the admins.
create table nudge_sweep (
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    trigger      varchar(10) not null check (trigger in ('SCHEDULE', 'ADMIN')),
    planned      int not null default 0,
    sent         int not null default 0,
    failed       int not null default 0,
    unreachable  int not null default 0,
    skipped      int not null default 0
);
create index ix_nudge_sweep_at on nudge_sweep (started_at);

-- Escalation and due-soon planning read open items by due date across everyone.
create index ix_item_open_due on action_item (due_date, id) where is_open and due_date is not null;

-- Outlook automatic replies that are on (read by graph-sync from mailboxSettings): such a person counts as out of
-- office; without a delegation their digests wait, and their settings card suggests naming a delegate.
create table out_of_office (
    person_id   bigint primary key references person (id),
    starts_at   timestamptz,
    ends_at     timestamptz,
    checked_at  timestamptz not null
);
