package org.excoord.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser on the six real Executive Orders (copied into test resources) and on odd inputs. */
class AuthorityTextParserTests {

    private final AuthorityTextParser parser = new AuthorityTextParser();

    static String sample(String name) {
        try (InputStream in = AuthorityTextParserTests.class.getResourceAsStream("/authorities/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ParsedSection> byId(ParsedAuthority parsed) {
        return parsed.sections().stream().collect(Collectors.toMap(ParsedSection::sectionId, Function.identity()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eo-13800.md", "eo-14028.md", "eo-14057.md", "eo-14110.md", "eo-14144.md", "eo-14179.md"})
    void everySampleParsesIntoUniqueSectionsWithTheirParents(String file) {
        ParsedAuthority parsed = parser.parse(sample(file));
        List<String> ids = parsed.sections().stream().map(ParsedSection::sectionId).toList();
        assertThat(ids).doesNotHaveDuplicates().anyMatch(id -> id.matches("Sec\\. \\d+"));
        assertThat(parsed.executiveOrderNumber()).isEqualTo(file.substring(3, 8));
        assertThat(parsed.signingDate()).isNotNull();
        Map<String, ParsedSection> sections = byId(parsed);
        assertThat(parsed.sections()).allSatisfy(s -> assertThat(s.text()).as(s.sectionId()).isNotBlank());
        List<ParsedSection> children = parsed.sections().stream().filter(s -> s.parentId() != null).toList();
        assertThat(children).as("subsections").isNotEmpty().allSatisfy(s -> {
            ParsedSection parent = sections.get(s.parentId());
            assertThat(parent).as("parent of " + s.sectionId()).isNotNull();
            assertThat(parent.text()).as("parent text holds the child").contains(s.text());
            if (s.level() == 1) {
                // a numbered subsection (EO 14110's "4.1.") is a section below its section
                assertThat(s.sectionId()).matches(java.util.regex.Pattern.quote(s.parentId()) + "\\.\\d+");
            } else {
                assertThat(parent.level()).isLessThan(s.level());
                assertThat(s.sectionId()).startsWith(s.parentId() + "(");
            }
        });
        assertThat(parsed.sections()).extracting(ParsedSection::ordinal).isSorted();
    }

    @Test
    void eo14028HasItsMetadataAndItsNestedSubsections() {
        ParsedAuthority parsed = parser.parse(sample("eo-14028.md"));
        assertThat(parsed.title()).isEqualTo("Improving the Nation's Cybersecurity");
        assertThat(parsed.executiveOrderNumber()).isEqualTo("14028");
        assertThat(parsed.documentNumber()).isEqualTo("2021-10460");
        assertThat(parsed.citation()).isEqualTo("86 FR 26633");
        assertThat(parsed.signingDate()).isEqualTo(LocalDate.of(2021, 5, 12));
        assertThat(parsed.body()).startsWith("## Executive Order 14028").doesNotContain("## Sources");

        Map<String, ParsedSection> s = byId(parsed);
        assertThat(s.get("Sec. 2").heading()).isEqualTo("Removing Barriers to Sharing Threat Information");
        assertThat(s.get("Sec. 1").heading()).isEqualTo("Policy");
        assertThat(s.get("Sec. 2(b)").text()).startsWith("(b) Within 60 days of the date of this order");
        assertThat(s.get("Sec. 2(c)(ii)").level()).isEqualTo(3);
        assertThat(s.get("Sec. 4(e)(i)(A)").text()).contains("using administratively separate build environments");
        assertThat(s.get("Sec. 4(e)(i)(A)").parentId()).isEqualTo("Sec. 4(e)(i)");
        assertThat(s).containsKeys("Preamble", "Authority", "Sec. 11");
        // (h) ends with a full stop, so the indented (i) after it is the letter, followed by (j)
        assertThat(s.get("Sec. 2(i)").level()).isEqualTo(2);
        assertThat(s.get("Sec. 2(i)").text()).startsWith("(i) Within 60 days of the date of this order");
        assertThat(s).containsKeys("Sec. 2(j)", "Sec. 2(k)", "Sec. 2(l)", "Sec. 2(g)(i)");
    }

    @Test
    void anIAfterAnHIsALetterUnlessTheHIntroducesAList() {
        Map<String, ParsedSection> s = byId(parser.parse(sample("eo-14110.md")));
        // Sec. 3 is a list of definitions (a), (b), ... (h), (i), (j): the (i) is a letter although indented
        assertThat(s.get("Sec. 3(i)").level()).isEqualTo(2);
        assertThat(s.get("Sec. 3(i)").text()).contains("critical infrastructure");
        assertThat(s.get("Sec. 3(j)").level()).isEqualTo(2);
        // while a (k) that ends with a colon opens a roman list
        assertThat(s.get("Sec. 3(k)(i)").level()).isEqualTo(3);
        assertThat(s.get("Sec. 3(k)(i)").text()).contains("substantially lowering the barrier");
        // and (v) after (iv) stays a numeral
        Map<String, ParsedSection> eo14028 = byId(parser.parse(sample("eo-14028.md")));
        assertThat(eo14028.get("Sec. 3(f)(v)").level()).isEqualTo(3);
    }

    @Test
    void eo14110sNumberedSubsectionsAreSectionsWithTheirOwnParagraphs() {
        Map<String, ParsedSection> s = byId(parser.parse(sample("eo-14110.md")));
        ParsedSection sub = s.get("Sec. 4.1");
        assertThat(sub).isNotNull();
        assertThat(sub.level()).isEqualTo(1);
        assertThat(sub.parentId()).isEqualTo("Sec. 4");
        assertThat(sub.heading()).isEqualTo("Developing Guidelines, Standards, and Best Practices for AI Safety and Security");
        assertThat(s.get("Sec. 4").text()).contains(sub.text());
        assertThat(s.get("Sec. 4").heading()).isEqualTo("Ensuring the Safety and Security of AI Technology");
        assertThat(s.get("Sec. 4.1(a)").parentId()).isEqualTo("Sec. 4.1");
        assertThat(s.get("Sec. 4.1(a)(i)").text()).startsWith("(i) Establish guidelines and best practices");
        assertThat(s.get("Sec. 4.1(b)").text()).startsWith("(b) Within 270 days of the date of this order, to understand")
                .doesNotContain("4.2.");
        // each subsection starts its own letters: 4.2's (a) is not lost as a repeat of 4.1's
        assertThat(s.get("Sec. 4.2(a)").text()).startsWith("(a) Within 90 days of the date of this order, to ensure");
        assertThat(s.get("Sec. 4.3(a)(i)").text()).startsWith("(i) Within 90 days of the date of this order, and at least");
        assertThat(s.get("Sec. 4.4(b)(iv)(B)").text()).startsWith("(B) following development of the framework");
        assertThat(s.get("Sec. 5.3").heading()).isEqualTo("Promoting Competition");
        assertThat(s.get("Sec. 7.2(b)(ii)(F)").parentId()).isEqualTo("Sec. 7.2(b)(ii)");
        // an (i) after (h) that ends with a full stop is the letter, though the Markdown indents it like a numeral
        assertThat(s.get("Sec. 10.1(i)").level()).isEqualTo(2);
        assertThat(s.get("Sec. 10.1(i)").text()).startsWith("(i) The initial means, instructions, and guidance");
        assertThat(s.get("Sec. 10.2(d)(ix)").text()).startsWith("(ix) work with the Security, Suitability");
        assertThat(s).doesNotContainKeys("Sec. 4(a)", "Sec. 10(a)", "Sec. 4.9");
        // sections without numbered subsections keep their paragraphs where they were
        assertThat(s.get("Sec. 6(b)(i)").parentId()).isEqualTo("Sec. 6(b)");
        assertThat(s.get("Sec. 12(c)(xxvii)").parentId()).isEqualTo("Sec. 12(c)");
    }

    @Test
    void aNumberedSubsectionMustBelongToItsSectionAndGoForward() {
        String text = "Executive Order 99002 of March 4, 2026\n\n"
                + "Sec. 1. Policy. (a) Agencies shall test.\n"
                + "1.1. Reports. (a) Within 30 days of the date of this order, the Director shall report.\n"
                + "(b) The Director shall publish it.\n"
                + "1.2.\n"
                + "Reviews.\n"
                + "(a) The Director shall review.\n"
                + "1.1.\n"
                + "(c) The Director shall also keep records.\n"
                + "Sec. 2. Scope. (a) It applies widely.\n"
                + "3.1.\n"
                + "(b) Nothing else.\n";
        Map<String, ParsedSection> s = byId(parser.parse(text));
        assertThat(s).containsKeys("Sec. 1(a)", "Sec. 1.1", "Sec. 1.1(a)", "Sec. 1.1(b)", "Sec. 1.2", "Sec. 1.2(a)",
                "Sec. 1.2(c)", "Sec. 2(a)", "Sec. 2(b)").doesNotContainKeys("Sec. 3.1", "Sec. 2.1");
        assertThat(s.get("Sec. 1.1").heading()).isEqualTo("Reports");
        assertThat(s.get("Sec. 1.2").heading()).isEqualTo("Reviews");
        assertThat(s.get("Sec. 1.1(a)").text())
                .isEqualTo("(a) Within 30 days of the date of this order, the Director shall report.");
        assertThat(s.get("Sec. 1.1").parentId()).isEqualTo("Sec. 1");
        assertThat(s.get("Sec. 1").text()).contains("1.2.");
        assertThat(s.get("Sec. 2").text()).doesNotContain("Reviews");
    }

    @Test
    void sectionNumbersOfHundredsAndAQuotedDuplicateSectionWork() {
        assertThat(byId(parser.parse(sample("eo-14057.md")))).containsKeys("Sec. 101", "Sec. 205", "Sec. 507");
        ParsedAuthority eo14144 = parser.parse(sample("eo-14144.md"));
        Map<String, ParsedSection> s = byId(eo14144);
        // "### Section 1." quoted inside Sec. 9 (the amended text of EO 13694) stays inside Sec. 9
        assertThat(s.get("Sec. 9").text()).contains("purpose");
        assertThat(s).containsKeys("Sec. 10", "Sec. 11");
        assertThat(eo14144.sections().stream().filter(x -> x.sectionId().equals("Sec. 1")).count()).isEqualTo(1);
    }

    @Test
    void citationsOfOtherOrdersAreFoundWithTheirRelation() {
        ParsedAuthority eo14144 = parser.parse(sample("eo-14144.md"));
        assertThat(eo14144.citations()).extracting(CitedAuthority::executiveOrderNumber)
                .contains("14028", "13694").doesNotContain("14144");
        assertThat(eo14144.citations()).anySatisfy(c -> {
            assertThat(c.executiveOrderNumber()).isEqualTo("13694");
            assertThat(c.relation()).isEqualTo(CitedAuthority.Relation.AMENDS);
        });
        CitedAuthority first14028 = eo14144.citations().stream().filter(c -> c.executiveOrderNumber().equals("14028"))
                .findFirst().orElseThrow();
        assertThat(first14028.context()).contains("Executive Order 14028");
        assertThat(first14028.sectionId()).startsWith("Sec. ");

        ParsedAuthority eo14179 = parser.parse(sample("eo-14179.md"));
        assertThat(eo14179.citations()).extracting(CitedAuthority::executiveOrderNumber).contains("14110");

        ParsedAuthority eo14057 = parser.parse(sample("eo-14057.md"));
        assertThat(eo14057.citations()).anySatisfy(c -> {
            assertThat(c.executiveOrderNumber()).isEqualTo("13834");
            assertThat(c.relation()).isEqualTo(CitedAuthority.Relation.REPEALS);
        });
    }

    @Test
    void plainTextWithSecMarkersAndRunInHeadingsWorks() {
        String text = "Executive Order 99001 of March 3, 2026\r\n"
                + "Improving Test Coverage\r\n\r\n"
                + "By the authority vested in me, it is hereby ordered as follows:\r\n\r\n"
                + "Sec. 1. Policy. (a) Agencies shall test.\r\n"
                + "(b) Within 30 days of the date of this order, the Director shall report:\r\n"
                + "(i) coverage; and\r\n"
                + "(ii) gaps.\r\n\r\n"
                + "Sec. 2. Definitions. (a) Test means a check.\r\n";
        ParsedAuthority parsed = parser.parse(text);
        Map<String, ParsedSection> s = byId(parsed);
        assertThat(parsed.executiveOrderNumber()).isEqualTo("99001");
        assertThat(parsed.signingDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(parsed.title()).isEqualTo("Executive Order 99001 of March 3, 2026");
        assertThat(parsed.body()).doesNotContain("\r");
        assertThat(s).containsKeys("Preamble", "Sec. 1", "Sec. 1(a)", "Sec. 1(b)", "Sec. 1(b)(i)", "Sec. 1(b)(ii)",
                "Sec. 2", "Sec. 2(a)");
        assertThat(s.get("Sec. 1").heading()).isEqualTo("Policy");
        assertThat(s.get("Sec. 1(a)").text()).isEqualTo("(a) Agencies shall test.");
        assertThat(s.get("Sec. 1(b)(ii)").text()).isEqualTo("(ii) gaps.");
    }

    @Test
    void aTextWithoutSectionsIsOneSection() {
        ParsedAuthority parsed = parser.parse("Memorandum for the heads of agencies\n\nPlease reply by Friday.");
        assertThat(parsed.sections()).singleElement().satisfies(s -> {
            assertThat(s.sectionId()).isEqualTo("Full text");
            assertThat(s.text()).contains("Please reply by Friday.");
        });
        assertThat(parsed.executiveOrderNumber()).isNull();
        assertThat(parsed.title()).isEqualTo("Memorandum for the heads of agencies");
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> parser.parse("  \n ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
