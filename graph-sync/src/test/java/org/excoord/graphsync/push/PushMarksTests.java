package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** A change and its mark commit together: a rolled-back change leaves no mark, a committed one does. */
class PushMarksTests extends PushIntegrationTest {

    @Test
    void aCommittedChangeIsMarkedInItsOwnTransaction() {
        OrgUnit unit = fixtures.unit("Marks Office", null);
        Person boss = fixtures.manager("Mara Marks", unit);
        Actor actor = fixtures.actor(boss);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);

        ActionItem item = tx.execute(s -> {
            ActionItem created = create(actor, "Mark me", boss, LocalDate.of(2027, 3, 1));
            // visible inside the publishing transaction: the listener wrote on its connection
            assertThat(changeSeqs(created)).containsExactly(1L);
            return created;
        });

        assertThat(changeSeqs(item)).containsExactly(1L);
        assertThat(state(item)).isEqualTo("PENDING");
    }

    @Test
    void aRolledBackChangeLeavesNoMark() {
        OrgUnit unit = fixtures.unit("Rollback Marks", null);
        Person boss = fixtures.manager("Rory Rollback", unit);
        Actor actor = fixtures.actor(boss);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);

        ActionItem item = tx.execute(s -> {
            ActionItem created = create(actor, "Never marked", boss, LocalDate.of(2027, 3, 1));
            s.setRollbackOnly();
            return created;
        });
        assertThat(changeSeqs(item)).isEmpty();

        ActionItem kept = create(actor, "Kept", boss, LocalDate.of(2027, 3, 1));
        tx.executeWithoutResult(s -> {
            items.changeDueDate(kept.getId(), LocalDate.of(2027, 3, 9), kept.getVersion(), actor).orElseThrow();
            s.setRollbackOnly();
        });
        assertThat(changeSeqs(kept)).as("the rolled-back due date move did not bump the sequence").containsExactly(1L);
    }

    @Test
    void everyKindOfChangeBumpsTheSequence() {
        OrgUnit unit = fixtures.unit("Bump Office", null);
        Person boss = fixtures.manager("Bea Bump", unit);
        Person other = fixtures.person("Otto Other", unit);
        Actor actor = fixtures.actor(boss);
        ActionItem item = create(actor, "Bump me", boss, LocalDate.of(2027, 3, 1));

        item = items.changeDueDate(item.getId(), LocalDate.of(2027, 3, 2), item.getVersion(), actor).orElseThrow();
        item = items.assign(item.getId(), other.getId(), null, item.getVersion(), actor).orElseThrow();
        item = items.edit(item.getId(), "Bumped", null, null, null, item.getVersion(), actor).orElseThrow();
        items.apply(item.getId(), org.excoord.actionitem.ItemVerb.START, item.getVersion(), null, actor).orElseThrow();

        assertThat(changeSeqs(item)).containsExactly(5L);
    }

    @Test
    void aMarkFromElsewhereMakesASyncedItemPendingAgain() {
        OrgUnit unit = fixtures.unit("Remark Office", null);
        Person boss = fixtures.manager("Remy Remark", unit);
        ActionItem item = create(fixtures.actor(boss), "Mark me again", boss, LocalDate.of(2027, 3, 1));
        jdbc.update("update graph_item_sync set pushed_seq = change_seq, state = 'FAILED' where item_id = ?",
                item.getId());

        context.getBean(PushMarks.class).mark(List.of(item.getId()));

        assertThat(changeSeqs(item)).containsExactly(2L);
        assertThat(state(item)).isEqualTo("PENDING");
    }

    private List<Long> changeSeqs(ActionItem item) {
        return jdbc.queryForList("select change_seq from graph_item_sync where item_id = ?", Long.class, item.getId());
    }
}
