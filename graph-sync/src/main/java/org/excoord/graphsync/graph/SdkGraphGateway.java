package org.excoord.graphsync.graph;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.models.PlannerBucket;
import com.microsoft.graph.models.PlannerBucketCollectionResponse;
import com.microsoft.graph.models.PlannerContainerType;
import com.microsoft.graph.models.PlannerPlan;
import com.microsoft.graph.models.PlannerPlanCollectionResponse;
import com.microsoft.graph.models.PlannerPlanContainer;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.NativeResponseHandler;
import com.microsoft.kiota.RequestInformation;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GraphGateway} on msgraph-sdk-java v6 and azure-identity. A batch goes out through the SDK's
 * {@link BatchRequestContent}; its envelope is checked first (a 429 or 5xx envelope, a timeout or a dropped
 * connection is retried as a whole with Resilience4j: exponential backoff with jitter, or the envelope's
 * Retry-After), then each sub-response is read on its own and returned (a sub-request's 429 with its Retry-After,
 * 412, 403 limit codes: the caller decides). Every attempt builds its requests anew (Kiota's backing store).
 */
public final class SdkGraphGateway implements GraphGateway, MailboxGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SdkGraphGateway.class);
    private static final int MAX_PAGES = 100_000;

    private final GraphServiceClient client;
    private final OkHttpClient http;
    private final GraphRequests requests;
    private final RequestCounter counter;
    private final Retry retry;
    private final Retry retryUnlessCarriedOut;

    SdkGraphGateway(GraphServiceClient client, OkHttpClient http, RequestCounter counter, GraphRetrySettings settings) {
        this.client = client;
        this.http = http;
        this.counter = counter;
        this.requests = new GraphRequests(client);
        this.retry = Retry.of("graph", retryConfig(settings, e -> e instanceof TransientGraphFailure));
        this.retryUnlessCarriedOut = Retry.of("graph-creates", retryConfig(settings,
                SdkGraphGateway::certainlyNotCarriedOut));
    }

    /** The gateway for these settings: Graph and login hosts after {@code excoord.cloud}, explicit ones winning. */
    public static SdkGraphGateway create(GraphSyncProperties properties, Cloud cloud, GraphRetrySettings settings) {
        TokenCredential credential = GraphClients.credential(properties, cloud);
        RequestCounter counter = new RequestCounter();
        OkHttpClient http = GraphClients.okHttp(settings, counter);
        GraphServiceClient client = GraphClients.graphClient(credential, properties.graphBaseUrl(cloud),
                properties.scope(cloud), http);
        return new SdkGraphGateway(client, http, counter, settings);
    }

    /**
     * A 429 or 503 on the whole request means Graph did nothing; a timeout, a dropped connection or another 5xx may
     * come after Graph carried the request out. Planner task creates have no idempotency key, so a batch holding one
     * is re-sent only in the first case: otherwise the caller gets the failure and reconciles by reading the plan
     * (events are safe either way, their transactionId dedups a second create).
     */
    private static boolean certainlyNotCarriedOut(Throwable e) {
        return e instanceof TransientGraphFailure t && (t.status() == 429 || t.status() == 503);
    }

    private static RetryConfig retryConfig(GraphRetrySettings settings,
            java.util.function.Predicate<Throwable> retryable) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        return RetryConfig.custom().maxAttempts(settings.maxAttempts())
                .retryOnException(retryable)
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof TransientGraphFailure t && t.retryAfter() != null) {
                        Duration wait = t.retryAfter().compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : t.retryAfter();
                        return wait.toMillis();
                    }
                    return backoff.apply(attempt);
                }).build();
    }

    @Override
    public List<GraphResponse> batch(List<GraphRequest> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " requests in a batch, not " + batch.size());
        }
        boolean creates = batch.stream().anyMatch(GraphRequest.CreateTask.class::isInstance);
        return call(creates ? retryUnlessCarriedOut : retry, () -> sendBatch(batch));
    }

    private List<GraphResponse> sendBatch(List<GraphRequest> batch) {
        List<Response> answers = sendSteps(batch.stream().map(requests::toRequest).toList());
        List<GraphResponse> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Response answer = answers.get(i);
            out.add(answer == null
                    ? new GraphResponse(500, null, "MissingSubResponse", "the batch answer has no response for it",
                            null, null, List.of())
                    : GraphResponses.toResponse(batch.get(i), answer));
        }
        return out;
    }

    /** One {@code $batch} of these steps: each step's sub-response in the steps' order (null if Graph left one out). */
    private List<Response> sendSteps(List<RequestInformation> steps) {
        try {
            BatchRequestContent content = new BatchRequestContent(client);
            List<String> ids = new ArrayList<>();
            for (RequestInformation step : steps) {
                ids.add(content.addBatchRequestStep(step));
            }
            RequestInformation post = client.getBatchRequestBuilder().toPostRequestInformation(content);
            // the native handler gives the envelope as it came: its status is checked here, not thrown by Kiota
            NativeResponseHandler handler = new NativeResponseHandler();
            post.setResponseHandler(handler);
            client.getRequestAdapter().sendPrimitive(post, new HashMap<>(), InputStream.class);
            Response envelope = (Response) handler.getValue();
            if (envelope.code() != 200) {
                throw envelopeFailure(envelope);
            }
            Map<String, Response> answers = new BatchResponseContent(envelope).getResponses();
            List<Response> out = new ArrayList<>(steps.size());
            ids.forEach(id -> out.add(answers.get(id)));
            return out;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public void sendMail(String fromMailbox, String toAddress, String subject, String html) {
        // a fresh body every attempt (Kiota's backing store); only 429/503 are re-sent: anything else may have gone
        call(retryUnlessCarriedOut, () -> {
            client.users().byUserId(fromMailbox).sendMail().post(MailRequests.sendMail(toAddress, subject, html));
            return null;
        });
    }

    @Override
    public List<AutomaticReplies> automaticReplies(List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        if (userIds.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " users in a batch, not " + userIds.size());
        }
        return call(() -> {
            List<Response> answers = sendSteps(userIds.stream().map(id -> MailRequests.automaticReplies(client, id))
                    .toList());
            return answers.stream().map(answer -> answer == null
                    ? AutomaticReplies.failed(500, null, "MissingSubResponse", "the batch answer has no response for it")
                    : MailRequests.automaticReplies(answer)).toList();
        });
    }

    private RuntimeException envelopeFailure(Response envelope) {
        int status = envelope.code();
        String message = "the request was answered " + status;
        try (envelope) {
            String body = envelope.body() == null ? "" : envelope.body().string();
            String code = "";
            if (!body.isEmpty()) {
                ODataError error = GraphResponses.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ODataError::createFromDiscriminatorValue);
                if (error != null && error.getError() != null) {
                    code = error.getError().getCode();
                    message = message + ": " + error.getError().getMessage();
                }
            }
            return failure(status, code, message, GraphResponses.retryAfter(envelope.header("Retry-After")), null);
        } catch (IOException e) {
            return failure(status, "", message, GraphResponses.retryAfter(envelope.header("Retry-After")), e);
        }
    }

    @Override
    public List<PlannerTaskState> planTasks(String planId) {
        List<PlannerTaskState> tasks = new ArrayList<>();
        String next = call(() -> readTaskPage(client.planner().plans().byPlannerPlanId(planId).tasks()
                .toGetRequestInformation(), tasks));
        for (int pages = 1; next != null; pages++) {
            if (pages >= MAX_PAGES) {
                throw new GraphFailure(0, "TooManyPages", "plan " + planId + " has more than " + MAX_PAGES + " pages", null);
            }
            String url = next;
            next = call(() -> readTaskPage(client.planner().plans().byPlannerPlanId(planId).tasks().withUrl(url)
                    .toGetRequestInformation(), tasks));
        }
        return tasks;
    }

    /** One page read from the wire ({@link PlanTaskPages}); a page that fails is read again, not half-added. */
    private String readTaskPage(RequestInformation get, List<PlannerTaskState> into) {
        try {
            NativeResponseHandler handler = new NativeResponseHandler();
            get.setResponseHandler(handler);
            client.getRequestAdapter().sendPrimitive(get, new HashMap<>(), InputStream.class);
            try (Response page = (Response) handler.getValue()) {
                if (page.code() != 200) {
                    throw envelopeFailure(page);
                }
                List<PlannerTaskState> read = new ArrayList<>();
                String next = PlanTaskPages.read(page.body().byteStream(), read);
                into.addAll(read);
                return next;
            }
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public PlanState findOrCreatePlan(String groupId, String title) {
        // each attempt reads the group's plans first: a create whose answer was lost is found, not repeated
        return call(() -> {
            PlannerPlanCollectionResponse plans = client.groups().byGroupId(groupId).planner().plans().get();
            for (PlannerPlan plan : plans.getValue()) {
                if (title.equals(plan.getTitle())) {
                    return new PlanState(plan.getId(), groupId, plan.getTitle());
                }
            }
            PlannerPlan plan = new PlannerPlan();
            plan.setTitle(title);
            PlannerPlanContainer container = new PlannerPlanContainer();
            container.setContainerId(groupId);
            container.setType(PlannerContainerType.Group);
            plan.setContainer(container);
            PlannerPlan created = client.planner().plans().post(plan);
            return new PlanState(created.getId(), groupId, created.getTitle());
        });
    }

    @Override
    public List<PlanState.Bucket> buckets(String planId) {
        return call(() -> bucketList(planId)).stream()
                .map(b -> new PlanState.Bucket(b.getId(), b.getPlanId(), b.getName())).toList();
    }

    private List<PlannerBucket> bucketList(String planId) {
        PlannerBucketCollectionResponse page = client.planner().plans().byPlannerPlanId(planId).buckets().get();
        return page.getValue();
    }

    /**
     * Each attempt reads the plan's buckets first: one of this name already there is returned (a create whose
     * answer was lost makes no second one), else the new one goes after the last ({@code "<last> !"}).
     */
    @Override
    public PlanState.Bucket createBucket(String planId, String name) {
        return call(() -> {
            String last = null;
            for (PlannerBucket existing : bucketList(planId)) {
                if (name.equals(existing.getName())) {
                    return new PlanState.Bucket(existing.getId(), planId, existing.getName());
                }
                String hint = existing.getOrderHint();
                if (hint != null && (last == null || hint.compareTo(last) > 0)) {
                    last = hint;
                }
            }
            PlannerBucket bucket = new PlannerBucket();
            bucket.setName(name);
            bucket.setPlanId(planId);
            bucket.setOrderHint(last == null ? " !" : last + " !");
            PlannerBucket created = client.planner().buckets().post(bucket);
            return new PlanState.Bucket(created.getId(), planId, created.getName());
        });
    }

    @Override
    public long requestsSent() {
        return counter.sent();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** One call with the whole-request retry; SDK and transport failures become {@link GraphFailure}s. */
    private <T> T call(Supplier<T> attempt) {
        return call(retry, attempt);
    }

    private <T> T call(Retry policy, Supplier<T> attempt) {
        Supplier<T> translated = () -> {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                RuntimeException failure = translate(e);
                if (failure instanceof TransientGraphFailure t) {
                    log.debug("Graph request failed ({} {}), retrying", t.status(), t.errorCode());
                }
                throw failure;
            }
        };
        return Retry.decorateSupplier(policy, translated).get();
    }

    private static RuntimeException translate(Exception e) {
        if (e instanceof GraphFailure failure) {
            return failure;
        }
        if (e instanceof ODataError error) {
            String code = error.getError() == null ? "" : error.getError().getCode();
            String message = error.getError() == null ? error.getMessage() : error.getError().getMessage();
            return failure(error.getResponseStatusCode(), code, message, retryAfter(error), error);
        }
        if (e instanceof ApiException api && api.getResponseStatusCode() > 0) {
            return failure(api.getResponseStatusCode(), "", api.getMessage(), retryAfter(api), api);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                // a certificate nobody trusts does not get better by asking again
                return new GraphFailure(0, "TlsFailure", "TLS with Graph or the login host failed: " + cause.getMessage(), e);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return new TransientGraphFailure(0, "Timeout", "no answer in time: " + cause.getMessage(), null, e);
            }
            if (cause instanceof IOException) {
                return new TransientGraphFailure(0, "ConnectionFailed", "no answer: " + cause.getMessage(), null, e);
            }
        }
        if (e.getClass().getName().startsWith("com.azure.identity") || e.getClass().getName().startsWith("com.microsoft.aad.msal4j")) {
            return new GraphFailure(401, "TokenRefused", "no Graph token: " + e.getMessage(), e);
        }
        return new GraphFailure(0, "ClientFailure", String.valueOf(e.getMessage()), e);
    }

    private static GraphFailure failure(int status, String code, String message, Duration retryAfter, Throwable cause) {
        if (status == 429 || status >= 500) {
            return new TransientGraphFailure(status, code, message, retryAfter, cause);
        }
        return new GraphFailure(status, code, message, cause);
    }

    private static Duration retryAfter(ApiException e) {
        if (e.getResponseHeaders() == null) {
            return null;
        }
        for (Map.Entry<String, Set<String>> header : e.getResponseHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Retry-After") && !header.getValue().isEmpty()) {
                return GraphResponses.retryAfter(header.getValue().iterator().next());
            }
        }
        return null;
    }
}
