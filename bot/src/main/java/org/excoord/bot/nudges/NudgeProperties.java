package org.excoord.bot.nudges;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.excoord.nudge.NudgeRules;
import org.excoord.shared.Priority;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sweep's settings ({@code excoord.nudges.*}); unset ones take {@link NudgeRules#defaults()}.
 *
 * @param enabled  the scheduled sweep runs (the admin endpoints work either way)
 * @param interval how often the scheduled sweep runs
 */
@ConfigurationProperties("excoord.nudges")
public record NudgeProperties(Boolean enabled, Duration interval, LocalTime digestTime, Integer dueSoonWorkingDays,
        LocalTime quietStart, LocalTime quietEnd, Map<Priority, Integer> escalationWorkingDays,
        Integer maxEscalationLevels, Integer escalationCatchUpWorkingDays,
        Integer acknowledgementWorkingDays, Duration foldWindow, Duration claimTimeout) {

    public NudgeProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofMinutes(1) : interval;
    }

    NudgeRules rules() {
        NudgeRules d = NudgeRules.defaults();
        Map<Priority, Integer> escalation = new EnumMap<>(d.escalationWorkingDays());
        if (escalationWorkingDays != null) {
            escalation.putAll(escalationWorkingDays);
        }
        return new NudgeRules(or(digestTime, d.digestTime()), or(dueSoonWorkingDays, d.dueSoonWorkingDays()),
                or(quietStart, d.quietStart()), or(quietEnd, d.quietEnd()), escalation,
                or(maxEscalationLevels, d.maxEscalationLevels()),
                or(escalationCatchUpWorkingDays, d.escalationCatchUpWorkingDays()),
                or(acknowledgementWorkingDays, d.acknowledgementWorkingDays()), or(foldWindow, d.foldWindow()),
                or(claimTimeout, d.claimTimeout()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
