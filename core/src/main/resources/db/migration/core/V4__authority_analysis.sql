-- Analyses of an authority's text, kept per (text, analyzer): asking again costs nothing (no model tokens).
-- (V3 is the bot module's chat_address table.)
create table authority_analysis (
    id             bigint generated always as identity primary key,
    content_hash   varchar(64)  not null,
    analyzer       varchar(100) not null,
    result         jsonb        not null,
    tokens_in      integer      not null default 0,
    tokens_out     integer      not null default 0,
    created_at     timestamptz  not null,
    unique (content_hash, analyzer)
);
