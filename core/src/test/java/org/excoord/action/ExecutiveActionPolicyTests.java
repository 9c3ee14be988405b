package org.excoord.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who sees, changes and adds to an executive action, for every classification. */
@SecurityTest
class ExecutiveActionPolicyTests {

    private static final long OWNER = 1, STRANGER = 2;
    private static final String OWNER_UNIT = "/DEPT/OCIO/CSD/";

    private static ExecutiveAction action(SecurityClassification classification) {
        return new ExecutiveAction("EA-TEST-1", new NewExecutiveAction("Harden the enclave", null,
                ActionCategory.SECURITY_AND_SAFETY, null, Priority.HIGH, classification, null, null, null, null, null,
                null, OWNER, null), ActionCategory.SECURITY_AND_SAFETY, Instant.EPOCH, "test");
    }

    private static Actor actor(long id, List<String> manages, Role... roles) {
        return new Actor(id, "p" + id, 99L, roles.length == 0 ? EnumSet.of(Role.STAFF) : EnumSet.of(roles[0], roles),
                manages, Set.of());
    }

    private static Actor stranger(Role... roles) {
        return actor(STRANGER, List.of(), roles);
    }

    @Test
    void anUnclassifiedActionIsVisibleToAllStaffButChangedOnlyByItsOwnerTheirManagersAndAdministrators() {
        ExecutiveAction open = action(SecurityClassification.UNCLASSIFIED);
        assertThat(ExecutiveActionPolicy.mayView(stranger(), open, OWNER_UNIT)).isTrue();
        assertThat(ExecutiveActionPolicy.mayChange(stranger(), open, OWNER_UNIT)).isFalse();
        assertThat(ExecutiveActionPolicy.mayChange(stranger(Role.MANAGER), open, OWNER_UNIT)).as("a manager elsewhere")
                .isFalse();
        assertThat(ExecutiveActionPolicy.mayChange(stranger(Role.SECRETARIAT), open, OWNER_UNIT)).isFalse();
        assertThat(ExecutiveActionPolicy.mayChange(actor(OWNER, List.of()), open, OWNER_UNIT)).isTrue();
        assertThat(ExecutiveActionPolicy.mayChange(actor(7, List.of("/DEPT/OCIO/"), Role.MANAGER), open, OWNER_UNIT))
                .as("a manager of an ancestor of the owner's unit").isTrue();
        assertThat(ExecutiveActionPolicy.mayChange(stranger(Role.ADMIN), open, OWNER_UNIT)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SecurityClassification.class, names = "UNCLASSIFIED", mode = EnumSource.Mode.EXCLUDE)
    void aClassifiedActionIsVisibleOnlyToThePeopleClearedForIt(SecurityClassification classification) {
        ExecutiveAction classified = action(classification);
        assertThat(ExecutiveActionPolicy.mayView(stranger(), classified, OWNER_UNIT)).isFalse();
        assertThat(ExecutiveActionPolicy.mayView(stranger(Role.MANAGER), classified, OWNER_UNIT))
                .as("a manager of another unit").isFalse();
        assertThat(ExecutiveActionPolicy.mayView(actor(STRANGER, List.of("/DEPT/OGC/"), Role.MANAGER), classified,
                OWNER_UNIT)).as("managing a sibling unit").isFalse();
        assertThat(ExecutiveActionPolicy.mayView(stranger(), classified, null)).as("an owner without a unit").isFalse();
        assertThat(ExecutiveActionPolicy.mayView(actor(OWNER, List.of()), classified, OWNER_UNIT)).isTrue();
        assertThat(ExecutiveActionPolicy.mayView(actor(7, List.of(OWNER_UNIT), Role.MANAGER), classified, OWNER_UNIT))
                .isTrue();
        assertThat(ExecutiveActionPolicy.mayView(stranger(Role.SECRETARIAT), classified, OWNER_UNIT)).isTrue();
        assertThat(ExecutiveActionPolicy.mayView(stranger(Role.ADMIN), classified, OWNER_UNIT)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SecurityClassification.class)
    void addingUnderAnActionTakesTheRightToChangeIt(SecurityClassification classification) {
        ExecutiveAction action = action(classification);
        for (Actor actor : List.of(stranger(), stranger(Role.MANAGER), stranger(Role.SECRETARIAT),
                actor(OWNER, List.of()), actor(7, List.of(OWNER_UNIT), Role.MANAGER), stranger(Role.ADMIN))) {
            assertThat(ExecutiveActionPolicy.mayAddUnder(actor, action, OWNER_UNIT)).as(actor.roles() + " " + actor.personId())
                    .isEqualTo(ExecutiveActionPolicy.mayChange(actor, action, OWNER_UNIT));
        }
        assertThat(ExecutiveActionPolicy.mayAddUnder(stranger(), action, OWNER_UNIT)).isFalse();
        assertThat(ExecutiveActionPolicy.mayAddUnder(stranger(Role.SECRETARIAT), action, OWNER_UNIT))
                .as("the secretariat sees classified actions but does not add to others'").isFalse();
    }

    @Test
    void onlyManagersTheSecretariatAndAdministratorsCreateActions() {
        assertThat(ExecutiveActionPolicy.mayCreate(stranger())).isFalse();
        assertThat(ExecutiveActionPolicy.mayCreate(stranger(Role.MANAGER))).isTrue();
        assertThat(ExecutiveActionPolicy.mayCreate(stranger(Role.SECRETARIAT))).isTrue();
        assertThat(ExecutiveActionPolicy.mayCreate(stranger(Role.ADMIN))).isTrue();
    }
}
