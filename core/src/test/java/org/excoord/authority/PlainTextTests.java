package org.excoord.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void markdownMarkupIsRemovedAndTheWordsKept() {
        assertThat(PlainText.of("## Executive Order 14028")).isEqualTo("Executive Order 14028");
        assertThat(PlainText.of("**Title 3—The President**  \n**Executive Order 14179 of January 23, 2025**"))
                .isEqualTo("Title 3—The President Executive Order 14179 of January 23, 2025");
        assertThat(PlainText.of("See the [Federal Register](https://www.federalregister.gov/d/2021-10460) and "
                + "*section 2*, __not__ `code`; \\#1 ~~gone~~")).isEqualTo("See the Federal Register and section 2, "
                + "not code; #1 gone");
        assertThat(PlainText.of("- a bullet\n> a quote")).isEqualTo("a bullet a quote");
        // what is not markup stays: snake_case, a lone asterisk, "Costs < $5M & > $1M"
        assertThat(PlainText.of("file_name_here, 5 * 3, Costs < $5M & > $1M")).isEqualTo("file_name_here, 5 * 3, "
                + "Costs < $5M & > $1M");
    }

    @Test
    void aLongTextIsCutAtAWordOrSentenceBoundaryWithACleanEllipsis() {
        String text = "Within 45 days of the date of this order, the Secretary of Homeland Security, in consultation "
                + "with the Secretary of Defense acting through the Director of the National Security Agency (NSA), "
                + "the Attorney General, and the Director of OMB, shall recommend contract language.";
        String cut = PlainText.clipped(text, 120);
        assertThat(cut).hasSizeLessThanOrEqualTo(120).endsWith("…").doesNotEndWith(" …").doesNotEndWith(",…");
        String kept = cut.substring(0, cut.length() - 1);
        assertThat(text).startsWith(kept);
        assertThat(text.charAt(kept.length())).as("the cut falls between words").isIn(' ', ',');
        assertThat(PlainText.clipped("Short enough.", 120)).isEqualTo("Short enough.");
        // a sentence that fits, and keeps most of it, is kept whole rather than cut
        assertThat(PlainText.clipped("The first sentence is long enough to keep on its own here. The second one "
                + "runs on and on past the limit", 70)).isEqualTo("The first sentence is long enough to keep on its own here.");
    }

    @Test
    void sentencesJoinedIntoAParagraphKeepTheirBoundaries() {
        assertThat(PlainText.paragraph(List.of("It makes software resilient against misuse",
                "In the workplace itself, agencies adopt zero trust.", "**Why** it matters,")))
                .isEqualTo("It makes software resilient against misuse. In the workplace itself, agencies adopt zero "
                        + "trust. Why it matters.");
    }
}
