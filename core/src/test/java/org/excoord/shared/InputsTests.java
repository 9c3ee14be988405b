package org.excoord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@SecurityTest
class InputsTests {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001", "\u001b[31m", "a\u007f", "a\u0085b", "a\u009f", "a\ud800b",
            "\udc00a", "a\ud83d", "a\ufffeb", "a\uffff", "a\ufdd0", "a\ud83f\udffe"})
    void refusesControlsLoneSurrogatesAndNoncharacters(String hostile) {
        assertThat(Inputs.textProblem(hostile, true)).isNotNull();
        assertThat(Inputs.textProblem(hostile, false)).isNotNull();
        assertThat(Inputs.text("subject", hostile, 100, false)).extracting(Refusal::field, Refusal::kind)
                .containsExactly("subject", Refusal.Kind.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "line\nline", "crlf\r\nend"})
    void allowsTabsAndLineBreaksOnlyInMultiLineText(String text) {
        assertThat(Inputs.textProblem(text, true)).isNull();
        assertThat(Inputs.textProblem(text, false)).isEqualTo("must be a single line (no tabs or line breaks)");
    }

    @Test
    void acceptsAnyOtherUnicodeTextUnchanged() {
        assertThat(Inputs.textProblem("Ünïcödé 漢字 😀 \u00a0 \u200b עברית \ufeff", false)).isNull();
        assertThat(Inputs.textProblem(null, false)).isNull();
        assertThat(Inputs.text("subject", "x".repeat(10), 9, false).message()).contains("longer than 9");
    }

    @Test
    void acceptsDatesFrom1900To2200Only() {
        assertThat(Inputs.dateProblem(LocalDate.of(1900, 1, 1))).isNull();
        assertThat(Inputs.dateProblem(LocalDate.of(2200, 12, 31))).isNull();
        assertThat(Inputs.dateProblem(LocalDate.of(1899, 12, 31))).isNotNull();
        assertThat(Inputs.dateProblem(LocalDate.of(2201, 1, 1))).isNotNull();
        assertThat(Inputs.dateProblem(LocalDate.of(0, 1, 1))).isNotNull();
        assertThat(Inputs.dateProblem(LocalDate.MIN)).isNotNull();
        assertThat(Inputs.dateProblem(LocalDate.MAX)).isNotNull();
        assertThat(Inputs.instantProblem(Instant.parse("1900-01-01T00:00:00Z"))).isNull();
        assertThat(Inputs.instantProblem(Instant.parse("2200-12-31T23:59:59Z"))).isNull();
        assertThat(Inputs.instantProblem(Instant.parse("1899-12-31T23:59:59Z"))).isNotNull();
        assertThat(Inputs.instantProblem(Instant.parse("2201-01-01T00:00:00Z"))).isNotNull();
        assertThat(Inputs.instantProblem(Instant.MAX)).isNotNull();
    }

    record Command(@CleanText @jakarta.validation.constraints.Size(max = 5) String name,
            @CleanText(multiline = true) String notes, @SaneDate LocalDate due, @jakarta.validation.Valid Inner inner) {
    }

    record Inner(@CleanText String title) {
    }

    @Test
    void checksACommandAndNamesTheFieldAtFault() {
        assertThat(Inputs.check(new Command("ok", "two\nlines", LocalDate.of(2026, 3, 1), new Inner("fine")))).isNull();
        assertThat(Inputs.check(new Command("a\u0000", null, null, null)).field()).isEqualTo("name");
        assertThat(Inputs.check(new Command("toolong", null, null, null)).field()).isEqualTo("name");
        assertThat(Inputs.check(new Command(null, "a\u0007", null, null)).field()).isEqualTo("notes");
        assertThat(Inputs.check(new Command(null, null, LocalDate.of(0, 1, 1), null)).message())
                .isEqualTo("due must be between 1900-01-01 and 2200-12-31");
        assertThat(Inputs.check(new Command(null, null, null, new Inner("a\nb"))))
                .extracting(Refusal::field, Refusal::message)
                .containsExactly("inner.title", "inner.title must be a single line (no tabs or line breaks)");
    }
}
