package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.excoord.cards.CardAssertions.assertValidCard;
import static org.excoord.cards.CardAssertions.executeWithVerb;
import static org.excoord.cards.CardAssertions.verbs;
import static org.excoord.cards.CardAssertions.visibleText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorityCardTests {

    @Test
    void showsFactsReferencesAndTheAnalyzerActions() throws Exception {
        ObjectNode card = Cards.authority(SampleData.authority());

        assertValidCard(card);
        assertThat(visibleText(card)).contains("EO 14028 · Improving the Nation's Cybersecurity",
                "Type: Executive Order", "Citation: 86 FR 26633", "Signed: Wed, May 12, 2021", "Sections: 11",
                "Amended by EO 14144", "Cites EO 13800");
        assertThat(verbs(card)).containsExactly("authority.summarize", "authority.impacts");
        assertThat(executeWithVerb(card, "authority.impacts").path("data").toString()).isEqualTo("{\"authorityId\":1}");
    }

    @Test
    void theSourceDocumentOpensFromTheCardWhenItHasAnHttpsLink() throws Exception {
        ObjectNode card = Cards.authority(SampleData.authority());

        assertValidCard(card);
        List<ObjectNode> links = CardAssertions.all(card, node -> node.path("type").asText().equals("Action.OpenUrl"));
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.path("title").asText()).isEqualTo("Source document");
            assertThat(link.path("url").asText()).isEqualTo(SampleData.SOURCE_URL);
        });
        for (String url : new String[] {null, "", "http://www.federalregister.gov/x", "file:///etc/passwd"}) {
            AuthorityCard a = SampleData.authority();
            ObjectNode without = Cards.authority(new AuthorityCard(a.id(), a.title(), a.type(), a.statusLabel(),
                    a.number(), a.citation(), a.signed(), a.dispositionNotes(), a.references(), a.sectionCount(), url));
            assertThat(without.toString()).as(String.valueOf(url)).doesNotContain("Action.OpenUrl");
        }
    }

    @Test
    void listRowsOpenTheAuthority() throws Exception {
        ObjectNode card = Cards.authorities(SampleData.authorities());

        assertValidCard(card);
        assertThat(ListCardTests.rows(card)).hasSize(2).allSatisfy(row -> assertThat(
                row.path("selectAction").path("verb").asText()).isEqualTo("authority.view"));
        assertThat(ListCardTests.rows(card).get(1).path("selectAction").path("data").toString())
                .isEqualTo("{\"authorityId\":2,\"backList\":\"authorities\",\"backPage\":0}");
        assertThat(CardAssertions.all(card, node -> node.path("type").asText().equals("Action.Execute")
                && node.path("title").asText().equals("Open"))).hasSize(2)
                .allSatisfy(open -> assertThat(open.path("tooltip").asText()).startsWith("Open "));
        assertThat(visibleText(Cards.authorities(List.of()))).contains("No authorities yet.");
    }

    @Test
    void theListIsPagedAndAnAuthorityOpenedFromItGoesBackToTheSamePage() throws Exception {
        ObjectNode second = Cards.authorities(SampleData.authorities(), 1, true);

        assertValidCard(second);
        assertThat(visibleText(second)).contains("Page 2");
        assertThat(executeWithVerb(second, "authority.list").path("data").toString()).isEqualTo("{\"page\":0}");
        assertThat(CardAssertions.executes(second).stream().filter(a -> a.path("verb").asText().equals(
                "authority.list")).map(a -> a.path("title").asText())).containsExactly("Previous page", "Next page");
        assertThat(ListCardTests.rows(second).get(0).path("selectAction").path("data").toString())
                .isEqualTo("{\"authorityId\":1,\"backList\":\"authorities\",\"backPage\":1}");
        assertThat(visibleText(Cards.authorities(List.of(), 3, false))).contains("No more authorities.");

        ObjectNode opened = Cards.withBack(Cards.authority(SampleData.authority()),
                new BackTo(BackTo.AUTHORITIES, 1), null);
        assertValidCard(opened);
        ObjectNode back = (ObjectNode) opened.path("body").get(0).path("actions").get(0);
        assertThat(back.path("title").asText()).isEqualTo("Back to the list");
        assertThat(back.path("verb").asText()).isEqualTo(CardVerbs.AUTHORITY_LIST);
        assertThat(back.path("data").toString()).isEqualTo("{\"list\":\"authorities\",\"page\":1}");
        // Summarize and Show impacts keep the way back
        assertThat(executeWithVerb(opened, "authority.summarize").path("data").toString())
                .isEqualTo("{\"authorityId\":1,\"backList\":\"authorities\",\"backPage\":1}");
        assertThat(executeWithVerb(opened, "authority.impacts").path("data").path("backPage").asInt()).isEqualTo(1);
    }

    @Test
    void hostileTextStaysText() throws Exception {
        AuthorityCard hostile = new AuthorityCard(9, SampleData.HOSTILE + SampleData.TEN_KB, SampleData.BOLD,
                SampleData.MENTION, SampleData.LINK, SampleData.SCRIPT, null, SampleData.TEN_KB,
                List.of(SampleData.HOSTILE, SampleData.TEN_KB, SampleData.TEN_KB, SampleData.TEN_KB,
                        SampleData.TEN_KB, SampleData.TEN_KB, SampleData.TEN_KB, SampleData.TEN_KB), 0,
                "javascript:alert(1)");
        List<AuthorityLine> lines = List.of(new AuthorityLine(1, SampleData.HOSTILE + SampleData.TEN_KB,
                SampleData.LINK, SampleData.BOLD, LocalDate.of(2021, 5, 12)));

        CardAssertions.assertHostileIsText(Cards.authority(hostile));
        assertThat(Cards.authority(hostile).toString()).doesNotContain("Action.OpenUrl", "javascript");
        CardAssertions.assertHostileIsText(Cards.authorities(lines));
    }
}
