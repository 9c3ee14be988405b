package org.excoord.graphsync.graph;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.core.requests.options.GraphClientOption;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.http.middleware.RetryHandler;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;

/**
 * Builds the Graph client the way STACK.md §3 found that works: azure-identity on the JDK HttpClient (its netty
 * transport does not resolve here), the authority host from the settings (https only; instance discovery off when
 * it is not a public cloud's login host), an authentication provider that allows exactly the Graph host (the
 * convenience constructor silently sends no token to any other host), and OkHttp without Kiota's RetryHandler.
 *
 * <p>Why no RetryHandler: the gateway retries whole requests with Resilience4j (exponential backoff with jitter,
 * Retry-After honoured, timeouts and dropped connections included, which Kiota's handler does not retry). Both
 * together would multiply the attempts (4 × 5) and the waits. Sub-request throttling never reaches either of
 * them: a $batch envelope is 200 and each 429 inside goes back to the caller. OkHttp's own silent retry on
 * connection failure is off too, so every attempt is one Resilience4j attempt, counted and backed off.
 */
final class GraphClients {

    /** Login hosts of the public clouds, where MSAL's instance discovery works. */
    private static final Set<String> PUBLIC_LOGIN_HOSTS = Set.of("login.microsoftonline.com", "login.microsoftonline.us",
            "login.microsoft.com", "login.windows.net", "login.partner.microsoftonline.cn");

    /** azure-core's pipeline does not retry the token request: each gateway attempt includes it (see above). */
    private static final RetryOptions NO_RETRY = new RetryOptions(new FixedDelayOptions(0, Duration.ofMillis(1)));

    private GraphClients() {
    }

    static TokenCredential credential(GraphSyncProperties properties, Cloud cloud) {
        String authority = properties.loginHost(cloud);
        boolean publicCloud = PUBLIC_LOGIN_HOSTS.contains(URI.create(authority).getHost().toLowerCase(Locale.ROOT));
        // the JDK client takes the JVM's default SSLContext: trust is javax.net.ssl.trustStore's, nothing else;
        // no retries in azure-core's pipeline: the token request is part of each gateway attempt, retried there
        HttpClient http = new JdkHttpClientBuilder().build();
        if (properties.certificatePath() != null && !properties.certificatePath().isBlank()) {
            ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
                    .tenantId(properties.tenantId()).clientId(properties.clientId()).authorityHost(authority)
                    .httpClient(http).retryOptions(NO_RETRY);
            String path = properties.certificatePath();
            if (path.toLowerCase(Locale.ROOT).endsWith(".pem")) {
                builder.pemCertificate(path);
            } else {
                builder.pfxCertificate(path).clientCertificatePassword(properties.certificatePassword());
            }
            if (!publicCloud) {
                builder.disableInstanceDiscovery();
            }
            return new CachedTokenCredential(builder.build());
        }
        ClientSecretCredentialBuilder builder = new ClientSecretCredentialBuilder().tenantId(properties.tenantId())
                .clientId(properties.clientId()).clientSecret(properties.clientSecret()).authorityHost(authority)
                .httpClient(http).retryOptions(NO_RETRY);
        if (!publicCloud) {
            builder.disableInstanceDiscovery();
        }
        return new CachedTokenCredential(builder.build());
    }

    /** OkHttp for Graph: Graph's default middleware minus Kiota's RetryHandler, counted, with timeouts. */
    static OkHttpClient okHttp(GraphRetrySettings retry, RequestCounter counter) {
        List<Interceptor> interceptors = Arrays.stream(GraphClientFactory.createDefaultGraphInterceptors(new GraphClientOption()))
                .filter(i -> !(i instanceof RetryHandler)).toList();
        return GraphClientFactory.create(interceptors).addNetworkInterceptor(counter).retryOnConnectionFailure(false)
                .callTimeout(retry.timeout()).readTimeout(retry.timeout()).connectTimeout(retry.timeout()).build();
    }

    static GraphServiceClient graphClient(TokenCredential credential, String baseUrl, String scope, OkHttpClient http) {
        String host = URI.create(baseUrl).getHost();
        AzureIdentityAuthenticationProvider auth = new AzureIdentityAuthenticationProvider(credential,
                new String[] {host}, scope);
        GraphServiceClient client = new GraphServiceClient(auth, http);
        client.getRequestAdapter().setBaseUrl(baseUrl);
        return client;
    }
}
