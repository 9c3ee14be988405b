package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.excoord.bot.help.HelpFeature;
import org.junit.jupiter.api.Test;

/** The router refuses to start when two features claim the same command or verb: which one answers must be clear. */
class RouterTests {

    private record Fixed(Map<String, Feature.CommandHandler> commands, Map<String, Feature.VerbHandler> verbs)
            implements Feature {
    }

    @Test
    void twoFeaturesClaimingOneCommandStopTheStart() {
        Feature a = new Fixed(Map.of("inbox", asked -> null), Map.of());
        Feature b = new Fixed(Map.of("inbox", asked -> null), Map.of());
        assertThatThrownBy(() -> new Conversation(null, new HelpFeature(null), List.of(a, b), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"inbox\"");
    }

    private record Searching(Map<String, Feature.SearchHandler> searches) implements Feature {
        @Override
        public Map<String, CommandHandler> commands() {
            return Map.of();
        }

        @Override
        public Map<String, VerbHandler> verbs() {
            return Map.of();
        }
    }

    @Test
    void twoFeaturesClaimingOneSearchDatasetStopTheStart() {
        Feature a = new Searching(Map.of("people.assignable:", s -> null));
        Feature b = new Searching(Map.of("people.assignable:", s -> null));
        assertThatThrownBy(() -> new Conversation(null, new HelpFeature(null), List.of(a, b), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"people.assignable:\"");
    }

    @Test
    void twoFeaturesClaimingOneVerbStopTheStart() {
        Feature a = new Fixed(Map.of(), Map.of("item.", p -> null));
        Feature b = new Fixed(Map.of(), Map.of("item.", p -> null));
        assertThatThrownBy(() -> new Conversation(null, new HelpFeature(null), List.of(a, b), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"item.\"");
        assertThat(new Conversation(null, new HelpFeature(null), List.of(a), null, null)).isNotNull();
    }
}
