package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.excoord.authority.AuthorityDetails;
import org.excoord.authority.AuthoritySection;
import org.excoord.authority.ParsedSection;
import org.junit.jupiter.api.Test;

/** Defect 9: the card said "Sections 169" (every paragraph) where the summary said "13 sections". */
class CardModelsSectionsTests {

    @Test
    void theAuthorityCardCountsTheNumberedSectionsNotTheirParagraphs() {
        List<AuthoritySection> sections = List.of(
                section("Sec. 1", null, 0), section("Sec. 2", null, 1), section("Sec. 2(a)", "Sec. 2", 2),
                section("Sec. 2(a)(i)", "Sec. 2(a)", 3), section("Sec. 2(b)", "Sec. 2", 4), section("Sec. 3", null, 5));

        assertThat(CardModels.numberedSections(new AuthorityDetails(null, sections, List.of(), List.of(), List.of())))
                .isEqualTo(3);
    }

    private static AuthoritySection section(String id, String parent, int ordinal) {
        return new AuthoritySection(1L, new ParsedSection(id, parent, parent == null ? 1 : 2, null, "text", ordinal));
    }
}
