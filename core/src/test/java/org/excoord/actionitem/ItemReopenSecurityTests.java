package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may cancel, defer and reopen an item: the originator, a manager of the item's unit and admins; never its
 * assignee, a stranger or the manager of another unit (issue 10, defect 6).
 */
@SecurityTest
class ItemReopenSecurityTests extends CoreIntegrationTest {

    @Autowired
    ActionItemManagement items;

    private OrgUnit unit;
    private Person originator;
    private Person worker;

    /** An item that Olive gave Wes, cancelled by Olive. */
    private ActionItem cancelledItem() {
        unit = fixtures.unit("Reopen Office", null);
        fixtures.manager("Mo Manager", unit);
        originator = fixtures.person("Olive Originator", unit, Role.STAFF);
        worker = fixtures.person("Wes Worker", unit);
        ActionItem item = items.create(NewActionItem.adHoc("Draft", worker.getId(), null, null),
                fixtures.actor(originator)).orElseThrow();
        return items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), "Not needed", fixtures.actor(originator))
                .orElseThrow();
    }

    @Test
    void theAssigneeAStrangerAndAnotherUnitsManagerMayNotReopen() {
        ActionItem cancelled = cancelledItem();
        OrgUnit elsewhere = fixtures.unit("Elsewhere", null);
        Actor assignee = fixtures.actor(worker);
        Actor stranger = fixtures.actor(fixtures.person("Sam Stranger", elsewhere));
        Actor otherManager = fixtures.actor(fixtures.manager("Oscar Other", elsewhere));

        for (Actor refused : new Actor[] {assignee, stranger, otherManager}) {
            Refusal refusal = items.apply(cancelled.getId(), ItemVerb.REOPEN, cancelled.getVersion(), null, refused)
                    .refusal();
            assertThat(refusal.kind()).as(refused.displayName()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.subject().recordId()).isEqualTo(cancelled.getId());
            assertThat(items.verbsFor(cancelled, refused)).as(refused.displayName()).doesNotContain(ItemVerb.REOPEN);
        }
        assertThat(items.view(cancelled.getId(), assignee).orElseThrow().getStatus()).isEqualTo(ActionStatus.CANCELLED);
    }

    @Test
    void theOriginatorTheManagerAndAnAdminMayReopen() {
        ActionItem byOriginator = cancelledItem();
        assertThat(items.apply(byOriginator.getId(), ItemVerb.REOPEN, byOriginator.getVersion(), null,
                fixtures.actor(originator)).orElseThrow().getStatus()).isEqualTo(ActionStatus.NEW);

        ActionItem byManager = cancelledItem();
        Actor manager = fixtures.actor(fixtures.manager("Mia Manager", unit));
        assertThat(items.apply(byManager.getId(), ItemVerb.REOPEN, byManager.getVersion(), null, manager)
                .isDone()).isTrue();

        ActionItem byAdmin = cancelledItem();
        Actor admin = fixtures.actor(fixtures.person("Ada Admin", null, Role.ADMIN));
        assertThat(items.apply(byAdmin.getId(), ItemVerb.REOPEN, byAdmin.getVersion(), null, admin).isDone()).isTrue();
    }

    @Test
    void theAssigneeMayNeitherCancelNorDeferTheirOwnItem() {
        OrgUnit office = fixtures.unit("Cancel Office", null);
        Person boss = fixtures.manager("Cal Boss", office);
        Person wes = fixtures.person("Wes Worker", office);
        ActionItem item = items.create(NewActionItem.adHoc("Draft", wes.getId(), null, null), fixtures.actor(boss))
                .orElseThrow();
        Actor assignee = fixtures.actor(wes);

        assertThat(items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), "I don't want to", assignee)
                .refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(items.apply(item.getId(), ItemVerb.DEFER, item.getVersion(), null, items.today().plusDays(3),
                assignee).refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }
}
