package org.excoord.graphsync.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.excoord.graphsync.GraphSyncProperties;
import org.springframework.stereotype.Component;

/**
 * Links to Planner on the web ({@code planner.cloud.microsoft}, the address Microsoft moved Planner's web app to
 * in 2024; tasks.office.com redirects there). {@code tid} names the tenant so that a person signed in to several
 * tenants lands in the right one; without a configured tenant it is left out. Worldwide and GCC tenants only: the
 * GCC High and DoD Planner hosts differ and are not mapped yet.
 */
@Component
public class PlannerWebLinks {

    private static final String BASE = "https://planner.cloud.microsoft/webui/plan/";

    private final String tenantId;

    public PlannerWebLinks(GraphSyncProperties properties) {
        this.tenantId = properties.tenantId();
    }

    /** The plan's board. */
    public String plan(String planId) {
        return planId == null ? null : BASE + encode(planId) + "/view/board" + tenant();
    }

    /** The task opened over the plan's board ("Open in Planner"). */
    public String task(String planId, String taskId) {
        return planId == null || taskId == null ? null
                : BASE + encode(planId) + "/view/board/task/" + encode(taskId) + tenant();
    }

    private String tenant() {
        return tenantId == null || tenantId.isBlank() ? "" : "?tid=" + encode(tenantId.strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
