-- Whom the bot cannot reach in Teams, and why (not in the roster, conversation gone, blocked the bot), shown to
-- their managers and admins; a later successful turn or send clears it. Versions are shared with core: V11 is core's.
create table teams_reachability (
    person_id  bigint primary key references person (id),
    state      varchar(12)  not null check (state in ('UNREACHABLE', 'BLOCKED')),
    reason     varchar(300) not null,
    since      timestamptz  not null
);
