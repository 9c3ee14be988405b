package org.excoord.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.excoord.actionitem.ItemVerb;
import org.junit.jupiter.api.Test;

class CardVerbsTests {

    @Test
    void workflowVerbsBecomeLowerCaseItemVerbs() {
        assertThat(CardVerbs.itemVerb("START")).isEqualTo("item.start");
        assertThat(CardVerbs.itemVerb("RETURN")).isEqualTo("item.return");
        assertThat(CardVerbs.itemVerb("REVERT_TO_NEW")).isEqualTo("item.revert_to_new");
        assertThatThrownBy(() -> CardVerbs.itemVerb(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyWorkflowVerbRoundTrips() {
        for (ItemVerb verb : ItemVerb.values()) {
            assertThat(CardVerbs.workflowVerb(CardVerbs.itemVerb(verb.name()))).isEqualTo(verb.name());
        }
    }

    @Test
    void editsAreNotWorkflowVerbs() {
        assertThat(Arrays.asList(CardVerbs.ITEM_VIEW, CardVerbs.ITEM_DUE_DATE, CardVerbs.ITEM_REASSIGN,
                CardVerbs.ITEM_COMMENT, CardVerbs.ITEM_CREATE, CardVerbs.CORR_VIEW, null))
                .allSatisfy(verb -> assertThat(CardVerbs.workflowVerb(verb)).isNull());
    }

    @Test
    void theContentTypeIsSpelledRight() {
        assertThat(Cards.CONTENT_TYPE).isEqualTo("application/vnd.microsoft.card.adaptive")
                .isNotEqualTo(CardAssertions.CONTENT_TYPE_TYPO);
    }
}
