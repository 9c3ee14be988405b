package org.excoord.authority.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.excoord.authority.analysis.AgencyDuties.Addressee;
import org.excoord.authority.analysis.AgencyDuties.Unit;
import org.junit.jupiter.api.Test;

/** Applicability on the actors the offline analyzer finds in the six sample orders (../shared/data/authorities). */
class AgencyDutiesTests {

    private final AgencyDuties dhs = new AgencyDuties("Department of Homeland Security",
            List.of("DHS", "Secretary of Homeland Security", "CISA",
                    "Cybersecurity and Infrastructure Security Agency"));
    private final AgencyDuties demo = new AgencyDuties("Department of Public Administration",
            List.of("DPA", "Secretary of Public Administration"));

    @Test
    void dutiesOfTheAgencyByItsNamesHeadAndOfficesApplyAloneOrJointly() {
        assertThat(List.of("the Secretary of Homeland Security", "The Secretary of Homeland Security",
                "the Director of CISA", "The Director of CISA", "The CISA", "CISA",
                "the Secretary of Defense and the Secretary of Homeland Security",
                "The Secretary of Energy and the Secretary of Homeland Security",
                "The Secretary of Commerce and the Secretary of Homeland Security",
                "the Secretary of Homeland Security and the Director of OMB"))
                .allSatisfy(actor -> assertThat(dhs.addressee(actor)).as(actor).isEqualTo(Addressee.THIS_AGENCY));
    }

    @Test
    void dutiesOfOtherDepartmentsAndFragmentsDoNotApply() {
        assertThat(List.of("the Secretary of Commerce", "the Director of OMB", "The Director of OMB",
                "the Director of the NSA as the National Manager for National Security Systems (National Manager)",
                "the Secretary of Defense", "the FAR Council", "The Federal Government", "the Attorney General",
                "the Secretary of HHS", "the Administrator of General Services", "we", "software providers",
                "CISA's capability to hunt for and identify threats across FCEB agencies under 44 U.S.C. 3553(b)(7)",
                "The Director of OMB's guidance", "which establishes that Federal agencies",
                "information and communications technology (ICT) service providers entering into contracts with agencies",
                "or 30 days of an Agency Chief Sustainability Officer leaving that position", "the Secretaries",
                "the Director", "", "the Federal Chief Information Officer"))
                .allSatisfy(actor -> assertThat(dhs.addressee(actor)).as(actor).isEqualTo(Addressee.OTHER));
        assertThat(demo.addressee("the Secretary of Homeland Security")).isEqualTo(Addressee.OTHER);
        assertThat(demo.addressee(null)).isEqualTo(Addressee.OTHER);
        assertThat(demo.addressee("the Director of the Office of Management and Budget")).isEqualTo(Addressee.OTHER);
        assertThat(demo.addressee("service providers that contract with agencies")).isEqualTo(Addressee.OTHER);
    }

    @Test
    void dutiesOfEveryAgencyApplyToAnyAgency() {
        List<String> every = List.of("agencies", "Agencies", "each agency", "Each agency", "the head of each agency",
                "Each agency head", "each agency head", "the heads of agencies", "The heads of agencies",
                "The heads of all agencies", "FCEB agencies", "FCEB Agencies", "each FCEB agency",
                "the heads of FCEB agencies", "Heads of FCEB Agencies", "the heads of FCEB Agencies",
                "executive departments and agencies (agencies)", "the APST and the heads of agencies",
                "the Chief Information Officer of each agency", "the Chief Data Officers of agencies");
        assertThat(every).allSatisfy(actor -> {
            assertThat(demo.addressee(actor)).as(actor).isEqualTo(Addressee.EVERY_AGENCY);
            assertThat(dhs.addressee(actor)).as(actor).isEqualTo(Addressee.EVERY_AGENCY);
        });
    }

    @Test
    void dutiesOfTheAgenciesThatMeetAConditionApplyAsSomeAgencies() {
        assertThat(List.of("Each agency with a fleet comprising at least 20 vehicles",
                "all agencies that fund life-sciences research", "all FCEB agencies that hold IP address blocks",
                "The head of each agency developing policies and regulations related to AI",
                "the heads of agencies whom the Director of NSF identifies for coordination pursuant to this subsection",
                "Heads of FCEB Agencies that are unable to fully adopt multi-factor authentication and data encryption",
                "the head of each agency with relevant regulatory authority over critical infrastructure and the heads "
                        + "of relevant SRMAs",
                "The heads of principal agencies", "Such agencies", "the heads of these agencies", "the agency"))
                .allSatisfy(actor -> {
                    assertThat(demo.addressee(actor)).as(actor).isEqualTo(Addressee.SOME_AGENCIES);
                    assertThat(demo.addressee(actor).applies()).isTrue();
                });
        assertThat(Addressee.OTHER.applies()).isFalse();
    }

    @Test
    void theUnitAnActorNamesIsFoundByNameOrAbbreviationMostSpecificFirst() {
        List<Unit> units = List.of(new Unit(1L, "Department of Homeland Security", "DHS"),
                new Unit(2L, "Cybersecurity and Infrastructure Security Agency", "CISA"),
                new Unit(3L, "Office of the Chief Information Officer", "OCIO"),
                new Unit(4L, "Executive Secretariat", "ES"));
        assertThat(AgencyDuties.unitNamedIn("the Director of CISA", units)).map(Unit::id).contains(2L);
        assertThat(AgencyDuties.unitNamedIn("the Director of the Cybersecurity and Infrastructure Security Agency",
                units)).map(Unit::id).contains(2L);
        assertThat(AgencyDuties.unitNamedIn("each agency's Chief Information Officer", units)).map(Unit::id)
                .contains(3L);
        assertThat(AgencyDuties.unitNamedIn("the head of each agency", units)).isEmpty();
        // abbreviations are words as written: the "es" of "Agencies" or "Secretaries" is not the Executive Secretariat
        assertThat(AgencyDuties.unitNamedIn("the Secretaries of the agencies", units)).isEmpty();
        assertThat(AgencyDuties.unitNamedIn(null, units)).isEmpty();
    }
}
