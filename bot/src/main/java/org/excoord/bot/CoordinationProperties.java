package org.excoord.bot;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Application-wide settings ({@code excoord.*}).
 *
 * @param timeZone the agency's time zone: "today" and "overdue" are decided in it
 */
@Validated
@ConfigurationProperties("excoord")
public record CoordinationProperties(@NotNull ZoneId timeZone) {

    public CoordinationProperties {
        timeZone = timeZone == null ? ZoneId.of("America/New_York") : timeZone;
    }
}
