package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisCardTests {

    @Test
    void dutiesShowTheirSectionAndDueDateAndTheRestIsCounted() throws Exception {
        ObjectNode card = Cards.analysis(new AnalysisCard(7, "Improving the Nation's Cybersecurity", "EO 14028",
                "The order has 11 sections.", List.of(new AnalysisCard.Point("Zero trust for agencies", "Sec. 3(a)")),
                List.of(new AnalysisCard.Duty("the Director of OMB", "review the FAR", LocalDate.of(2021, 7, 11),
                        "Within 60 days of the date of this order", "Sec. 2(b)"),
                        new AnalysisCard.Duty("the FAR Council", "publish updates", null,
                                "Within 90 days of receipt of the recommendations", "Sec. 2(d)")), 40, "offline-1",
                List.of(new Option("4", "EA-2026-000004 Implement EO 14028"))));

        String json = CardAssertions.assertValidCard(card);
        assertThat(json).contains("Sec. 2(b) · due Sun, Jul 11, 2021").contains("Within 90 days of receipt")
                .contains("…and 38 more").contains("offline-1");
        ObjectNode create = CardAssertions.executeWithVerb(card, CardVerbs.ANALYSIS_CREATE_ITEMS);
        assertThat(create.at("/data/authorityId").asLong()).isEqualTo(7);
        assertThat(CardAssertions.inputs(card)).extracting(i -> i.get("id").asText())
                .containsExactly("executiveActionId", "duty0", "duty1");
    }

    @Test
    void hostileTextFromTheAuthorityStaysText() throws Exception {
        String hostile = SampleData.BOLD + " " + SampleData.MENTION + " " + SampleData.SCRIPT + " [x](http://evil)";
        List<AnalysisCard.Duty> many = Collections.nCopies(8, new AnalysisCard.Duty(hostile, hostile.repeat(3),
                null, null, "Sec. 1"));
        ObjectNode card = Cards.analysis(new AnalysisCard(1, hostile, "EO 1", hostile.repeat(10),
                List.of(new AnalysisCard.Point(hostile, "Sec. 1")), many, 200, "offline-1", List.of()));
        CardAssertions.assertHostileIsText(card);
        assertThat(card.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(Cards.MAX_CARD_BYTES);
    }

    @Test
    void impactsShowGradesCategoriesAndSectionsInWords() throws Exception {
        ObjectNode card = Cards.impacts(new ImpactsCard(7, "EO 14028", "Office of the CIO", List.of(
                new ImpactsCard.Finding("RISK", "MEDIUM", "HIGH", "Security and Safety", "Missing the deadline", "Sec. 3(b)")),
                true));
        assertThat(CardAssertions.assertValidCard(card)).contains("Medium risk, likelihood high · Security and Safety")
                .contains("Sec. 3(b)");
        assertThat(CardAssertions.executeWithVerb(card, CardVerbs.ANALYSIS_RECORD_FINDINGS).at("/data/authorityId").asLong())
                .isEqualTo(7);
        assertThat(CardAssertions.assertValidCard(Cards.impacts(new ImpactsCard(1, "EO 1", "Unit", List.of(), true))))
                .contains("None of its duties");
    }
}
