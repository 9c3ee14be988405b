-- Comments that excoord itself writes (e.g. graph-sync's "Changed in Planner and put back: …") have no person as
-- author; cards and the API name them "excoord".
alter table action_item_comment alter column author_id drop not null;
