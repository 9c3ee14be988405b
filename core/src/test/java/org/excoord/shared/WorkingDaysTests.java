package org.excoord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    @Test
    void weekendsAreSkipped() {
        assertThat(WorkingDays.after(WEDNESDAY, 10)).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(WorkingDays.after(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.after(SATURDAY, 0)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.after(SATURDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(WorkingDays.after(WEDNESDAY, 0)).isEqualTo(WEDNESDAY);
        assertThatThrownBy(() -> WorkingDays.after(WEDNESDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
