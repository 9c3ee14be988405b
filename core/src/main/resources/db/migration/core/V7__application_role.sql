-- The application connects as a role of its own that owns nothing (README, "Database roles"): it reads and writes
-- the domain tables, may only add to the audit trail, and can neither change the schema nor the migration history.
-- Owning nothing, it cannot disable audit_entry's triggers, drop or truncate a table. The migrations run as the
-- owner, so the default privileges below give the application the same rights on every table a later migration
-- creates. The role is excoord_app unless the migration's session sets excoord.app_role (spring.flyway.init-sqls);
-- a database run by one role only (no such role, or the owner itself) gets no grants.
do $$
declare
    app text := coalesce(nullif(current_setting('excoord.app_role', true), ''), 'excoord_app');
begin
    if app = current_user or not exists (select from pg_roles where rolname = app) then
        raise notice 'no application role %: nothing granted', app;
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate on audit_entry from %I', app);
    execute format('revoke all on %I from %I', '${flyway:table}', app);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
end
$$;
