package org.excoord.graphsync.graph;

import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.EventCollectionResponse;
import com.microsoft.graph.models.IdentitySet;
import com.microsoft.graph.models.PlannerTask;
import com.microsoft.graph.models.PlannerTaskDetails;
import com.microsoft.graph.models.SingleValueLegacyExtendedProperty;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.UntypedNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.excoord.graphsync.graph.GraphRequest.CreateEvent;
import org.excoord.graphsync.graph.GraphRequest.CreateTask;
import org.excoord.graphsync.graph.GraphRequest.FindEvents;
import org.excoord.graphsync.graph.GraphRequest.GetTask;
import org.excoord.graphsync.graph.GraphRequest.GetTaskDetails;
import org.excoord.graphsync.graph.GraphRequest.UpdateEvent;
import org.excoord.graphsync.graph.GraphRequest.UpdateTask;
import org.excoord.graphsync.graph.GraphRequest.UpdateTaskDetails;
import org.excoord.graphsync.graph.GraphResponse.EventState;
import org.excoord.graphsync.graph.GraphResponse.TaskDetailsState;

/** Each sub-response on its own: status, Retry-After, Graph's error code, and the body as excoord's records. */
final class GraphResponses {

    private static final JsonParseNodeFactory JSON = new JsonParseNodeFactory();

    private GraphResponses() {
    }

    static GraphResponse toResponse(GraphRequest request, Response response) {
        int status = response.code();
        byte[] body = bytes(response.body());
        Duration retryAfter = retryAfter(response.header("Retry-After"));
        if (status < 200 || status >= 300) {
            String code = null;
            String message = null;
            if (body.length > 0) {
                ODataError error = parse(body, ODataError::createFromDiscriminatorValue);
                if (error != null && error.getError() != null) {
                    code = error.getError().getCode();
                    message = error.getError().getMessage();
                }
            }
            return new GraphResponse(status, retryAfter, code == null ? "" : code, message, null, null, List.of());
        }
        PlannerTaskState task = null;
        TaskDetailsState details = null;
        List<EventState> events = List.of();
        if (body.length > 0) {
            String etagHeader = response.header("ETag");
            if (request instanceof CreateTask || request instanceof UpdateTask || request instanceof GetTask) {
                task = task(parse(body, PlannerTask::createFromDiscriminatorValue), etagHeader);
            } else if (request instanceof GetTaskDetails || request instanceof UpdateTaskDetails) {
                PlannerTaskDetails d = parse(body, PlannerTaskDetails::createFromDiscriminatorValue);
                details = new TaskDetailsState(etag(d.getAdditionalData(), etagHeader), d.getDescription());
            } else if (request instanceof CreateEvent c) {
                events = List.of(event(parse(body, Event::createFromDiscriminatorValue), c.event().itemNumber()));
            } else if (request instanceof UpdateEvent u) {
                events = List.of(event(parse(body, Event::createFromDiscriminatorValue), u.event().itemNumber()));
            } else if (request instanceof FindEvents f) {
                EventCollectionResponse found = parse(body, EventCollectionResponse::createFromDiscriminatorValue);
                List<EventState> list = new ArrayList<>();
                found.getValue().forEach(e -> list.add(event(e, null)));
                events = List.copyOf(list);
            }
        }
        return new GraphResponse(status, retryAfter, null, null, task, details, events);
    }

    static PlannerTaskState task(PlannerTask t, String etagHeader) {
        Set<String> assignees = new TreeSet<>();
        if (t.getAssignments() != null && t.getAssignments().getAdditionalData() != null) {
            t.getAssignments().getAdditionalData().forEach((id, value) -> {
                if (value != null && !(value instanceof com.microsoft.kiota.serialization.UntypedNull)) {
                    assignees.add(id);
                }
            });
        }
        IdentitySet by = t.getCompletedBy();
        String completedBy = by != null && by.getUser() != null ? by.getUser().getId() : null;
        return new PlannerTaskState(t.getId(), t.getPlanId(), t.getBucketId(), etag(t.getAdditionalData(), etagHeader),
                t.getTitle(), date(t.getDueDateTime()), date(t.getStartDateTime()),
                t.getPriority() == null ? 5 : t.getPriority(),
                t.getPercentComplete() == null ? 0 : t.getPercentComplete(), Set.copyOf(assignees), completedBy);
    }

    /** {@code @odata.etag} as Kiota keeps it in the additional data (a string, or an untyped node). */
    static String etag(Map<String, Object> additionalData, String fallback) {
        Object value = additionalData == null ? null : additionalData.get("@odata.etag");
        if (value instanceof UntypedNode node && node.getValue() != null) {
            return node.getValue().toString();
        }
        return value != null ? value.toString() : fallback;
    }

    private static EventState event(Event e, String requestedNumber) {
        String number = requestedNumber;
        List<SingleValueLegacyExtendedProperty> properties = e.getSingleValueExtendedProperties();
        if (properties != null) {
            for (SingleValueLegacyExtendedProperty p : properties) {
                if (GraphRequests.ITEM_NUMBER_PROPERTY.equalsIgnoreCase(p.getId())) {
                    number = p.getValue();
                }
            }
        }
        LocalDate date = null;
        if (e.getStart() != null && e.getStart().getDateTime() != null && e.getStart().getDateTime().length() >= 10) {
            date = LocalDate.parse(e.getStart().getDateTime().substring(0, 10));
        }
        return new EventState(e.getId(), number, e.getSubject(), date);
    }

    private static LocalDate date(java.time.OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(ZoneOffset.UTC), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    static <T extends Parsable> T parse(byte[] body, ParsableFactory<T> factory) {
        return JSON.getParseNode("application/json", new ByteArrayInputStream(body)).getObjectValue(factory);
    }

    private static byte[] bytes(ResponseBody body) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            return body.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
