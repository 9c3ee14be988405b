package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisCardTests {

    @Test
    void theSummaryCardIsCompactPlainAndLeadsToAllDutiesAndTheSource() throws Exception {
        ObjectNode card = Cards.analysis(SampleData.analysis(null));

        String json = CardAssertions.assertValidCard(card);
        String text = CardAssertions.visibleText(card);
        assertThat(card.at("/body/0/text").asText()).isEqualTo("EO 14028 · Executive Order 14028: Improving the "
                + "Nation's Cybersecurity");
        assertThat(text).doesNotContain("#", "\\*", "REST API", "offline-1", "…and")
                .contains("Automatic analysis found these duties in the text").contains("105 duties in the text; 12 for Department of Public "
                        + "Administration");
        assertThat(card.at("/body/1/text").asText()).as("whole sentences, short").hasSizeLessThanOrEqualTo(
                AnalysisCards.SUMMARY_CHARS).endsWith("cyber campaigns.");
        assertThat(text).contains("Develop a plan to implement Zero Trust Architecture")
                .contains("Duty 21 · Sec. 3(b)(ii) · addressed to the head of each agency · was due Sun, Jul 11, 2021");
        ObjectNode all = CardAssertions.executeWithVerb(card, CardVerbs.ANALYSIS_DUTIES);
        assertThat(all.path("title").asText()).isEqualTo("All duties");
        assertThat(all.at("/data/authorityId").asLong()).isEqualTo(7);
        assertThat(all.at("/data/page").asInt()).isZero();
        assertThat(CardAssertions.all(card, n -> n.path("type").asText().equals("Action.OpenUrl")))
                .singleElement().satisfies(link -> assertThat(link.path("url").asText())
                        .startsWith("https://www.federalregister.gov/"));
        assertThat(json).doesNotContain(CardVerbs.ANALYSIS_UNDO);
        assertThat(json.length()).as("compact").isLessThan(9_000);
    }

    @Test
    void draftsAreNotPickedAndShowSubjectAssigneeAndAnEditableDueDate() throws Exception {
        ObjectNode card = Cards.analysis(SampleData.analysis(null));

        assertThat(CardAssertions.inputs(card)).extracting(i -> i.get("id").asText())
                .containsExactly("executiveActionId", "duty20", "due20", "duty44", "due44");
        ObjectNode pick = CardAssertions.input(card, "duty20");
        assertThat(pick.path("value").asText()).as("nothing picked in advance").isEqualTo("false");
        assertThat(pick.path("title").asText()).isEqualTo("Create this item");
        assertThat(CardAssertions.visibleText(card)).contains("Develop a plan to implement Zero Trust Architecture "
                + "(Sec. 3(b)(ii))\nAssignee: You, to triage");
        ObjectNode due = CardAssertions.input(card, "due20");
        assertThat(due.path("type").asText()).isEqualTo("Input.Date");
        assertThat(due.path("value").asText()).isEqualTo("2026-12-16");
        assertThat(due.path("min").asText()).isEqualTo("2026-12-02");
        String text = CardAssertions.visibleText(card);
        assertThat(text).contains("Assignee: You, to triage · the text's deadline, Sun, Jul 11, 2021, had passed when the "
                + "order was imported: pick a due date");
        assertThat(text).contains("Assignee: Lynne Robbins (Cybersecurity Division) · the text says: within 90 days");
        assertThat(CardAssertions.executeWithVerb(card, CardVerbs.ANALYSIS_CREATE_ITEMS).at("/data/authorityId")
                .asLong()).isEqualTo(7);
    }

    @Test
    void afterCreatingTheSameCardSaysWhatWasCreatedAndOffersUndo() throws Exception {
        ObjectNode card = Cards.analysis(SampleData.analysis(new AnalysisCard.Result(
                "Created AI-2026-000101 and AI-2026-000102 under EA-2026-000004.", "101,102")));

        CardAssertions.assertValidCard(card);
        assertThat(CardAssertions.visibleText(card)).as("the result comes first, the same card follows")
                .startsWith("EO 14028 · Executive Order 14028: Improving the Nation's Cybersecurity\nCreated "
                        + "AI-2026-000101 and AI-2026-000102 under EA-2026-000004.").contains("Soonest duties");
        assertThat(CardAssertions.executes(card).get(0).path("title").asText()).isEqualTo("Undo");
        ObjectNode undo = CardAssertions.executeWithVerb(card, CardVerbs.ANALYSIS_UNDO);
        assertThat(undo.at("/data/items").asText()).isEqualTo("101,102");
        assertThat(undo.at("/data/authorityId").asLong()).isEqualTo(7);
        assertThat(Cards.analysis(SampleData.analysis(new AnalysisCard.Result("Undone.", null))).toString())
                .doesNotContain(CardVerbs.ANALYSIS_UNDO);
    }

    @Test
    void allDutiesArePagedTenAtATimeEachMarkedAsTheAgencysOrNot() throws Exception {
        ObjectNode page = Cards.analysisDuties(SampleData.dutiesPage(1));

        String json = CardAssertions.assertValidCard(page);
        String text = CardAssertions.visibleText(page);
        assertThat(text).contains("page 2 of 11").contains("Publish guidance on duty 10\n")
                .contains("duty 19\n").doesNotContain("duty 9\n", "duty 20\n");
        assertThat(text).contains("For your agency · Duty 13 · Sec. 2 · addressed to agencies")
                .contains("\nDuty 11 · Sec. 11 · addressed to the Secretary of Commerce") // "The …" as the text began
                .doesNotContain("addressed to The ");
        assertThat(CardAssertions.executeWithVerb(page, CardVerbs.ANALYSIS_DUTIES).at("/data/page").asInt())
                .isZero();
        assertThat(CardAssertions.executes(page)).filteredOn(e -> e.path("title").asText().equals("Next page"))
                .singleElement().satisfies(next -> assertThat(next.at("/data/page").asInt()).isEqualTo(2));
        assertThat(CardAssertions.verbs(page)).contains(CardVerbs.AUTHORITY_SUMMARIZE, CardVerbs.ANALYSIS_CREATE_ITEMS);
        assertThat(CardAssertions.executeWithVerb(page, CardVerbs.ANALYSIS_CREATE_ITEMS).at("/data/page").asInt())
                .isEqualTo(1);
        assertThat(json).doesNotContain("REST API");

        ObjectNode last = Cards.analysisDuties(SampleData.dutiesPage(10));
        assertThat(CardAssertions.executes(last)).noneMatch(e -> e.path("title").asText().equals("Next page"));
        assertThat(CardAssertions.visibleText(last)).contains("page 11 of 11").contains("duty 104\n");
    }

    @Test
    void hostileTextFromTheAuthorityStaysText() throws Exception {
        String hostile = SampleData.BOLD + " " + SampleData.MENTION + " " + SampleData.SCRIPT + " [x](http://evil)";
        List<AnalysisCard.Duty> many = Collections.nCopies(8, new AnalysisCard.Duty(1, hostile.repeat(3), hostile,
                null, hostile, "Sec. 1", true));
        AnalysisCard.Drafts drafts = new AnalysisCard.Drafts(Collections.nCopies(1, new AnalysisCard.Draft(1,
                hostile, hostile, LocalDate.of(2026, 12, 16), null, hostile, false)), List.of(new Option("1", hostile)),
                LocalDate.of(2026, 12, 2));
        ObjectNode card = Cards.analysis(new AnalysisCard(1, "EO 1", hostile, hostile.repeat(10), hostile,
                "javascript:alert(1)", hostile, many, 8, 200, drafts, new AnalysisCard.Result(hostile, "1"),
                LocalDate.of(2026, 12, 2)));
        CardAssertions.assertHostileIsText(card);
        assertThat(CardAssertions.all(card, n -> n.path("type").asText().equals("Action.OpenUrl"))).isEmpty();
        assertThat(card.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(Cards.MAX_CARD_BYTES);
        CardAssertions.assertHostileIsText(Cards.analysisDuties(new DutiesCard(1, "EO 1", hostile, hostile, many, 0,
                8, drafts, null, LocalDate.of(2026, 12, 2))));
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
