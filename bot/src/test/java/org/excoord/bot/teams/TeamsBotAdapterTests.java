package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.ExpectedReplies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The adapter's own turn loop answers as the SDK's processActivity does, and leaves no turn state behind. */
class TeamsBotAdapterTests {

    private final TeamsBotAdapter adapter = new TeamsBotAdapter(new TeamsProperties("", "", "", null, null, null));
    private final List<TurnContext> turns = new ArrayList<>();

    @Test
    void anInvokeIsAnsweredWithWhatTheBotSentAndTheTurnStateIsEmptiedAfterwards() {
        InvokeResponse answer = adapter.process("", activity(ActivityTypes.INVOKE), context -> {
            turns.add(context);
            Activity response = new Activity(ActivityTypes.INVOKE_RESPONSE);
            response.setValue(new InvokeResponse(200, "the card"));
            return context.sendActivity(response).thenApply(r -> null);
        });

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("the card");
        assertThat(turns).singleElement().satisfies(t -> assertThat(t.getTurnState().getTurnStateServices()).isEmpty());
    }

    @Test
    void anInvokeTheBotDidNotAnswerIsNotImplemented() {
        InvokeResponse answer = adapter.process("", activity(ActivityTypes.INVOKE), context -> done());

        assertThat(answer.getStatus()).isEqualTo(501);
    }

    @Test
    void aMessageHasNoInvokeAnswerUnlessRepliesAreExpected() {
        assertThat(adapter.process("", activity(ActivityTypes.MESSAGE), context -> done())).isNull();

        Activity expecting = activity(ActivityTypes.MESSAGE);
        expecting.setDeliveryMode(DeliveryModes.EXPECT_REPLIES.toString());
        InvokeResponse answer = adapter.process("", expecting,
                context -> context.sendActivity("buffered").thenApply(r -> null));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(((ExpectedReplies) answer.getBody()).getActivities()).extracting(Activity::getText)
                .containsExactly("buffered");
    }

    @Test
    void theTurnCarriesTheCallerAndTheBotFrameworkScope() {
        Activity activity = activity(ActivityTypes.MESSAGE);
        adapter.process("", activity, context -> {
            turns.add(context);
            assertThat(context.getTurnState().<String>get(TeamsBotAdapter.OAUTH_SCOPE_KEY))
                    .isEqualTo("https://api.botframework.com/.default");
            assertThat(context.getTurnState().<Object>get(TeamsBotAdapter.CONNECTOR_CLIENT_KEY)).isNotNull();
            return done();
        });

        assertThat(turns).hasSize(1);
        // authentication is off in the local default, so the SDK names no caller either
        assertThat(activity.getCallerId()).isNull();
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private static Activity activity(String type) {
        Activity a = new Activity(type);
        a.setName("adaptiveCard/action");
        a.setChannelId("msteams");
        a.setServiceUrl("http://127.0.0.1:9/");
        a.setFrom(new ChannelAccount("29:user"));
        a.setRecipient(new ChannelAccount("28:bot"));
        a.setConversation(new ConversationAccount("a:conversation"));
        return a;
    }
}
