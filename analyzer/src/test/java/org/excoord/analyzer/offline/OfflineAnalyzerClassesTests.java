package org.excoord.analyzer.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.excoord.authority.AuthorityTextParser;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.analysis.AnalysisResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classes of duty the offline analyzer used to miss (issue 12), each on texts written for the class. */
class OfflineAnalyzerClassesTests {

    private static final LocalDate SIGNED = LocalDate.of(2022, 1, 10);

    private final OfflineAnalyzer analyzer = new OfflineAnalyzer();

    private static ParsedAuthority order(String body) {
        return new AuthorityTextParser().parse("# Executive Order 99999: Test\n\n**Date:** January 10, 2022\n\n"
                + "## Executive Order 99999\n\n### Section 1.\n\nDuties\n\n" + body + "\n### Section 9.\n\n"
                + "**General Provisions**\n\n(a) This order shall be implemented consistent with applicable law.\n");
    }

    private List<Duty> duties(String body) {
        return analyzer.duties(order(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Secretary of Energy shall report quarterly to the President on progress.|P3M",
        "The Board shall meet annually to review the program.|P1Y",
        "The Director of OMB shall provide an updated report on an annual basis.|P1Y",
        "The Council shall submit semiannual reports to the Secretary.|P6M",
        "The Administrator shall biennially review the standards.|P2Y",
        "The Secretary of Homeland Security shall extend the life of the Board every 2 years.|P2Y",
        "The Chair shall convene the committee every 90 days.|P90D",
        "The Attorney General shall review the guidance every other year.|P2Y"})
    void aRecurringDutyIsDatedWithItsPeriod(String sentence, String period) {
        Duty duty = duties("(a) " + sentence).get(0);

        assertThat(duty.recurrence().period()).isEqualTo(Period.parse(period));
        assertThat(duty.obligation().deadline()).isNotNull();
        assertThat(duty.obligation().deadline().text()).isEqualTo(duty.recurrence().text());
        assertThat(sentence).contains(duty.recurrence().text());
    }

    @Test
    void theFirstDueDateOfARecurrenceIsTheOneTheTextFixes() {
        Duty within = duties("(a) Within 60 days of the date of this order, and every 60 days thereafter, the "
                + "Secretary of State shall report to the President.").get(0);
        Duty after = duties("(a) Agencies shall provide such reports every 60 days after the date of this order "
                + "until the work is done.").get(0);
        List<Duty> list = duties("(a) The Secretary of Homeland Security shall:\n    (i) provide a report to the "
                + "President within 180 days of the date of this order; and\n    (ii) provide an updated report to "
                + "the President on an annual basis thereafter.");

        assertThat(within.obligation().deadline().due()).isEqualTo(SIGNED.plusDays(60));
        assertThat(within.recurrence().period()).isEqualTo(Period.ofDays(60));
        assertThat(after.obligation().deadline().due()).isEqualTo(SIGNED.plusDays(60));
        assertThat(list).extracting(d -> d.obligation().deadline().due())
                .containsExactly(SIGNED.plusDays(180), SIGNED.plusDays(180).plusYears(1));
    }

    @Test
    void aDutyDueWithin60DaysAndEvery60DaysThereafterCarriesItsRecurrenceIntoTheResult() {
        AnalysisResult result = analyzer.analyze(order("(a) Within 60 days of the date of this order, and every 60 "
                + "days thereafter, the Secretary of State shall report to the President on the progress made."));

        AnalysisResult.Deadline deadline = result.obligations().get(0).deadline();
        assertThat(deadline.due()).isEqualTo(SIGNED.plusDays(60));
        assertThat(deadline.recurrence()).isNotNull();
        assertThat(deadline.recurrence().period()).isEqualTo("P60D");
        assertThat(deadline.recurrence().text()).isEqualTo("every 60 days thereafter");
        assertThat(deadline.recurrence().countedFrom()).isEqualTo(Recurrences.Recurrence.PREVIOUS);
        assertThat(deadline.recurrence().until()).isNull(); // until the order is revoked
    }

    @Test
    void aRecurrenceOnlyDutyAndTheItemsUnderARecurringLeadInRecurToo() {
        AnalysisResult result = analyzer.analyze(order("(a) The Council shall submit semiannual reports to the "
                + "Secretary.\n\n(b) Within 30 days of the date of this order and annually thereafter, the Secretary "
                + "of Energy shall:\n    (i) review the standards; and\n    (ii) publish the results."));

        assertThat(result.obligations()).filteredOn(o -> o.sectionId().startsWith("Sec. 1(b)("))
                .hasSize(2).allSatisfy(o -> {
                    assertThat(o.deadline().due()).isEqualTo(SIGNED.plusDays(30));
                    assertThat(o.deadline().recurrence().period()).isEqualTo("P1Y");
                });
        assertThat(result.obligations()).filteredOn(o -> o.sectionId().equals("Sec. 1(a)")).singleElement()
                .satisfies(o -> assertThat(o.deadline().recurrence().period()).isEqualTo("P6M"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Secretary shall report annually until 2030 on the program.|2030-12-31",
        "The Secretary shall report quarterly through fiscal year 2027 on spending.|2027-09-30",
        "The Secretary shall report every 90 days until December 31, 2028, on progress.|2028-12-31",
        "The Secretary shall report annually on the program.|",
        "The Secretary shall report annually until the program ends.|"})
    void anEndIsKeptOnlyWhenTheSentenceGivesOne(String sentence, LocalDate until) {
        AnalysisResult result = analyzer.analyze(order("(a) " + sentence));

        assertThat(result.obligations().get(0).deadline().recurrence().until()).isEqualTo(until);
    }

    @Test
    void aTargetMeasuredAnnuallyIsNoRecurrenceAndPeriodicallyNamesNoPeriod() {
        List<Duty> duties = duties("(a) Each agency shall promote a circular economy by annually diverting from "
                + "landfills at least 50 percent of waste.\n\n(b) Each agency shall increase its use of clean "
                + "electricity to 100 percent of energy use on an annual basis.\n\n(c) The Secretary shall update "
                + "the guidance periodically.");

        assertThat(duties).hasSize(3).allSatisfy(d -> {
            assertThat(d.recurrence()).isNull();
            assertThat(d.obligation().deadline()).isNull();
        });
    }

    @Test
    void aSentenceWrappedAcrossLinesKeepsItsOpeningDeadlineAndActor() {
        List<Duty> duties = duties("(a) Within 45 days of the date of this order, the Secretary of Energy \n"
                + "and the Director of OMB, shall recommend to the President\nchanges to the program.\n\n"
                + "(b) Effective immediately, each agency head shall use \nThe Framework for Improving Security\n"
                + "(the Framework) to manage risk.");

        assertThat(duties).hasSize(2);
        assertThat(duties.get(0).obligation().quote()).startsWith("(a) Within 45 days of the date of this order")
                .endsWith("changes to the program.");
        assertThat(duties.get(0).obligation().actor()).isEqualTo("the Secretary of Energy and the Director of OMB");
        assertThat(duties.get(0).obligation().deadline().due()).isEqualTo(SIGNED.plusDays(45));
        assertThat(duties.get(1).obligation().quote()).contains("shall use The Framework for Improving Security (the");
    }

    @Test
    void aDutyWithTwoDeadlinesAndDutiesOfBodiesAreKept() {
        List<Duty> duties = duties("(a) Within 90 days of receipt of the plan, and updated periodically thereafter, "
                + "the Secretary of Commerce, in coordination with the Director of OMB, shall develop guidance.\n\n"
                + "(b) Within 60 days of the date of this order, the Committee on National Security Systems (CNSS) "
                + "shall issue standards.\n\n(c) Within 1 year of the date of this order, the Secretaries shall "
                + "submit a final report.\n\n(d) The working groups shall provide semiannual reports.");

        assertThat(duties).extracting(d -> d.obligation().actor()).containsExactly("the Secretary of Commerce",
                "the Committee on National Security Systems (CNSS)", "the Secretaries", "The working groups");
        assertThat(duties.get(0).obligation().deadline().anchor()).isEqualTo("receipt of the plan");
        assertThat(duties.get(1).obligation().deadline().due()).isEqualTo(SIGNED.plusDays(60));
        assertThat(duties.get(2).obligation().deadline().due()).isEqualTo(SIGNED.plusYears(1));
        assertThat(duties.get(3).recurrence().period()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void eachItemUnderALeadInIsADutyInheritingActorAndDeadline() {
        List<Duty> duties = duties("(b) Within 30 days of the date of this order, the Secretary of Labor shall:\n"
                + "    (i) issue guidance to employers; and\n    (ii) publish a list of best practices.");

        assertThat(duties).extracting(d -> d.obligation().sectionId()).contains("Sec. 1(b)(i)", "Sec. 1(b)(ii)");
        assertThat(duties).filteredOn(d -> d.obligation().sectionId().startsWith("Sec. 1(b)("))
                .allSatisfy(d -> {
                    assertThat(d.obligation().actor()).isEqualTo("the Secretary of Labor");
                    assertThat(d.obligation().deadline().due()).isEqualTo(SIGNED.plusDays(30));
                });
    }

    @Test
    void aParagraphAfterTheLastItemIsTheParentsAndAProductsDeadlineIsItsMakersDuty() {
        List<Duty> duties = duties("(e) The Secretary of Energy and the Secretary of Homeland Security shall "
                + "jointly assess:\n    (i) the scope of an outage; and\n    (ii) any gaps in capabilities.\n\n"
                + "The assessment shall be provided to the President within 90 days of the date of this order.\n\n"
                + "(f) The Director shall coordinate a report.\n\nThe report shall:\n    (1) be completed within 120 "
                + "days of the date of this order; and\n    (2) describe the options.");

        Duty assessment = duties.stream().filter(d -> d.obligation().quote().startsWith("The assessment")).findFirst()
                .orElseThrow();
        assertThat(assessment.obligation().sectionId()).isEqualTo("Sec. 1(e)");
        assertThat(assessment.obligation().actor())
                .isEqualTo("The Secretary of Energy and the Secretary of Homeland Security");
        assertThat(assessment.obligation().deadline().due()).isEqualTo(SIGNED.plusDays(90));
        Duty completed = duties.stream().filter(d -> d.obligation().sectionId().equals("Sec. 1(f)(1)")).findFirst()
                .orElseThrow();
        assertThat(completed.obligation().actor()).isEqualTo("The Director");
        assertThat(completed.obligation().deadline().due()).isEqualTo(SIGNED.plusDays(120));
    }

    @Test
    void lettersThatLookLikeNumeralsKeepTheirLabelFromTheSequence() {
        List<Duty> duties = duties("(g) The Secretary shall review the plan.\n\n(h) The Director shall publish "
                + "the plan.\n    (i) Within 30 days of the date of this order, the Board shall report to the "
                + "President.\n\n(j) The Chair shall convene the Board.");

        assertThat(duties).extracting(d -> d.obligation().sectionId())
                .containsExactly("Sec. 1(g)", "Sec. 1(h)", "Sec. 1(i)", "Sec. 1(j)");
    }

    private static List<String> dated(List<Duty> duties) {
        return duties.stream().filter(d -> d.obligation().deadline() != null)
                .map(d -> d.obligation().sectionId() + " " + d.obligation().deadline().due()).toList();
    }

    @Test
    void iHerebyDirectXToHeadsAListOfTheDirectedOnesActs() {
        List<Duty> duties = duties("(c) Because I find that additional steps must be taken, I hereby direct the "
                + "Secretary of Commerce, within 90 days of the date of this order, to:\n    (i) Propose regulations "
                + "that require providers to report.\n    (ii) Include a requirement that providers prohibit any "
                + "reseller from selling unless the reseller submits a report, which the provider must forward.");

        assertThat(dated(duties)).containsExactly("Sec. 1(c)(i) " + SIGNED.plusDays(90),
                "Sec. 1(c)(ii) " + SIGNED.plusDays(90));
        assertThat(duties).allSatisfy(d -> assertThat(d.obligation().actor()).isEqualTo("the Secretary of Commerce"));
    }

    @Test
    void aLeadInThatDatesItsItemsWithoutNamingAnyoneGivesThemItsDeadline() {
        List<Duty> duties = duties("(a) To understand the labor market, the following actions shall be taken "
                + "within 180 days of the date of this order:\n    (i) The Chairman of the Council of Economic "
                + "Advisers shall submit a report to the President.\n    (ii) The Secretary of Labor shall submit a "
                + "report to the President.\n\n(b) Within 365 days of the date of this order, to promote safe AI "
                + "abroad:\n    (i) The Secretary of State shall publish a playbook.\n\n(c) To protect workers:\n"
                + "    (i) The Secretary of Labor shall issue guidance.");

        assertThat(dated(duties)).containsExactly("Sec. 1(a)(i) " + SIGNED.plusDays(180),
                "Sec. 1(a)(ii) " + SIGNED.plusDays(180), "Sec. 1(b)(i) " + SIGNED.plusDays(365));
    }

    @Test
    void leadInsThatEndInAQualifierOrAnnounceActsOpenTheirLists() {
        List<Duty> duties = duties("(b) To promote justice, the Attorney General shall, in consultation with the "
                + "Secretary of Homeland Security and the Director of OSTP:\n    (i) within 365 days of the date of "
                + "this order, submit to the President a report.\n\n(c) The Task Force's purpose shall be to "
                + "accelerate and track the hiring of talent across the Federal Government, including through the "
                + "following actions:\n    (i) within 180 days of the date of this order, tracking and reporting "
                + "progress to the President; and\n    (ii) identifying best practices.");

        assertThat(dated(duties)).containsExactly("Sec. 1(b)(i) " + SIGNED.plusDays(365),
                "Sec. 1(c)(i) " + SIGNED.plusDays(180));
        assertThat(duties.get(0).obligation().actor()).isEqualTo("the Attorney General");
    }

    @Test
    void aLeadInEndingInItsVerbIsCountedInItsItemsOneEndingInWhatItDeliversIsTheDuty() {
        List<Duty> acts = duties("(a) Within 90 days of the date of this order, the Secretary of Commerce shall "
                + "require:\n    (i) Companies developing models to provide reports; and\n    (ii) Companies that "
                + "acquire clusters to report them.");
        List<Duty> topics = duties("(d) Within 150 days of the date of this order, the Secretary of Energy shall "
                + "prioritize research on the following topics:\n    (i) human-AI interaction methods;\n    (ii) "
                + "security of AI coding assistance.");

        assertThat(dated(acts)).containsExactly("Sec. 1(a)(i) " + SIGNED.plusDays(90),
                "Sec. 1(a)(ii) " + SIGNED.plusDays(90));
        assertThat(dated(topics)).contains("Sec. 1(d) " + SIGNED.plusDays(150));
    }

    @Test
    void aShallAfterAnItemsSemicolonIsTheNextClausesAndTheItemCarriesItsLeadInOn() {
        List<Duty> duties = duties("(d) The Director of OPM shall:\n    (i) within 60 days of the date of this "
                + "order, conduct a review of hiring authority and, where the Director finds it appropriate, grant it; "
                + "this review shall include the following job series: IT Specialist (2210);\n    (ii) within 90 "
                + "days of the date of this order, coordinate a pooled-hiring action.");

        assertThat(dated(duties)).containsExactly("Sec. 1(d)(i) " + SIGNED.plusDays(60),
                "Sec. 1(d)(ii) " + SIGNED.plusDays(90));
    }

    @Test
    void aBasisRightAfterShallRecursAndNamedBodiesAct() {
        Duty annual = duties("(e) To improve transparency, the Director of OMB shall, on an annual basis, issue "
                + "instructions to agencies.").get(0);
        Duty service = duties("(c) Within 45 days of the date of this order, to advance talent programs, the United "
                + "States Digital Service, United States Digital Corps, OPM, and talent programs at agencies, as "
                + "appropriate, shall develop plans.").get(0);

        assertThat(annual.recurrence().period()).isEqualTo(Period.ofYears(1));
        assertThat(annual.obligation().deadline().text()).isEqualTo("on an annual basis");
        assertThat(service.obligation().actor()).isEqualTo("the United States Digital Service");
        assertThat(service.obligation().deadline().due()).isEqualTo(SIGNED.plusDays(45));
    }
}
