package org.excoord.bot.authorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.actionitem.Recurrence;
import org.excoord.audit.AuditLog;
import org.excoord.audit.RefusalTrail;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AnalysisResult.Deadline;
import org.excoord.authority.analysis.AnalysisResult.Obligation;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Feature.Pressed;
import org.excoord.bot.conversation.Turn;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Role;
import org.excoord.shared.Outcome;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Page;

/**
 * Items created from a recurring duty recur (issue 12): the duty's recurrence reaches the new item, and the draft
 * says how often. The feature on mocks of core, which has its own tests of how an item recurs.
 */
class RecurringDutyItemsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final AuthorityLookup lookup = mock(AuthorityLookup.class);
    private final AuthorityAnalysis analysis = mock(AuthorityAnalysis.class);
    private final ExecutiveActionManagement actions = mock(ExecutiveActionManagement.class);
    private final ActionItemManagement items = mock(ActionItemManagement.class);
    private final Directory directory = mock(Directory.class);
    private final Actor actor = new Actor(5L, "Patti Fernandez", null, EnumSet.of(Role.MANAGER), List.of(), Set.of());
    private final AnalysisFeature feature = new AnalysisFeature(lookup, analysis, actions, items,
            mock(AuditLog.class), mock(RefusalTrail.class), directory, new AgencyProperties("Department of Testing",
                    List.of()), new AnalysisProperties(10, null), Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"),
                    ZoneOffset.UTC), extras());

    /** "Who will be told" is the conversation's part, tested there: here it leaves the card as it is. */
    private static org.excoord.bot.conversation.ItemCardExtras extras() {
        org.excoord.bot.conversation.ItemCardExtras extras = mock(org.excoord.bot.conversation.ItemCardExtras.class);
        when(extras.told(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(i -> i.getArgument(0));
        when(extras.keep(org.mockito.ArgumentMatchers.any())).thenAnswer(i -> i.getArgument(0));
        when(extras.decorate(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(i -> i.getArgument(0));
        return extras;
    }

    private ObjectNode pressed(Obligation duty) {
        LegalAuthority order = mock(LegalAuthority.class);
        when(order.getId()).thenReturn(7L);
        when(order.getName()).thenReturn("Executive Order 99999: Testing");
        when(order.getExecutiveOrderNumber()).thenReturn("99999");
        when(lookup.find(7L)).thenReturn(Optional.of(order));
        AnalysisResult result = new AnalysisResult("offline-1", "Offline analysis", "S.", List.of(), List.of(duty),
                List.of(), AnalysisResult.Usage.NONE, null);
        when(analysis.analyze(7L)).thenReturn(Outcome.done(result));
        when(items.today()).thenReturn(TODAY);
        when(actions.list(any())).thenReturn(Page.empty());
        when(actions.find(3L)).thenReturn(Optional.of(mock(ExecutiveAction.class)));
        ActionItem created = mock(ActionItem.class);
        when(created.getId()).thenReturn(41L);
        when(created.getNumber()).thenReturn("AI-2026-000041");
        when(items.create(any(), eq(actor))).thenReturn(Outcome.done(created));
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("authorityId", 7).put("executiveActionId", 3)
                .put("duty0", "true").put("due0", TODAY.plusDays(20).toString());
        feature.verbs().get("analysis.createItems").act(new Pressed("analysis.createItems", data, actor,
                new Viewer("29:1", true), new Turn("aad", "29:1", "Patti", ChatKind.PERSONAL, null)));
        ArgumentCaptor<NewActionItem> spec = ArgumentCaptor.forClass(NewActionItem.class);
        verify(items).create(spec.capture(), eq(actor));
        return JsonNodeFactory.instance.objectNode().putPOJO("spec", spec.getValue());
    }

    private static Obligation duty(AnalysisResult.Recurrence recurrence) {
        return new Obligation("the head of each agency", "report to the Council on the progress made",
                new Deadline("Within 60 days of the date of this order", 60, "the date of this order",
                        TODAY.plusDays(20)).withRecurrence(recurrence), "Sec. 2(a)", "Within 60 days of the date of "
                        + "this order, and every 60 days thereafter, the head of each agency shall report to the "
                        + "Council on the progress made.");
    }

    @Test
    void anItemCreatedFromARecurringDutyRecursAsTheTextSays() {
        ObjectNode captured = pressed(duty(new AnalysisResult.Recurrence("P60D", "every 60 days thereafter",
                "the previous occurrence", LocalDate.of(2030, 12, 31))));

        NewActionItem spec = (NewActionItem) ((com.fasterxml.jackson.databind.node.POJONode) captured.get("spec"))
                .getPojo();
        assertThat(spec.recurrence()).isEqualTo(new Recurrence(Period.ofDays(60), LocalDate.of(2030, 12, 31)));
        assertThat(spec.dueDate()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void aDutyDoneOnceOrWithAPeriodNoItemMayRecurByMakesAnItemDoneOnce() {
        NewActionItem once = (NewActionItem) ((com.fasterxml.jackson.databind.node.POJONode) pressed(duty(null))
                .get("spec")).getPojo();
        assertThat(once.recurrence()).isNull();
        assertThat(AnalysisFeature.recurrenceOf(duty(new AnalysisResult.Recurrence("P10Y", "every 10 years",
                "the previous occurrence", null)))).isNull();
        assertThat(AnalysisFeature.recurrenceOf(duty(new AnalysisResult.Recurrence("P1Y", "annually",
                "the previous occurrence", null)))).isEqualTo(new Recurrence(Period.ofYears(1), null));
    }
}
