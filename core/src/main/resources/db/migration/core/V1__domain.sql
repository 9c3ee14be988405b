-- The executive-coordination domain. Flyway owns the schema; JPA only validates it.
-- Enumerations are stored as their Java names and guarded by CHECK constraints so that
-- a bad value written by any client (psql, a later migration) is refused by the database.

create sequence org_unit_seq increment by 50;
create sequence person_seq increment by 50;
create sequence team_seq increment by 50;
create sequence authority_seq increment by 50;
create sequence executive_action_seq increment by 50;
create sequence action_item_seq increment by 50;
create sequence process_seq increment by 50;
create sequence misc_seq increment by 50;
-- human-facing numbers (EA-2026-000123, AI-2026-000045, CR-2026-000007)
create sequence executive_action_number_seq;
create sequence action_item_number_seq;
create sequence correspondence_number_seq;

-- ---------------------------------------------------------------- directory
create table org_unit (
    id            bigint primary key,
    name          varchar(200) not null,
    abbreviation  varchar(30),
    org_code      varchar(30)  not null unique,
    unit_type     varchar(40),
    parent_id     bigint references org_unit (id),
    manager_id    bigint,
    -- materialized path of ids, '/1/7/42/': a subtree is a prefix match
    path          varchar(1000) not null,
    version       bigint not null default 0
);
create index ix_org_unit_parent on org_unit (parent_id);
create index ix_org_unit_path on org_unit (path varchar_pattern_ops);

create table person (
    id               bigint primary key,
    entra_object_id  varchar(64)  not null unique,
    upn              varchar(320) not null,
    display_name     varchar(200) not null,
    email            varchar(320),
    job_title        varchar(200),
    org_unit_id      bigint references org_unit (id),
    manager_id       bigint references person (id),
    time_zone        varchar(64)  not null default 'America/New_York',
    active           boolean      not null default true,
    version          bigint       not null default 0
);
create unique index ux_person_upn on person (lower(upn));
create index ix_person_org_unit on person (org_unit_id);
create index ix_person_manager on person (manager_id);
alter table org_unit add constraint fk_org_unit_manager foreign key (manager_id) references person (id);
create index ix_org_unit_manager on org_unit (manager_id);

create table person_role (
    person_id  bigint not null references person (id) on delete cascade,
    role       varchar(20) not null check (role in ('STAFF', 'MANAGER', 'SECRETARIAT', 'ADMIN')),
    primary key (person_id, role)
);

create table team (
    id           bigint primary key,
    name         varchar(200) not null unique,
    org_unit_id  bigint references org_unit (id),
    owner_id     bigint references person (id),
    version      bigint not null default 0
);
create table team_member (
    team_id    bigint not null references team (id) on delete cascade,
    person_id  bigint not null references person (id),
    primary key (team_id, person_id)
);
create index ix_team_member_person on team_member (person_id);

-- ---------------------------------------------------------------- legal authorities
create table legal_authority (
    id                     bigint primary key,
    name                   varchar(850) not null,
    authority_type         varchar(30)  not null check (authority_type in ('STATUTE', 'REGULATION', 'EXECUTIVE_ORDER', 'MEMO', 'GUIDANCE', 'POLICY')),
    status                 varchar(20)  not null check (status in ('ACTIVE', 'SUPERSEDED', 'REPEALED', 'PENDING')),
    jurisdiction           varchar(20)  not null check (jurisdiction in ('FEDERAL', 'STATE', 'LOCAL')),
    citation               varchar(200),
    document_number        varchar(100),
    executive_order_number varchar(20) unique,
    issuing_body           varchar(200),
    signing_date           date,
    effective_date         date,
    expiration_date        date,
    summary                text,
    disposition_notes      text,
    tags                   varchar(500),
    source_url             varchar(1000),
    full_text              text        not null,
    content_hash           varchar(64) not null unique,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);

create table authority_section (
    id                 bigint primary key,
    authority_id       bigint       not null references legal_authority (id) on delete cascade,
    section_id         varchar(100) not null,
    parent_section_id  varchar(100),
    level              int          not null,
    heading            varchar(500),
    text               text         not null,
    ordinal            int          not null,
    unique (authority_id, section_id)
);

create table legal_amendment (
    id                     bigint primary key,
    authority_id           bigint       not null references legal_authority (id) on delete cascade,
    amending_authority_id  bigint references legal_authority (id),
    name                   varchar(300) not null,
    amendment_date         date,
    submission_type        varchar(20)  not null check (submission_type in ('ORIGINAL', 'AMENDMENT', 'REPEAL', 'EXTENSION')),
    summary_of_change      text
);
create index ix_amendment_authority on legal_amendment (authority_id);

