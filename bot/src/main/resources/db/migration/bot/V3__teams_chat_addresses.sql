-- Where the bot can reach a person in Teams: kept from every turn (service URL, conversation, tenant, user ids), so
-- proactive messages and per-user card views work. Versions are shared with db/migration/core: the next core
-- migration is V4.
create table chat_address (
    id                 bigint generated always as identity primary key,
    person_id          bigint       references person (id),
    aad_object_id      varchar(64),
    user_mri           varchar(200) not null,
    conversation_id    varchar(400) not null,
    conversation_type  varchar(20)  not null check (conversation_type in ('PERSONAL', 'GROUP_CHAT', 'CHANNEL')),
    service_url        varchar(400) not null,
    tenant_id          varchar(64),
    bot_id             varchar(200) not null,
    updated_at         timestamptz  not null,
    unique (user_mri, conversation_id)
);
create index ix_chat_address_person on chat_address (person_id, conversation_type);
