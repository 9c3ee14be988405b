package org.excoord.analyzer.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** A hand-made list of an order's dated duties (src/test/resources/reference, rules in its README). */
public record ReferenceSet(String order, LocalDate signed, List<Duty> duties) {

    /** The orders that have a reference. */
    public static final List<String> ORDERS = List.of("eo-13800.md", "eo-14057.md", "eo-14110.md", "eo-14179.md");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public record Duty(String section, String actor, String deadline, LocalDate due, String countsFrom,
            Recurrence recurrence, String quote) {
    }

    /** @param period ISO-8601 ("P1Y", "P6M", "P60D") */
    public record Recurrence(String period, String countedFrom) {
    }

    public static ReferenceSet of(String order) {
        String resource = "/reference/" + order.replace(".md", ".json");
        try (InputStream in = ReferenceSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference " + resource);
            }
            return JSON.readValue(in, ReferenceSet.class);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
