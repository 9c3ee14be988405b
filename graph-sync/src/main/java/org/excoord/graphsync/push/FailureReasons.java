package org.excoord.graphsync.push;

import java.util.Locale;
import org.excoord.graphsync.graph.GraphResponse;

/** Turns Graph's refusals into reasons a person can act on (the item card and the admin failure list show them). */
final class FailureReasons {

    private FailureReasons() {
    }

    /** A 403 (or any refusal with a limit code): never retried automatically. */
    static String refused(String errorCode, String message, boolean event) {
        String code = errorCode == null ? "" : errorCode;
        String text = message == null ? "" : message;
        return switch (code) {
            case "MaximumTasksInProject" -> "the plan is full (Planner allows 9,000 tasks per plan): remove or"
                    + " move completed tasks from the plan, then retry";
            case "MaximumAssigneesInTasks" -> "the task has too many assignees (Planner allows 20): assign the item"
                    + " to a person or a smaller team, then retry";
            case "MaximumBucketsInProject" -> "the plan has too many buckets (Planner allows 200): remove unused"
                    + " buckets from the plan, then retry";
            case "MaximumActiveTasksInProject", "MaximumTasksCreatedByUserInProject" ->
                    "Planner's task limit for the plan was reached (" + code + "): clean up the plan, then retry";
            default -> licence(code, text)
                    ? (event ? "the assignee has no Exchange Online mailbox or licence, so the due-date event cannot be"
                            + " created: assign a licence, then retry"
                            : "the assignee has no Planner licence: an administrator assigns one in Microsoft 365, then retries")
                    : code.equals("ErrorAccessDenied")
                            ? "Graph refused access to the assignee's calendar (application access policy): add the"
                                    + " mailbox to the policy's group, then retry"
                            : "Graph refused the change (403 " + code + "): " + text;
        };
    }

    static boolean licence(String code, String message) {
        String all = (code + " " + message).toLowerCase(Locale.ROOT);
        return all.contains("licen") || all.contains("mailboxnotenabledforrestapi") || all.contains("mailbox is"
                + " either inactive");
    }

    /** Any other 4xx: the message, for a person to read (never retried automatically). */
    static String rejected(GraphResponse response, String what) {
        return "Graph rejected " + what + " (" + response.status() + (response.errorCode() == null ? ""
                : " " + response.errorCode()) + "): " + (response.message() == null ? "no message" : response.message());
    }
}
