package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Windows zone names (CLDR's table), IANA ids and "UTC" as Graph may write them in a dateTimeTimeZone. */
class GraphTimeZonesTests {

    @Test
    void everyWindowsNameInTheTableIsAZoneJavaKnows() {
        assertThat(GraphTimeZones.windowsNames()).hasSizeGreaterThan(130);
        assertThat(GraphTimeZones.windowsNames()).allSatisfy((windows, iana) ->
                assertThat(GraphTimeZones.zone(windows)).as(windows).contains(ZoneId.of(iana)));
    }

    @Test
    void theUsZonesMapToTheirCities() {
        assertThat(GraphTimeZones.zone("Eastern Standard Time")).contains(ZoneId.of("America/New_York"));
        assertThat(GraphTimeZones.zone("Central Standard Time")).contains(ZoneId.of("America/Chicago"));
        assertThat(GraphTimeZones.zone("Mountain Standard Time")).contains(ZoneId.of("America/Denver"));
        assertThat(GraphTimeZones.zone("US Mountain Standard Time")).contains(ZoneId.of("America/Phoenix"));
        assertThat(GraphTimeZones.zone("Pacific Standard Time")).contains(ZoneId.of("America/Los_Angeles"));
        assertThat(GraphTimeZones.zone("Alaskan Standard Time")).contains(ZoneId.of("America/Anchorage"));
        assertThat(GraphTimeZones.zone("Hawaiian Standard Time")).contains(ZoneId.of("Pacific/Honolulu"));
        assertThat(GraphTimeZones.zone("pacific standard time")).as("any case").contains(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void ianaIdsAndUtcPassAndUnknownNamesAreEmpty() {
        assertThat(GraphTimeZones.zone("UTC")).contains(ZoneId.of("Etc/UTC"));
        assertThat(GraphTimeZones.zone("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(GraphTimeZones.zone("Customized Time Zone")).isEmpty();
        assertThat(GraphTimeZones.zone(null)).isEmpty();
        assertThat(GraphTimeZones.zone(" ")).isEmpty();
    }
}
