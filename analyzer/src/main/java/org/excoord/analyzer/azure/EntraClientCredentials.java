package org.excoord.analyzer.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.excoord.authority.analysis.AnalyzerUnavailableException;

/**
 * Entra ID tokens for Azure OpenAI instead of a key: the client-credentials grant of the app registration, cached
 * until five minutes before it expires. Government clouds use their own login host and scope
 * ({@code https://login.microsoftonline.us}, {@code https://cognitiveservices.azure.us/.default}).
 */
public final class EntraClientCredentials implements Supplier<String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI tokenEndpoint;
    private final String form;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    public EntraClientCredentials(String loginHost, String tenantId, String clientId, String clientSecret, String scope,
            Clock clock) {
        this.tokenEndpoint = URI.create(loginHost.replaceAll("/+$", "") + "/" + tenantId + "/oauth2/v2.0/token");
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret) + "&scope=" + encode(scope);
        this.clock = clock;
    }

    @Override
    public synchronized String get() {
        if (token != null && clock.instant().isBefore(refreshAt)) {
            return token;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new AnalyzerUnavailableException("Entra ID refused a token for Azure OpenAI ("
                        + response.statusCode() + " " + body.path("error").asText() + ").");
            }
            token = body.get("access_token").asText();
            refreshAt = clock.instant().plusSeconds(Math.max(60, body.path("expires_in").asLong(3600) - 300));
            return token;
        } catch (IOException e) {
            throw new AnalyzerUnavailableException("Entra ID could not be reached for an Azure OpenAI token.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerUnavailableException("Interrupted while getting an Azure OpenAI token.", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
