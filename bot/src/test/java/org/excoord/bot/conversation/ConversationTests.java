package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot's answers without HTTP or the SDK: what each person sees, and what a card press may change. */
class ConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private Person manager;
    private Person staff;
    private ActionItem secretItem;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        OrgUnit unit = fixtures.unit("Conversation Office", null);
        manager = fixtures.manager("Cleo Manager", unit);
        staff = fixtures.person("Stan Staff", unit);
        Actor boss = fixtures.actor(manager);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction secret = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Harden the enclave", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, manager.getId(), null), boss).orElseThrow();
        secretItem = context.getBean(ActionItemManagement.class).create(new NewActionItem("Rotate the enclave keys",
                null, null, null, staff.getId(), null, null, secret.getId(), null, null, today().plusDays(3),
                null, null, 0), boss).orElseThrow();
    }

    @Test
    void aClassifiedItemShowsItsDetailsOnlyInAPersonalChat() {
        String inGroup = conversation.onMessage(turn(staff, ChatKind.GROUP_CHAT, "item " + secretItem.getNumber()),
                actor(staff)).get(0).card().toString();
        assertThat(inGroup).contains(secretItem.getNumber()).contains("1:1 chat").doesNotContain("Rotate the enclave");
        assertThat(inGroup).doesNotContain("Action.Execute");

        String personal = conversation.onMessage(turn(staff, ChatKind.PERSONAL, "item " + secretItem.getNumber()),
                actor(staff)).get(0).card().toString();
        assertThat(personal).contains("Rotate the enclave keys").contains("item.start");
    }

    @Test
    void myTeamIsForManagersAndUnknownTextGetsHelp() {
        assertThat(conversation.onMessage(turn(staff, ChatKind.PERSONAL, "my team"), actor(staff)).get(0).card().toString())
                .contains("is for managers");
        assertThat(conversation.onMessage(turn(manager, ChatKind.PERSONAL, "my team"), actor(manager)).get(0)
                .card().toString()).contains(secretItem.getNumber());
        assertThat(conversation.onMessage(turn(staff, ChatKind.PERSONAL, "tell me a joke"), actor(staff)).get(0)
                .card().toString()).contains("I didn't understand that").contains("my items");
    }

    /** Defect 14: a 2,000-character reference is quoted back shortened at a word boundary, not cut mid-word. */
    @Test
    void aLongReferenceIsQuotedBackShortenedAtAWordBoundary() {
        String typed = "authority " + "Costs < $5M & > $1M ".repeat(100);

        String card = conversation.onMessage(turn(staff, ChatKind.PERSONAL, typed), actor(staff)).get(0).card()
                .path("body").get(0).path("text").asText();

        assertThat(card).startsWith("I found no authority \"Costs < $5M & > $1M Costs").contains("$1M…\".")
                .hasSizeLessThan(200);
    }

    @Test
    void cardDataIsUntrustedAndAStaleCardComesBackCurrent() {
        ObjectNode forged = JSON.createObjectNode().put("itemId", secretItem.getId()).put("version", secretItem.getVersion());
        Person stranger = fixtures.person("Sid Stranger", fixtures.unit("Elsewhere", null));
        // START is what a NEW item allows: only the permission check stands between the stranger and the change
        String refused = conversation.onAction(turn(stranger, ChatKind.PERSONAL, null), actor(stranger), "item.start",
                forged).card().toString();
        assertThat(refused).contains("You don't have access to that").doesNotContain("Rotate the enclave");
        ActionItem untouched = items().view(secretItem.getId(), fixtures.actor(manager)).orElseThrow();
        assertThat(untouched.getStatus()).isEqualTo(ActionStatus.NEW);
        assertThat(untouched.getVersion()).isEqualTo(secretItem.getVersion());

        conversation.onAction(turn(staff, ChatKind.PERSONAL, null), actor(staff), "item.start", forged);
        assertThat(items().view(secretItem.getId(), fixtures.actor(manager)).orElseThrow().getStatus())
                .isEqualTo(ActionStatus.IN_PROGRESS);
        String stale = conversation.onAction(turn(staff, ChatKind.PERSONAL, null), actor(staff), "item.start", forged)
                .card().toString();
        assertThat(stale).contains("Changed by Stan Staff").contains("In Progress");
    }

    @Test
    void summarizeAnswersWithTheDutiesOfTheOrderAndAsksTheAnalyzerOnlyOnce() throws Exception {
        // EO 14028 under a number of its own: a text no other test of this JVM has imported or analyzed, so the
        // first answer is always the analyzing card
        String number = String.valueOf(70_000 + (int) (System.nanoTime() % 9_999));
        String text = new String(getClass().getResourceAsStream("/authorities/eo-14028.md").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("14028", number);
        context.getBean(org.excoord.authority.AuthorityCatalog.class)
                .importText(org.excoord.authority.ImportAuthority.of(text), Actor.system()).orElseThrow();

        Reply first = conversation.onMessage(turn(staff, ChatKind.PERSONAL, "summarize EO " + number), actor(staff)).get(0);
        assertThat(first.card().toString()).contains("Analyzing EO " + number);
        assertThat(first.followUp()).as("not analyzed before: the analysis follows").isNotNull();
        String card = first.followUp().get().toString();
        assertThat(card).contains("Soonest duties for Department of Public Administration").contains("Sec. 3(b)")
                .contains("was due Sun, Jul 11, 2021").contains("the head of each agency");
        Reply again = conversation.onMessage(turn(staff, ChatKind.PERSONAL, "summarize " + number), actor(staff)).get(0);
        assertThat(again.followUp()).as("analyzed before: answered at once").isNull();
        assertThat(again.card().toString()).contains("Soonest duties");
        Integer stored = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from authority_analysis a join legal_authority l on l.content_hash = a.content_hash "
                        + "where l.executive_order_number = ? and a.analyzer = 'offline-3'", Integer.class, number);
        assertThat(stored).isEqualTo(1);

        long eoId = context.getBean(org.excoord.authority.AuthorityCatalog.class).findByReference(number).orElseThrow()
                .getId();
        String offered = conversation.onMessage(turn(manager, ChatKind.PERSONAL, "summarize " + number), actor(manager))
                .get(0).card().toString();
        assertThat(offered).contains("analysis.createItems").contains("Harden the enclave");
        long actionId = secretItem.getExecutiveActionId();
        java.util.List<Integer> agencys = new org.excoord.bot.authorities.AgencyDutyPicks(context, eoId).agencys(null);
        String created = conversation.onAction(turn(manager, ChatKind.PERSONAL, null), actor(manager),
                "analysis.createItems", JSON.createObjectNode().put("authorityId", eoId).put("executiveActionId", actionId)
                        .put("duty" + agencys.get(0), "true").put("duty" + agencys.get(1), "false")).card().toString();
        assertThat(created).containsPattern("Created AI-\\d{4}-\\d{6} under " + java.util.regex.Pattern.quote(
                context.getBean(ExecutiveActionManagement.class).find(actionId).orElseThrow().getNumber()));
        Integer aiAssisted = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from audit_entry where action = 'DRAFTED_FROM_ANALYSIS' and ai_assisted and actor_id = ?",
                Integer.class, manager.getId());
        assertThat(aiAssisted).isEqualTo(1);

        String impactsCard = conversation.onAction(turn(manager, ChatKind.PERSONAL, null), actor(manager),
                "authority.impacts", JSON.createObjectNode().put("authorityId", eoId)).card().toString();
        assertThat(impactsCard).contains("analysis.recordFindings");
        String recorded = conversation.onAction(turn(manager, ChatKind.PERSONAL, null), actor(manager),
                "analysis.recordFindings", JSON.createObjectNode().put("authorityId", eoId).put("finding0", "true")
                        .put("finding1", "true")).card().toString();
        assertThat(recorded).contains("Recorded 2 impact and risk records for Conversation Office");
        String impacts = conversation.onAction(turn(staff, ChatKind.PERSONAL, null), actor(staff), "authority.impacts",
                JSON.createObjectNode().put("authorityId", eoId)).card().toString();
        assertThat(impacts).contains("impacts and risks for Conversation Office").contains("applies to every agency");
        Response unitImpacts = get("/api/v1/authorities/" + eoId + "/analysis/impacts?orgUnitId=" + staff.getOrgUnitId(),
                staff);
        assertThat(unitImpacts.status()).isEqualTo(200);
        assertThat(unitImpacts.body().get(0).get("quote").asText()).isNotBlank();

        Response api = get("/api/v1/authorities/EO%20" + number, staff);
        Response analysis = get("/api/v1/authorities/" + api.body().get("id").asLong() + "/analysis", staff);
        assertThat(analysis.status()).isEqualTo(200);
        assertThat(analysis.body().get("obligations").size()).isGreaterThan(20);
        assertThat(analysis.body().at("/obligations/0/quote").asText()).isNotBlank();
        assertThat(analysis.body().get("references")).isNotNull();
    }

    private ActionItemManagement items() {
        return context.getBean(ActionItemManagement.class);
    }

    private LocalDate today() {
        return items().today();
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    private static Turn turn(Person person, ChatKind chat, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), chat, text);
    }
}
