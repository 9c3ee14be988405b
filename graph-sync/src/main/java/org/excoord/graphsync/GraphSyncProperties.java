package org.excoord.graphsync;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code excoord.graph.*} (names are a contract, see the graph-sync README). Hosts left unset follow
 * {@code excoord.cloud}; explicit ones win.
 *
 * @param enabled        off by default: the embedded default runs without Graph
 * @param baseUrl        Graph's v1.0 root, e.g. https://graph.microsoft.com/v1.0
 * @param loginHost      the Entra login host, any https URL (trust is the JVM's trust store)
 * @param pollInterval   how often each linked plan is read back
 * @param debounce       how long a change may wait to be coalesced with the next ones
 * @param cancelledTask  what a cancelled item does to its task: DELETE it, or COMPLETE it (100 %)
 * @param itemsPerRound  how many items a worker claims at a time
 * @param lease          how long a claimed item is a worker's before another may take it over
 */
@ConfigurationProperties("excoord.graph")
public record GraphSyncProperties(boolean enabled, String baseUrl, String loginHost, String tenantId, String clientId,
        String clientSecret, String certificatePath, String certificatePassword, Duration pollInterval,
        Duration debounce, CancelledTask cancelledTask, Integer itemsPerRound, Duration lease, String category) {

    public enum CancelledTask { DELETE, COMPLETE }

    public GraphSyncProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
        debounce = debounce == null ? Duration.ofSeconds(2) : debounce;
        cancelledTask = cancelledTask == null ? CancelledTask.DELETE : cancelledTask;
        itemsPerRound = itemsPerRound == null ? 200 : itemsPerRound;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        category = category == null ? "Executive Coordination" : category;
    }

    /** The Graph root after {@code excoord.cloud}: an explicit base-url wins. */
    public String graphBaseUrl(Cloud cloud) {
        return baseUrl != null && !baseUrl.isBlank() ? baseUrl : cloud.graphBaseUrl();
    }

    public String loginHost(Cloud cloud) {
        return loginHost != null && !loginHost.isBlank() ? loginHost : cloud.loginHost();
    }

    /** The scope a token is asked for: {@code <graph host>/.default} of the real cloud (not of a test double). */
    public String scope(Cloud cloud) {
        URI root = URI.create(cloud.graphBaseUrl());
        return root.getScheme() + "://" + root.getHost() + "/.default";
    }
}
