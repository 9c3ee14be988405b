package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.excoord.actionitem.ActionItem;
import org.excoord.authority.analysis.AnalysisResult.Obligation;
import org.excoord.authority.analysis.DutySubject;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.WorkingDays;
import org.junit.jupiter.api.Test;

/** "Summarize": the compact card, all duties page by page, drafting items from the agency's duties, and Undo. */
class AnalysisConversationTests extends AnalysisConversationSupport {

    @Test
    void theSummaryOffersOnlyTheAgencysDutiesNonePickedEachWithSubjectAssigneeAndDueDate() throws Exception {
        JsonNode card = JSON.readTree(summarize(manager));

        List<JsonNode> toggles = all(card, "Input.Toggle");
        assertThat(toggles).isNotEmpty();
        Set<Integer> agencys = Set.copyOf(picks.agencys(null));
        assertThat(toggles).allSatisfy(t -> {
            assertThat(t.path("value").asText()).as("nothing picked in advance").isEqualTo("false");
            int index = Integer.parseInt(t.path("id").asText().substring("duty".length()));
            assertThat(agencys).as("only the agency's duties are offered").contains(index);
            Obligation o = picks.analysis().obligations().get(index);
            String subject = DutySubject.of(o.action(), o.sectionId());
            assertThat(subject).as("an instruction with its section, not the actor").doesNotStartWith(o.actor())
                    .endsWith("(" + o.sectionId() + ")").matches("^\\p{Lu}.*");
            assertThat(texts(card)).contains(subject);
        });
        assertThat(texts(card)).noneMatch(text -> text.contains(": provide") || text.startsWith("the Secretary"));
        assertThat(toggles.toString()).doesNotContain("Secretary of Commerce", "Director of OMB");
        int past = pastDuty();
        JsonNode due = all(card, "Input.Date").stream().filter(d -> d.path("id").asText().equals("due" + past))
                .findFirst().orElseThrow();
        assertThat(due.path("value").asText()).as("a deadline past at import is no due date")
                .isEqualTo(WorkingDays.plusWorkingDays(today(), 10).toString());
        assertThat(due.path("min").asText()).isEqualTo(today().toString());
        assertThat(card.toString()).contains("Assignee: You, to triage").contains("had passed when the order was "
                + "imported");
    }

    @Test
    void theSummaryIsCompactPlainAndLeadsToAllDutiesPagedAndTheSourceDocument() throws Exception {
        String json = summarize(manager);
        JsonNode card = JSON.readTree(json);

        assertThat(card.at("/body/0/text").asText()).doesNotContain("#").contains("Improving the Nation");
        assertThat(json).doesNotContain("REST API", "offline-3", "more in the full analysis")
                .contains("Offline analysis found these duties in the text").contains("analysis.duties");
        assertThat(json.length()).as("compact: no longer every duty and key point").isLessThan(14_000);
        assertThat(all(card, "Action.OpenUrl")).singleElement().satisfies(link -> assertThat(link.path("url")
                .asText()).startsWith("https://www.federalregister.gov/documents/2021/05/17/2021-10460"));

        int total = picks.analysis().obligations().size();
        ObjectNode second = press(manager, "analysis.duties", JSON.createObjectNode().put("authorityId", eoId)
                .put("page", 1));
        String page = second.toString();
        assertThat(page).contains("page 2 of " + ((total + 9) / 10)).contains("Duty 11 ").contains("Duty 20 ")
                .doesNotContain("Duty 10 ", "Duty 21 ").contains("\"Previous page\"").contains("\"Next page\"");
        assertThat(page).contains(picks.analysis().obligations().get(10).sectionId());
    }

