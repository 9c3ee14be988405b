-- graph-sync: when each person's Outlook automatic replies were last read (mailboxSettings), so that every round
-- reads those not read for longest first. out_of_office (core's V11) holds only the replies that are on; a person
-- whose replies are off has no row there, but still a row here.
create table graph_mailbox_check (
    person_id   bigint       primary key references person (id),
    checked_at  timestamptz  not null,
    -- OFF, ON (until turned off), SCHEDULED, NO_MAILBOX (404: no Exchange Online mailbox), FAILED (detail says why)
    outcome     varchar(12)  not null check (outcome in ('OFF', 'ON', 'SCHEDULED', 'NO_MAILBOX', 'FAILED')),
    detail      varchar(500)
);
create index ix_graph_mailbox_check_at on graph_mailbox_check (checked_at);
