package org.excoord.bot.nudges;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps for the present moment every {@code excoord.nudges.interval}. ShedLock lets one replica sweep at a time, so
 * replicas do not plan the same messages twice over; the nudge log's claims would keep them from sending twice anyway.
 */
@Component
@ConditionalOnProperty(name = "excoord.nudges.enabled", havingValue = "true", matchIfMissing = true)
class NudgeSchedule {

    private final NudgeSweep sweep;
    private final Clock clock;

    NudgeSchedule(NudgeSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${excoord.nudges.interval:PT1M}", initialDelayString = "${excoord.nudges.interval:PT1M}")
    @SchedulerLock(name = "nudge-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    void sweepNow() {
        sweep.sweep(clock.instant(), NudgeSweep.Trigger.SCHEDULE);
    }
}
