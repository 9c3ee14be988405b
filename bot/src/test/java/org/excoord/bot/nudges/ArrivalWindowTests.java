package org.excoord.bot.nudges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class ArrivalWindowTests {

    private static final DeliveryProperties.Limit FIVE_PER_200_MS =
            new DeliveryProperties.Limit(5, Duration.ofMillis(200));

    @Test
    void sendsThatArriveAnyTimeWhileInFlightNeverCrowdAWindow() throws Exception {
        ArrivalWindow window = new ArrivalWindow(
                List.of(FIVE_PER_200_MS, new DeliveryProperties.Limit(8, Duration.ofMillis(500))));
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                sends.add(senders.submit(() -> {
                    window.enter();
                    try {
                        // the message leaves late, then arrives, then its answer comes back late too
                        sleep(ThreadLocalRandom.current().nextInt(0, 60));
                        arrivals.add(System.nanoTime());
                        sleep(ThreadLocalRandom.current().nextInt(0, 60));
                    } finally {
                        window.leave();
                    }
                    return null;
                }));
            }
            for (Future<?> send : sends) {
                send.get();
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(mostIn(arrivals, Duration.ofMillis(200))).isLessThanOrEqualTo(5);
        assertThat(mostIn(arrivals, Duration.ofMillis(500))).isLessThanOrEqualTo(8);
        assertThat(mostIn(arrivals, Duration.ofMillis(200))).as("the window lets sends through up to its limit")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSendWaitsUntilTheOldestPlaceIsFreeAWindowAfterItsEnd() throws Exception {
        ArrivalWindow window = new ArrivalWindow(List.of(new DeliveryProperties.Limit(2, Duration.ofMillis(300))));
        long start = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            assertThat(window.enter()).isTrue();
            window.leave();
        }
        assertThat(window.enter()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        window.leave();
    }

    @Test
    void onlyAnIdleWindowIsRetiredAndARetiredOneIsNotEntered() throws Exception {
        ArrivalWindow window = new ArrivalWindow(List.of(new DeliveryProperties.Limit(2, Duration.ofMillis(50))));
        assertThat(window.enter()).isTrue();
        assertThat(window.retireIfIdle()).as("a send in flight").isFalse();
        window.leave();
        assertThat(window.retireIfIdle()).as("a place held a window after its end").isFalse();
        await().atMost(Duration.ofSeconds(5)).until(window::retireIfIdle);
        assertThat(window.enter()).isFalse();
    }

    /** The most arrivals in any span of {@code span}: each arrival taken as a window's start. */
    private static int mostIn(List<Long> arrivals, Duration span) {
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        int most = 0;
        for (int first = 0, last = 0; first < sorted.size(); first++) {
            while (last < sorted.size() && sorted.get(last) - sorted.get(first) < span.toNanos()) {
                last++;
            }
            most = Math.max(most, last - first);
        }
        return most;
    }

    /** A message's time on the wire, simulated: not a wait for a condition. */
    private static void sleep(int millis) {
        LockSupport.parkNanos(Duration.ofMillis(millis).toNanos());
    }
}
