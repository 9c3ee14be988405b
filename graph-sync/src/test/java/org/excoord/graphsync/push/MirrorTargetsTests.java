package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Priority;
import org.junit.jupiter.api.Test;

/** The mapping of an item's fields onto Planner's and Outlook's. */
class MirrorTargetsTests {

    @Test
    void theReminderIsAtNineOnTheWorkingDayBefore() {
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2027, 3, 9))).as("Tuesday: Monday 09:00").isEqualTo(900);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2027, 3, 8))).as("Monday: Friday 09:00")
                .isEqualTo(3 * 1440 - 540);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2027, 3, 7))).as("Sunday: Friday 09:00")
                .isEqualTo(2 * 1440 - 540);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2027, 3, 6))).as("Saturday: Friday 09:00")
                .isEqualTo(900);
    }

    @Test
    void theReminderSkipsFederalHolidays() {
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2026, 11, 27)))
                .as("the Friday after Thanksgiving: Wednesday 09:00").isEqualTo(2 * 1440 - 540);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2026, 11, 30)))
                .as("the Monday after Thanksgiving week: Friday 09:00").isEqualTo(3 * 1440 - 540);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2026, 10, 13)))
                .as("the Tuesday after Columbus Day: Friday 09:00").isEqualTo(4 * 1440 - 540);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2026, 7, 6)))
                .as("Monday after July 4 observed on Friday the 3rd: Thursday 09:00").isEqualTo(4 * 1440 - 540);
        assertThat(MirrorTargets.reminderMinutes(LocalDate.of(2027, 12, 27)))
                .as("Monday after Christmas observed on Friday the 24th: Thursday 09:00").isEqualTo(4 * 1440 - 540);
    }

    @Test
    void prioritiesArePlannersOneThreeFiveNine() {
        assertThat(MirrorTargets.priority(Priority.CRITICAL)).isEqualTo(1);
        assertThat(MirrorTargets.priority(Priority.HIGH)).isEqualTo(3);
        assertThat(MirrorTargets.priority(Priority.MEDIUM)).isEqualTo(5);
        assertThat(MirrorTargets.priority(Priority.LOW)).isEqualTo(9);
        assertThat(MirrorTargets.priority(null)).isEqualTo(5);
    }

    @Test
    void progressIsZeroFiftyOrAHundredPercent() {
        assertThat(MirrorTargets.percent(ActionStatus.NEW)).isZero();
        assertThat(MirrorTargets.percent(ActionStatus.DEFERRED)).isZero();
        assertThat(MirrorTargets.percent(ActionStatus.IN_PROGRESS)).isEqualTo(50);
        assertThat(MirrorTargets.percent(ActionStatus.RETURNED)).as("back with the assignee").isEqualTo(50);
        // the assignee's part is done: a task ticked complete in Planner stays ticked while it is reviewed
        assertThat(MirrorTargets.percent(ActionStatus.SUBMITTED_FOR_REVIEW)).isEqualTo(100);
        assertThat(MirrorTargets.percent(ActionStatus.REVIEW_IN_PROGRESS)).isEqualTo(100);
        assertThat(MirrorTargets.percent(ActionStatus.COMPLETE)).isEqualTo(100);
    }

    @Test
    void htmlInTheEventBodyIsEscaped() {
        assertThat(MirrorTargets.escape("<script>\"x\" & 'y'</script>"))
                .isEqualTo("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
    }

    @Test
    void refusalsReadAsSomethingAPersonCanDo() {
        assertThat(FailureReasons.refused("MaximumTasksInProject", "", false)).contains("the plan is full");
        assertThat(FailureReasons.refused("UserNotLicensed", "no licence", false)).contains("no Planner licence");
        assertThat(FailureReasons.refused("MailboxNotEnabledForRESTAPI", "", true)).contains("no Exchange Online");
        assertThat(FailureReasons.refused("ErrorAccessDenied", "Access to OData is disabled", true))
                .contains("application access policy");
    }
}
