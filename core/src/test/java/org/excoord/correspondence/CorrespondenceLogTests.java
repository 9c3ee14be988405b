package org.excoord.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.temporal.ChronoUnit;
import org.excoord.action.ActionCategory;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionType;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.Receipt;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CorrespondenceLogTests extends CoreIntegrationTest {

    @Autowired
    CorrespondenceLog log;
    @Autowired
    ExecutiveActionTypeRepository types;
    @Autowired
    ExecutiveActionManagement actions;

    private Actor secretariat;
    private Actor cioManager;
    private Person analyst;
    private OrgUnit cio;
    private OrgUnit counsel;
    private Long inquiryType;

    @BeforeEach
    void office() {
        OrgUnit agency = fixtures.unit("Department", null);
        cio = fixtures.unit("CIO", agency);
        counsel = fixtures.unit("Counsel", agency);
        secretariat = fixtures.actor(fixtures.person("Sally Secretariat", agency, Role.STAFF, Role.SECRETARIAT));
        cioManager = fixtures.actor(fixtures.manager("Carl CIO", cio));
        fixtures.manager("Cora Counsel", counsel);
        analyst = fixtures.person("Ann Analyst", cio);
        inquiryType = types.save(new ExecutiveActionType("Congressional Inquiries " + System.nanoTime(), null,
                ActionCategory.INFORMATION_REQUEST)).getId();
    }

    private CorrespondenceDetails logLetter() {
        Receipt receipt = new Receipt(Instant.now().minus(2, ChronoUnit.HOURS), MethodOfReceipt.EMAIL, "Sen. Jane Doe",
                "U.S. Senate", null);
        return log.log(new LogCorrespondence("Inquiry on zero trust progress", "Please report by Friday.", inquiryType,
                null, null, null, receipt, null), secretariat).orElseThrow();
    }

    private Long logLetter(String subject, LocalDate due, long hoursAgo) {
        Receipt receipt = new Receipt(Instant.now().minus(hoursAgo, ChronoUnit.HOURS), MethodOfReceipt.MAIL, null,
                "GAO", null);
        return log.log(new LogCorrespondence(subject, null, inquiryType, null, null, due, receipt, null), secretariat)
                .orElseThrow().action().getId();
    }

    private List<String> subjects(List<Correspondence> letters, List<Long> ours) {
        return letters.stream().filter(c -> ours.contains(c.getExecutiveActionId()))
                .map(c -> actions.find(c.getExecutiveActionId()).orElseThrow().getName()).toList();
    }

    @Test
    void theInboxListsSoonestDueFirstThenTheOldestAndPagesAtAnyOffset() {
        LocalDate soon = LocalDate.of(2100, 1, 2);
        LocalDate later = LocalDate.of(2100, 1, 10);
        List<Long> ours = new ArrayList<>();
        ours.add(logLetter("Later, newer", later, 5));
        ours.add(logLetter("Soon, newest", soon, 1));
        ours.add(logLetter("Soon, older", soon, 3));
        ours.add(logLetter("Undated, oldest", null, 10));
        ours.add(logLetter("Later, older", later, 6));
        for (Long id : ours) {
            log.route(id, cio.getId(), null, log.view(id, secretariat).orElseThrow().correspondence().getVersion(),
                    secretariat).orElseThrow();
        }
        List<String> expected = List.of("Soon, older", "Soon, newest", "Later, older", "Later, newer",
                "Undated, oldest");

        assertThat(subjects(log.inbox(cioManager, 10, 0), ours)).containsExactlyElementsOf(expected);
        assertThat(subjects(log.inbox(cioManager, 2, 2), ours)).containsExactly("Later, older", "Later, newer");
        assertThat(subjects(log.inbox(cioManager, 11, 3), ours)).containsExactly("Later, newer", "Undated, oldest");
        // the secretariat sees everyone's letters (the database is shared): ours keep the same order among them
        assertThat(subjects(log.inbox(secretariat, 10_000, 0), ours)).containsExactlyElementsOf(expected);
    }

    @Test
    void aLetterIsLoggedAcknowledgedRoutedAcceptedAssignedAndResolved() {
        CorrespondenceDetails logged = logLetter();
        Long id = logged.action().getId();
        assertThat(logged.correspondence().getReferenceNumber()).matches("CR-\\d{4}-\\d{6}");
        assertThat(logged.correspondence().getState()).isEqualTo(RoutingState.UNROUTED);
        assertThat(logged.action().isReceived()).isTrue();

        CorrespondenceDetails d = log.acknowledge(id, logged.correspondence().getVersion(), secretariat).orElseThrow();
        assertThat(d.correspondence().getAcknowledgedAt()).isNotNull();
        d = log.route(id, cio.getId(), "CIO owns zero trust", d.correspondence().getVersion(), secretariat).orElseThrow();
        d = log.accept(id, d.correspondence().getVersion(), cioManager).orElseThrow();
        d = log.assign(id, analyst.getId(), d.correspondence().getVersion(), cioManager).orElseThrow();
        assertThat(d.action().getOwnerId()).isEqualTo(analyst.getId());
        assertThat(d.action().getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        d = log.resolve(id, "Briefed the Senator's staff on 11/20.", d.correspondence().getVersion(),
                fixtures.actor(analyst)).orElseThrow();

        assertThat(d.correspondence().getState()).isEqualTo(RoutingState.RESOLVED);
        assertThat(d.action().getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(d.action().getOutcomeSummary()).contains("Briefed");
        assertThat(d.history()).extracting(RoutingEntry::getStep).containsExactly(RoutingStep.ROUTED,
                RoutingStep.ACCEPTED, RoutingStep.ASSIGNED, RoutingStep.RESOLVED);
    }

    @Test
    void aManagerCanSendItToAnotherUnitWithAReason() {
        CorrespondenceDetails d = logLetter();
        Long id = d.action().getId();
        d = log.route(id, cio.getId(), null, d.correspondence().getVersion(), secretariat).orElseThrow();
        assertThat(log.reassign(id, counsel.getId(), " ", d.correspondence().getVersion(), cioManager).refusal().field())
                .isEqualTo("note");
        d = log.reassign(id, counsel.getId(), "Legal question", d.correspondence().getVersion(), cioManager).orElseThrow();
        assertThat(d.correspondence().getRoutedOrgUnitId()).isEqualTo(counsel.getId());
        assertThat(d.correspondence().getState()).isEqualTo(RoutingState.ROUTED);
        // the CIO manager no longer manages where it is routed
        assertThat(log.accept(id, d.correspondence().getVersion(), cioManager).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void onlyTheRightPeopleMoveIt() {
        CorrespondenceDetails d = logLetter();
        Long id = d.action().getId();
        assertThat(log.route(id, cio.getId(), null, d.correspondence().getVersion(), fixtures.actor(analyst)).refusal()
                .kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        d = log.route(id, cio.getId(), null, d.correspondence().getVersion(), secretariat).orElseThrow();
        Person outsider = fixtures.person("Olly Outsider", counsel);
        assertThat(log.assign(id, outsider.getId(), d.correspondence().getVersion(), cioManager).refusal().field())
                .isEqualTo("personId");
        assertThat(log.route(id, counsel.getId(), null, d.correspondence().getVersion() - 1, secretariat).refusal()
                .kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(log.log(new LogCorrespondence("No receipt", null, inquiryType, null, null, null, null, null),
                secretariat).refusal().field()).isEqualTo("receivedAt");
    }
}
