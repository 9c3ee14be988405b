package org.excoord.graphsync.graph;

import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.PlannerAssignments;
import com.microsoft.graph.models.PlannerPreviewType;
import com.microsoft.graph.models.PlannerTask;
import com.microsoft.graph.models.PlannerTaskDetails;
import com.microsoft.graph.models.SingleValueLegacyExtendedProperty;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestHeaders;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedNull;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.excoord.graphsync.graph.GraphRequest.CreateEvent;
import org.excoord.graphsync.graph.GraphRequest.CreateTask;
import org.excoord.graphsync.graph.GraphRequest.DeleteEvent;
import org.excoord.graphsync.graph.GraphRequest.DeleteTask;
import org.excoord.graphsync.graph.GraphRequest.EventFields;
import org.excoord.graphsync.graph.GraphRequest.FindEvents;
import org.excoord.graphsync.graph.GraphRequest.GetTask;
import org.excoord.graphsync.graph.GraphRequest.GetTaskDetails;
import org.excoord.graphsync.graph.GraphRequest.TaskFields;
import org.excoord.graphsync.graph.GraphRequest.UpdateEvent;
import org.excoord.graphsync.graph.GraphRequest.UpdateTask;
import org.excoord.graphsync.graph.GraphRequest.UpdateTaskDetails;

/**
 * excoord's requests as the SDK's request informations (PROTOCOL.md §1–§2). Every call builds fresh model
 * objects: Kiota's backing store serialises an object that was already sent as {@code {}} (STACK.md §3), so a
 * retried attempt must never reuse the previous attempt's models.
 */
final class GraphRequests {

    /** The single-value extended property that tags an event with its item's number. */
    static final String ITEM_NUMBER_PROPERTY = "String {6f0c2b1e-0000-4000-8000-000000000001} Name ExcoordItemNumber";
    private static final String REPRESENTATION = "return=representation";

    private final GraphServiceClient client;

    GraphRequests(GraphServiceClient client) {
        this.client = client;
    }

    RequestInformation toRequest(GraphRequest request) {
        if (request instanceof CreateTask c) {
            PlannerTask task = task(c.task());
            task.setPlanId(c.planId());
            return client.planner().tasks().toPostRequestInformation(task);
        }
        if (request instanceof UpdateTask u) {
            return client.planner().tasks().byPlannerTaskId(u.taskId()).toPatchRequestInformation(task(u.changes()),
                    rc -> ifMatch(rc.headers, u.etag()));
        }
        if (request instanceof DeleteTask d) {
            return client.planner().tasks().byPlannerTaskId(d.taskId())
                    .toDeleteRequestInformation(rc -> rc.headers.add("If-Match", d.etag()));
        }
        if (request instanceof GetTask g) {
            return client.planner().tasks().byPlannerTaskId(g.taskId()).toGetRequestInformation();
        }
        if (request instanceof GetTaskDetails g) {
            return client.planner().tasks().byPlannerTaskId(g.taskId()).details().toGetRequestInformation();
        }
        if (request instanceof UpdateTaskDetails u) {
            PlannerTaskDetails details = new PlannerTaskDetails();
            details.setDescription(u.description());
            details.setPreviewType(PlannerPreviewType.Description);
            return client.planner().tasks().byPlannerTaskId(u.taskId()).details().toPatchRequestInformation(details,
                    rc -> ifMatch(rc.headers, u.etag()));
        }
        if (request instanceof CreateEvent c) {
            Event event = event(c.event());
            event.setTransactionId(c.event().transactionId());
            return client.users().byUserId(c.userId()).events().toPostRequestInformation(event);
        }
        if (request instanceof UpdateEvent u) {
            // transactionId is immutable once set: not sent on an update
            return client.users().byUserId(u.userId()).events().byEventId(u.eventId())
                    .toPatchRequestInformation(event(u.event()));
        }
        if (request instanceof DeleteEvent d) {
            return client.users().byUserId(d.userId()).events().byEventId(d.eventId()).toDeleteRequestInformation();
        }
        if (request instanceof FindEvents f) {
            String number = f.itemNumber().replace("'", "''");
            return client.users().byUserId(f.userId()).events().toGetRequestInformation(rc -> {
                rc.queryParameters.filter = "singleValueExtendedProperties/Any(ep: ep/id eq '" + ITEM_NUMBER_PROPERTY
                        + "' and ep/value eq '" + number + "')";
                rc.queryParameters.expand = new String[] {
                    "singleValueExtendedProperties($filter=id eq '" + ITEM_NUMBER_PROPERTY + "')"};
            });
        }
        throw new IllegalArgumentException("unknown request " + request);
    }

