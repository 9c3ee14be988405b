package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Planner's plans, buckets, tasks and task details, answering as Planner does (PROTOCOL.md §1): every resource has
 * its own etag, PATCH and DELETE need the last one in If-Match, a details change also changes the task's etag,
 * assignments are an open type, limits answer 403 with their code. Not thread-safe: the emulator serialises calls.
 */
final class PlannerState {

    static final String NO_LICENCE_CODE = "UserNotLicensed";
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final Set<String> TASK_FIELDS = Set.of("title", "bucketId", "dueDateTime", "startDateTime",
            "priority", "percentComplete", "assignments", "orderHint", "assigneePriority", "appliedCategories",
            "conversationThreadId", "planId", "@odata.type");
    private static final Set<String> DETAILS_FIELDS = Set.of("description", "previewType", "checklist", "references",
            "@odata.type");

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Clock clock;
    private final Map<String, Boolean> users;
    private final String clientId;
    final Map<String, List<String>> groups = new LinkedHashMap<>();
    final Map<String, ObjectNode> plans = new LinkedHashMap<>();
    final Map<String, ObjectNode> buckets = new LinkedHashMap<>();
    final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    final Map<String, ObjectNode> details = new LinkedHashMap<>();
    int maxTasksPerPlan = 9000;
    int maxBucketsPerPlan = 200;
    int maxAssignees = 20;
    int pageSize = 100;
    String baseUrl;
    private long bucketOrder;

    PlannerState(Clock clock, Map<String, Boolean> users, String clientId) {
        this.clock = clock;
        this.users = users;
        this.clientId = clientId;
    }

    /** Routes a call under {@code /groups/{id}/planner} or {@code /planner}; null when the path is not Planner's. */
    Reply handle(Call call, Faults faults) {
        String[] s = call.segments();
        String m = call.method();
        if (s.length == 4 && s[0].equals("groups") && s[2].equals("planner") && s[3].equals("plans") && m.equals("GET")) {
            return groupPlans(s[1]);
        }
        if (s.length < 2 || !s[0].equals("planner")) {
            return null;
        }
        switch (s[1]) {
            case "plans":
                if (s.length == 2 && m.equals("POST")) {
                    return createPlan(call.body());
                }
                if (s.length == 3 && m.equals("GET")) {
                    return plans.containsKey(s[2]) ? Reply.of(200, plans.get(s[2])) : notFound();
                }
                if (s.length == 4 && s[3].equals("buckets") && m.equals("GET")) {
                    return planBuckets(s[2]);
                }
                if (s.length == 4 && s[3].equals("tasks") && m.equals("GET")) {
                    return planTasks(s[2], call.query().get("$skiptoken"));
                }
                return null;
            case "buckets":
                if (s.length == 2 && m.equals("POST")) {
                    return createBucket(call.body());
                }
                if (s.length == 3 && m.equals("GET")) {
                    return buckets.containsKey(s[2]) ? Reply.of(200, buckets.get(s[2])) : notFound();
                }
                return null;
            case "tasks":
                if (s.length == 2 && m.equals("POST")) {
                    return createTask(call.body());
                }
                if (s.length == 3 || (s.length == 4 && s[3].equals("details"))) {
                    return taskItem(call, s[2], s.length == 4, faults);
                }
                return null;
            default:
                return null;
        }
    }

