package org.excoord.bot.embedded;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two roles of the embedded default, set up as the superuser before Flyway runs: {@link #OWNER} owns the schema
 * and runs the migrations, {@link #APP} is what the application connects as and gets only what the migrations grant
 * it (V7). Data directories from before the roles existed have everything owned by the superuser; it is handed to the
 * owner, so that the migrations can grant and alter. Idempotent: it runs at every start.
 */
final class DatabaseRoles {

    static final String OWNER = "excoord_owner";
    static final String APP = "excoord_app";

    private static final String CREATE_ROLES = """
            do $$ begin
                if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s login; end if;
                if not exists (select from pg_roles where rolname = '%2$s') then create role %2$s login; end if;
            end $$;
            alter schema public owner to %1$s;
            """.formatted(OWNER, APP);

    /** Tables, views and free-standing sequences (those of a column follow their table), then functions. */
    private static final String HAND_OVER = """
            do $$ declare r record; begin
                for r in select c.oid::regclass as name, case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                            when 'm' then 'materialized view' else 'table' end as kind
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                            and c.relowner <> '%1$s'::regrole
                            and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                and d.objid = c.oid and c.relkind = 'S' and d.deptype in ('a', 'i'))
                loop
                    execute format('alter %%s %%s owner to %1$s', r.kind, r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and p.proowner <> '%1$s'::regrole
                loop
                    execute format('alter routine %%s owner to %1$s', r.name);
                end loop;
            end $$;
            """.formatted(OWNER);

    private DatabaseRoles() {
    }

    static void setUp(DataSource superuser) {
        JdbcTemplate jdbc = new JdbcTemplate(superuser);
        jdbc.execute(CREATE_ROLES);
        jdbc.execute(HAND_OVER);
    }
}