    private static void ifMatch(RequestHeaders headers, String etag) {
        headers.add("If-Match", etag);
        // the new etag comes back only with the representation (else 204, no body)
        headers.add("Prefer", REPRESENTATION);
    }

    private static PlannerTask task(TaskFields fields) {
        PlannerTask task = new PlannerTask();
        if (fields.title() != null) {
            task.setTitle(fields.title());
        }
        if (fields.bucketId() != null) {
            task.setBucketId(fields.bucketId());
        }
        if (fields.due() != null) {
            task.setDueDateTime(noon(fields.due()));
        } else if (fields.clearDue()) {
            // on a fresh model the backing store marks a value set to null as changed, and its serialization
            // writer proxy writes such keys as JSON null: the PATCH carries "dueDateTime": null (GatewayTests)
            task.setDueDateTime(null);
        }
        if (fields.start() != null) {
            task.setStartDateTime(noon(fields.start()));
        }
        if (fields.priority() != null) {
            task.setPriority(fields.priority());
        }
        if (fields.percentComplete() != null) {
            task.setPercentComplete(fields.percentComplete());
        }
        if (fields.assignees() != null && !fields.assignees().isEmpty()) {
            // an open type: each value is a plannerAssignment with its @odata.type, or null to unassign; v6 has no
            // PlannerAssignment class and a java.util.Map value fails ("Dangling name"), so Kiota's untyped nodes
            Map<String, Object> values = new HashMap<>();
            fields.assignees().forEach((userId, assign) -> values.put(userId, assign ? assignment() : new UntypedNull()));
            PlannerAssignments assignments = new PlannerAssignments();
            assignments.setAdditionalData(values);
            task.setAssignments(assignments);
        }
        return task;
    }

    private static UntypedObject assignment() {
        Map<String, UntypedNode> value = new HashMap<>();
        value.put("@odata.type", new UntypedString("#microsoft.graph.plannerAssignment"));
        value.put("orderHint", new UntypedString(" !"));
        return new UntypedObject(value);
    }

    /** 12:00 UTC: the same calendar day from UTC-11 to UTC+11. */
    private static OffsetDateTime noon(LocalDate date) {
        return date.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    private static Event event(EventFields fields) {
        Event event = new Event();
        event.setSubject(fields.subject());
        event.setIsAllDay(true);
        event.setStart(midnight(fields.date(), fields.timeZone()));
        event.setEnd(midnight(fields.date().plusDays(1), fields.timeZone()));
        event.setShowAs(FreeBusyStatus.Free);
        event.setIsReminderOn(true);
        event.setReminderMinutesBeforeStart(fields.reminderMinutesBeforeStart());
        event.setCategories(List.of(fields.category()));
        ItemBody body = new ItemBody();
        body.setContentType(BodyType.Html);
        body.setContent(fields.bodyHtml());
        event.setBody(body);
        SingleValueLegacyExtendedProperty tag = new SingleValueLegacyExtendedProperty();
        tag.setId(ITEM_NUMBER_PROPERTY);
        tag.setValue(fields.itemNumber());
        event.setSingleValueExtendedProperties(List.of(tag));
        return event;
    }

    private static DateTimeTimeZone midnight(LocalDate date, String timeZone) {
        DateTimeTimeZone value = new DateTimeTimeZone();
        value.setDateTime(date + "T00:00:00");
        value.setTimeZone(timeZone);
        return value;
    }
}
