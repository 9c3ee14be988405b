package org.excoord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The federal calendar on years checked by hand against OPM's published holiday lists. */
class WorkingDaysTests {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the2026HolidaysAreObservedOnTheirDays() {
        assertThat(WorkingDays.observedHolidays(2026).keySet()).containsExactly(d("2026-01-01"), d("2026-01-19"),
                d("2026-02-16"), d("2026-05-25"), d("2026-06-19"), d("2026-07-03"), d("2026-09-07"),
                d("2026-10-12"), d("2026-11-11"), d("2026-11-26"), d("2026-12-25"));
        assertThat(WorkingDays.holiday(d("2026-07-03"))).as("July 4 is a Saturday").contains("Independence Day");
        assertThat(WorkingDays.holiday(d("2026-10-12"))).contains("Columbus Day");
        assertThat(WorkingDays.isWorkingDay(d("2026-07-03"))).isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2026-07-06"))).isTrue();
    }

    @Test
    void saturdayHolidaysMoveToTheFridayBeforeEvenAcrossTheYear() {
        assertThat(WorkingDays.observedHolidays(2027).keySet()).containsExactly(d("2027-01-01"), d("2027-01-18"),
                d("2027-02-15"), d("2027-05-31"), d("2027-06-18"), d("2027-07-05"), d("2027-09-06"),
                d("2027-10-11"), d("2027-11-11"), d("2027-11-25"), d("2027-12-24"), d("2027-12-31"));
        assertThat(WorkingDays.holiday(d("2027-06-18"))).contains("Juneteenth National Independence Day");
        assertThat(WorkingDays.holiday(d("2027-07-05"))).as("July 4 is a Sunday").contains("Independence Day");
        assertThat(WorkingDays.holiday(d("2027-12-24"))).contains("Christmas Day");
        assertThat(WorkingDays.holiday(d("2027-12-31"))).as("New Year's Day 2028 is a Saturday")
                .contains("New Year's Day");
        assertThat(WorkingDays.observedHolidays(2028)).doesNotContainValue("New Year's Day");
    }

    @Test
    void juneteenthIsAHolidayFrom2021() {
        assertThat(WorkingDays.isWorkingDay(d("2020-06-19"))).isTrue();
        assertThat(WorkingDays.isWorkingDay(d("2023-06-19"))).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(WorkingDays.isWorkingDay(d("2026-03-07"))).isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2026-03-08"))).isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2026-03-09"))).isTrue();
    }

    @Test
    void previousAndNextSkipWeekendsAndHolidays() {
        assertThat(WorkingDays.previousWorkingDay(d("2026-03-10"))).isEqualTo(d("2026-03-09"));
        assertThat(WorkingDays.previousWorkingDay(d("2026-03-09"))).as("Monday → Friday").isEqualTo(d("2026-03-06"));
        assertThat(WorkingDays.previousWorkingDay(d("2026-11-27"))).as("the day after Thanksgiving")
                .isEqualTo(d("2026-11-25"));
        assertThat(WorkingDays.previousWorkingDay(d("2026-07-06"))).as("Friday July 3 observed")
                .isEqualTo(d("2026-07-02"));
        assertThat(WorkingDays.previousWorkingDay(d("2028-01-03"))).as("Dec 31 observed, then a weekend")
                .isEqualTo(d("2027-12-30"));
        assertThat(WorkingDays.nextWorkingDay(d("2026-01-16"))).as("Friday → Tuesday after MLK Day")
                .isEqualTo(d("2026-01-20"));
        assertThat(WorkingDays.nextWorkingDay(d("2027-12-23"))).as("Christmas and New Year observed on Fridays")
                .isEqualTo(d("2027-12-27"));
    }

    @Test
    void plusWorkingDaysCountsOnlyWorkingDays() {
        assertThat(WorkingDays.plusWorkingDays(d("2026-11-25"), 2)).as("over Thanksgiving")
                .isEqualTo(d("2026-11-30"));
        assertThat(WorkingDays.plusWorkingDays(d("2026-11-30"), -2)).isEqualTo(d("2026-11-25"));
        assertThat(WorkingDays.plusWorkingDays(d("2026-03-06"), 5)).isEqualTo(d("2026-03-13"));
        assertThat(WorkingDays.plusWorkingDays(d("2026-03-07"), 0)).isEqualTo(d("2026-03-07"));
        assertThat(WorkingDays.plusWorkingDays(d("2026-03-07"), 1)).as("from a Saturday").isEqualTo(d("2026-03-09"));
    }
}
