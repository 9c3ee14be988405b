package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.excoord.actionitem.Recurrence;
import org.junit.jupiter.api.Test;

/** A recurring item says how often on its card, and a draft of a recurring duty says so before it is created. */
class RecurrenceCardTests {

    private static ItemCard recurring(Recurrence r) {
        ItemCard i = SampleData.item();
        return new ItemCard(i.id(), i.number(), i.subject(), i.details(), i.status(), i.statusLabel(), i.priority(),
                i.dueDate(), i.overdue(), i.assignee(), i.executiveAction(), i.authority(), i.classificationLabel(),
                i.classified(), i.recentComments(), i.verbs(), i.mayChangeDueDate(), i.mayReassign(), i.mayComment(),
                i.reassignTo(), i.version(), i.notice(), i.refreshUserIds(), i.sync(), i.reviewer(), i.deferredUntil(),
                i.decision(), i.today(), i.assigneeTeamsId(), r);
    }

    @Test
    void theItemCardShowsTheRecurrenceAsOneFact() throws Exception {
        ObjectNode every60 = Cards.item(recurring(new Recurrence(Period.ofDays(60), null)), SampleData.PERSONAL);
        ObjectNode annual = Cards.item(recurring(new Recurrence(Period.ofYears(1), LocalDate.of(2030, 12, 31))),
                SampleData.PERSONAL);
        ObjectNode once = Cards.item(SampleData.item(), SampleData.PERSONAL);

        CardAssertions.assertValidCard(every60);
        assertThat(CardAssertions.visibleText(every60)).contains("Recurs").contains("Every 60 days");
        assertThat(CardAssertions.visibleText(annual)).contains("Annually until Tue, Dec 31, 2030");
        assertThat(CardAssertions.visibleText(once)).doesNotContain("Recurs");
    }

    @Test
    void aDraftOfARecurringDutySaysHowOftenInPlainWords() throws Exception {
        AnalysisCard.Drafts drafts = new AnalysisCard.Drafts(List.of(
                new AnalysisCard.Draft(3, "Report on progress (Sec. 2(a))", "You, to triage", LocalDate.of(2026, 12, 16),
                        LocalDate.of(2026, 12, 16), "Within 60 days of the date of this order", false,
                        new Recurrence(Period.ofDays(60), null)),
                new AnalysisCard.Draft(4, "Review the standards (Sec. 2(b))", "You, to triage",
                        LocalDate.of(2026, 12, 16), null, "annually", false, new Recurrence(Period.ofYears(1), null))),
                List.of(new Option("4", "EA-2026-000004 Implement EO 14028")), SampleData.TODAY);
        AnalysisCard base = SampleData.analysis(null);
        ObjectNode card = Cards.analysis(new AnalysisCard(base.authorityId(), base.number(), base.title(),
                base.summary(), base.analyzerLabel(), base.sourceUrl(), base.agency(), base.topDuties(),
                base.agencyDuties(), base.totalDuties(), drafts, null, base.today()));

        String text = CardAssertions.visibleText(card);
        assertThat(text).contains("Assignee: You, to triage · the text's deadline: Wed, Dec 16, 2026 · Recurs every "
                + "60 days").contains("the text says: annually · Recurs annually");
    }
}
