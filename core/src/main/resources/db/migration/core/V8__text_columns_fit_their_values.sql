-- An amendment's name is derived from its authority's name ("Original: " or "Amended by " + up to 850 characters),
-- so varchar(300) refused the import of every authority whose title is longer than about 290 characters.
alter table legal_amendment alter column name type varchar(1000);
