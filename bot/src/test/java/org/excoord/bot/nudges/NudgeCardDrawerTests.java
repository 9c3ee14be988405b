package org.excoord.bot.nudges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The drawer's own arithmetic: how many working days an escalated item is overdue (weekends and holidays skipped). */
class NudgeCardDrawerTests {

    @Test
    void workingDaysOverdueSkipWeekendsAndFederalHolidays() {
        // Wed Dec 23, 2026 → Mon Dec 28: Thu 24, (Fri 25 Christmas), (weekend), Mon 28
        assertThat(NudgeCardDrawer.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28)))
                .isEqualTo(2);
        // a Friday's item is one working day overdue on Monday
        assertThat(NudgeCardDrawer.workingDaysBetween(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7)))
                .isEqualTo(1);
        // overdue since yesterday, seen on a Saturday: still at least one
        assertThat(NudgeCardDrawer.workingDaysBetween(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 12)))
                .isEqualTo(1);
        // years overdue: bounded, not a loop over every day since
        assertThat(NudgeCardDrawer.workingDaysBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 12, 2)))
                .isBetween(2_400, 2_520);
    }
}
