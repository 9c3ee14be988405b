package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.correspondence.Correspondence;
import org.excoord.correspondence.CorrespondenceRepository;
import org.excoord.correspondence.RoutingState;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The secretariat's card verbs ({@code corr.*}) through the bot: the whole route of a letter from a card, each press
 * by the wrong person refused with the current card, a stale card answered with the current version, and every
 * press one transaction like the item verbs.
 */
class CorrespondenceConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private CorrespondenceRepository letters;
    private OrgUnit office;
    private Person secretariat;
    private Person manager;
    private Person clerk;
    private Person stranger;
    private long typeId;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        letters = context.getBean(CorrespondenceRepository.class);
        OrgUnit agency = fixtures.unit("Card Letters Agency", null);
        office = fixtures.unit("Card Letters Office", agency);
        manager = fixtures.manager("Mira Manager", office);
        clerk = fixtures.person("Cleo Clerk", office);
        stranger = fixtures.manager("Sven Stranger", fixtures.unit("Card Letters Elsewhere", agency));
        secretariat = fixtures.person("Selma Secretariat", agency, Role.SECRETARIAT);
        typeId = context.getBean(ExecutiveActionTypeRepository.class).findByName("Data Calls").orElseThrow().getId();
    }

    @Test
    void aLetterGoesFromLoggedToResolvedOnCards() {
        String logged = press(secretariat, "corr.log", logForm("Data call on buoys").put("orgUnitId", office.getId()));
        Correspondence letter = newest();
        assertThat(logged).contains("Logged as " + letter.getReferenceNumber());
        assertThat(letter.getState()).isEqualTo(RoutingState.ROUTED);
        assertThat(letter.getRoutedOrgUnitId()).isEqualTo(office.getId());

        assertThat(press(manager, "corr.page", JSON.createObjectNode().put("page", 0)))
                .contains(letter.getReferenceNumber());
        press(manager, "corr.accept", at(letter));
        assertThat(current(letter).getState()).isEqualTo(RoutingState.ACCEPTED);
        press(manager, "corr.assign", at(current(letter)).put("personId", clerk.getId()));
        assertThat(current(letter).getAssignedPersonId()).isEqualTo(clerk.getId());
        press(secretariat, "corr.acknowledge", at(current(letter)));
        assertThat(current(letter).getAcknowledgedAt()).isNotNull();
        String resolved = press(clerk, "corr.resolve", at(current(letter)).put("resolution", "Sent the figures"));
        assertThat(current(letter).getState()).isEqualTo(RoutingState.RESOLVED);
        assertThat(current(letter).getResolution()).isEqualTo("Sent the figures");
        assertThat(resolved).contains(letter.getReferenceNumber());
        assertThat(press(clerk, "corr.view", JSON.createObjectNode().put("correspondenceId",
                letter.getExecutiveActionId()))).contains("Data call on buoys");
    }

    @Test
    void eachPressByTheWrongPersonIsRefusedWithTheCurrentCard() {
        press(secretariat, "corr.log", logForm("Data call on lighthouses"));
        Correspondence letter = newest();
        assertThat(letter.getState()).isEqualTo(RoutingState.UNROUTED);
        assertThat(press(manager, "corr.route", at(letter).put("orgUnitId", office.getId())))
                .contains("only the executive secretariat routes correspondence");
        assertThat(press(manager, "corr.acknowledge", at(letter)))
                .contains("only the executive secretariat acknowledges correspondence");
        assertThat(current(letter).getState()).isEqualTo(RoutingState.UNROUTED);

        press(secretariat, "corr.route", at(letter).put("orgUnitId", office.getId()));
        for (Person wrong : List.of(clerk, stranger, secretariat)) {
            assertThat(press(wrong, "corr.accept", at(current(letter))))
                    .contains("only a manager of the org unit it is routed to may do that");
            assertThat(press(wrong, "corr.assign", at(current(letter)).put("personId", clerk.getId())))
                    .contains("only a manager of the org unit it is routed to may do that");
        }
        assertThat(current(letter).getState()).isEqualTo(RoutingState.ROUTED);
        assertThat(press(stranger, "corr.resolve", at(current(letter)).put("resolution", "Mine now")))
                .contains("only the person assigned, their managers or the secretariat may resolve");
        assertThat(current(letter).getState()).isEqualTo(RoutingState.ROUTED);
    }

    @Test
    void aStaleCardComesBackCurrentAndChangesNothing() {
        press(secretariat, "corr.log", logForm("Data call on tides").put("orgUnitId", office.getId()));
        Correspondence routed = newest();
        press(manager, "corr.accept", at(routed));
        long version = current(routed).getVersion();
        String stale = press(manager, "corr.assign", at(routed).put("personId", clerk.getId()));
        assertThat(stale).contains("Someone changed this correspondence in the meantime");
        assertThat(current(routed).getVersion()).isEqualTo(version);
        assertThat(current(routed).getAssignedPersonId()).isNull();
    }

    @Test
    void aRefusedRouteKeepsTheLoggedLetterAndARefusedLogKeepsNothing() {
        String card = press(secretariat, "corr.log", logForm("Data call on reefs").put("orgUnitId", 999_999_999L));
        assertThat(card).contains("Logged, but not routed");
        assertThat(newest().getState()).isEqualTo(RoutingState.UNROUTED);

        long before = letters.count();
        assertThat(press(clerk, "corr.log", logForm("Not the secretariat"))).contains("was not logged");
        assertThat(press(secretariat, "corr.log", logForm("No type").put("typeId", ""))).contains("was not logged");
        assertThat(letters.count()).isEqualTo(before);
    }

    @Test
    void everyPressIsOneTransaction() {
        press(secretariat, "corr.log", logForm("Data call on currents").put("orgUnitId", office.getId()));
        Correspondence letter = newest();
        for (String verb : List.of("corr.accept", "corr.view", "corr.page")) {
            ObjectNode data = at(current(letter)).put("correspondenceId", letter.getExecutiveActionId());
            assertThat(transactionsOf(() -> press(manager, verb, data))).as(verb).isEqualTo(1);
        }
        assertThat(transactionsOf(() -> press(secretariat, "corr.log", logForm("Data call on waves")
                .put("orgUnitId", office.getId())))).as("log and route").isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    /** How many transactions began on this thread while {@code work} ran (each REQUIRES_NEW counts too). */
    private int transactionsOf(Runnable work) {
        ConfigurableTransactionManager manager = (ConfigurableTransactionManager) context
                .getBean(PlatformTransactionManager.class);
        Thread me = Thread.currentThread();
        List<TransactionExecution> begun = new ArrayList<>();
        TransactionExecutionListener listener = new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                if (Thread.currentThread() == me) {
                    begun.add(transaction);
                }
            }
        };
        manager.addListener(listener);
        try {
            work.run();
        } finally {
            manager.getTransactionExecutionListeners().remove(listener);
        }
        return begun.size();
    }

    private ObjectNode logForm(String subject) {
        return JSON.createObjectNode().put("subject", subject).put("typeId", typeId).put("method", "EMAIL")
                .put("fromPerson", "Dana Smith").put("fromOrganization", "GAO");
    }

    private static ObjectNode at(Correspondence letter) {
        return JSON.createObjectNode().put("correspondenceId", letter.getExecutiveActionId())
                .put("version", letter.getVersion());
    }

    /**
     * By reference number, which the database numbers in order: ids come in blocks per application context, and
     * other test classes' contexts share this database.
     */
    private Correspondence newest() {
        return letters.findAll().stream().max(java.util.Comparator.comparing(Correspondence::getReferenceNumber))
                .orElseThrow();
    }

    private Correspondence current(Correspondence letter) {
        return letters.findById(letter.getExecutiveActionId()).orElseThrow();
    }

    private String press(Person who, String verb, ObjectNode data) {
        Optional<Actor> actor = Optional.of(fixtures.actor(who));
        return conversation.onAction(new Turn(who.getEntraObjectId(), "29:" + who.getId(), who.getDisplayName(),
                ChatKind.PERSONAL, null), actor, verb, data).card().toString();
    }
}
