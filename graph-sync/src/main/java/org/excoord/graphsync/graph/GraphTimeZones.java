package org.excoord.graphsync.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The zone of a Graph {@code dateTimeTimeZone}: Exchange writes Windows names by default ("Eastern Standard Time"),
 * an administrator may have chosen IANA ids, and Graph's own answers often say "UTC". Windows names are mapped with
 * CLDR's windowsZones table ({@code windows-zones.properties} next to this class; its "001" zone for each name),
 * anything else is tried as a java.time zone id.
 */
public final class GraphTimeZones {

    private static final Map<String, String> WINDOWS = load();

    private GraphTimeZones() {
    }

    /** The zone the name stands for, or empty when neither CLDR's table nor java.time knows it. */
    public static Optional<ZoneId> zone(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String windows = WINDOWS.get(name.strip());
        try {
            return Optional.of(ZoneId.of(windows != null ? windows : name.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** The Windows names the table maps (for its test). */
    static Map<String, String> windowsNames() {
        return WINDOWS;
    }

    private static Map<String, String> load() {
        Properties table = new Properties();
        try (InputStream in = GraphTimeZones.class.getResourceAsStream("windows-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.properties is missing next to " + GraphTimeZones.class);
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Windows names are case-insensitive in Exchange; Outlook writes them as in the table
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        table.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Collections.unmodifiableMap(map);
    }
}
