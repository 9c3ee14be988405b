-- An authority's full text (up to a few hundred KB) moves to a table of its own: cards, lists and searches read the
-- authority's metadata many times a second and never need its text, which only the analyzer reads.
create table authority_text (
    authority_id bigint primary key references legal_authority (id) on delete cascade,
    full_text    text   not null
);
insert into authority_text (authority_id, full_text) select id, full_text from legal_authority;
alter table legal_authority drop column full_text;
