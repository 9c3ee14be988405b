package org.excoord.bot.authorities;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Drafting action items from an analysis ({@code excoord.analysis.*}).
 *
 * @param defaultDueWorkingDays the due date a draft proposes when the text gives none still ahead: this many working
 *                              days from today (default 10)
 * @param undoWindow            how long after creating items from an analysis its "Undo" still cancels them
 *                              (default 10 minutes)
 */
@ConfigurationProperties("excoord.analysis")
public record AnalysisProperties(Integer defaultDueWorkingDays, Duration undoWindow) {

    public AnalysisProperties {
        defaultDueWorkingDays = defaultDueWorkingDays == null ? 10 : defaultDueWorkingDays;
        undoWindow = undoWindow == null ? Duration.ofMinutes(10) : undoWindow;
        if (defaultDueWorkingDays < 0 || defaultDueWorkingDays > 260) {
            throw new IllegalArgumentException("excoord.analysis.default-due-working-days must be between 0 and 260");
        }
        if (undoWindow.isNegative()) {
            throw new IllegalArgumentException("excoord.analysis.undo-window must not be negative");
        }
    }
}
