package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The arithmetic and the bounds of a recurrence, without a database. */
class RecurrenceTests {

    @Test
    void theNextDueDateCountsCalendarMonthsAndYearsAndPlainDays() {
        LocalDate jan31 = LocalDate.of(2027, 1, 31);
        assertThat(new Recurrence(Period.ofMonths(1), null).nextDue(jan31, null)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new Recurrence(Period.ofMonths(3), null).nextDue(jan31, null)).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(new Recurrence(Period.ofYears(1), null).nextDue(LocalDate.of(2028, 2, 29), null))
                .isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(new Recurrence(Period.ofDays(60), null).nextDue(jan31, null)).isEqualTo(LocalDate.of(2027, 4, 1));
        // no due date: counted from the day it was completed
        assertThat(new Recurrence(Period.ofDays(60), null).nextDue(null, LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void anEndIsInclusive() {
        Recurrence r = new Recurrence(Period.ofYears(1), LocalDate.of(2030, 12, 31));
        assertThat(r.allows(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(r.allows(LocalDate.of(2031, 1, 1))).isFalse();
        assertThat(new Recurrence(Period.ofYears(1), null).allows(LocalDate.of(2199, 1, 1))).isTrue();
    }

    @Test
    void aPeriodIsBetweenOneDayAndFiveYears() {
        assertThat(Recurrence.check("recurrence", Period.ofDays(1))).isNull();
        assertThat(Recurrence.check("recurrence", Period.ofYears(5))).isNull();
        assertThat(Recurrence.check("recurrence", Period.ofMonths(60))).isNull();
        assertThat(Recurrence.check("recurrence", Period.ZERO)).isNotNull();
        assertThat(Recurrence.check("recurrence", Period.ofDays(-3))).isNotNull();
        assertThat(Recurrence.check("recurrence", Period.of(5, 0, 1))).isNotNull();
        assertThat(Recurrence.check("recurrence", Period.ofDays(2000))).isNotNull();
        assertThat(Recurrence.check("recurrence", null)).isNotNull();
        assertThat(Recurrence.parse("p60d")).isEqualTo(Period.ofDays(60));
        assertThat(Recurrence.parse("every 60 days")).isNull();
        assertThat(Recurrence.parse("P99999999999999999999Y")).isNull();
    }

    @Test
    void itIsSaidInPlainWords() {
        assertThat(Recurrence.inWords(Period.ofDays(60))).isEqualTo("every 60 days");
        assertThat(Recurrence.inWords(Period.ofYears(1))).isEqualTo("annually");
        assertThat(Recurrence.inWords(Period.ofMonths(12))).isEqualTo("annually");
        assertThat(Recurrence.inWords(Period.ofMonths(3))).isEqualTo("quarterly");
        assertThat(Recurrence.inWords(Period.ofMonths(6))).isEqualTo("every 6 months");
        assertThat(Recurrence.inWords(Period.ofYears(2))).isEqualTo("every 2 years");
        assertThat(Recurrence.inWords(Period.ofWeeks(2))).isEqualTo("every 2 weeks");
        assertThat(new Recurrence(Period.ofYears(1), LocalDate.of(2030, 12, 31)).inWords())
                .isEqualTo("annually until 2030-12-31");
    }
}
