package org.excoord.graphsync.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one page of {@code GET /planner/plans/{id}/tasks} straight from the wire into {@link PlannerTaskState}s. The
 * back-sync poll reads every task of every linked plan each minute; through Kiota's models (a backing store per task,
 * its assignments and identity sets) a 5,000-task plan cost about 430 MB of garbage and seconds of CPU per poll, for
 * the dozen fields the poll compares. Only those are read here.
 */
final class PlanTaskPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanTaskPages() {
    }

    /** The page's tasks added to {@code into}; answers the page's {@code @odata.nextLink}, null on the last page. */
    static String read(InputStream body, List<PlannerTaskState> into) throws IOException {
        JsonNode page = JSON.readTree(body);
        for (JsonNode t : page.path("value")) {
            into.add(task(t));
        }
        JsonNode next = page.get("@odata.nextLink");
        return next == null || next.isNull() ? null : next.asText();
    }

    private static PlannerTaskState task(JsonNode t) {
        Set<String> assignees = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("assignments").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> assignment = it.next();
            if (!assignment.getValue().isNull()) {
                assignees.add(assignment.getKey());
            }
        }
        JsonNode completedBy = t.path("completedBy").path("user").path("id");
        return new PlannerTaskState(text(t, "id"), text(t, "planId"), text(t, "bucketId"), text(t, "@odata.etag"),
                text(t, "title"), date(t.get("dueDateTime")), date(t.get("startDateTime")), t.path("priority").asInt(5),
                t.path("percentComplete").asInt(0), Set.copyOf(assignees),
                completedBy.isTextual() ? completedBy.asText() : null);
    }

    private static String text(JsonNode t, String field) {
        JsonNode value = t.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The UTC date of a Graph date-time, as {@link PlannerTaskState} documents. */
    private static LocalDate date(JsonNode value) {
        return value == null || value.isNull() ? null
                : OffsetDateTime.parse(value.asText()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
