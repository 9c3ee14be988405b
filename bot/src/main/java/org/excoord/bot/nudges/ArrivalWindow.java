package org.excoord.bot.nudges;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Teams counts a message when it arrives; a token bucket counts it when its token is taken. In between lie a thread
 * waiting for a CPU, a garbage collection, the connection: on two busy cores sometimes a hundred milliseconds and
 * more, enough for one second of arrivals to hold a message more than any second of tokens did (the 429s that a
 * margin under the limit only made rarer). So each send also holds a place in every limit of its conversation and
 * of its tenant from the moment it starts until one window after it ended. It can only arrive in between, so no
 * window at the receiver, wherever it falls, sees more than the limit: of the messages arriving in a window, the
 * last to start found all the others still holding their places. Sends wait here only when the pacing was outrun.
 */
final class ArrivalWindow {

    private final List<DeliveryProperties.Limit> limits;
    private final long longest;
    /** When the sends that hold a place ended ({@link System#nanoTime()}, ascending). */
    private final List<Long> ended = new ArrayList<>();
    private int inFlight;
    private boolean retired;

    ArrivalWindow(List<DeliveryProperties.Limit> limits) {
        this.limits = List.copyOf(limits);
        this.longest = limits.stream().mapToLong(l -> l.per().toNanos()).max().orElse(0);
    }

    /** Waits for a place in every limit and takes it; false when the window was forgotten meanwhile (take a new one). */
    synchronized boolean enter() throws InterruptedException {
        while (!retired) {
            long now = System.nanoTime();
            forget(now);
            long wait = untilRoom(now);
            if (wait == 0) {
                inFlight++;
                return true;
            }
            if (wait == Long.MAX_VALUE) {
                wait(); // only sends still in flight fill a limit: the next to end makes room
            } else {
                TimeUnit.NANOSECONDS.timedWait(this, wait);
            }
        }
        return false;
    }

    synchronized void leave() {
        inFlight--;
        ended.add(System.nanoTime());
        notifyAll();
    }

    /** Retired if it holds no place: forgetting it then loses nothing, and no send can enter it any more. */
    synchronized boolean retireIfIdle() {
        forget(System.nanoTime());
        retired = inFlight == 0 && ended.isEmpty();
        return retired;
    }

    /** 0 when every limit has room now, else how long until the last of them has (MAX_VALUE: until a send ends). */
    private long untilRoom(long now) {
        long wait = 0;
        for (DeliveryProperties.Limit limit : limits) {
            long per = limit.per().toNanos();
            int firstInWindow = firstAfter(now - per);
            int inWindow = ended.size() - firstInWindow;
            int over = inFlight + inWindow + 1 - limit.count();
            if (over <= 0) {
                continue;
            }
            if (over > inWindow) {
                return Long.MAX_VALUE;
            }
            wait = Math.max(wait, Math.max(1, ended.get(firstInWindow + over - 1) + per - now));
        }
        return wait;
    }

    /** The index of the first end later than {@code t}. */
    private int firstAfter(long t) {
        int low = 0;
        int high = ended.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ended.get(mid) - t > 0) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private void forget(long now) {
        int stale = firstAfter(now - longest);
        if (stale > 0) {
            ended.subList(0, stale).clear();
        }
    }
}
