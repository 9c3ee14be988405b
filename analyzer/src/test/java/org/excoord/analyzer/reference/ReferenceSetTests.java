package org.excoord.analyzer.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.excoord.analyzer.SampleOrders;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.ParsedSection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The hand-made reference is checked by script: quotes verbatim, sentences whole, due dates as the text says. */
class ReferenceSetTests {

    static final java.util.List<String> ORDERS = ReferenceSet.ORDERS;

    private static final Pattern FROM_ORDER = Pattern.compile(
            "(?i)within (\\d+) (day|month|year)s? of (?:the date of )?this order");

    @ParameterizedTest
    @FieldSource("ORDERS")
    void everyQuoteIsVerbatimInItsSectionAndStartsASentence(String order) {
        ParsedAuthority parsed = SampleOrders.parse(order);
        ReferenceSet reference = ReferenceSet.of(order);
        Map<String, ParsedSection> sections = parsed.sections().stream()
                .collect(Collectors.toMap(ParsedSection::sectionId, s -> s, (a, b) -> a));

        assertThat(reference.order()).isEqualTo(order);
        assertThat(reference.signed()).isEqualTo(parsed.signingDate());
        assertThat(reference.duties()).isNotEmpty();
        for (ReferenceSet.Duty duty : reference.duties()) {
            ParsedSection section = sections.get(duty.section());
            assertThat(section).as("section %s exists", duty.section()).isNotNull();
            String text = Scorer.normalized(section.text());
            String quote = Scorer.normalized(duty.quote());
            assertThat(text).as(duty.section()).contains(quote);
            assertThat(Scorer.startsASentence(text.substring(0, text.indexOf(quote)).strip(), quote,
                    section.heading())).as("%s starts a sentence: %s", duty.section(), quote).isTrue();
            assertThat(deadlineText(quote, section, parsed)).as(duty.section()).containsIgnoringCase(duty.deadline());
            assertThat(duty.actor()).isNotBlank();
        }
    }

    /**
     * Where a duty's deadline is written: in its quote, or, for a list item that inherits it ("Within 90 days …, the
     * Secretary shall: (i) …"), in the lead-in, its parent's text before the parent's first item.
     */
    private static String deadlineText(String quote, ParsedSection section, ParsedAuthority parsed) {
        if (section.parentId() == null || !quote.startsWith("(")) {
            return quote;
        }
        ParsedSection parent = parsed.sections().stream().filter(s -> s.sectionId().equals(section.parentId()))
                .findFirst().orElseThrow();
        ParsedSection firstItem = parsed.sections().stream().filter(s -> parent.sectionId().equals(s.parentId()))
                .findFirst().orElseThrow();
        String leadIn = parent.text().substring(0, parent.text().indexOf(firstItem.text()));
        return quote + " " + Scorer.normalized(leadIn);
    }

    @ParameterizedTest
    @FieldSource("ORDERS")
    void everyDueDateIsTheOneItsDeadlineGivesFromTheSigningDate(String order) {
        ReferenceSet reference = ReferenceSet.of(order);
        for (ReferenceSet.Duty duty : reference.duties()) {
            Matcher m = FROM_ORDER.matcher(duty.deadline());
            if (m.lookingAt()) {
                int n = Integer.parseInt(m.group(1));
                LocalDate expected = switch (m.group(2).toLowerCase()) {
                    case "month" -> reference.signed().plusMonths(n);
                    case "year" -> reference.signed().plusYears(n);
                    default -> reference.signed().plusDays(n);
                };
                assertThat(duty.due()).as(duty.section() + " " + duty.deadline()).isEqualTo(expected);
            } else if (duty.recurrence() == null) {
                // counted from another event: no date until that event happens
                assertThat(duty.due()).as(duty.section() + " " + duty.deadline()).isNull();
                assertThat(duty.countsFrom()).as(duty.section()).isNotBlank();
            } else {
                assertThat(java.time.Period.parse(duty.recurrence().period())).isNotNull();
            }
        }
    }
}
