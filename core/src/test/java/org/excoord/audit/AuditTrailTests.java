package org.excoord.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.CoreIntegrationTest;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditTrailTests extends CoreIntegrationTest {

    @Autowired
    ActionItemManagement items;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyChangeIsRecordedWithWhoAndBeforeAndAfter() {
        OrgUnit unit = fixtures.unit("Audit Office", null);
        Person manager = fixtures.manager("Ada Auditor", unit);
        Person worker = fixtures.person("Will Worker", unit);
        Actor boss = fixtures.actor(manager);
        Actor me = fixtures.actor(worker);

        ActionItem item = items.create(NewActionItem.adHoc("Audited item", worker.getId(), LocalDate.of(2027, 3, 1),
                null), boss).orElseThrow();
        item = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, me).orElseThrow();
        items.changeDueDate(item.getId(), LocalDate.of(2027, 3, 15), item.getVersion(), boss).orElseThrow();
        items.comment(item.getId(), "On it", me).orElseThrow();

        List<AuditEntry> history = audit.history("ActionItem", item.getId());
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly("CREATED", "START", "DUE_DATE_CHANGED", "COMMENTED");
        AuditEntry start = history.get(1);
        assertThat(start.actorId()).isEqualTo(worker.getId());
        assertThat(start.actorLabel()).isEqualTo("Will Worker");
        assertThat(start.before()).contains("\"status\": \"NEW\"");
        assertThat(start.after()).contains("\"status\": \"IN_PROGRESS\"");
        assertThat(start.after()).doesNotContain("subject"); // only what changed
        assertThat(history.get(2).before()).contains("2027-03-01");
        assertThat(history.get(2).after()).contains("2027-03-15");
    }

    /**
     * The app's own role has no UPDATE, DELETE or TRUNCATE on the audit trail at all (see the security tests of the
     * bot); the trigger is what stops even the schema's owner.
     */
    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditTrailEvenToItsOwner() {
        OrgUnit unit = fixtures.unit("Tamper Office", null);
        Person manager = fixtures.manager("Tim Tamper", unit);
        items.create(NewActionItem.adHoc("Something to audit", manager.getId(), null, null), fixtures.actor(manager))
                .orElseThrow();
        JdbcTemplate owner = new JdbcTemplate(EmbeddedPostgresSupport.owner());
        Long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        Long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        assertThatThrownBy(() -> owner.update("update audit_entry set actor_label = 'someone else' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select actor_label from audit_entry where id = ?", String.class, id))
                .isEqualTo("Tim Tamper");
    }
}
