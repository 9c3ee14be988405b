package org.excoord.authority.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Subjects drafted from the actions the offline analyzer finds in the sample orders. */
class DutySubjectTests {

    @Test
    void aSubjectIsAnInstructionWithItsSectionNeverTheActorFirst() {
        assertThat(DutySubject.of("provide a report on the findings of the review", "Sec. 3(b)"))
                .isEqualTo("Provide a report on the findings of the review (Sec. 3(b))");
        assertThat(DutySubject.of("within 60 days of the date of this order, provide a report to the President "
                + "through the Assistant to the President for Homeland Security and Counterterrorism", "Sec. 3(d)(ii)(B)"))
                .startsWith("Provide a report to the President").endsWith("(Sec. 3(d)(ii)(B))");
        assertThat(DutySubject.of("at the end of the 180-day period, provide a written rationale to the Secretary of "
                + "Homeland Security", "Sec. 3(d)(iii)")).startsWith("Provide a written rationale");
        assertThat(DutySubject.of("also directly report to CISA whenever they report under subsection (f)(i); and",
                "Sec. 2(f)(ii)")).isEqualTo("Directly report to CISA whenever they report under subsection (f)(i) "
                        + "(Sec. 2(f)(ii))");
        assertThat(DutySubject.of("digitizing and streamlining documentation that vendors are required to complete, "
                + "including through online accessibility and pre-populated forms; and", "Sec. 3(f)(iv)"))
                .endsWith("pre-populated forms (Sec. 3(f)(iv))");
    }

    @Test
    void aLongActionEndsAtAWordWithAnEllipsis() {
        String action = "develop a plan to implement Zero Trust Architecture, which shall incorporate, as appropriate, "
                + "the migration steps that the National Institute of Standards and Technology (NIST) within the "
                + "Department of Commerce has outlined in standards and guidance, describe any such steps that have "
                + "already been completed, identify activities that will have the most immediate security impact";
        String subject = DutySubject.of(action, "Sec. 3(b)(ii)");
        assertThat(subject).startsWith("Develop a plan").endsWith("\u2026 (Sec. 3(b)(ii))");
        String words = subject.substring(0, subject.indexOf('\u2026'));
        assertThat(words.length()).isLessThanOrEqualTo(DutySubject.MAX_ACTION_CHARS);
        assertThat(action).contains(words.substring(1));
        assertThat(words).doesNotEndWith(" ").doesNotEndWith(",");
        assertThat(DutySubject.of("", null)).isEqualTo("Act on this duty");
    }
}