create table legal_cross_reference (
    id                 bigint primary key,
    from_authority_id  bigint       not null references legal_authority (id) on delete cascade,
    to_authority_id    bigint references legal_authority (id),
    -- the cited authority as written ('Executive Order 13636'); resolved to to_authority_id when it is imported
    to_citation        varchar(200) not null,
    to_eo_number       varchar(20),
    relation           varchar(20)  not null check (relation in ('CITES', 'IMPLEMENTS', 'REPEALS', 'INTERPRETS', 'AMENDS', 'SUPERSEDES')),
    section_id         varchar(100),
    context            text,
    unique (from_authority_id, to_citation, relation)
);
create index ix_xref_to on legal_cross_reference (to_authority_id);
create index ix_xref_to_eo on legal_cross_reference (to_eo_number) where to_authority_id is null;

create table analysis (
    id                bigint primary key,
    name              varchar(300) not null,
    authority_id      bigint not null references legal_authority (id),
    org_unit_id       bigint references org_unit (id),
    poc_id            bigint references person (id),
    status            varchar(30) not null,
    analysis_from     date,
    analysis_to       date,
    summary           text,
    details           text,
    created_at        timestamptz not null,
    version           bigint not null default 0
);
create index ix_analysis_authority on analysis (authority_id);

-- impacts and risk items have the same shape in the original data model
create table impact (
    id                      bigint primary key,
    name                    varchar(300) not null,
    authority_id            bigint not null references legal_authority (id),
    analysis_id             bigint references analysis (id),
    org_unit_id             bigint references org_unit (id),
    parent_id               bigint references impact (id),
    general_category        varchar(60),
    level                   varchar(10) check (level in ('HIGH', 'MEDIUM', 'LOW')),
    likelihood              varchar(10) check (likelihood in ('HIGH', 'MEDIUM', 'LOW')),
    relevance               varchar(10) check (relevance in ('DIRECT', 'INDIRECT', 'MINIMAL', 'NONE', 'UNKNOWN')),
    description             text,
    mitigation_plan         text,
    evidence_of_mitigation  text,
    review_date             date,
    target_date             date,
    status                  varchar(30) not null,
    created_at              timestamptz not null,
    version                 bigint not null default 0
);
create index ix_impact_authority on impact (authority_id);
create table risk_item (like impact including defaults including constraints);
alter table risk_item add primary key (id);
alter table risk_item add foreign key (authority_id) references legal_authority (id);
alter table risk_item add foreign key (analysis_id) references analysis (id);
alter table risk_item add foreign key (org_unit_id) references org_unit (id);
alter table risk_item add foreign key (parent_id) references risk_item (id);
create index ix_risk_authority on risk_item (authority_id);

-- ---------------------------------------------------------------- executive actions
create table executive_action_type (
    id           bigint primary key,
    name         varchar(100) not null unique,
    description  varchar(500),
    category     varchar(40)  not null
);

create table executive_action (
    id                        bigint primary key,
    number                    varchar(20)  not null unique,
    name                      varchar(100) not null,
    description               text,
    category                  varchar(40)  not null,
    type_id                   bigint references executive_action_type (id),
    priority                  varchar(10)  not null,
    classification            varchar(40)  not null,
    status                    varchar(30)  not null,
    due_date                  date,
    parent_id                 bigint references executive_action (id),
    source_authority_id       bigint references legal_authority (id),
    source_analysis_id        bigint references analysis (id),
    source_impact_id          bigint references impact (id),
    source_risk_id            bigint references risk_item (id),
    outcome_summary           text,
    owner_id                  bigint not null references person (id),
    received_at               timestamptz,
    method_of_receipt         varchar(20) check (method_of_receipt in ('PORTAL', 'PHONE', 'EMAIL', 'IN_PERSON', 'FAX', 'MAIL')),
    received_from_person      varchar(200),
    received_from_organization varchar(200),
    receiving_org_unit_id     bigint references org_unit (id),
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    updated_by                varchar(200),
    version                   bigint not null default 0
);
create index ix_ea_owner on executive_action (owner_id);
create index ix_ea_parent on executive_action (parent_id);
create index ix_ea_source_authority on executive_action (source_authority_id);

create table correspondence (
    executive_action_id  bigint primary key references executive_action (id),
    reference_number     varchar(20) not null unique,
    routing_state        varchar(20) not null check (routing_state in ('UNROUTED', 'ROUTED', 'ACCEPTED', 'ASSIGNED', 'RESOLVED')),
    routed_org_unit_id   bigint references org_unit (id),
    assigned_person_id   bigint references person (id),
    acknowledged_at      timestamptz,
    acknowledged_by_id   bigint references person (id),
    resolved_at          timestamptz,
    resolution           text,
    version              bigint not null default 0
);
create index ix_corr_state on correspondence (routing_state, routed_org_unit_id);