    private Reply taskItem(Call call, String taskId, boolean isDetails, Faults faults) {
        ObjectNode task = tasks.get(taskId);
        if (task == null) {
            return notFound();
        }
        ObjectNode target = isDetails ? details.get(taskId) : task;
        String m = call.method();
        if (m.equals("GET")) {
            return Reply.of(200, target);
        }
        if (!m.equals("PATCH") && !(m.equals("DELETE") && !isDetails)) {
            return Reply.error(405, "MethodNotAllowed", "The method is not allowed on this resource.");
        }
        String ifMatch = call.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            return Reply.error(400, "", "The If-Match header must be specified for this kind of request.");
        }
        if (!ifMatch.equals(target.get("@odata.etag").asText()) || faults.takeStaleOnce(taskId)) {
            return Reply.error(412, "", "The If-Match header contains an invalid value.");
        }
        if (m.equals("DELETE")) {
            tasks.remove(taskId);
            details.remove(taskId);
            return Reply.noContent();
        }
        Reply problem = isDetails ? patchDetails(taskId, call.body()) : patchTask(task, call.body(), null);
        if (problem != null) {
            return problem;
        }
        return call.wantsRepresentation() ? Reply.of(200, target) : Reply.noContent();
    }

    // ---- plans and buckets ----

    private Reply groupPlans(String groupId) {
        if (!groups.containsKey(groupId)) {
            return notFound();
        }
        return collection(groups.get(groupId).stream().map(plans::get).toList(), null);
    }

    private Reply createPlan(JsonNode body) {
        if (body == null || !body.hasNonNull("title")) {
            return Reply.error(400, "", "Schema validation has failed. The title is required.");
        }
        String groupId = null;
        JsonNode container = body.get("container");
        if (container != null && container.hasNonNull("containerId")) {
            groupId = container.get("containerId").asText();
        } else if (container != null && container.hasNonNull("url")) {
            String url = container.get("url").asText();
            groupId = url.substring(url.lastIndexOf('/') + 1);
        } else if (body.hasNonNull("owner")) {
            groupId = body.get("owner").asText();
        }
        if (groupId == null) {
            return Reply.error(400, "", "Schema validation has failed. A container or owner is required.");
        }
        if (!groups.containsKey(groupId)) {
            return Reply.error(404, "", "The requested item is not found.");
        }
        ObjectNode plan = json.objectNode();
        String id = Ids.planner();
        plan.put("@odata.etag", Ids.etag("Plan"));
        plan.put("id", id);
        plan.put("title", body.get("title").asText());
        plan.put("owner", groupId);
        plan.put("createdDateTime", now());
        ObjectNode c = plan.putObject("container");
        c.put("containerId", groupId);
        c.put("type", "group");
        c.put("url", "https://graph.microsoft.com/v1.0/groups/" + groupId);
        plans.put(id, plan);
        groups.get(groupId).add(id);
        return Reply.of(201, plan);
    }

    private Reply planBuckets(String planId) {
        if (!plans.containsKey(planId)) {
            return notFound();
        }
        return collection(buckets.values().stream().filter(b -> b.get("planId").asText().equals(planId)).toList(),
                null);
    }

    private Reply createBucket(JsonNode body) {
        if (body == null || !body.hasNonNull("name") || !body.hasNonNull("planId")) {
            return Reply.error(400, "", "Schema validation has failed. name and planId are required.");
        }
        String planId = body.get("planId").asText();
        if (!plans.containsKey(planId)) {
            return notFound();
        }
        long inPlan = buckets.values().stream().filter(b -> b.get("planId").asText().equals(planId)).count();
        if (inPlan >= maxBucketsPerPlan) {
            return Reply.error(403, "MaximumBucketsInProject", "The maximum number of buckets in the plan has been reached.");
        }
        ObjectNode bucket = json.objectNode();
        String id = Ids.planner();
        bucket.put("@odata.etag", Ids.etag("Bucket"));
        bucket.put("id", id);
        bucket.put("name", body.get("name").asText());
        bucket.put("planId", planId);
        // the service recomputes order hints; a fixed-length increasing one keeps them short
        bucket.put("orderHint", String.format("8585%012d", ++bucketOrder));
        buckets.put(id, bucket);
        return Reply.of(201, bucket);
    }

    // ---- tasks ----

    private Reply planTasks(String planId, String skipToken) {
        if (!plans.containsKey(planId)) {
            return notFound();
        }
        List<ObjectNode> all = tasks.values().stream().filter(t -> t.get("planId").asText().equals(planId)).toList();
        int from = 0;
        if (skipToken != null) {
            try {
                from = Integer.parseInt(new String(Base64.getUrlDecoder().decode(skipToken), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Reply.error(400, "", "The skip token is invalid.");
            }
        }
        int to = Math.min(all.size(), from + pageSize);
        String next = null;
        if (to < all.size()) {
            String token = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Integer.toString(to).getBytes(StandardCharsets.UTF_8));
            next = baseUrl + "/planner/plans/" + planId + "/tasks?$skiptoken=" + token;
        }
        return collection(all.subList(Math.min(from, all.size()), to), next);
    }

    private Reply createTask(JsonNode body) {
        if (body == null || !body.hasNonNull("planId")) {
            return Reply.error(400, "", "Schema validation has failed. The planId is required.");
        }
        String planId = body.get("planId").asText();
        if (!plans.containsKey(planId)) {
            return Reply.error(404, "", "The requested item is not found.");
        }
        long inPlan = tasks.values().stream().filter(t -> t.get("planId").asText().equals(planId)).count();
        if (inPlan >= maxTasksPerPlan) {
            return Reply.error(403, "MaximumTasksInProject", "The maximum number of tasks in the plan has been reached.");
        }
        ObjectNode task = json.objectNode();
        String id = Ids.planner();
        task.put("@odata.etag", Ids.etag("Task"));
        task.put("planId", planId);
        task.putNull("bucketId");
        task.put("title", "");
        task.put("orderHint", "8585" + Ids.random(8) + " !");
        task.put("assigneePriority", "");
        task.put("percentComplete", 0);
        task.put("priority", 5);
        task.putNull("startDateTime");
        task.put("createdDateTime", now());
        task.putNull("dueDateTime");
        task.put("hasDescription", false);
        task.put("previewType", "automatic");
        task.putNull("completedDateTime");
        task.putNull("completedBy");
        task.put("referenceCount", 0);
        task.put("checklistItemCount", 0);
        task.put("activeChecklistItemCount", 0);
        task.putNull("conversationThreadId");
        task.put("id", id);
        task.set("createdBy", identity(null));
        task.putObject("appliedCategories");
        task.putObject("assignments");
        Reply problem = patchTask(task, body, null);
        if (problem != null) {
            return problem;
        }
        tasks.put(id, task);
        ObjectNode d = json.objectNode();
        d.put("@odata.etag", Ids.etag("TaskDetails"));
        d.put("description", "");
        d.put("previewType", "automatic");
        d.put("id", id);
        d.putObject("references");
        d.putObject("checklist");
        details.put(id, d);
        return Reply.of(201, task);
    }

    /**
     * Applies a task's fields, as a PATCH (or a create) from the app ({@code userId} null) or a person in Planner.
     * Returns the error, or null once applied; nothing is applied when there is an error.
     */
    Reply patchTask(ObjectNode task, JsonNode body, String userId) {
        if (body == null || !body.isObject()) {
            return Reply.error(400, "", "The request body is not valid JSON.");
        }
        ObjectNode next = task.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!TASK_FIELDS.contains(name)) {
                return Reply.error(400, "", "The entity type 'microsoft.graph.plannerTask' has no writable property '" + name + "'.");
            }
            switch (name) {
                case "@odata.type":
                    break;
                case "planId":
                    if (!value.asText().equals(task.get("planId").asText())) {
                        return Reply.error(400, "", "The planId cannot be changed.");
                    }
                    break;
                case "bucketId":
                    if (!value.isNull()) {
                        ObjectNode bucket = buckets.get(value.asText());
                        if (bucket == null || !bucket.get("planId").asText().equals(task.get("planId").asText())) {
                            return Reply.error(400, "", "The bucket does not belong to the plan of the task.");
                        }
                    }
                    next.set(name, value);
                    break;
                case "dueDateTime", "startDateTime":
                    if (value.isNull()) {
                        next.putNull(name);
                        break;
                    }
                    try {
                        next.put(name, OffsetDateTime.parse(value.asText()).withOffsetSameInstant(ZoneOffset.UTC).format(WIRE));
                    } catch (DateTimeParseException e) {
                        return Reply.error(400, "", "Cannot convert the literal '" + value.asText() + "' to Edm.DateTimeOffset.");
                    }
                    break;
                case "priority":
                    if (!value.isInt() || value.asInt() < 0 || value.asInt() > 10) {
                        return Reply.error(400, "", "The priority must be between 0 and 10.");
                    }
                    next.put(name, value.asInt());
                    break;
                case "percentComplete":
                    if (!value.isInt() || value.asInt() < 0 || value.asInt() > 100) {
                        return Reply.error(400, "", "The percentComplete must be between 0 and 100.");
                    }
                    next.put(name, value.asInt());
                    break;
                case "assignments":
                    Reply problem = applyAssignments(next, value, userId);
                    if (problem != null) {
                        return problem;
                    }
                    break;
                default:
                    next.set(name, value);
            }
        }
        if (!next.get("startDateTime").isNull() && !next.get("dueDateTime").isNull()
                && next.get("startDateTime").asText().compareTo(next.get("dueDateTime").asText()) > 0) {
            return Reply.error(400, "", "The start date must be before the due date.");
        }
        int before = task.get("percentComplete").asInt();
        int after = next.get("percentComplete").asInt();
        if (after == 100 && before != 100) {
            next.put("completedDateTime", now());
            next.set("completedBy", identity(userId));
        } else if (after != 100) {
            next.putNull("completedDateTime");
            next.putNull("completedBy");
        }
        task.setAll(next);
        task.put("@odata.etag", Ids.etag("Task"));
        return null;
    }

    private Reply applyAssignments(ObjectNode next, JsonNode value, String userId) {
        if (!value.isObject()) {
            return Reply.error(400, "", "The assignments must be an object.");
        }
        ObjectNode assignments = ((ObjectNode) next.get("assignments")).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> a = it.next();
            if (a.getKey().equals("@odata.type")) {
                continue;
            }
            if (a.getValue().isNull()) {
                assignments.remove(a.getKey());
                continue;
            }
            JsonNode type = a.getValue().get("@odata.type");
            if (type == null || !type.asText().replace("#", "").equals("microsoft.graph.plannerAssignment")) {
                return Reply.error(400, "", "Schema validation has failed. Validation for field 'assignments', on "
                        + "entity 'plannerTask' has failed: A type must be specified for open type properties.");
            }
            if (!a.getValue().hasNonNull("orderHint")) {
                return Reply.error(400, "", "Schema validation has failed. The orderHint of an assignment is required.");
            }
            if (Boolean.FALSE.equals(users.get(a.getKey())) && !assignments.has(a.getKey())) {
                return Reply.error(403, NO_LICENCE_CODE, "The user " + a.getKey()
                        + " cannot be assigned: no Planner licence (service plan) is assigned to the user.");
            }
            if (!assignments.has(a.getKey())) {
                ObjectNode assignment = json.objectNode();
                assignment.put("@odata.type", "#microsoft.graph.plannerAssignment");
                assignment.put("assignedDateTime", now());
                assignment.put("orderHint", "8585" + Ids.random(6) + " !");
                assignment.set("assignedBy", identity(userId));
                assignments.set(a.getKey(), assignment);
            }
        }
        if (assignments.size() > maxAssignees) {
            return Reply.error(403, "MaximumAssigneesInTasks", "The maximum number of assignees on the task has been reached.");
        }
        next.set("assignments", assignments);
        return null;
    }

    private Reply patchDetails(String taskId, JsonNode body) {
        if (body == null || !body.isObject()) {
            return Reply.error(400, "", "The request body is not valid JSON.");
        }
        ObjectNode d = details.get(taskId);
        ObjectNode next = d.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!DETAILS_FIELDS.contains(field.getKey())) {
                return Reply.error(400, "", "The entity type 'microsoft.graph.plannerTaskDetails' has no writable property '"
                        + field.getKey() + "'.");
            }
            if (field.getKey().equals("description")) {
                next.put("description", field.getValue().isNull() ? "" : field.getValue().asText());
            } else if (!field.getKey().equals("@odata.type")) {
                next.set(field.getKey(), field.getValue());
            }
        }
        d.setAll(next);
        d.put("@odata.etag", Ids.etag("TaskDetails"));
        // the task shows hasDescription (and checklist counts), so its etag moves too (STACK.md §3)
        ObjectNode task = tasks.get(taskId);
        task.put("hasDescription", !d.get("description").asText().isEmpty());
        task.put("@odata.etag", Ids.etag("Task"));
        return null;
    }

    // ---- helpers ----

    private ObjectNode identity(String userId) {
        ObjectNode set = json.objectNode();
        if (userId == null) {
            set.putNull("user");
            set.putObject("application").put("id", clientId).putNull("displayName");
        } else {
            set.putObject("user").put("id", userId).putNull("displayName");
        }
        return set;
    }

    private Reply collection(List<ObjectNode> items, String nextLink) {
        ObjectNode body = json.objectNode();
        body.put("@odata.context", baseUrl + "/$metadata#Collection");
        if (nextLink != null) {
            body.put("@odata.nextLink", nextLink);
        }
        body.putArray("value").addAll(new ArrayList<>(items));
        return Reply.of(200, body);
    }

    private static Reply notFound() {
        return Reply.error(404, "", "The requested item is not found.");
    }

    private String now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).format(WIRE);
    }
}