    @Test
    void creatingThePickedDutyKeepsTheCardWithTheResultAndRecordsTheOriginalDeadline() throws Exception {
        List<Integer> agencys = picks.agencys(today());
        int past = agencys.get(0);
        int defaulted = agencys.get(1);
        LocalDate picked = WorkingDays.plusWorkingDays(today(), 15);
        ObjectNode data = createData().put("duty" + past, "true").put("due" + past, picked.toString())
                .put("duty" + defaulted, "true").put("duty" + agencys.get(2), "false");

        ObjectNode reply = press(manager, "analysis.createItems", data);

        List<ActionItem> created = itemsUnderTheAction();
        assertThat(created).hasSize(2);
        ActionItem first = created.stream().filter(i -> i.getDueDate().equals(picked)).findFirst().orElseThrow();
        Obligation o = picks.analysis().obligations().get(past);
        assertThat(first.getSubject()).matches("^\\p{Lu}.*").endsWith("(" + o.sectionId() + ")")
                .doesNotStartWith(o.actor()).doesNotStartWith("The head");
        assertThat(first.getAssigneePersonId()).as("no unit is named: the presser triages").isEqualTo(manager.getId());
        assertThat(first.getDetails()).contains(org.excoord.authority.PlainText.date(o.deadline().due()))
                .doesNotContain(o.deadline().due().toString()).contains("already past when the "
                + "authority was imported").contains(o.sectionId()).contains(o.actor());
        assertThat(created).filteredOn(i -> i != first).singleElement().satisfies(i -> assertThat(i.getDueDate())
                .as("no date picked: the default").isEqualTo(WorkingDays.plusWorkingDays(today(), 10)));
        String card = reply.toString();
        assertThat(card).as("the same analysis card, with the result").contains("Soonest duties")
                .contains("Created " + created.get(0).getNumber() + ", " + created.get(1).getNumber() + " under "
                        + action.getNumber()).contains("analysis.undo");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DRAFTED_FROM_ANALYSIS' and "
                + "ai_assisted and actor_id = ?", Integer.class, manager.getId())).isEqualTo(2);
    }

    @Test
    void nothingPickedCreatesNothingAndSaysSoOnTheSameCard() {
        String card = press(manager, "analysis.createItems", createData().put("duty" + pastDuty(), "false"))
                .toString();
        assertThat(card).contains("No duty was picked; nothing was created.").contains("Soonest duties");
        assertThat(itemsUnderTheAction()).isEmpty();
    }

    @Test
    void undoCancelsTheJustCreatedItemsAndASecondPressSaysTheyAreUndone() throws Exception {
        List<Integer> agencys = picks.agencys(null);
        ObjectNode reply = press(manager, "analysis.createItems", createData().put("duty" + agencys.get(0), "true")
                .put("duty" + agencys.get(1), "true").put("page", 0));
        assertThat(reply.toString()).as("pressed on the all-duties card: that card comes back").contains("all duties");
        JsonNode undo = execute(reply, "analysis.undo");
        List<ActionItem> created = itemsUnderTheAction();
        assertThat(undo.at("/data/items").asText()).isEqualTo(created.stream().map(i -> String.valueOf(i.getId()))
                .collect(Collectors.joining(",")));

        String undone = press(manager, "analysis.undo", (ObjectNode) undo.get("data")).toString();

        assertThat(undone).contains("Undone: ").contains("cancelled").doesNotContain("analysis.undo");
        assertThat(itemsUnderTheAction()).extracting(ActionItem::getStatus).containsOnly(ActionStatus.CANCELLED);
        for (ActionItem item : created) {
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ActionItem' and "
                    + "record_id = ? and action = 'CANCEL' and actor_id = ?", Integer.class,
                    String.valueOf(item.getId()), manager.getId())).isEqualTo(1);
            assertThat(items().recentComments(item.getId(), 5)).anySatisfy(c -> assertThat(c.toString())
                    .contains("Undone right after creation"));
        }
        String again = press(manager, "analysis.undo", (ObjectNode) undo.get("data")).toString();
        assertThat(again).contains("Already undone");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ActionItem' and "
                + "record_id = ? and action = 'CANCEL'", Integer.class, String.valueOf(created.get(0).getId())))
                .as("cancelled once").isEqualTo(1);
    }

    @Test
    void undoAfterTheWindowIsTooLateAndChangesNothing() throws Exception {
        ObjectNode reply = press(manager, "analysis.createItems", createData().put("duty" + pastDuty(), "true"));
        JsonNode undo = execute(reply, "analysis.undo");
        ActionItem item = itemsUnderTheAction().get(0);
        // ten minutes and a second ago, as if the person had gone for coffee
        jdbc.update("update action_item set created_at = created_at - interval '10 minutes 1 second' where id = ?",
                item.getId());

        String late = press(manager, "analysis.undo", (ObjectNode) undo.get("data")).toString();

        assertThat(late).contains("too late to undo").contains("10 minutes");
        assertThat(itemsUnderTheAction()).extracting(ActionItem::getStatus).containsOnly(ActionStatus.NEW);
    }

    @Test
    void aDutyAddressedToAnOfficeTheDirectoryHasGoesToThatOfficesManager() throws Exception {
        // EO 14028 with Sec. 3(b) addressed to an office every agency has, under a name only this test uses
        String office = "Chief Quill" + String.valueOf(System.nanoTime() % 1_000_000).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).collect(Collectors.joining()) + " Officer";
        String text = new String(getClass().getResourceAsStream("/authorities/eo-14028.md").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("14028", number + "1").replace(
                "the head of each agency shall:", "the " + office + " of each agency shall:");
        long order = context.getBean(org.excoord.authority.AuthorityCatalog.class).importText(
                org.excoord.authority.ImportAuthority.of(text), org.excoord.directory.Actor.system()).orElseThrow()
                .authority().getId();
        org.excoord.directory.OrgUnit unit = context.getBean(org.excoord.directory.OrgUnitRepository.class)
                .saveAndFlush(new org.excoord.directory.OrgUnit("Office of the " + office, null,
                        "Q-" + java.util.UUID.randomUUID().toString().substring(0, 12), "Office", null));
        org.excoord.directory.Person head = fixtures.manager("Quinn Quill", unit);
        List<Integer> named = new org.excoord.bot.authorities.AgencyDutyPicks(context, order).agencys(null).stream()
                .filter(i -> new org.excoord.bot.authorities.AgencyDutyPicks(context, order).analysis().obligations()
                        .get(i).actor().contains(office)).toList();
        assertThat(named).as("the analyzer finds the office's duties").isNotEmpty();

        String card = conversation.onMessage(turn(manager, "summarize EO " + number + "1"), actor(manager)).get(0)
                .toString();
        ObjectNode created = press(manager, "analysis.createItems", JSON.createObjectNode().put("authorityId", order)
                .put("executiveActionId", action.getId()).put("duty" + named.get(0), "true"));

        assertThat(created.toString()).contains("Created ");
        assertThat(itemsUnderTheAction()).singleElement().satisfies(i -> assertThat(i.getAssigneePersonId())
                .isEqualTo(head.getId()));
        String summary = press(manager, "authority.summarize", JSON.createObjectNode().put("authorityId", order))
                .toString();
        assertThat(summary + card).contains("Assignee: Quinn Quill (Office of the " + office + ")");
    }

    private static JsonNode execute(JsonNode card, String verb) {
        return all(card, "Action.Execute").stream().filter(a -> a.path("verb").asText().equals(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verb + " in " + card));
    }

    private static List<String> texts(JsonNode card) {
        return all(card, "TextBlock").stream().map(t -> t.path("text").asText()).toList();
    }

    static List<JsonNode> all(JsonNode node, String type) {
        List<JsonNode> found = new ArrayList<>();
        collect(node, type, found);
        return found;
    }

    private static void collect(JsonNode node, String type, List<JsonNode> found) {
        if (node.isObject() && type.equals(node.path("type").asText())) {
            found.add(node);
        }
        node.forEach(child -> collect(child, type, found));
    }
}