create table correspondence_routing (
    id                 bigint primary key,
    correspondence_id  bigint not null references correspondence (executive_action_id),
    occurred_at        timestamptz not null,
    actor_id           bigint references person (id),
    step               varchar(20) not null check (step in ('ROUTED', 'ACCEPTED', 'REASSIGNED', 'ASSIGNED', 'RESOLVED')),
    org_unit_id        bigint references org_unit (id),
    person_id          bigint references person (id),
    note               text
);
create index ix_corr_routing on correspondence_routing (correspondence_id, occurred_at);

-- ---------------------------------------------------------------- process templates
create table process_template (
    id            bigint primary key,
    name          varchar(200) not null unique,
    description   text,
    substep_order varchar(20) not null check (substep_order in ('SEQUENTIAL', 'PARALLEL'))
);
create table process_step (
    id                  bigint primary key,
    template_id         bigint not null references process_template (id) on delete cascade,
    parent_step_id      bigint references process_step (id) on delete cascade,
    name                varchar(200) not null,
    step_type           varchar(30)  not null,
    step_order          int          not null,
    substep_order       varchar(20)  not null check (substep_order in ('SEQUENTIAL', 'PARALLEL')),
    due_offset_days     int          not null default 0,
    assign_to           varchar(40)  not null,
    assignee_person_id  bigint references person (id),
    assignee_team_id    bigint references team (id),
    details             text
);
create index ix_process_step_template on process_step (template_id, parent_step_id, step_order);

-- ---------------------------------------------------------------- action items
create table action_item (
    id                   bigint primary key,
    number               varchar(20)  not null unique,
    subject              varchar(400) not null,
    details              text,
    item_type            varchar(30)  not null,
    status               varchar(30)  not null check (status in ('NEW', 'IN_PROGRESS', 'SUBMITTED_FOR_REVIEW', 'REVIEW_IN_PROGRESS', 'RETURNED', 'COMPLETE', 'CANCELLED', 'DEFERRED')),
    -- the hot queries only look at items that still need work
    is_open              boolean generated always as (status in ('NEW', 'IN_PROGRESS', 'SUBMITTED_FOR_REVIEW', 'REVIEW_IN_PROGRESS', 'RETURNED')) stored,
    priority             varchar(10)  not null,
    assignee_person_id   bigint references person (id),
    assignee_team_id     bigint references team (id),
    -- the org unit answerable for the item (the assignee's, or the team's); drives the managers' views
    org_unit_id          bigint references org_unit (id),
    originator_id        bigint not null references person (id),
    reviewer_id          bigint references person (id),
    executive_action_id  bigint references executive_action (id),
    parent_id            bigint references action_item (id),
    predecessor_id       bigint references action_item (id),
    process_step_id      bigint references process_step (id),
    sequence_no          int not null default 0,
    start_date           date,
    due_date             date,
    next_steps           text,
    paused               boolean not null default false,
    completed_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    updated_by           varchar(200),
    version              bigint not null default 0,
    check (assignee_person_id is null or assignee_team_id is null)
);
create index ix_item_open_assignee_due on action_item (assignee_person_id, due_date, id) where is_open;
create index ix_item_open_team_due on action_item (assignee_team_id, due_date, id) where is_open and assignee_team_id is not null;
create index ix_item_open_org_due on action_item (org_unit_id, due_date, id) where is_open;
create index ix_item_executive_action on action_item (executive_action_id);
create index ix_item_parent on action_item (parent_id);
create index ix_item_predecessor on action_item (predecessor_id);

create table action_item_comment (
    id          bigint primary key,
    item_id     bigint      not null references action_item (id),
    author_id   bigint      not null references person (id),
    kind        varchar(20) not null check (kind in ('COMMENT', 'RETURN_REASON', 'APPROVAL_NOTE')),
    body        text        not null,
    created_at  timestamptz not null
);
create index ix_comment_item on action_item_comment (item_id, created_at);

-- ---------------------------------------------------------------- audit (append-only)
create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor_id     bigint,
    actor_label  varchar(320) not null,
    record_type  varchar(60)  not null,
    record_id    varchar(60)  not null,
    action       varchar(60)  not null,
    before_state jsonb,
    after_state  jsonb,
    ai_assisted  boolean      not null default false
);
create index ix_audit_record on audit_entry (record_type, record_id, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- ---------------------------------------------------------------- scheduler locks (ShedLock)
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
