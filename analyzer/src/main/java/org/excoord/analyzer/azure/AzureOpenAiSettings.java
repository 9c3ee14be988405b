package org.excoord.analyzer.azure;

import java.time.Duration;

/**
 * Where and how to reach the model.
 *
 * @param endpoint    the resource, e.g. {@code https://agency.openai.azure.com} or a government-cloud host
 *                    ({@code https://agency.openai.azure.us}); {@code /openai/v1} is appended
 * @param apiKey      the resource's key; null when {@code token} is given
 * @param token       Entra ID access tokens (see {@link EntraClientCredentials}); null when a key is used
 * @param deployment  the deployment name (sent as {@code model})
 * @param chunkTokens how many tokens of authority text one request may carry
 * @param timeout     per request
 */
public record AzureOpenAiSettings(String endpoint, String apiKey, java.util.function.Supplier<String> token,
        String deployment, int chunkTokens, Duration timeout) {
}
