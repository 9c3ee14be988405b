package org.excoord.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing the real orders into PostgreSQL, in an order where the cited ones arrive last. */
class AuthorityCatalogTests extends CoreIntegrationTest {

    @Autowired
    AuthorityCatalog catalog;
    @Autowired
    TransactionTemplate tx;

    /** The demo data or other tests may already have imported these orders: reuse them then. */
    private LegalAuthority importSample(String file, Actor actor) {
        ImportResult result = catalog.importText(ImportAuthority.of(AuthorityTextParserTests.sample(file)), actor)
                .orElseThrow();
        assertThat(result.outcome()).isIn(ImportResult.Outcome.CREATED, ImportResult.Outcome.UNCHANGED);
        return result.authority();
    }

    @Test
    void crossReferencesAndAmendmentsAreLinkedWhicheverOrderTheOrdersArriveIn() {
        Actor secretariat = fixtures.actor(fixtures.person("Sue Secretariat", null, Role.SECRETARIAT));
        LegalAuthority eo14144 = importSample("eo-14144.md", secretariat);
        LegalAuthority eo14179 = importSample("eo-14179.md", secretariat);
        LegalAuthority eo14028 = importSample("eo-14028.md", secretariat);
        LegalAuthority eo14110 = importSample("eo-14110.md", secretariat);

        AuthorityDetails details14144 = catalog.details(eo14144.getId()).orElseThrow();
        assertThat(details14144.references()).anySatisfy(ref -> {
            assertThat(ref.getToExecutiveOrderNumber()).isEqualTo("14028");
            assertThat(ref.getToAuthorityId()).isEqualTo(eo14028.getId());
        });
        assertThat(catalog.details(eo14179.getId()).orElseThrow().references())
                .anySatisfy(ref -> assertThat(ref.getToAuthorityId()).isEqualTo(eo14110.getId()));
        assertThat(catalog.details(eo14028.getId()).orElseThrow().referencedBy())
                .anySatisfy(ref -> assertThat(ref.getFromAuthorityId()).isEqualTo(eo14144.getId()));

        AuthorityDetails details14028 = catalog.details(eo14028.getId()).orElseThrow();
        assertThat(details14028.authority().getSigningDate()).hasToString("2021-05-12");
        assertThat(details14028.authority().getCitation()).isEqualTo("86 FR 26633");
        assertThat(details14028.authority().getType()).isEqualTo(AuthorityType.EXECUTIVE_ORDER);
        assertThat(details14028.sections()).extracting(AuthoritySection::getSectionId)
                .contains("Sec. 2(b)", "Sec. 4(e)(i)(A)");
        assertThat(details14028.amendments()).extracting(LegalAmendment::getSubmissionType)
                .contains(SubmissionType.ORIGINAL);
        assertThat(catalog.findByReference("EO 14028").map(LegalAuthority::getId)).contains(eo14028.getId());
        assertThat(catalog.findByReference("2021-10460").map(LegalAuthority::getId)).contains(eo14028.getId());
    }

    @Test
    void importingTheSameTextTwiceChangesNothing() {
        Actor admin = fixtures.actor(fixtures.person("Ann Admin", null, Role.ADMIN));
        LegalAuthority first = importSample("eo-13800.md", admin);
        ImportResult again = catalog.importText(ImportAuthority.of(AuthorityTextParserTests.sample("eo-13800.md")),
                admin).orElseThrow();
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.authority().getId()).isEqualTo(first.getId());
        assertThat(again.authority().getVersion()).isEqualTo(first.getVersion());
    }

    @Test
    void aCorrectedTextOfAKnownOrderReplacesItsSections() {
        Actor admin = fixtures.actor(fixtures.person("Ann Admin", null, Role.ADMIN));
        String text = "Executive Order 99002 of June 1, 2026\nTesting Replacement\n\nSec. 1. Policy. (a) First.\n";
        String corrected = text + "Sec. 2. Reports. (a) Within 10 days of the date of this order, report.\n";
        LegalAuthority original = catalog.importText(ImportAuthority.of(text), admin).orElseThrow().authority();
        assertThat(catalog.fullText(original.getId())).hasValueSatisfying(t -> assertThat(t).doesNotContain("Sec. 2."));
        ImportResult replaced = catalog.importText(ImportAuthority.of(corrected), admin).orElseThrow();
        assertThat(replaced.outcome()).isEqualTo(ImportResult.Outcome.REPLACED);
        assertThat(replaced.authority().getId()).isEqualTo(original.getId());
        List<String> ids = catalog.details(original.getId()).orElseThrow().sections().stream()
                .map(AuthoritySection::getSectionId).toList();
        assertThat(ids).contains("Sec. 2(a)").doesNotHaveDuplicates();
        assertThat(catalog.fullText(original.getId())).hasValueSatisfying(t -> assertThat(t).contains("Sec. 2. Reports."));
    }

    @Test
    void onlyTheSecretariatOrAdminsImportAndEmptyTextIsInvalid() {
        Actor staff = fixtures.actor(fixtures.person("Stan Staff", null));
        assertThat(catalog.importText(ImportAuthority.of("Sec. 1. Policy."), staff).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        Actor admin = fixtures.actor(fixtures.person("Ann Admin", null, Role.ADMIN));
        assertThat(catalog.importText(ImportAuthority.of("   "), admin).refusal().field()).isEqualTo("text");
    }
}
