package org.excoord.bench;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.excoord.bot.conversation.ChatAddress;
import org.excoord.bot.conversation.ChatAddresses;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.nudges.Delivery;
import org.excoord.bot.nudges.DeliveryProperties;
import org.excoord.bot.nudges.PacedDelivery;
import org.excoord.bot.nudges.Reachability;
import org.excoord.bot.teams.ProactiveConnector;
import org.excoord.bot.teams.RateLimitedConnector;
import org.excoord.bot.teams.TeamsProperties;
import org.excoord.directory.Directory;
import org.excoord.nudge.NudgeMail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.excoord.testing.EmbeddedPostgresSupport;

/**
 * The delivery half of {@link NudgeSendBenchmark} without the app: {@code -Dpeople} digests (one conversation each)
 * through PacedDelivery and the real HTTP path, from 4 senders as the sweep has, to the rate-limiting loopback
 * connector: 429s, duplicates, and the time against the per-tenant limit's minimum ({@code people / 30} s).
 * Run: {@code bot/bench/nudges.sh -Dexec.mainClass=org.excoord.bench.DeliveryPacingBenchmark -Dpeople=1000}.
 */
public final class DeliveryPacingBenchmark {

    private static final int PEOPLE = Integer.getInteger("people", 1_000);

    private DeliveryPacingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        JdbcTemplate postgres = new JdbcTemplate(EmbeddedPostgresSupport.postgres().getPostgresDatabase());
        postgres.execute("create table if not exists teams_reachability (person_id bigint primary key, "
                + "state varchar(12) not null, reason varchar(300) not null, since timestamptz not null)");
        try (RateLimitedConnector teams = RateLimitedConnector.start(0)) {
            ChatAddresses addresses = mock(ChatAddresses.class);
            for (long id = 1; id <= PEOPLE; id++) {
                ChatAddress a = mock(ChatAddress.class);
                when(a.getConversationId()).thenReturn("a:p" + id);
                when(a.getConversationType()).thenReturn(ChatKind.PERSONAL);
                when(a.getUserMri()).thenReturn("29:p" + id);
                when(a.getServiceUrl()).thenReturn(teams.serviceUrl());
                when(a.getTenantId()).thenReturn("bench-tenant");
                when(a.getBotId()).thenReturn("28:bench-bot");
                when(addresses.personalChatOf(id)).thenReturn(Optional.of(a));
            }
            NudgeMail none = mock(NudgeMail.class);
            ObjectNode card = JsonNodeFactory.instance.objectNode().put("type", "AdaptiveCard");
            card.putArray("body").addObject().put("type", "TextBlock").put("text", "Your action items today");
            ProactiveConnector warm = new ProactiveConnector(new TeamsProperties("", "", "", null, null, null));
            PacedDelivery delivery = new PacedDelivery(warm, addresses, new Reachability(postgres, Clock.systemUTC()), none,
                    mock(Directory.class), DeliveryProperties.defaults(), Clock.systemUTC());
            ExecutorService senders = Executors.newFixedThreadPool(4);
            // the app's connections to the connector stay open: opened here first, in a tenant of their own
            List<Future<String>> warming = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ChatAddress a = mock(ChatAddress.class);
                when(a.getConversationId()).thenReturn("a:warm-up-" + i);
                when(a.getUserMri()).thenReturn("29:warm-up");
                when(a.getServiceUrl()).thenReturn(teams.serviceUrl());
                when(a.getTenantId()).thenReturn("warm-up");
                when(a.getBotId()).thenReturn("28:bench-bot");
                warming.add(senders.submit(() -> warm.send(a, card)));
            }
            for (Future<String> w : warming) {
                w.get();
            }
            teams.reset();
            long started = System.nanoTime();
            List<Future<Delivery.Delivered>> sends = new ArrayList<>();
            for (long id = 1; id <= PEOPLE; id++) {
                long person = id;
                sends.add(senders.submit(() -> delivery.deliver(person, card, "Your action items today")));
            }
            Map<Delivery.Result, Integer> results = new HashMap<>();
            for (Future<Delivery.Delivered> send : sends) {
                results.merge(send.get().result(), 1, Integer::sum);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            senders.shutdownNow();
            Map<String, Integer> per = new HashMap<>();
            teams.received().forEach(r -> per.merge(r.conversationId(), 1, Integer::sum));
            double minimum = PEOPLE / 30.0;
            report("%,d digests: %s in %.1f s; minimum %.1f s (%+.1f %%); 429: %d; arrived %,d, duplicates %d, missing %d",
                    PEOPLE, results, seconds, minimum, (seconds / minimum - 1) * 100, teams.throttled().size(),
                    teams.received().size(), per.values().stream().filter(n -> n > 1).count(), PEOPLE - per.size());
        }
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    private static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
