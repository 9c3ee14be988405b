package org.excoord.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.excoord.action.ActionCategory;
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
