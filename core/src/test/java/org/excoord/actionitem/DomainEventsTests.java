package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.DomainEvent;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Listeners in other modules see events only once the change is committed, and never for a rolled-back one. */
@Import(DomainEventsTests.Recorder.class)
class DomainEventsTests extends CoreIntegrationTest {

    @TestConfiguration
    static class Recorder {
        final List<DomainEvent> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(DomainEvent event) {
            received.add(event);
        }
    }

    @Autowired
    ActionItemManagement items;

    @Autowired
    Recorder recorder;

    @Autowired
    TransactionTemplate tx;

    @Test
    void committedChangesAreAnnouncedAfterCommit() {
        OrgUnit unit = fixtures.unit("Event Office", null);
        Person manager = fixtures.manager("Eve Events", unit);
        Person worker = fixtures.person("Eli Events", unit);
        Actor boss = fixtures.actor(manager);

        ActionItem item = tx.execute(s -> {
            ActionItem created = items.create(NewActionItem.adHoc("Announce me", worker.getId(), LocalDate.of(2027, 1, 5),
                    null), boss).orElseThrow();
            assertThat(eventsFor(created.getId())).as("nothing before commit").isEmpty();
            return created;
        });
        assertThat(eventsFor(item.getId())).singleElement().isInstanceOfSatisfying(ActionItemCreated.class,
                e -> assertThat(e.assigneePersonId()).isEqualTo(worker.getId()));

        items.changeDueDate(item.getId(), LocalDate.of(2027, 1, 9), item.getVersion(), boss).orElseThrow();
        assertThat(eventsFor(item.getId())).last().isInstanceOfSatisfying(ActionItemDueDateChanged.class,
                e -> assertThat(e.to()).isEqualTo(LocalDate.of(2027, 1, 9)));
    }

    @Test
    void aRolledBackChangeIsNeverAnnounced() {
        OrgUnit unit = fixtures.unit("Rollback Office", null);
        Person manager = fixtures.manager("Rob Rollback", unit);
        Long id = tx.execute(s -> {
            ActionItem created = items.create(NewActionItem.adHoc("Never happened", manager.getId(), null, null),
                    fixtures.actor(manager)).orElseThrow();
            s.setRollbackOnly();
            return created.getId();
        });
        assertThat(eventsFor(id)).isEmpty();
    }

    private List<DomainEvent> eventsFor(Long itemId) {
        return recorder.received.stream()
                .filter(e -> e instanceof ActionItemCreated c && c.itemId().equals(itemId)
                        || e instanceof ActionItemDueDateChanged d && d.itemId().equals(itemId))
                .toList();
    }
}
